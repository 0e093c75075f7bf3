// Closed word lists the entity rules share. General English and public-administration
// vocabulary only: no names of particular bodies (GUIDELINES: "only general patterns").

/** Head words of organisation names (SCHEMA: ministry, commission, administration, ...). */
export const ORGANISATION_HEADS: ReadonlySet<string> = new Set([
  'Ministry', 'Ministries', 'Commission', 'Administration', 'Bureau', 'Office', 'Division', 'Department',
  'Council', 'Agency', 'Institute', 'Authority', 'Service', 'Directorate', 'Committee', 'Center', 'Centre',
  'Board', 'Inspectorate', 'Secretariat', 'Tribunal', 'Court', 'Parliament', 'Assembly', 'Congress',
  'Government', 'Academy', 'Unit', 'Organisation', 'Organization', 'Cabinet', 'Bank', 'Commissariat',
  'Branch', 'Regulator',
  // Uniformed services ("Royal Malaysia Police", "Kenya Defence Forces", "Nigeria Police Force").
  'Police', 'Force', 'Forces', 'Army', 'Navy', 'Guard',
  // Legislatures and executives named only as the object of "is part of the X" (SCHEMA Agency:
  // "a party or state organ").
  'Yuan', 'Senate', 'Legislature', 'Chamber', 'Procuratorate',
]);

/**
 * Head words of internal units that are too common in prose to mark a name on their own
 * ("Party Leadership Group", "Section 5"): they count only for an item of a unit list
 * (GUIDELINES Departments: "a department, division, office, bureau or team").
 */
export const UNIT_LIST_HEADS: ReadonlySet<string> = new Set(['Team', 'Group', 'Section', 'Sub-section', 'Subsection', 'Desk', 'Cell', 'Service', 'Secretariat', 'Branch', 'Unit', 'Division', 'Office', 'Department', 'Directorate', 'Bureau', 'Centre', 'Center']);

/** Common nouns that form a body's name in the possessive ("People's Government", "Workers' Congress"). */
export const POSSESSIVE_MODIFIERS: ReadonlySet<string> = new Set(['People', 'Workers', 'Women', 'Youth', 'Children', 'Farmers', 'Veterans', 'Citizens', 'Consumers']);

/** Head words of instrument names (SCHEMA: law, regulation, measures, provisions, plan, ...). */
export const LAW_HEADS: ReadonlySet<string> = new Set([
  'Law', 'Laws', 'Act', 'Regulations', 'Regulation', 'Measures', 'Provisions', 'Plan', 'Outline',
  'Convention', 'Code', 'Directive', 'Ordinance', 'Decree', 'Statute', 'Charter', 'Treaty', 'Constitution',
  'Rules', 'Bill', 'Order', 'By-law', 'By-laws', 'By-Law', 'Bylaw', 'Bylaws', 'Bye-law', 'Bye-laws', 'Byelaw', 'Byelaws',
]);

/** Capitalised words that never belong to a name (sentence openers, determiners, months). */
export const NAME_STOPWORDS: ReadonlySet<string> = new Set([
  'The', 'A', 'An', 'This', 'That', 'These', 'Those', 'Its', 'It', 'Our', 'Their', 'His', 'Her', 'We', 'They',
  'In', 'On', 'At', 'By', 'For', 'From', 'To', 'With', 'As', 'Among', 'Under', 'Through', 'After', 'Before',
  'During', 'Since', 'Both', 'Each', 'Every', 'All', 'Other', 'If', 'When', 'While', 'Where', 'Which', 'Who',
  'And', 'Or', 'But', 'Also', 'Then', 'According', 'Previously', 'Specifically', 'Currently', 'Entrusted',
  'Support', 'Implement', 'Organize', 'Organise', 'Promote', 'Guide', 'Coordinate', 'Undertake', 'Assist',
  'Supervise', 'Manage', 'Formulate', 'Draw', 'Prepare', 'Establish', 'Cooperate', 'Responsible', 'Be',
  'Contact', 'Review', 'Propose', 'Carry', 'Monitor', 'Participate', 'Including', 'Such', 'About', 'See',
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
  'November', 'December', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday',
  'Former', 'New', 'Relevant', 'Some', 'Many', 'Most', 'Any', 'No', 'Not', 'Yes', 'Here', 'There',
  'However', 'Moreover', 'Furthermore', 'Therefore', 'Thus', 'Meanwhile', 'Following', 'Via', 'Per',
]);

/** Person titles and post words (HOLDS_POSITION titles: "Minister", "deputy director"). */
export const TITLE_WORDS: ReadonlySet<string> = new Set([
  'minister', 'director', 'deputy', 'vice', 'secretary', 'chairman', 'chairwoman', 'chair', 'chairperson',
  'chief', 'head', 'president', 'commissioner', 'member', 'leader', 'inspector', 'governor', 'mayor',
  'administrator', 'executive', 'officer', 'economist', 'engineer', 'counsel', 'spokesperson', 'spokesman',
  'spokeswoman', 'ceo', 'principal', 'registrar', 'treasurer', 'controller', 'comptroller', 'general',
  'permanent', 'under-secretary', 'undersecretary', 'assistant', 'associate', 'senior', 'acting', 'interim',
  'first-class', 'party', 'group', 'board', 'dean', 'superintendent', 'ombudsman', 'auditor', 'manager',
  'coordinator', 'adviser', 'advisor', 'attorney', 'solicitor', 'judge', 'justice', 'envoy', 'ambassador',
  'premier',
]);

/** Title words that on their own name a post (a title needs at least one of them). */
export const POST_WORDS: ReadonlySet<string> = new Set([
  'minister', 'director', 'secretary', 'chairman', 'chairwoman', 'chair', 'chairperson', 'chief', 'head',
  'president', 'commissioner', 'member', 'leader', 'inspector', 'governor', 'mayor', 'administrator',
  'executive', 'officer', 'economist', 'engineer', 'counsel', 'spokesperson', 'spokesman', 'spokeswoman',
  'ceo', 'principal', 'registrar', 'treasurer', 'controller', 'comptroller', 'dean', 'superintendent',
  'ombudsman', 'auditor', 'manager', 'coordinator', 'adviser', 'advisor', 'attorney', 'judge', 'envoy',
  'ambassador', 'premier',
]);

/** Honorifics that may precede a person's name. */
export const HONORIFICS: ReadonlySet<string> = new Set(['Mr', 'Mrs', 'Ms', 'Mx', 'Miss', 'Madam', 'Dr', 'Prof', 'Professor', 'Sir', 'Dame', 'Lord', 'Lady', 'Hon', 'Honourable', 'Honorable', 'Rt', 'Eng', 'Engr', 'Rev', 'Amb', 'Dato', 'Datuk', 'Smt', 'Shri', 'Sri', 'Kum', 'Thiru', 'Alhaji', 'Alhaja', 'Hajiya', 'Mallam', 'Malam', 'YB', 'YAB', 'YBhg', 'Dato', 'Datuk', 'Datin', 'Tun', 'Tuan', 'Hj', 'Haji', 'Hajjah', 'Seri', 'Esq']);

/** Last words of the names of places and buildings ("John Carling Building", "Sun Moon Lake"): such a name is no person's. */
export const PLACE_WORDS: ReadonlySet<string> = new Set([
  'Building', 'Buildings', 'House', 'Hall', 'Tower', 'Towers', 'Centre', 'Center', 'Complex', 'Plaza', 'Square', 'Street', 'Road',
  'Avenue', 'Boulevard', 'Lane', 'Drive', 'Way', 'Place', 'Park', 'Gardens', 'Lake', 'River', 'Bay', 'Island', 'Islands', 'Mountain',
  'Valley', 'Bridge', 'Station', 'Airport', 'Harbour', 'Harbor', 'Port', 'Campus', 'Estate', 'District', 'City', 'County', 'Province',
]);
