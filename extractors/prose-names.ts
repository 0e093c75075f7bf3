// Persons named in running text with no post pattern around them (GUIDELINES: "annotate
// every named ... person the document names"): an honorific before a name ("Alhaji Shehu
// Shagari", "Mr Bill McCluggage"), and a name glossed in its own script ("Steve Chen
// (陳士駿)"). Both marks are about the name itself, so they need no post word nearby.
import { initialsOf } from './aliases.ts';
import { singularTitle } from './leader-lines.ts';
import {
  isConfirmedPerson,
  isOrdinaryWord,
  isPersonName,
  isPostTitle,
  stripHonorific,
  type PersonMention,
} from './people.ts';
import { alternationOf, HONORIFICS, PLACE_WORDS, RANKS } from './vocabulary.ts';
import { isKnownGivenName } from './tagger.ts';
import type { TextRange } from './types.ts';

const NAME_WORD = String.raw`\p{Lu}[\p{L}'’.-]*`;
// Honorifics and ranks stack ("Brig. General Name", "Rt Hon Name"): the name follows the last.
const HONORIFIC_NAME = new RegExp(
  String.raw`(?<![\p{L}])((?:(?:${alternationOf([...HONORIFICS, ...RANKS])})\.?\s+)+)(${NAME_WORD}(?:\s+${NAME_WORD}){1,3})`,
  'gu',
);
// A person's name in Chinese, Japanese or Korean script runs two to four characters; a
// longer gloss is a body's or a place's name.
const GLOSS_SCRIPT = String.raw`[\p{Script=Han}\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}]`;
const SCRIPT_GLOSS = new RegExp(
  String.raw`(${NAME_WORD}(?:\s+${NAME_WORD}){1,3})\s*[(（]${GLOSS_SCRIPT}{2,4}[)）]`,
  'gu',
);
// Cheap gate: a gloss needs a character of those scripts, which most sentences lack; one scan
// for it is cheaper than the gloss pattern tried at every capitalised word.
const HAS_GLOSS_SCRIPT = new RegExp(GLOSS_SCRIPT, 'u');
// Two to four name words, the first a plain capitalised word (a given name), not followed by
// more capitalised words (a longer name, a body's) and not right after an honorific, which
// the honorific rule reads. The capital comes before the look-behind (which tests the same
// character before it, one letter on) so that the engine scans for a capital, rather than
// trying the look-behind at every position.
const GIVEN_NAME_RUN = new RegExp(
  String.raw`\p{Lu}(?<![\p{L}\p{N}'’.-]\p{Lu})\p{Ll}+(?:\s+(?:\p{Lu}\.\s+)?\p{Lu}[\p{L}'’-]+){1,3}(?![\p{L}'’-]|\s+\p{Lu})`,
  'gu',
);
const HONORIFIC_BEFORE = new RegExp(String.raw`(?:${alternationOf(HONORIFICS)})\.?\s+$`);
// The word before a glossed name must not tie it into a longer name ("Ministry of Digital Affairs").
// ("in Sierra Leone", "across Costa Rica": a name after a place preposition is a place.)
const TYING_WORD = /(?:^|\s)(?:of|and|for|on|the|de|du|des|&|in|across|throughout|within)\s*$/;

// "Sri Lankan Tamil Refugees": a plural common noun ends a group, not a person's name.
function endsInPlural(phrase: string): boolean {
  const last = phrase.split(/\s+/).pop() ?? '';
  return /s$/.test(last) && isOrdinaryWord(last);
}

/** True when a phrase ends in a place's or building's word ("John Carling Building", "Sun Moon Lake"). */
function isPlace(phrase: string): boolean {
  return PLACE_WORDS.has(phrase.split(/\s+/).pop()?.replace(/[.,]$/, '') ?? '');
}

/** The longest run of 2-4 final tokens of `words` that is a personal name, as an offset range. */
function trailingName(words: string, at: number): TextRange | null {
  const tokens = words.split(/\s+/);
  for (let take = Math.min(4, tokens.length); take >= 2; take--) {
    const candidate = tokens
      .slice(tokens.length - take)
      .join(' ')
      .replace(/[.,]$/, '');
    if (!isPersonName(candidate) || isPlace(candidate)) continue;
    const start = at + words.lastIndexOf(candidate);
    return { start, end: start + candidate.length };
  }
  return null;
}

/** The longest run of 2-4 leading tokens of `words` that is a personal name, as an offset range. */
function leadingName(words: string, at: number): TextRange | null {
  const tokens = words.split(/\s+/);
  for (let take = Math.min(4, tokens.length); take >= 2; take--) {
    // "General Name’s contract": the possessive ending is not part of the name.
    const candidate = tokens
      .slice(0, take)
      .join(' ')
      .replace(/[.,]$/, '')
      .replace(/['’]s$/, '');
    // "Sir John Carling Building": a place or building named after a person is no person.
    if (isPersonName(candidate, true))
      return isPlace(tokens.slice(0, take + 1).join(' ')) ? null : { start: at, end: at + candidate.length };
  }
  return null;
}

const LOWER_CASE_WORD = /(?:^|\s)\p{Ll}{2,}/gu;

/** True when a text holds two lower-case words; stops at the second rather than listing them all. */
function hasTwoLowerCaseWords(slice: string): boolean {
  LOWER_CASE_WORD.lastIndex = 0;
  const found = LOWER_CASE_WORD.exec(slice) !== null && LOWER_CASE_WORD.exec(slice) !== null;
  LOWER_CASE_WORD.lastIndex = 0;
  return found;
}

/** Persons a sentence names by an honorific or by a gloss in their own script. */
export function findProseNames(text: string, sentence: TextRange): PersonMention[] {
  const slice = text.slice(sentence.start, sentence.end);
  const out: PersonMention[] = [];
  for (const m of slice.matchAll(HONORIFIC_NAME)) {
    const words = m[2] as string;
    const name = leadingName(words, sentence.start + m.index + m[0].length - words.length);
    if (!name) continue;
    // A lone rank is also a common word ("General Provisions", "Major Roads"): the tagger
    // must read what follows as a person's name.
    const marks = (m[1] as string).split(/[\s.]+/).filter(Boolean);
    if (marks.length === 1 && RANKS.has(marks[0] as string) && !isConfirmedPerson(text.slice(name.start, name.end)))
      continue;
    if (endsInPlural(text.slice(name.start, name.end))) continue;
    out.push({ range: stripHonorific(text, name), extractor: 'people:honorific-name' });
  }
  for (const m of HAS_GLOSS_SCRIPT.test(slice) ? slice.matchAll(SCRIPT_GLOSS) : []) {
    const words = m[1] as string;
    const wordsAt = sentence.start + m.index;
    const name = trailingName(words, wordsAt);
    if (!name || TYING_WORD.test(text.slice(Math.max(sentence.start, name.start - 6), name.start))) continue;
    out.push({ range: stripHonorific(text, name), extractor: 'people:script-gloss' });
  }
  // "Catherine Brown and Professor Steve Ormerod have been appointed": a run of name words
  // that opens with a given name the tagger knows, standing alone (not inside a longer name).
  // Only in running text: a line that is a bare name (a list item, a heading) is named by
  // what the layout says of it, which the structure rules read.
  const isRunningText = hasTwoLowerCaseWords(slice);
  for (const m of isRunningText ? slice.matchAll(GIVEN_NAME_RUN) : []) {
    const run = m[0].replace(/['’]s$/, '');
    const at = sentence.start + m.index;
    if (out.some((p) => p.range.start <= at && at < p.range.end)) continue;
    const before = text.slice(Math.max(sentence.start, at - 8), at);
    if (TYING_WORD.test(before) || HONORIFIC_BEFORE.test(before)) continue;
    // The lexicon lookup first: most capitalised runs open with no given name at all.
    if (!isKnownGivenName((run.split(/\s/)[0] as string).toLowerCase())) continue;
    if (!isPersonName(run) || isPlace(run) || endsInPlural(run)) continue;
    out.push({ range: { start: at, end: at + run.length }, extractor: 'people:given-name' });
  }
  return out;
}

// "two new Permanent Secretaries (PS)": a post the document abbreviates, then writes before
// names ("PS Jane Roe was moved ..."). The initials stand for the post, singular. Brackets are
// found first and the words before each read back, which is cheaper than a pattern tried at
// every capitalised word.
const INITIALS_IN_BRACKETS = /\((\p{Lu}{2,6})\)/gu;
const WORDS_BEFORE = /((?:\p{Lu}[\p{L}-]*\s+){0,3}\p{Lu}[\p{L}-]*)\s*$/u;
const LOOK_BACK_CHARS = 80;

/** The posts a document abbreviates, by their initials ("PS" -> "Permanent Secretary"). */
export function postInitials(text: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of text.matchAll(INITIALS_IN_BRACKETS)) {
    const before = WORDS_BEFORE.exec(text.slice(Math.max(0, m.index - LOOK_BACK_CHARS), m.index));
    if (!before) continue;
    const words = (before[1] as string).split(/\s+/);
    const initials = m[1] as string;
    // The expansion is the last words whose initials spell the abbreviation.
    const expansion = words.slice(-initials.length).join(' ');
    if (initialsOf(expansion) !== initials) continue;
    const singular = singularTitle(expansion) ?? expansion;
    if (isPostTitle(singular)) out.set(initials, singular);
  }
  return out;
}

/** Persons named after an abbreviated post ("PS Jane Roe"), with the post spelled out. */
export function findPostInitialNames(
  text: string,
  sentence: TextRange,
  initials: ReadonlyMap<string, string>,
): PersonMention[] {
  if (initials.size === 0) return [];
  const slice = text.slice(sentence.start, sentence.end);
  const out: PersonMention[] = [];
  const pattern = new RegExp(
    String.raw`(?<![\p{L}])(${[...initials.keys()].join('|')})\s+(${NAME_WORD}(?:\s+${NAME_WORD}){1,3})`,
    'gu',
  );
  for (const m of slice.matchAll(pattern)) {
    const words = m[2] as string;
    const name = leadingName(words, sentence.start + m.index + m[0].length - words.length);
    if (!name) continue;
    const at = sentence.start + m.index;
    out.push({
      range: name,
      post: { start: at, end: at + (m[1] as string).length },
      title: initials.get(m[1] as string) as string,
      extractor: 'people:post-initials',
    });
  }
  return out;
}
