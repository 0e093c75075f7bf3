// Capitalised name runs: the token sequences in which organisation and instrument names
// are written ("Ministry of Industry and Information Technology of the People's Republic
// of China", "National Commission of Science, Technology and Industry for National Defense").
import { CLOSING_LAW_HEADS, isHonorific, LAW_HEADS, MONTH, NAME_STOPWORDS, ORGANISATION_HEADS } from './vocabulary.ts';
import { placesIn } from './tagger.ts';
import type { TextRange } from './types.ts';

/** A word or punctuation token with its offsets in the normalised text. */
export interface Token {
  text: string;
  start: number;
  end: number;
  /** A line break stands between this token and the one before. */
  isAfterBreak?: boolean;
}

// A tab parts fields of a line ("Director\tName\tAgency"): a token of its own, so no name runs over it.
const TOKEN = /[\p{L}\p{N}](?:[\p{L}\p{N}&-]|['’](?=\p{L}{2}))*|['’][sS]\b|\S|\t/gu;
const PLACE_KIND = /^(?:state|city|county|province|municipal)$/;
const CONNECTORS = new Set(['of', 'and', 'for', 'on', '&', 'de', 'du', 'des', 'del', 'la', 'le', 'und', 'für']);
const WEEKDAY = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;
const MONTH_WORD = new RegExp(`^${MONTH}$`);
const MID_RUN_BREAKERS = new Set([
  'The',
  'A',
  'An',
  'This',
  'That',
  'Its',
  'Their',
  'Our',
  'In',
  'On',
  'At',
  'By',
  'For',
  'From',
  'To',
  'With',
  'As',
  'And',
  'Or',
  'But',
  'All',
]);
const MAX_PAREN_TOKENS = 8;

/**
 * Tokenises a range of the text into words and single punctuation marks. Words of a stretch
 * written in capitals ("OF THE PARLIAMENT OF THE REPUBLIC OF GHANA") are read in the case
 * running text gives them ("of the Parliament of the Republic of Ghana"), so a name in a
 * shouted title is found as it is in a sentence; offsets still point at the capitals.
 */
export function tokenize(text: string, range: TextRange): Token[] {
  const slice = text.slice(range.start, range.end);
  const tokens: Token[] = [];
  // The next line break at or after the previous token's end: one forward scan in all.
  let previousEnd = 0;
  let nextBreak = slice.indexOf('\n');
  for (const m of slice.matchAll(TOKEN)) {
    const at = m.index ?? 0;
    const token: Token = { text: m[0], start: range.start + at, end: range.start + at + m[0].length };
    while (nextBreak !== -1 && nextBreak < previousEnd) nextBreak = slice.indexOf('\n', nextBreak + 1);
    if (nextBreak !== -1 && nextBreak < at) token.isAfterBreak = true;
    tokens.push(token);
    previousEnd = at + m[0].length;
  }
  return readNumberedCapitals(readShoutedStretches(tokens));
}

// "DECREE No. 2019/68": an instrument word in capitals before its number is that word.
function readNumberedCapitals(tokens: Token[]): Token[] {
  for (let k = 0; k + 1 < tokens.length; k++) {
    const t = tokens[k] as Token;
    if (!CAPITALS.test(t.text)) continue;
    const word = `${t.text[0]}${t.text.slice(1).toLowerCase()}`;
    if (LAW_HEADS.has(word) && /^(?:No|Number|\d)/.test((tokens[k + 1] as Token).text))
      tokens[k] = { ...t, text: word };
  }
  return tokens;
}

const CAPITALS = /^\p{Lu}[\p{Lu}'’-]+$/u;
const POSTS_HELD_TO = new Set(['Secretary', 'Adviser', 'Advisor', 'Assistant', 'Counsel', 'Envoy', 'Ambassador']);
const LOWER_CASE_WORDS = new Set([
  'of',
  'the',
  'and',
  'for',
  'on',
  'to',
  'in',
  'by',
  'at',
  'a',
  'an',
  'or',
  'with',
  'under',
]);
// Shorter words in capitals are acronyms ("NITA", "UN"), not shouted words.
const MIN_SHOUTED_WORD = 5;
const MIN_SHOUTED_STRETCH = 3;

function readShoutedStretches(tokens: Token[]): Token[] {
  let k = 0;
  while (k < tokens.length) {
    if (!CAPITALS.test((tokens[k] as Token).text)) {
      k++;
      continue;
    }
    let end = k;
    while (end < tokens.length && CAPITALS.test((tokens[end] as Token).text)) end++;
    const stretch = tokens.slice(k, end);
    const isShouted =
      stretch.length >= MIN_SHOUTED_STRETCH &&
      stretch.some((t) => LOWER_CASE_WORDS.has(t.text.toLowerCase())) &&
      stretch.some((t) => t.text.length >= MIN_SHOUTED_WORD);
    if (isShouted) {
      for (let i = k; i < end; i++) {
        const t = tokens[i] as Token;
        const lower = t.text.toLowerCase();
        if (LOWER_CASE_WORDS.has(lower)) tokens[i] = { ...t, text: lower };
        else if (t.text.length >= MIN_SHOUTED_WORD) tokens[i] = { ...t, text: `${t.text[0]}${lower.slice(1)}` };
      }
    }
    k = end;
  }
  return tokens;
}

const UPPER_INITIAL = /^\p{Lu}/u;
const ORDINAL = /^\d{1,3}(st|nd|rd|th)$/;

/** True for a word that can be part of a proper name: capitalised, an acronym or "14th". */
export function isNameWord(word: string): boolean {
  const code = word.charCodeAt(0);
  // ASCII answers without a regular expression; the tokenizer asks this for every word.
  if (code >= 65 && code <= 90) return true;
  // "eGovernment Authority", "eHealth Agency": one lower-case letter before a capital opens a name word.
  if (code >= 97 && code <= 122) {
    const second = word.charCodeAt(1);
    return second >= 65 && second <= 90 && word.length > 3;
  }
  return UPPER_INITIAL.test(word) || ORDINAL.test(word);
}

const isWord = (t: Token | undefined): boolean => t !== undefined && /^[\p{L}\p{N}]/u.test(t.text);
const isYear = (t: Token | undefined): boolean => t !== undefined && /^(1[89]|20)\d\d$/.test(t.text);

/** A maximal name run: its member tokens in order. */
export type Run = Token[];

// Organisation and law finders read the same ranges; their runs are worked out once per
// range of the text being extracted (the memo is dropped when the text changes).
let memoText = '';
let memoRuns = new Map<string, Run[]>();

/** The name runs of one range of the text: `findRuns(tokenize(text, range))`, remembered. */
export function nameRunsIn(text: string, range: TextRange): Run[] {
  if (text !== memoText) {
    memoText = text;
    memoRuns = new Map();
  }
  const key = `${range.start}:${range.end}`;
  let runs = memoRuns.get(key);
  if (!runs) {
    runs = findRuns(tokenize(text, range));
    memoRuns.set(key, runs);
  }
  return runs;
}

/** "New Zealand Geographic Board", "New York City Council": "New" opening a place's name. */
function opensPlaceName(tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1];
  return (
    (tokens[i] as Token).text === 'New' &&
    next !== undefined &&
    isNameWord(next.text) &&
    placesIn(`New ${next.text}`)[0] === `New ${next.text}`
  );
}

// Words that open a post's title ("Minister", "Assistant Minister", "Deputy Chairperson").
const POST_OPENERS = new Set([
  'Minister',
  'Secretary',
  'Chairperson',
  'Chairman',
  'Chair',
  'Director',
  'Commissioner',
  'Speaker',
]);
const POST_RANKS = new Set(['Assistant', 'Deputy', 'Vice', 'Acting', 'Associate']);

function isPostOpening(word: string, after: string | undefined): boolean {
  return POST_OPENERS.has(word) || (POST_RANKS.has(word) && after !== undefined && POST_OPENERS.has(after));
}

/** Finds the capitalised name runs among tokens (connectors and "of the" kept inside). */
export function findRuns(tokens: Token[]): Run[] {
  const runs: Run[] = [];
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i] as Token;
    if (!isWord(t) || !isNameWord(t.text) || (NAME_STOPWORDS.has(t.text) && !opensPlaceName(tokens, i))) {
      i++;
      continue;
    }
    const run: Token[] = [t];
    let hasOf = false;
    let j = i + 1;
    for (;;) {
      const next = tokens[j];
      if (!next) break;
      const last = run[run.length - 1] as Token;
      // "... of the Ministry of X" / "Pursuant to the Law ...": a line that opens with a
      // sentence word starts anew.
      const opensLine = next.isAfterBreak === true && NAME_STOPWORDS.has(next.text);
      if (isWord(next) && isNameWord(next.text) && !MID_RUN_BREAKERS.has(next.text) && !opensLine) {
        run.push(next);
        j++;
        continue;
      }
      // "Companies Act 2006", "Civil Service Reform Act of Bhutan 2022": a year closes a title.
      if (
        isYear(next) &&
        (LAW_HEADS.has(last.text) ||
          CLOSING_LAW_HEADS.has(last.text) ||
          last.text === 'for' ||
          last.text === 'of' ||
          (hasOf && run.some((t) => LAW_HEADS.has(t.text))))
      ) {
        run.push(next);
        j++;
        continue;
      }
      // "Lagos state Ministry of X": a place's lower-case kind before a body's head word.
      if (PLACE_KIND.test(next.text) && ORGANISATION_HEADS.has(tokens[j + 1]?.text ?? '') && !hasOf) {
        run.push(next);
        j++;
        continue;
      }
      // "Ministry of Energy And Natural Resources": in title case, "And" inside what a body is
      // "of" joins its parts; elsewhere a capitalised "And" opens a new clause.
      // "Office of the Secretary to the Government": "to" after a post that is held to
      // someone, inside what an office is "of".
      const isPostTo = next.text === 'to' && hasOf && POSTS_HELD_TO.has(last.text);
      if (CONNECTORS.has(next.text) || (next.text === 'And' && hasOf) || isPostTo) {
        const after = tokens[j + 1];
        const skip = after?.text === 'the' ? 2 : 1;
        const target = tokens[j + skip];
        const targetOk =
          isWord(target) &&
          (isNameWord((target as Token).text) || ((next.text === 'for' || next.text === 'of') && isYear(target)));
        // "... of the Ministry of Manpower and Adopting Its Structure": a capitalised verb
        // taking an object ends the name.
        const isVerbWithObject =
          /ing$/.test((target as Token | undefined)?.text ?? '') &&
          /^(?:Its|Their|the|The|a|an)$/.test(tokens[j + skip + 1]?.text ?? '');
        // "the Council of Ministers on Tuesday", "the Commission on 6th May": a day, a month or
        // a date after a connector is when, not a name.
        const targetText = (target as Token | undefined)?.text ?? '';
        const isWhen =
          WEEKDAY.test(targetText) || (next.text === 'on' && (MONTH_WORD.test(targetText) || /^\d/.test(targetText)));
        // "the Standing Committee on Economic Affairs and the Assistant Minister for X": a post
        // after "and the" opens a new phrase, not the rest of the name; so does a ranked post
        // after "and" alone ("... Social Affairs and Assistant Minister for Y").
        const afterTarget = tokens[j + skip + 1]?.text;
        const opensPost =
          next.text === 'and' &&
          target !== undefined &&
          ((skip === 2 && isPostOpening(target.text, afterTarget)) ||
            (skip === 1 && POST_RANKS.has(target.text) && afterTarget !== undefined && POST_OPENERS.has(afterTarget)));
        // "... Museums and Monuments and Mrs Name": a person after "and" opens a new phrase.
        const opensPerson = next.text === 'and' && isHonorific(targetText);
        if (
          targetOk &&
          !isVerbWithObject &&
          !isWhen &&
          !opensPost &&
          !opensPerson &&
          !MID_RUN_BREAKERS.has((target as Token).text)
        ) {
          if (next.text === 'of' || next.text === 'for') hasOf = true;
          for (let k = 0; k < skip; k++) run.push(tokens[j + k] as Token);
          j += skip;
          continue;
        }
        break;
      }
      if (next.text === '(' || next.text === '（') {
        // An inner parenthetical ("People's Republic of China (PRC) Telecom Regulations")
        // stays in the run; a trailing one is an alias or a suffix, handled elsewhere.
        let k = j + 1;
        while (
          k < tokens.length &&
          k - j <= MAX_PAREN_TOKENS &&
          (isWord(tokens[k]) || tokens[k]?.text === ',') &&
          tokens[k]?.text !== ')'
        )
          k++;
        const close = tokens[k];
        const after = tokens[k + 1];
        const afterConnector =
          after &&
          CONNECTORS.has(after.text) &&
          after.text !== 'and' &&
          (isNameWord(tokens[k + 2]?.text ?? '') || tokens[k + 2]?.text === 'the');
        if (
          close &&
          (close.text === ')' || close.text === '）') &&
          k > j + 1 &&
          after &&
          ((isWord(after) && isNameWord(after.text)) || /^['’][sS]$/.test(after.text) || afterConnector)
        ) {
          for (let m = j; m <= k; m++) run.push(tokens[m] as Token);
          j = k + 1;
          continue;
        }
        break;
      }
      // "People's Republic", and the plural possessive "Peoples’ Affairs".
      const isPossessive =
        /^['’][sS]$/.test(next.text) || (/^['’]$/.test(next.text) && /s$/.test(last.text) && next.start === last.end);
      if (isPossessive && isWord(tokens[j + 1]) && isNameWord((tokens[j + 1] as Token).text)) {
        run.push(next);
        j++;
        continue;
      }
      // "Ministry of Community, Aboriginal, and Women's Services": a head word right after "of"
      // is the complement's first topic, not the end of a body's name.
      const isTopicAfterOf = hasOf && run[run.length - 2]?.text === 'of' && ORGANISATION_HEADS.has(last.text);
      if (
        next.text === ',' &&
        isWord(last) &&
        (!ORGANISATION_HEADS.has(last.text) || isTopicAfterOf) &&
        !LAW_HEADS.has(last.text)
      ) {
        // "of Science, Technology and Industry": a comma series inside an "of" complement
        // is joined when it closes with "and" + a name word.
        let k = j + 1;
        let sawAnd = false;
        // "Department of Conservation, Waikato Regional Council and Auckland Council": a
        // middle item that ends in a head word is a body of its own; the series lists bodies.
        let listsBodies = false;
        while (k < tokens.length) {
          const tk = tokens[k] as Token;
          if ((tk.text === ',' || tk.text === 'and') && k > j + 1 && ORGANISATION_HEADS.has(tokens[k - 1]?.text ?? ''))
            listsBodies = true;
          if (isWord(tk) && isNameWord(tk.text) && !MID_RUN_BREAKERS.has(tk.text)) k++;
          else if (tk.text === ',' && !sawAnd) k++;
          else if (
            tk.text === 'and' &&
            isWord(tokens[k + 1]) &&
            isNameWord((tokens[k + 1] as Token).text) &&
            // ", and Assistant Minister for X", ", and Prof Name": a post or a person opens a new phrase.
            !isPostOpening((tokens[k + 1] as Token).text, tokens[k + 2]?.text) &&
            !isHonorific((tokens[k + 1] as Token).text)
          ) {
            sawAnd = true;
            k++;
          } else if (
            tk.text === 'and' &&
            tokens[k + 1]?.text === 'the' &&
            isWord(tokens[k + 2]) &&
            isNameWord((tokens[k + 2] as Token).text) &&
            !isPostOpening((tokens[k + 2] as Token).text, tokens[k + 3]?.text)
          ) {
            // "of Agriculture, Food and the Marine"
            sawAnd = true;
            k += 2;
          } else break;
        }
        // Without an "of" complement the series must lead to a head word: "Public
        // Governance, Performance and Accountability Act", not "Canada, France and Japan".
        const reachesHead = tokens.slice(j, k).some((tk) => ORGANISATION_HEADS.has(tk.text) || LAW_HEADS.has(tk.text));
        if (sawAnd && k > j + 2 && (hasOf || reachesHead) && !listsBodies) {
          for (let m = j; m < k; m++) run.push(tokens[m] as Token);
          j = k;
          continue;
        }
        break;
      }
      break;
    }
    runs.push(run);
    i = j;
  }
  return runs;
}

/**
 * Splits a run where it coordinates two names: at "and the", and at "and" between a name
 * that already ended in a head word and one that has its own ("State Council and Ministry
 * of X"), but not inside "Ministry of Industry and Information Technology".
 */
export function splitRun(run: Run): Run[] {
  const parts: Run[] = [];
  let current: Token[] = [];
  for (let k = 0; k < run.length; k++) {
    const t = run[k] as Token;
    if (t.text === 'and' || t.text === '&') {
      const rest = run.slice(k + 1);
      const restHasHead = rest.some((r) => ORGANISATION_HEADS.has(r.text) || LAW_HEADS.has(r.text));
      const last = current[current.length - 1];
      // "Interpretation of Laws and General Clauses Act": a head word that is what the name is
      // "of" is its complement, not the end of a name.
      const isComplement = ['of', 'for', 'on'].includes(current[current.length - 2]?.text ?? '');
      const endsWithHead =
        last !== undefined && !isComplement && (ORGANISATION_HEADS.has(last.text) || LAW_HEADS.has(last.text));
      // A lone head word before "and" is a modifier, not a name of its own ("Acts and
      // Regulations Publication Act").
      const isLoneWord = current.length === 1;
      // "Ministry of Cabinet Affairs and Decree No. 13", "... and Office of the Y": a head
      // word opening its own complement or number starts a second name.
      const opensSecondName =
        (ORGANISATION_HEADS.has(rest[0]?.text ?? '') || LAW_HEADS.has(rest[0]?.text ?? '')) &&
        /^(?:of|for|on|No|Number)$/.test(rest[1]?.text ?? '');
      if (restHasHead && (rest[0]?.text === 'the' || (!isLoneWord && (endsWithHead || opensSecondName)))) {
        parts.push(current);
        current = [];
        if (rest[0]?.text === 'the') k++;
        continue;
      }
    }
    current.push(t);
  }
  parts.push(current);
  return parts.filter((p) => p.length > 0);
}
