// Person mentions (SCHEMA Person: "a named individual") and the posts they are given:
// "Name : post" lines, "Name, deputy director of the X", "headed by Name", "Minister Name"
// and leadership tables. compromise confirms names only where the structure is weak.
import {
  alternationOf,
  HEADED_BY_WORDS,
  HONORIFICS,
  isHonorific,
  LAW_HEADS,
  NAME_STOPWORDS,
  ORGANISATION_HEADS,
  POST_MODIFIER_ALTERNATION,
  POST_NOMINALS,
  SEAT_LETTERS,
  POST_WORDS,
  RANKS,
  TITLE_WORDS,
  UNIT_LIST_HEADS,
} from './vocabulary.ts';
import { boundedMemo } from './bounded-memo.ts';
import type { ExtractorRule } from './rules.ts';
import { hasTag, isKnownGivenName, lexiconReading, tagsOfTerm } from './tagger.ts';
import type { TextRange } from './types.ts';
import { capitalised } from './words.ts';

const NAME_TOKEN =
  /^(?:\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}?[\p{Ll}'’]+)*|(?:\p{Lu}\.)+|Mc\p{Lu}\p{Ll}+|O['’]\p{Lu}\p{Ll}+|van|von|de|da|del|der|bin|al)$/u;
const NAME_PARTICLES = 'van|von|de|da|del|der|dos|das|do|bin|al';
const NAME_PARTICLE_WORDS: ReadonlySet<string> = new Set(NAME_PARTICLES.split('|'));
// "Minister Of Roads": a title-cased page capitalises the words that join a name's parts.
const TITLE_CASED_CONNECTOR = /^(?:Of|And|For|In|On|To|At|By|With|From|The)$/;
// "C. Lawrence Greenwood, Jr.": a generational suffix belongs to the name but is not a name token.
export const GENERATIONAL_SUFFIX = /,?\s+(?:Jr|Sr)\.?$|\s+(?:II|III|IV)$/;

// Every rule that reads a name or a post asks these, often of the same strings.
const MAX_REMEMBERED_NAMES = 20_000;
const readsAsName = boundedMemo((name) => looksLikePersonName(name, false), MAX_REMEMBERED_NAMES);
const readsAsNameAfterHonorific = boundedMemo((name) => looksLikePersonName(name, true), MAX_REMEMBERED_NAMES);
const readsAsPostTitle = boundedMemo(looksLikePostTitle, MAX_REMEMBERED_NAMES);

/** True when a string looks like a personal name: 2-4 capitalised tokens, none of them a body or post word. */
export function isPersonName(name: string, isAfterHonorific = false): boolean {
  return isAfterHonorific ? readsAsNameAfterHonorific(name) : readsAsName(name);
}

function looksLikePersonName(name: string, isAfterHonorific: boolean): boolean {
  const written = name
    .replace(GENERATIONAL_SUFFIX, '')
    .split(/\s+/)
    .filter((t) => !isHonorific(t));
  // "Isaias Barreto Olimpio da Rosa": a particle between names is no name of its own.
  const named = written.filter((t) => !NAME_PARTICLE_WORDS.has(t)).length;
  if (named < 2 || named > 4 || written.some((t) => POST_NOMINALS.has(t) || TITLE_CASED_CONNECTOR.test(t)))
    return false;
  // "Moses LEE", "Diana EE-TAN": a surname set in capitals beside a name written as usual.
  const isUsual = (t: string): boolean => /^\p{Lu}\p{Ll}/u.test(t);
  const inCapitals = (t: string): boolean => /^\p{Lu}{2,}(?:-\p{Lu}{2,})?$/u.test(t);
  const isAllCapitals = written.every((t) => inCapitals(t) || /^\p{Lu}\.$/u.test(t));
  const tokens =
    written.some(isUsual) || isAllCapitals
      ? written.map((t) => (inCapitals(t) ? t.split('-').map(capitalised).join('-') : t))
      : written;
  if (!/^\p{Lu}/u.test(tokens[0] as string) || !/^\p{Lu}/u.test(tokens[tokens.length - 1] as string)) return false;
  // A given name that is also an instrument word ("Bill") counts when the tagger reads the whole as a person.
  const isGivenName = (t: string, k: number): boolean =>
    k === 0 && LAW_HEADS.has(t) && (isAfterHonorific || isConfirmedPerson(tokens.join(' ')));
  const isShaped = tokens.every(
    (t, k) =>
      NAME_TOKEN.test(t) &&
      !ORGANISATION_HEADS.has(t) &&
      !UNIT_LIST_HEADS.has(t) &&
      !(t.endsWith('s') && (ORGANISATION_HEADS.has(t.slice(0, -1)) || UNIT_LIST_HEADS.has(t.slice(0, -1)))) &&
      (!LAW_HEADS.has(t) || isGivenName(t, k)) &&
      !NAME_STOPWORDS.has(t) &&
      !t.split('-').some((part) => TITLE_WORDS.has(part.toLowerCase())),
  );
  // The tagger is asked last, and only about names of the right shape: it is the costly step.
  if (!isShaped) return false;
  // "SAMUEL OKAFOR": a whole name in capitals, when none of its words is an ordinary English
  // word ("HUMAN RESOURCES", "PUBLIC WORKS" are headings, not people).
  if (isAllCapitals && !written.every((t) => !inCapitals(t) || isNameWord(t.toLowerCase()))) return false;
  // "Economic Relations", "Public Works": ordinary English words throughout are no name.
  if (
    written.length <= 3 &&
    !isKnownGivenName((written[0] as string).toLowerCase()) &&
    written.every((t) => /^\p{Lu}\p{Ll}{4,}$/u.test(t) && isOrdinaryWord(t)) &&
    !isConfirmedPerson(written.join(' '))
  )
    return false;
  // "Urban AI", "Digital IT": two capitals beside a name word are initials, unless the
  // tagger knows the whole as a person's name ("Wang LI").
  if (!isAllCapitals && written.some((t) => /^\p{Lu}{2}$/u.test(t)) && !isConfirmedPerson(written.join(' ')))
    return false;
  return true;
}

// A long word with a common noun's ending ("management", "planning") is a word, not a name.
const NOUN_ENDING = /(?:ment|tion|sion|ance|ence|ing|ity|ness|ship|ure|ism|ies|ary|ory|ics)$/;
/** True for an ordinary English word as compromise reads it alone (adjective, verb, plural, "-ment" noun). */
export function isOrdinaryWord(word: string): boolean {
  // The lexicon first, then a common noun's or adjective's ending: no tagging, which this
  // check, asked of every name of the right shape, could not afford.
  const lower = word.toLowerCase();
  const reading = lexiconReading(lower);
  if (reading) return reading === 'word';
  const singular = lower.replace(/s$/, '');
  return lower.length >= 6 && (NOUN_ENDING.test(singular) || ADJECTIVE_ENDING.test(lower));
}

const ADJECTIVE_ENDING = /(?:ic|al|ive|ous|ful|ible|able)$/;

// Words come back far more often than the names around them: their readings are kept apart
// from the tagger's shared memo, bounded the same way (cleared when full).
const MAX_WORD_MEMO = 50_000;
const nameWordMemo = new Map<string, boolean>();
const isNameWord = (word: string): boolean => {
  let known = nameWordMemo.get(word);
  if (known === undefined) {
    known = readsAsNameWord(word);
    if (nameWordMemo.size >= MAX_WORD_MEMO) nameWordMemo.clear();
    nameWordMemo.set(word, known);
  }
  return known;
};
// compromise's reading of one lower-case word alone: a name it knows, or a word it does not
// know at all (read as a bare singular noun), rather than an adjective, verb or plural.
const readsAsNameWord = (word: string): boolean => {
  const tags = tagsOfTerm(word, 0);
  if (tags.includes('Person') || tags.includes('Place') || tags.includes('Organization')) return true;
  if (word.length >= 6 && NOUN_ENDING.test(word)) return false;
  return tags.every((t) => t === 'Noun' || t === 'Singular' || t === 'ProperNoun');
};

/** Asks compromise whether a short candidate is a person's name. */
export function isConfirmedPerson(name: string): boolean {
  return hasTag(name, '#Person');
}

/** A person mention with the post text the document gives them, if any. */
export interface PersonMention {
  range: TextRange;
  /** Where the post description is (value of "Name : post", apposition, table cell). */
  post?: TextRange;
  /** The post is written in the plural for several people ("Deputy Directors: A, B"): each holds the singular. */
  isPluralPost?: boolean;
  /** A title the layout gives rather than the post text (a table's "Head" column). */
  title?: string;
  /** Where the layout names the body the post is in, apart from the post (a table's "Ministry" column). */
  body?: TextRange;
  /** "Mr Quinlivan": the range is a surname after an honorific; the entities stage names whose. */
  isSurname?: boolean;
  /** The full name a surname mention refers to ("Daryl Quinlivan"), set by the entities stage. */
  fullName?: string;
  extractor: ExtractorRule;
}

// "The Hon. Name", "Rt Hon Name": "The" counts only before an honorific.
const HONORIFIC_PREFIX = new RegExp(
  `^(?:The\\s+(?=Hon|Rt|Right|Most|Rev))?(?:(?:${alternationOf([...HONORIFICS, ...[...HONORIFICS].map((h) => h.toUpperCase())])})\\.?\\s+)+`,
);
// "Colonel S.S. Hangula", "Rear Admiral Name": a rank before the name is no part of it either,
// when a name of two words at least is left ("Sheikh Hasina" keeps its first word).
const RANKED_PREFIX = new RegExp(
  `^(?:(?:${alternationOf([...HONORIFICS, ...[...HONORIFICS].map((h) => h.toUpperCase()), ...RANKS])})\\.?[\\s-]+)+`,
);
// "Joanna Cherry QC MP", "John Whittingdale OBE MP": the letters after a name.
const POST_NOMINAL_SUFFIX = new RegExp(`(?:,?\\s+(?:${alternationOf(POST_NOMINALS)})\\b\\.?)+$`);

/** A name range without its honorifics before and the letters after it ("Rt Hon Name OBE MP" -> "Name"). */
export function nameWithoutAffixes(text: string, range: TextRange): TextRange {
  const bare = stripHonorific(text, range);
  const m = POST_NOMINAL_SUFFIX.exec(text.slice(bare.start, bare.end));
  return m ? { start: bare.start, end: bare.start + m.index } : bare;
}

/** Strips honorifics from the start of a name range. */
export function stripHonorific(text: string, range: TextRange): TextRange {
  const written = text.slice(range.start, range.end);
  const ranked = RANKED_PREFIX.exec(written);
  const rest = ranked ? written.slice(ranked[0].length) : '';
  // "General Case Management List" is no General's name: the rest must read as a person's,
  // or the rank be of two words ("Major-General Tomas Hamunyela", "Rear Admiral Name").
  const isTwoWordRank = ranked !== null && /\S[\s-]+\S/.test(ranked[0].trim());
  if (
    ranked &&
    /\S\s+\S/.test(rest) &&
    (/\p{Lu}\./u.test(rest) || isConfirmedPerson(rest.trim()) || (isTwoWordRank && isPersonName(rest.trim())))
  )
    return { start: range.start + ranked[0].length, end: range.end };
  const m = HONORIFIC_PREFIX.exec(written);
  return m ? { start: range.start + m[0].length, end: range.end } : range;
}

// "Justice Hoeben", "Mr Justice Lane": a judge named by the style of the bench and a surname
// alone. The style stays in the name: the surname alone says too little.
const JUDGE_STYLED =
  /^(?:(?:The\s+)?(?:Hon(?:ourable)?\.?\s+)?(?:Mr|Mrs|Ms|Madam|Lord|Lady)\.?\s+)?(Justice\s+\p{Lu}\p{Ll}[\p{L}'’-]+)$/u;

/** The "Justice Surname" part of a judge's name (honorifics before it aside); null when the range is not one. */
export function judgeStyledName(text: string, range: TextRange): TextRange | null {
  const written = text.slice(range.start, range.end);
  const m = JUDGE_STYLED.exec(written);
  if (!m) return null;
  const surname = (m[1] as string).split(/\s+/)[1] as string;
  if (ORGANISATION_HEADS.has(surname) || UNIT_LIST_HEADS.has(surname) || LAW_HEADS.has(surname)) return null;
  const start = range.start + written.length - (m[1] as string).length;
  return { start, end: range.end };
}

// "Mr Quinlivan", "Ms. Roe": one honorific, then one capitalised surname.
const HONORIFIC_SURNAME = /^(\S+?)\.?\s+(\p{Lu}[\p{Ll}'’-]+)$/u;

/** The surname of "Mr Surname" (one honorific, one word), or null. */
export function surnameAfterHonorific(text: string, range: TextRange): TextRange | null {
  const m = HONORIFIC_SURNAME.exec(text.slice(range.start, range.end));
  if (!m || !isHonorific(m[1] as string)) return null;
  return { start: range.end - (m[2] as string).length, end: range.end };
}

/** True when a short phrase names a post ("Chief Executive Officer", "Head of the X Division"). */
export function isPostTitle(phrase: string): boolean {
  return readsAsPostTitle(phrase);
}

function looksLikePostTitle(phrase: string): boolean {
  const words = phrase.trim().split(/\s+/);
  if (words.length === 0 || words.length > 16 || !/^\p{Lu}/u.test(words[0] as string)) return false;
  // The post word leads the phrase: "Head of the Archaeology Division", not "Archaeology Division Head".
  const lead = words.slice(0, words.findIndex((w) => /^(of|for|to|at|in)$/i.test(w)) + 1 || words.length);
  // A hyphenated post ("Director-General", "Secretary-General") counts by its parts.
  const hasPostWord = (w: string): boolean =>
    w
      .toLowerCase()
      .replace(/[^a-z-]/g, '')
      .split('-')
      .some((part) => POST_WORDS.has(part));
  // "Executive management", "Senior leadership team": a group of post holders, not a post.
  const last = (words[words.length - 1] as string).toLowerCase();
  const isGroup = GROUP_NOUNS.has(last) && words.length <= 3 && lead.length === words.length;
  return lead.some(hasPostWord) && !isGroup && !isPersonName(phrase);
}

const GROUP_NOUNS: ReadonlySet<string> = new Set(['management', 'leadership', 'team', 'teams', 'staff', 'personnel']);

/** The person named at the start of a value ("Dr Jane Roe", "Lin Wei-ting (acting)"), honorific excluded. */
export function personInValue(text: string, value: TextRange): TextRange | null {
  const raw = text.slice(value.start, value.end);
  const lead = /^\s*/.exec(raw)?.[0].length ?? 0;
  const cut = /[,;(（[|]|\s[–—-]\s/.exec(raw.slice(lead));
  const nameText = raw
    .slice(lead, lead + (cut ? cut.index : raw.length - lead))
    .trimEnd()
    .replace(/\.$/, '');
  if (!isPersonName(nameText)) return null;
  return stripHonorific(text, { start: value.start + lead, end: value.start + lead + nameText.length });
}

const POST_ALTERNATION = [...POST_WORDS].join('|');
const APPOSITION = new RegExp(
  // "Jane Roe (Ghana), commissioner for X": a bracketed origin (a place's one to three
  // words) may stand between name and post.
  String.raw`((?:(?:Mr|Mrs|Ms|Dr|Prof)\.?\s+)?\p{Lu}[\p{L}'’.-]+(?:\s+(?:(?:${NAME_PARTICLES})\s+)?\p{Lu}[\p{L}'’.-]+){1,3})(?:\s+\(\p{Lu}[\p{L}'’-]+(?:\s+(?:\p{Lu}|d['’])[\p{L}'’-]+){0,2}\))?\s*,\s*(?:the\s+|a\s+|an\s+)?((?:[\p{L}-]+\s+){0,3}?(?:${POST_ALTERNATION})\b[^,;()\n]*)`,
  'giu',
);
const MAX_NAME_TOKENS = 6;
const RELATIVE_OPENER = /^(?:who|which)\s+(?:is|was|has been|had been)\s+(?:currently\s+|presently\s+|now\s+)?/i;
const TITLE_RIGHT_BEFORE = new RegExp(
  String.raw`\b(?:${[...POST_WORDS].map((w) => `${(w[0] as string).toUpperCase()}${w.slice(1)}`).join('|')})\s+$`,
  'u',
);
const PERSON_CUE = new RegExp(
  String.raw`\b(?:${POST_ALTERNATION}|headed|led|chaired|directed|run|serve|serves|served|act|acts|acted|appointed|named|designated|chairmanship|chairpersonship|convenership|leadership|presidency)\b`,
  'i',
);
/** True when a lower-case word before the post word of a phrase is a finite verb ("said the Director"). */
function opensWithVerb(post: string): boolean {
  for (const word of post.split(/\s+/)) {
    if (!/^\p{Ll}+$/u.test(word) || /^(?:the|a|an)$/.test(word)) return false;
    if (!word.endsWith('ing') && tagsOfTerm(`it ${word}`, 1).includes('Verb')) return true;
  }
  return false;
}

// "headed by Name", "led by Associate Administrator Name", "headed by an Administrator,
// currently Name", "headed by a Director, Name, who ...": the cue, then a tail to read.
const HEADED_BY = new RegExp(String.raw`\b${HEADED_BY_WORDS}\s+(?:(?:an?|the|its|their)\s+)?`, 'giu');
// Up to the clause's end; the full stop of an initial or an abbreviated honorific or rank
// ("Mitchell H. Katz", "Capt. (Retd) Name") ends nothing.
const HEADED_BY_TAIL = new RegExp(
  String.raw`^(?:[^.;:()]|(?<=(?:^|\s)(?:\p{Lu}|${alternationOf([...HONORIFICS, ...RANKS])}))\.|\((?:Retd|retd|Rtd|rtd|Retired|retired)\.?\)){0,120}`,
  'u',
);
const NAME_PREFIX = /^(?:currently|presently|now|at present|since \d{4})\s+/i;
// "Name will serve as ...", "Name, currently the CEO of A, will take over as Chief Executive of B",
// "replacing Name who was serving as the Director-General of X".
const SERVES_AS =
  /(\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){0,3})(?:,\s+(?:currently|formerly|previously|now)\s[^,;]{3,120},)?(?:,?\s+who)?\s+(?:(?:would|will|shall|to)\s+(?:serve|act|take\s+over)|(?:has|had)\s+(?:served|acted|worked|taken\s+over)|(?:is|was|has\s+been|had\s+been)\s+serving|serves|served|acts|acted|works|worked|takes\s+over|took\s+over|(?:is|was|has been|had been) (?:appointed|named|designated))\s+as\s+(?:the\s+|a\s+|an\s+)?([^,.;]{3,80})/gu;
// Cheap gate first: a name may open SERVES_AS at every capitalised word.
const SERVES_GATE = /\b(?:serv|act|work|tak|took|appointed|named|designated)/;
// A copula, then the post, which runs to the clause's end ("while" opens the next clause).
const COPULA_THEN_POST = String.raw`(?:(?:was|has been)\s+(?:also\s+)?(?:appointed|named|elected|voted)|is|was|has been|became|will be)\s+(?:(?:now|currently|presently|also)\s+)?(?:as\s+)?(?:the\s+|an?\s+|its\s+)?((?:[\p{L}-]+\s+){0,3}?(?:${POST_ALTERNATION})\b(?:(?!\s(?:while|whereas)\s)[^,;()\n])*)`;
// "Name, a U.S. citizen, was appointed ...", "Name, a national of Brazil, was elected ...": who
// they are, between the name and the copula (a clause without a post word of its own).
// The clause may hold no post word of its own (tested after the match: a look-ahead at each
// character would cost every sentence the whole alternation).
const WHO_THEY_ARE = String.raw`[^,;()\n]{2,50}`;
const APPOSITIVE_AFTER_NAME = /^,\s+(?:an?|the)\s+([^,]*),/i;
const POST_WORD = new RegExp(String.raw`\b(?:${POST_ALTERNATION})\b`, 'i');
// "Harbour First MP", "Labour TD": a party and a seat before the name.
const SEATED = String.raw`(?:(?:\p{Lu}[\p{L}'’-]+\s+){0,3}(?:${[...SEAT_LETTERS].join('|')}))`;
// "Jerome Baptiste is the Deputy Director (of the X).": a sentence that opens with a name, or
// a clause of a sentence ("announced that John Cox will be the Director of X, Bill Panos will
// be the Interim Director of Y, and ...", "while Name is Deputy Chairperson").
const NAME_IS_POST = new RegExp(
  String.raw`(?:^\s*|\bthat\s+|[,;]\s+(?:and\s+)?|\b(?:while|whereas)\s+(?:\p{Ll}+\s+(?=\p{Lu}))?)(?:${SEATED}\s+)?((?:(?:Mr|Mrs|Ms|Dr|Prof)\.?\s+)?\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){0,3})(?:,\s+(?:an?|the)\s+${WHO_THEY_ARE},)?\s+${COPULA_THEN_POST}`,
  'giu',
);
// Cheap gate: NAME_IS_POST needs its copula between spaces, which one scan finds faster than
// the whole pattern tried at every capitalised word (the same flags, so the same letters match).
const COPULA_GATE = /\s(?:is|was|has been|became|will be)\s/iu;
// "Assistant Minister for Tourism Alitia Bainivalu is the Chairperson for X", "The Minister
// for Finance, Esrom Immanuel, is the Chairperson for Y": the name another rule found, then
// the copula with a second post.
const AFTER_NAME_COPULA_POST = new RegExp(String.raw`^\s*,?\s+${COPULA_THEN_POST}`, 'iu');
const HELD_NOW = /^(?:current|present|incumbent|sitting|serving|new)\s+/i;
// "Jane Roe will be deputy minister of education": a post in lower case counts when it opens
// with its post word, modifiers aside.
const LOWER_POST_START = new RegExp(
  String.raw`^\s*(?:(?:${POST_MODIFIER_ALTERNATION})[\s-]+)*(?:${POST_ALTERNATION})\b`,
  'u',
);
// "The Chief Executive of the Office is Dr Name.", "The Administrator of the X Bureau is Mr
// Name": a copular sentence whose subject is a post and whose complement is a name.
const POST_ANY_CASE = [...POST_WORDS]
  .map((w) => `[${(w[0] as string).toUpperCase()}${w[0] as string}]${w.slice(1)}`)
  .join('|');
const POST_IS_NAME = new RegExp(
  String.raw`^\s*(?:The\s+|Our\s+|Its\s+|An?\s+)?(?:(?:current|present|incumbent|new|acting|first|founding)\s+)?((?:\p{Lu}[\p{L}-]*\s+){0,3}?(?:${POST_ANY_CASE})(?:-\p{L}+)?\b(?:[\s-]+\p{Lu}[\p{L}-]*)*(?:\s+(?:of|at|for|to|in)\s+(?:the\s+)?[^;.]{2,140}?)?)\s+(?:is|has been|was)\s+(?:currently\s+|presently\s+|now\s+)?((?:(?:${alternationOf(HONORIFICS)})\.?\s+)*\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,3})(?:\s+of\s+\p{Lu}\p{L}+(?:\s+\p{Lu}\p{L}+)?)?\s*(?:[.,;(]|$|\s+(?:who|since)\s)`,
  'u',
);
const CLAUSE_AFTER_SUBJECT =
  /^(?:\s*[,(]|\s+(?:(?:recently|today|yesterday|also|formally|officially|later|earlier)\s+)?(?:has|had|was|is|said|says|told|will|would|who|announced|approved|appointed|noted|added|stated|made|met|signed|launched|opened|urged|welcomed|called|during|and)\b)/;
// "by President Name through ...", "... Permanent Secretary Name.": the capitalised run ends
// with the name, a lower-case word or a stop after it.
const NAME_RUN_ENDS = /^(?:\s*[.;:]|\s+(?:through|to|as|in|at|on|from|since|for|with|after|before|by)\s+\p{Ll})/u;
const TITLE_BEFORE = new RegExp(
  String.raw`\b((?:(?:${POST_MODIFIER_ALTERNATION})\s+){0,3}(?:${POST_ALTERNATION.replace(/\b(\w)/g, (c) => c.toUpperCase())})(?:-General)?)\s+(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,3})`,
  'gu',
);

// "Minister of Housing and Urban Affairs Hardip Singh Puri", "Minister of State in the Prime
// Minister's Office Jane Roe": a post, its portfolio or body, then the name with no comma.
const POST_OF_PORTFOLIO = new RegExp(
  String.raw`\b(?:(?:${POST_MODIFIER_ALTERNATION})\s+){0,3}(?:${POST_ALTERNATION.replace(/\b(\w)/g, (c) => c.toUpperCase())})(?:\s+of\s+State)?\s+(?:of|for|in|at)\s+(?:the\s+)?(?=\p{Lu})`,
  'gu',
);
// "Minister for the Economy, EU Funds and Lands Name": a comma may part the portfolio's
// subjects when a few capitalised words and an "and" close their list (not ", Minister of
// State in ...", the next person's post).
const PORTFOLIO_RUN =
  /^(?:\p{Lu}[\p{L}'’-]*|and|of|for|&|the)(?:(?:\s+|,\s+(?=(?:\p{Lu}[\p{L}'’-]*\s+){1,3}and\s))(?:\p{Lu}[\p{L}'’-]*|and|of|for|&|the))*/u;
const RUN_CONNECTOR = /^(?:and|of|for|&|the)$/;

/** The name that closes a post's capitalised portfolio run ("... Urban Affairs Hardip Singh Puri"). */
function nameAfterPortfolio(run: string): { bodyLength: number; name: string } | null {
  const tokens = run.split(/\s+/);
  while (tokens.length > 0 && RUN_CONNECTOR.test(tokens[tokens.length - 1] as string)) tokens.pop();
  for (let take = Math.min(4, tokens.length - 1); take >= 2; take--) {
    const body = tokens.slice(0, tokens.length - take);
    const name = tokens.slice(tokens.length - take).join(' ');
    // "Affairs Hardip Singh Puri", "Exploration Initiatives": a plural noun is a word of the
    // portfolio, not of a name.
    const words = name.split(' ');
    if (RUN_CONNECTOR.test(body[body.length - 1] as string) || isOrdinaryWord(words[0] as string)) continue;
    if (!isPersonName(name) || words.some((w) => tagsOfTerm(w, 0).includes('Plural'))) continue;
    if (hasTag(name, '#Place') || hasTag(name, '#Organization')) continue;
    return { bodyLength: body.join(' ').length, name };
  }
  return null;
}

// "secretary at the Ministry of X, Name, has been transferred", "Chief Officer of the Y (YC),
// Name said": a post in a named body, then the holder's name set off by a comma, then the
// clause goes on as after a subject.
const POST_AT_BODY_THEN_NAME = new RegExp(
  String.raw`(?<![\p{L}])((?:(?:${POST_MODIFIER_ALTERNATION})\s+)*(?:${POST_ANY_CASE})(?:-General)?(?:\s+\p{Lu}[\p{L}-]*){0,2}\s+(?:at|of|in|for)\s+(?:the\s+)?\p{Lu}[\p{L}'’&-]*(?:\s+(?:(?:and|of|for|on|&)\s+(?:the\s+)?)?\p{Lu}[\p{L}'’-]*){0,9}(?:\s*\(\p{Lu}[\p{Lu}&]{1,9}\))?),\s+((?:(?:${alternationOf(HONORIFICS)})\.?\s+)?\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3})(?=\s*[,.;]|\s+(?:has|had|was|is|will|who|said|says|in|at|during)\b)`,
  'gu',
);

const NAME_THEN_COPULA = /^\s+(?:will be|would be|is|was|has been|becomes|became)\s+(?:the|an?)\s/;

// The person after "headed by": the first comma-separated part that is (or ends in) a
// personal name; a post before it ("an Executive Director, currently Name", "Associate
// Administrator Name") is the title. Offsets are relative to the tail.
function nameInHeadedByTail(tail: string): { name: TextRange; title: TextRange | null } | null {
  let offset = 0;
  let previous: TextRange | null = null;
  for (const part of tail.split(',')) {
    const lead = part.length - part.trimStart().length;
    let body = part.trim();
    let at = offset + lead;
    const prefix = NAME_PREFIX.exec(body);
    if (prefix) {
      at += prefix[0].length;
      body = body.slice(prefix[0].length);
    }
    // Stop at a relative clause or verb: "Name who reports to", "Name and a deputy".
    const cut = /\s(?:who|which|and|with|since|from|until|as|is|was|has)\b/.exec(body);
    if (cut) body = body.slice(0, cut.index);
    // "Capt. (Retd) Name": a rank's bracketed qualifier is no part of the name.
    const tokens = body.split(/\s+/).filter((t) => t !== '' && !/^\(\p{L}+\.?\)$/u.test(t));
    for (let take = Math.min(4, tokens.length); take >= 2; take--) {
      const name = tokens.slice(tokens.length - take).join(' ');
      const before = tokens.slice(0, tokens.length - take);
      // "the press secretary of the President Mr. Name": an honorific right before the name
      // marks it whatever the words before it.
      const isMarked = isHonorific((before[before.length - 1] ?? '').replace(/\.$/, ''));
      if (!isPersonName(name) || !(isMarked || before.every((t) => /^\p{Lu}/u.test(t)))) continue;
      const nameStart = at + body.lastIndexOf(name);
      const titleWords = tokens.slice(0, tokens.length - take).join(' ');
      const title = titleWords && isPostTitle(titleWords) ? { start: at, end: at + titleWords.length } : previous;
      return { name: { start: nameStart, end: nameStart + name.length }, title };
    }
    if (cut || tokens.length > 5) return null;
    previous = isPostTitle(body) ? { start: at, end: at + body.length } : null;
    offset += part.length + 1;
  }
  return null;
}

const NEXT_HOLDER = new RegExp(
  String.raw`(?<=\s(?:of|for|at|in)\s.*)\s+and\s+(?:the\s+(?:(?:Assistant|Deputy|Vice|Acting|Associate)\s+)?|(?:Assistant|Deputy|Vice|Acting|Associate)\s+)(?:${[...POST_WORDS].map((w) => `${(w[0] as string).toUpperCase()}${w.slice(1)}`).join('|')})\b`,
  'u',
);

/**
 * The post a copula gives ("is the current Chairperson for the X, ..."), from the matched
 * post text and the offset where it ends; null when it is no post in capitals or led by its
 * post word.
 */
function heldPostRange(matched: string, end: number): TextRange | null {
  // "Name is the current Minister": when the post is held is not part of it.
  const tense = HELD_NOW.exec(matched)?.[0] ?? '';
  const heldPost = matched.slice(tense.length);
  if (!/^\s*\p{Lu}/u.test(heldPost) && !LOWER_POST_START.test(heldPost)) return null;
  const start = end - heldPost.length;
  // "the Minister of X and Y succeeding Name": the post's capitalised words end at a
  // lower-case word that is no connector. A post in lower case ("deputy minister of the
  // Lakes Office effective May 1") ends at the clause that follows it.
  const tail = /^\s*\p{Ll}/u.test(heldPost)
    ? /\s(?:effective|since|from|until|after|before|when|while|who|which|for\s+\d)\b|\s\d/u.exec(heldPost)
    : /\s(?!(?:of|for|and|the|this|that|in|to|on|at)\b)\p{Ll}/u.exec(heldPost);
  let kept = tail ? heldPost.slice(0, tail.index) : heldPost;
  // "Chairperson for the X Committee and the Assistant Minister in Y, Name is ...": after the
  // body, "and the <post>" or "and <rank> <post>" opens the next holder's phrase ("Secretary
  // of Defence and Chief Executive of X" is one holder's two posts).
  const next = NEXT_HOLDER.exec(kept);
  if (next) kept = kept.slice(0, next.index);
  // The sentence's full stop is no part of the post ("Deputy Chairperson for this Committee.").
  const stop = /(?<=\p{Ll}{2})[.!?]\s*$/u.exec(kept);
  return { start, end: start + (stop ? stop.index : kept.length) };
}

/**
 * Second posts: a name some rule found in the sentence, then a copula and a post
 * ("Assistant Minister for Tourism Alitia Bainivalu is the Chairperson for X").
 */
export function copulaPostsAfterNames(text: string, sentence: TextRange, found: PersonMention[]): PersonMention[] {
  const out: PersonMention[] = [];
  const seen = new Set<number>();
  for (const person of found) {
    const { end } = person.range;
    if (end < sentence.start || end >= sentence.end || seen.has(end)) continue;
    seen.add(end);
    const m = AFTER_NAME_COPULA_POST.exec(text.slice(end, sentence.end));
    if (!m) continue;
    const post = heldPostRange(m[1] as string, end + m[0].length);
    if (!post || found.some((p) => p.post?.start === post.start)) continue;
    out.push({ range: person.range, post, extractor: 'people:name-is-post' });
  }
  return out;
}

/** Finds persons in a sentence from apposition, "headed by" and "Minister Name" patterns. */
export function findPeopleInSentence(text: string, range: TextRange): PersonMention[] {
  const slice = text.slice(range.start, range.end);
  const out: PersonMention[] = [];
  // Cheap gate: every pattern below needs a post word or a "headed by" cue.
  if (!PERSON_CUE.test(slice)) return out;
  // An apposition needs its comma: no comma, no scan.
  for (const m of slice.includes(',') ? slice.matchAll(APPOSITION) : []) {
    const nameText = m[1] as string;
    // The name is the last 2-4 capitalised tokens before the comma.
    const tokens = nameText.split(/\s+/);
    for (let take = Math.min(MAX_NAME_TOKENS, tokens.length); take >= 2; take--) {
      const candidate = tokens.slice(tokens.length - take).join(' ');
      if (!isPersonName(candidate)) continue;
      const start = range.start + m.index + nameText.lastIndexOf(candidate);
      // "Director Jane Roe, Minister of X Name, ...": a title right before the name is its
      // post, and what follows the comma is the next person of a list.
      if (TITLE_RIGHT_BEFORE.test(text.slice(Math.max(range.start, start - 40), start))) break;
      // "Jane Roe, who is currently Director of X": the post starts after the relative clause's verb.
      const relative = RELATIVE_OPENER.exec(m[2] as string)?.[0].length ?? 0;
      // "Jane Roe, said the Director of X": a verb after the comma makes the post someone else's.
      if (opensWithVerb((m[2] as string).slice(relative))) break;
      const postStart = range.start + m.index + m[0].length - (m[2] as string).length + relative;
      out.push({
        range: stripHonorific(text, { start, end: start + candidate.length }),
        post: { start: postStart, end: range.start + m.index + m[0].length },
        extractor: 'people:apposition',
      });
      break;
    }
  }
  for (const m of slice.matchAll(HEADED_BY)) {
    const tailStart = m.index + m[0].length;
    const tail = HEADED_BY_TAIL.exec(slice.slice(tailStart))?.[0] ?? '';
    const found = nameInHeadedByTail(tail);
    if (!found) continue;
    const start = range.start + tailStart + found.name.start;
    const person: PersonMention = {
      range: stripHonorific(text, { start, end: range.start + tailStart + found.name.end }),
      extractor: 'people:headed-by',
    };
    if (found.title)
      person.post = {
        start: range.start + tailStart + found.title.start,
        end: range.start + tailStart + found.title.end,
      };
    out.push(person);
  }
  for (const m of SERVES_GATE.test(slice) ? slice.matchAll(SERVES_AS) : []) {
    const tokens = (m[1] as string).split(/\s+/);
    const name = tokens.slice(-Math.min(4, tokens.length)).join(' ');
    const fit = [4, 3, 2]
      .map((k) => tokens.slice(-k).join(' '))
      .find((n) => n.split(' ').length >= 2 && isPersonName(n));
    // "Padhee served as the Joint Secretary of X": a surname the page gave in full before.
    const surname = !fit && tokens.length === 1 && /^\p{Lu}\p{Ll}{2,}$/u.test(name) ? name : undefined;
    const written = fit ?? surname;
    if (!written || !name) continue;
    const start = range.start + m.index + (m[1] as string).length - written.length;
    const postStart = range.start + m.index + m[0].length - (m[2] as string).length;
    out.push({
      range: surname
        ? { start, end: start + surname.length }
        : stripHonorific(text, { start, end: start + written.length }),
      post: { start: postStart, end: range.start + m.index + m[0].length },
      extractor: 'people:serves-as',
      ...(surname ? { isSurname: true } : {}),
    });
  }
  for (const isPost of COPULA_GATE.test(slice) ? slice.matchAll(NAME_IS_POST) : []) {
    const afterName = isPost[0].slice(isPost[0].indexOf(isPost[1] as string) + (isPost[1] as string).length);
    const appositive = APPOSITIVE_AFTER_NAME.exec(afterName)?.[1];
    // "Name, Director of A, was appointed Secretary": a second post, which another rule reads.
    if (appositive !== undefined && POST_WORD.test(appositive)) continue;
    const post = heldPostRange(isPost[2] as string, range.start + isPost.index + isPost[0].length);
    if (!post) continue;
    const tokens = (isPost[1] as string).split(/\s+/);
    // "Prime Minister Sheikh Hasina is the present chair": a post before the name is not part of it.
    let skip = 0;
    if (!isPersonName(tokens.join(' ')))
      skip =
        [1, 2].find(
          (k) =>
            k <= tokens.length - 2 &&
            (isPostTitle(tokens.slice(0, k).join(' ')) || SEAT_LETTERS.has(tokens[k - 1] as string)) &&
            isPersonName(tokens.slice(k).join(' ')),
        ) ?? 0;
    const nameWords = tokens.slice(skip).join(' ');
    const written = range.start + isPost.index + slice.slice(isPost.index).indexOf(isPost[1] as string);
    const start = written + (isPost[1] as string).indexOf(nameWords);
    // "Dr. Mataki has been the Permanent Secretary for X", "Mindhammar is currently
    // director-general of Y": a surname the page gave in full before.
    const bare = tokens.length === 1 && /^\p{Lu}\p{Ll}{2,}$/u.test(tokens[0] as string);
    const surname = isPersonName(nameWords)
      ? null
      : bare
        ? { start: written, end: written + (tokens[0] as string).length }
        : surnameAfterHonorific(text, { start: written, end: written + (isPost[1] as string).length });
    if (!surname && !isPersonName(nameWords)) continue;
    out.push({
      range: surname ?? stripHonorific(text, { start, end: start + nameWords.length }),
      post,
      extractor: 'people:name-is-post',
      ...(surname ? { isSurname: true } : {}),
    });
  }
  const postIs = POST_IS_NAME.exec(slice);
  if (postIs) {
    const nameText = postIs[2] as string;
    const nameAt = range.start + postIs.index + postIs[0].lastIndexOf(nameText);
    const name = stripHonorific(text, { start: nameAt, end: nameAt + nameText.length });
    const postAt = range.start + postIs.index + postIs[0].indexOf(postIs[1] as string);
    if (isPersonName(text.slice(name.start, name.end)))
      out.push({
        range: name,
        post: { start: postAt, end: postAt + (postIs[1] as string).length },
        extractor: 'people:post-is-name',
      });
  }
  // The name follows the body after a comma: no comma, no scan.
  for (const m of slice.includes(',') ? slice.matchAll(POST_AT_BODY_THEN_NAME) : []) {
    const nameText = m[2] as string;
    // "... the Director of X, Bill Panos will be the Director of Y": the name opens a clause
    // of its own that gives the post.
    if (NAME_THEN_COPULA.test(slice.slice(m.index + m[0].length))) continue;
    const nameAt = range.start + m.index + m[0].length - nameText.length;
    const name = stripHonorific(text, { start: nameAt, end: nameAt + nameText.length });
    if (!isPersonName(text.slice(name.start, name.end))) continue;
    const postAt = range.start + m.index;
    out.push({
      range: name,
      post: { start: postAt, end: postAt + (m[1] as string).length },
      extractor: 'people:post-at-body',
    });
  }
  for (const m of slice.matchAll(POST_OF_PORTFOLIO)) {
    const runAt = m.index + m[0].length;
    const run = PORTFOLIO_RUN.exec(slice.slice(runAt))?.[0] ?? '';
    const found = nameAfterPortfolio(run);
    if (!found) continue;
    const start = range.start + runAt + run.indexOf(found.name, found.bodyLength);
    out.push({
      range: stripHonorific(text, { start, end: start + found.name.length }),
      post: { start: range.start + m.index, end: range.start + runAt + found.bodyLength },
      extractor: 'people:title-before-name',
    });
  }
  for (const m of slice.matchAll(TITLE_BEFORE)) {
    // "Deputy Chief Executive Name": the title may run on past the words the pattern took
    // for it; its last words are then no part of the name.
    let name = m[2] as string;
    while (name.includes(' ') && TITLE_WORDS.has((name.split(' ')[0] as string).toLowerCase()))
      name = name.slice(name.indexOf(' ') + 1);
    if (!isPersonName(name)) continue;
    // A name the tagger does not know ("President Muhammadu Buhari has ...") counts when the
    // clause goes on as a subject's would, and no word of it reads as a place or a body.
    const after = slice.slice(m.index + m[0].length);
    // Where only the run's end marks the name, its words must read as no common noun
    // ("by Minister Foreign Affairs through ...").
    const endsRun =
      NAME_RUN_ENDS.test(after) &&
      !name.split(' ').some((w) => isOrdinaryWord(w) || tagsOfTerm(w, 0).includes('Plural'));
    const isSubject =
      (CLAUSE_AFTER_SUBJECT.test(after) || endsRun) && !hasTag(name, '#Place') && !hasTag(name, '#Organization');
    if (!isConfirmedPerson(name) && !isSubject) continue;
    const start = range.start + m.index + m[0].length - name.length;
    const postStart = range.start + m.index;
    out.push({
      range: stripHonorific(text, { start, end: start + name.length }),
      post: { start: postStart, end: postStart + text.slice(postStart, start).trimEnd().length },
      extractor: 'people:title-before-name',
    });
  }
  return out;
}
