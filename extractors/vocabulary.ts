// Closed word lists the entity rules share. General English and public-administration
// vocabulary only: no names of particular bodies (GUIDELINES: "only general patterns").

/** Head words of organisation names (SCHEMA: ministry, commission, administration, ...). */
export const ORGANISATION_HEADS: ReadonlySet<string> = new Set([
  'Ministry',
  'Ministries',
  'Commission',
  'Administration',
  'Bureau',
  'Office',
  'Division',
  'Department',
  'Council',
  'Agency',
  'Institute',
  'Authority',
  // Statutory corporations ("Sentosa Development Corporation", "National Housing Corporation").
  'Corporation',
  'Service',
  'Directorate',
  'Committee',
  'Center',
  'Centre',
  'Board',
  'Inspectorate',
  'Secretariat',
  'Tribunal',
  'Court',
  'Parliament',
  'Assembly',
  'Congress',
  'Government',
  'Academy',
  'Unit',
  'Organisation',
  'Organization',
  'Cabinet',
  'Bank',
  'Commissariat',
  'Branch',
  'Regulator',
  'Chancellery',
  'Presidency',
  'Treasury',
  'Community',
  // Uniformed services ("Royal Malaysia Police", "Kenya Defence Forces", "Nigeria Police Force").
  'Police',
  'Force',
  'Forces',
  'Army',
  'Navy',
  'Guard',
  // Legislatures and executives named only as the object of "is part of the X" (SCHEMA Agency:
  // "a party or state organ").
  'Yuan',
  'Senate',
  'Legislature',
  'Chamber',
  'Procuratorate',
]);

/**
 * Head words of internal units that are too common in prose to mark a name on their own
 * ("Party Leadership Group", "Section 5"): they count only for an item of a unit list
 * (GUIDELINES Departments: "a department, division, office, bureau or team").
 */
export const UNIT_LIST_HEADS: ReadonlySet<string> = new Set([
  'Team',
  'Group',
  'Section',
  'Sub-section',
  'Subsection',
  'Desk',
  'Cell',
  'Service',
  'Secretariat',
  'Branch',
  'Unit',
  'Division',
  'Office',
  'Department',
  'Directorate',
  'Bureau',
  'Centre',
  'Center',
]);

/**
 * Head words that name a part of a body, hardly ever a body of its own ("Civil Division",
 * "Directorate of Legal Affairs"): such a name is a unit wherever it stands. ("Unit" and
 * "Branch" are not among them: "Financial Intelligence Unit", "Executive Branch".)
 */
export const PART_ONLY_HEADS: ReadonlySet<string> = new Set([
  'Division',
  'Directorate',
  'Section',
  'Sub-section',
  'Subsection',
  'Desk',
  'Cell',
  'Wing',
]);

// "Board of Directors", "Executive Board", "Audit Committee": an organ that only a body has,
// named by no word of its own.
const GENERIC_ORGAN =
  /^(?:the\s+)?(?:(?:Executive|Governing|Management|Supervisory|Steering|Audit|Finance|Risk)\s+)?(?:Board|Committee)(?:\s+of\s+(?:Directors|Governors|Trustees|Commissioners))?$/i;

/** True for a governing organ's generic name ("Board of Directors", "Executive Board"). */
export function isGenericOrgan(name: string): boolean {
  return /\s/.test(name.trim()) && GENERIC_ORGAN.test(name.trim());
}

/** Common nouns that form a body's name in the possessive ("People's Government", "Workers' Congress"). */
export const POSSESSIVE_MODIFIERS: ReadonlySet<string> = new Set([
  'People',
  'Workers',
  'Women',
  'Youth',
  'Children',
  'Farmers',
  'Veterans',
  'Citizens',
  'Consumers',
]);

/** Head words of instrument names (SCHEMA: law, regulation, measures, provisions, plan, ...). */
export const LAW_HEADS: ReadonlySet<string> = new Set([
  'Law',
  'Laws',
  'Act',
  'Regulations',
  'Regulation',
  'Measures',
  'Provisions',
  'Plan',
  'Outline',
  'Convention',
  'Code',
  'Directive',
  'Ordinance',
  'Decree',
  'Statute',
  'Charter',
  'Treaty',
  'Constitution',
  'Rules',
  'Bill',
  'Order',
  'By-law',
  'By-laws',
  'By-Law',
  'Bylaw',
  'Bylaws',
  'Bye-law',
  'Bye-laws',
  'Byelaw',
  'Byelaws',
]);

/** Capitalised words that never belong to a name (sentence openers, determiners, months). */
/**
 * Words that name an instrument only where they close its title ("Poverty Reduction Strategy
 * 2002–05", "Proclamation No. 300/2004"), never inside another name ("Chief Strategy Officer").
 */
export const CLOSING_LAW_HEADS: ReadonlySet<string> = new Set(['Strategy', 'Proclamation']);

export const NAME_STOPWORDS: ReadonlySet<string> = new Set([
  'The',
  'A',
  'An',
  'This',
  'That',
  'These',
  'Those',
  'Its',
  'It',
  'Our',
  'Their',
  'His',
  'Her',
  'We',
  'They',
  'In',
  'On',
  'At',
  'By',
  'For',
  'From',
  'To',
  'With',
  'As',
  'Among',
  'Under',
  'Through',
  'After',
  'Before',
  'During',
  'Since',
  'Both',
  'Each',
  'Every',
  'All',
  'Other',
  'If',
  'When',
  'While',
  'Where',
  'Which',
  'Who',
  'And',
  'Or',
  'But',
  'Also',
  'Then',
  'According',
  // Company words: a board member's other post is often in a firm ("Coastal Freight Holdings").
  'Holdings',
  'Limited',
  'Ltd',
  'Inc',
  'LLC',
  'Pte',
  'PLC',
  'GmbH',
  'Consulting',
  // Section labels a flattened page runs into the next sentence ("Functions Parliament is ...").
  'Functions',
  'Responsibilities',
  'Duties',
  'Mandate',
  'Objectives',
  'Overview',
  'Background',
  'Introduction',
  'Powers',
  // Openers of a statute's preamble clauses ("Mindful of Law ...", "Considering Decree ...").
  'Considering',
  'Having',
  'Pursuant',
  'Mindful',
  'Whereas',
  'Noting',
  'Recalling',
  'Recognizing',
  'Recognising',
  'Hereby',
  'Previously',
  'Specifically',
  'Currently',
  'Entrusted',
  'Support',
  'Implement',
  'Organize',
  'Organise',
  'Promote',
  'Guide',
  'Coordinate',
  'Undertake',
  'Assist',
  'Supervise',
  'Manage',
  'Formulate',
  'Draw',
  'Prepare',
  'Establish',
  'Cooperate',
  'Responsible',
  'Be',
  'Contact',
  'Review',
  'Propose',
  'Carry',
  'Monitor',
  'Participate',
  'Including',
  'Such',
  'About',
  'See',
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
  'Sunday',
  'Former',
  'New',
  'Relevant',
  'Some',
  'Many',
  'Most',
  'Any',
  'No',
  'Not',
  'Yes',
  'Here',
  'There',
  'However',
  'Moreover',
  'Furthermore',
  'Therefore',
  'Thus',
  'Meanwhile',
  'Following',
  'Via',
  'Per',
]);

/** Title words that on their own name a post (a title needs at least one of them). */
export const POST_WORDS: ReadonlySet<string> = new Set([
  'minister',
  'director',
  'secretary',
  'undersecretary',
  'chairman',
  'chairwoman',
  'chair',
  'chairperson',
  'chief',
  'head',
  'president',
  'commissioner',
  'member',
  'leader',
  'inspector',
  'governor',
  'mayor',
  'administrator',
  'executive',
  'officer',
  'economist',
  'engineer',
  'counsel',
  'spokesperson',
  'spokesman',
  'spokeswoman',
  'ceo',
  'principal',
  'registrar',
  'treasurer',
  'controller',
  'comptroller',
  'dean',
  'superintendent',
  'ombudsman',
  'auditor',
  'manager',
  'coordinator',
  'adviser',
  'advisor',
  'attorney',
  'judge',
  'envoy',
  'ambassador',
  'premier',
  'clerk',
  'speaker',
  'chancellor',
  'prosecutor',
  'commander',
  'assistant',
]);

/** Person titles and post words (HOLDS_POSITION titles: "Minister", "deputy director"): the post words and the words that rank or qualify them. */
export const TITLE_WORDS: ReadonlySet<string> = new Set([
  ...POST_WORDS,
  'deputy',
  'vice',
  'prime',
  'general',
  'permanent',
  'under-secretary',
  'assistant',
  'associate',
  'senior',
  'acting',
  'interim',
  'first-class',
  'party',
  'group',
  'board',
  'solicitor',
  'justice',
]);

/** Honorifics that may precede a person's name. */
/** The words as a regular-expression alternation, their dots ("H.E") literal. */
export function alternationOf(words: Iterable<string>): string {
  return [...words].map((word) => word.replace(/\./g, '\\.')).join('|');
}

export const HONORIFICS: ReadonlySet<string> = new Set([
  'Mr',
  'Mrs',
  'Ms',
  'Mx',
  'Miss',
  'Madam',
  'Dr',
  'Prof',
  'Professor',
  'Sir',
  'Dame',
  'Lord',
  'Lady',
  'Hon',
  'Honourable',
  'Honorable',
  'Rt',
  'Eng',
  'Engr',
  'Rev',
  'Amb',
  // His / Her Excellency, the style of ambassadors and heads of international bodies.
  'H.E',
  'Dato',
  'Datuk',
  'Smt',
  'Shri',
  'Sri',
  'Kum',
  'Thiru',
  'Alhaji',
  'Alhaja',
  'Hajiya',
  'Mallam',
  'Malam',
  'YB',
  'YAB',
  'YBhg',
  'Dato',
  'Datuk',
  'Datin',
  'Tun',
  'Tuan',
  'Hj',
  'Haji',
  'Hajj',
  'Hajjah',
  'Seri',
  'Esq',
]);

/** An honorific as written, or set in capitals with the name ("MR.", "DR"): full stop aside. */
export function isHonorific(word: string): boolean {
  // Asked of every word of every name candidate: set lookups first, a pattern only for capitals.
  if (HONORIFICS.has(word)) return true;
  const bare = word.endsWith('.') ? word.slice(0, -1) : word;
  if (bare !== word && HONORIFICS.has(bare)) return true;
  const second = bare.charCodeAt(1);
  if (!(second >= 65 && second <= 90)) return false;
  return /^\p{Lu}{2,}$/u.test(bare) && HONORIFICS.has(`${bare[0]}${bare.slice(1).toLowerCase()}`);
}

/** Words that name an academic degree ("Master of ...", "Diploma in ..."), whose subject is no body. */
export const DEGREE_WORDS: ReadonlySet<string> = new Set([
  'master',
  'masters',
  'bachelor',
  'bachelors',
  'doctorate',
  'diploma',
  'certificate',
  'degree',
  'degrees',
]);

/** Letters written after a name: seats ("MP", "MLA"), silk ("QC"), orders ("OBE") and degrees. */
export const POST_NOMINALS: ReadonlySet<string> = new Set([
  'MP',
  'MPP',
  'MLA',
  'MHA',
  'MNA',
  'MEP',
  'TD',
  'QC',
  'KC',
  'SC',
  'OBE',
  'MBE',
  'CBE',
  'KBE',
  'DBE',
  'CMG',
  'KCMG',
  'GCMG',
  'JP',
  'PhD',
  'MBA',
  'FRS',
]);

/** Seat letters that also stand before a name ("Opposition MP Jane Roe", "Labour TD Sean Roe"). */
export const SEAT_LETTERS: ReadonlySet<string> = new Set(['MP', 'MPP', 'MLA', 'MHA', 'MNA', 'MEP', 'TD', 'MSP']);

/**
 * Ranks and religious titles written before a name ("Brig General Name", "Bishop Name"):
 * they mark a person like an honorific, but unlike one they also head posts and bodies'
 * names, so they are kept apart from HONORIFICS and only read right before a personal name.
 */
export const RANKS: ReadonlySet<string> = new Set([
  'Bishop',
  'Archbishop',
  'Cardinal',
  'Pastor',
  'Reverend',
  'Imam',
  'Sheikh',
  'Rabbi',
  'Brigadier',
  'Brig',
  'General',
  'Gen',
  'Colonel',
  'Col',
  'Lieutenant',
  'Lt',
  'Major',
  'Maj',
  'Captain',
  'Capt',
  'Commander',
  'Cdr',
  'Admiral',
  'Adm',
  // "Rear Admiral Name": the first word of a two-word rank.
  'Rear',
  'Commodore',
  'Marshal',
  'Sergeant',
  'Sgt',
]);

/** Last words of the names of places and buildings ("John Carling Building", "Sun Moon Lake"): such a name is no person's. */
export const PLACE_WORDS: ReadonlySet<string> = new Set([
  'Building',
  'Buildings',
  'House',
  'Hall',
  'Tower',
  'Towers',
  'Centre',
  'Center',
  'Complex',
  'Plaza',
  'Square',
  'Street',
  'Road',
  'Avenue',
  'Boulevard',
  'Lane',
  'Drive',
  'Way',
  'Place',
  'Park',
  'Gardens',
  'Lake',
  'River',
  'Bay',
  'Island',
  'Islands',
  'Mountain',
  'Valley',
  'Bridge',
  'Station',
  'Airport',
  'Harbour',
  'Harbor',
  'Port',
  'Campus',
  'Estate',
  'District',
  'City',
  'County',
  'Province',
  // Institutions named after a person or a place ("Kenyatta University", "Grace Hospital").
  'University',
  'College',
  'School',
  'Hospital',
  'Clinic',
  'Foundation',
  'Stadium',
]);

/** The English month names, as one alternation. */
export const MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December)';
/** A line that is only a date ("October 17, 2019", "17 October 2019"). */
export const DATE_LINE = new RegExp(String.raw`^(?:\d{1,2}\s+${MONTH}\s+\d{4}|${MONTH}\s+\d{1,2},?\s+\d{4})\.?$`);

/** Words that rank or qualify a post before its post word ("Deputy Chief Executive", "acting director"). */
export const POST_MODIFIERS: ReadonlySet<string> = new Set([
  'deputy',
  'assistant',
  'vice',
  'acting',
  'interim',
  'first',
  'chief',
  'senior',
  'associate',
  'executive',
  'principal',
  'permanent',
  'joint',
  'additional',
  'prime',
]);
/** POST_MODIFIERS as an alternation that matches each word capitalised or not. */
export const POST_MODIFIER_ALTERNATION = [...POST_MODIFIERS]
  .map((w) => `[${(w[0] as string).toUpperCase()}${w[0] as string}]${w.slice(1)}`)
  .join('|');

// "headed by", "under the chairmanship of": the words right before the person who heads a body.
export const HEADED_BY_WORDS = String.raw`(?:(?:headed|led|chaired|directed|run|managed)\s+by|under\s+the\s+(?:chairmanship|chairpersonship|convenership|leadership|presidency)\s+of)`;
// "comprises", "consists of": the words before what a body is made of.
export const MADE_OF_WORDS = String.raw`(?:comprises?(?:\s+of)?|comprising|consists?\s+of|composed\s+of|made\s+up\s+of)`;

/** A legislature or cabinet a page may name by its head word alone ("Members of Parliament"). */
export const SINGLE_WORD_INSTITUTIONS: ReadonlySet<string> = new Set(['Parliament', 'Cabinet', 'Senate', 'Congress']);
