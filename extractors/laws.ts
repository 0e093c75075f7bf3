// Instrument mentions (SCHEMA Law: "a named legal or policy instrument: law, regulation,
// measures, provisions, plan, outline, convention"): capitalised runs ending in or headed
// by an instrument word, quoted titles, 《》 titles, and title lines of a legal-basis section.
import { headWordOf } from './head-word.ts';
import { isNameWord, nameRunsIn, splitRun, type Token } from './name-runs.ts';
import { CLOSING_LAW_HEADS, HONORIFICS, LAW_HEADS, MONTH, NAME_STOPWORDS, ORGANISATION_HEADS } from './vocabulary.ts';
import type { ExtractorRule } from './rules.ts';
import type { TextRange } from './types.ts';

/** A law mention and the rule that found it. */
export interface LawMention {
  range: TextRange;
  extractor: ExtractorRule;
  /** Explicit boundaries (quotes, 《》, a title line) win over run-based guesses. */
  isDelimited: boolean;
  /** The number and date a subject title is cited with: no instrument of its own. */
  designation?: TextRange;
}

const COMPLEMENT = new Set(['of', 'on', 'for', 'to']);
const LEFT_CONNECTORS = new Set(['of', 'and', 'on', 'for', '&']);
// "(Trial)", "(Draft)", "(Revised 2019)": edition notes are part of an instrument's title.
const EDITION_SUFFIX =
  /^\s*[(（](?:trial|draft|revised|provisional|interim|amended|for trial implementation|\d{4}(?!,\s*c\.)[^)）]{0,20})[)）]/i;
const MAX_TITLE_WORDS = 25;

const isWordToken = (t: Token | undefined): boolean => t !== undefined && /^[\p{L}\p{N}]/u.test(t.text);

// True when the token at `k` starts the segment or follows a word that cannot be in a name.
// A body's head word opens the run when only the body's own capitalised modifiers stand
// before it ("Independent Commission for X Act" is named after the whole body).
const opensRun = (seg: Token[], k: number): boolean =>
  k === 0 ||
  (seg[k - 1] as Token).text === 'the' ||
  NAME_STOPWORDS.has((seg[k - 1] as Token).text) ||
  // "Securities and Exchange Board of India Act", "Petroleum & Natural Gas Regulatory Board Act".
  (/^\p{Lu}/u.test(seg[0]?.text ?? '') &&
    seg
      .slice(0, k)
      .every(
        (t) =>
          (/^\p{Lu}[\p{L}'’-]*$/u.test(t.text) && !NAME_STOPWORDS.has(t.text)) || /^(?:and|&|of|for)$/.test(t.text),
      ));

const PROVISION_WORDS = /^(?:Article|Section|Part|Chapter|Schedule|Paragraph|Clause|Rule|Title|Book)$/;

function closesTitle(seg: Token[], k: number): boolean {
  const rest = seg.slice(k + 1).filter(isWordToken);
  return rest.length === 0 || COMPLEMENT.has(rest[0]?.text ?? '') || rest.every((t) => /^\d/.test(t.text));
}

function lawInSegment(text: string, seg: Token[]): TextRange | null {
  // The title's head: the first instrument word with a complement ("Regulations on X"),
  // else the last one ("Acts and Regulations Publication Act").
  const heads = seg.flatMap((t, k) =>
    LAW_HEADS.has(t.text) || (CLOSING_LAW_HEADS.has(t.text) && closesTitle(seg, k)) ? [k] : [],
  );
  if (heads.length === 0) return null;
  const head = heads.find((k) => COMPLEMENT.has(seg[k + 1]?.text ?? '')) ?? (heads[heads.length - 1] as number);
  let left = head;
  while (left > 0) {
    const prev = seg[left - 1] as Token;
    // "Government of the Republic Act": an instrument named after a body whose name opens the
    // run keeps that name's "of the" ("Part I of the X Act" does not).
    const isComplementThe =
      prev.text === 'the' &&
      left === 3 &&
      LEFT_CONNECTORS.has(seg[1]?.text ?? '') &&
      ORGANISATION_HEADS.has(seg[0]?.text ?? '');
    if ((prev.text === 'the' && !isComplementThe) || NAME_STOPWORDS.has(prev.text)) break;
    // A connector right before the instrument word opens the title: "Mindful of Decree
    // No. 5", "In accordance with Law 12"; a title's own "of" comes after its first word.
    if (left === head && LEFT_CONNECTORS.has(prev.text) && prev.text !== 'and') break;
    // A body's head word ends the title unless it only modifies the next word
    // ("Cloud Computing Service Security Assessment Measures").
    // "Capital Development Authority (Establishment) Order": a bracketed word after the body
    // the instrument is named after is part of the title too.
    if (
      ORGANISATION_HEADS.has(prev.text) &&
      !isNameWord(seg[left]?.text ?? '') &&
      !((LEFT_CONNECTORS.has(seg[left]?.text ?? '') || seg[left]?.text === '(') && opensRun(seg, left - 1))
    )
      break;
    // "Ministry of X and Y" ends the title, except where it opens the run: "Department of
    // Canadian Heritage Act" is an instrument named after the body.
    if (ORGANISATION_HEADS.has(prev.text) && LEFT_CONNECTORS.has(seg[left]?.text ?? '') && !opensRun(seg, left - 1))
      break;
    // A comma inside a series that closes with "and" before the head ("Public Governance,
    // Performance and Accountability Act").
    const isSeriesComma =
      prev.text === ',' && isNameWord(seg[left - 2]?.text ?? '') && seg.slice(left, head).some((t) => t.text === 'and');
    if (
      LEFT_CONNECTORS.has(prev.text) ||
      isComplementThe ||
      isNameWord(prev.text) ||
      isSeriesComma ||
      /^[(（)）]$|^['’]s$/.test(prev.text)
    )
      left--;
    else break;
  }
  while (left < head && !isNameWord((seg[left] as Token).text)) left++;
  // "Article IX of Republic Act No. 11054": the provision cited is part of the instrument, not of its title.
  if (
    PROVISION_WORDS.test((seg[left] as Token).text) &&
    /^[\dIVXLC]+[A-Za-z]?$/.test(seg[left + 1]?.text ?? '') &&
    seg[left + 2]?.text === 'of' &&
    left + 3 <= head
  )
    left += 3;
  let right = head;
  if (COMPLEMENT.has(seg[head + 1]?.text ?? '')) right = seg.length - 1;
  else
    while (
      right + 1 < seg.length &&
      (LAW_HEADS.has((seg[right + 1] as Token).text) ||
        // A year, not the first part of a number ("Law 2019/7").
        (/^\d{4}$/.test((seg[right + 1] as Token).text) && !/^[/-]\d/.test(text.slice((seg[right + 1] as Token).end))))
    )
      right++;
  while (right > head && !isWordToken(seg[right])) right--;
  const words = seg.slice(left, right + 1).filter(isWordToken);
  // "this Law", "the Regulations": a bare head word is a back-reference, not a title; "the
  // Constitution" is the one instrument a country has, named by its head word alone.
  const isTheConstitution =
    words.length === 1 &&
    words[0]?.text === 'Constitution' &&
    /\bthe\s$/i.test(text.slice(Math.max(0, (words[0] as Token).start - 4), (words[0] as Token).start)) &&
    // Where the page names it in full ("Constitution of Kenya"), the bare word refers back to that.
    !/Constitution of (?:the )?\p{Lu}|\p{Lu}[\p{L}-]+ Constitution\b/u.test(text);
  if (words.length < 2 && !isTheConstitution) return null;
  // "Constitution of the Board of Management": how a body is made up, not an instrument.
  const complement = /^Constitution\s+of\s+(?:the\s+)?(.+)$/.exec(
    text.slice((seg[left] as Token).start, (seg[right] as Token).end),
  );
  if (complement && ORGANISATION_HEADS.has(headWordOf(complement[1] as string))) return null;
  let end = (seg[right] as Token).end;
  const suffix = EDITION_SUFFIX.exec(text.slice(end, end + 40));
  if (suffix) end += suffix[0].length;
  // "Strategy 2002–05", "Plan 2011-2015": a year range closes the title.
  const range = /^\d{4}$/.test((seg[right] as Token).text)
    ? /^[–-]\d{2}(?:\d{2})?\b/.exec(text.slice(end, end + 6))
    : null;
  if (range) end += range[0].length;
  return { start: (seg[left] as Token).start, end };
}

// "the Water Act, 1974": a year after a comma is part of the title as written.
const COMMA_YEAR = /^,\s*(?:1[6-9]|20)\d\d\b(?!\s*[-–/])/;
// "Directive on Professional Qualifications in Inland Navigation": a complement runs on
// through "in" + capitalised words.
const IN_COMPLEMENT = /^ in (?:the )?\p{Lu}[\p{L}'’-]*(?: (?:and |of |for )?\p{Lu}[\p{L}'’-]*)*/u;
// "Executive Order No. 2 of 2023", "City Ordinance 2019-44": the number is part of the title.
// "Regulation ... Number 3 of 2010", "Decree No. (13) of 2021", "Law 19 of 1958" too.
// "Law 2019/7 of 25 April 2019", "Decree No. 2011/412 of 9 December 2011": the date of
// signature, when given, is part of the title too.
const YEAR = '(?:1[6-9]|20)\\d\\d\\b';
// "of 09/12/2022", "of 25.05.2006": a date in figures.
const OF_DATE = `[Oo]f\\s+(?:(?:\\d{1,2}\\s+${MONTH}\\s+|${MONTH}\\s+\\d{1,2},\\s+)?${YEAR}|\\d{1,2}[./]\\d{1,2}[./]${YEAR})`;
// ("Decree No.29/ 2014": a converter may leave a space after the number's slash.)
const NUMBER_SUFFIX = new RegExp(
  String.raw`^\s+(?:(?:[Nn]o\.?|Number|[Nn]\s?°|[Nn]º)\s*\(?\d[\w/-]*(?:(?<=\/)\s\d{4}\b)?(?:,\d{3}(?!\d))*\)?|\d{4}-\d{1,4}|\d{1,4}-(?:1[6-9]|20)\d\d\b|\d{1,4}\/\d{1,4}|\(?\d{1,4}\)?(?=\s+${OF_DATE}))(?:,?\s*${OF_DATE}|(?<=of)\s+\d{1,2}\s+${MONTH}\s+${YEAR})?\b`,
);
// "Constitutional Law of the Republic of X dated June 19, 2007 N 267": the date, then the
// number (a date alone, "Law on X dated 18 February 2025", cites the law by its title).
const DATED_NUMBER = new RegExp(
  String.raw`^\s+dated\s+(?:${MONTH}\s+\d{1,2},\s+${YEAR}|\d{1,2}\s+${MONTH}\s+${YEAR}|\d{1,2}\.\d{1,2}\.${YEAR})(?:,?\s+(?:[Nn]o\.?|N|№)\s*\d[\w/-]*)`,
);
const HAS_COMPLEMENT = new RegExp(String.raw`\b(?:${[...LAW_HEADS].join('|')}) (?:on|of|for|to)\b`);

// "Royal Decree 6/2002 Determining the Competences of the Ministry of X and Adopting Its
// Organisational Structure": a numbered instrument's title runs on through what it does,
// written in title case up to the end of the clause.
const TITLED_SUBJECT =
  /^\s+(?:Concerning|Regarding|On|Establishing|Determining|Issuing|Amending|Approving|Regulating|Organi[sz]ing|Promulgating|Adopting|Creating|Restructuring|Reorgani[sz]ing)\s+(?:[^\n,;.]|,\s+(?:and\s+)?(?=\p{Lu}))*/u;
const MIN_TITLE_CASE_SHARE = 0.6;

function titledSubject(after: string): number {
  const m = TITLED_SUBJECT.exec(after);
  if (!m) return 0;
  // Clauses joined by ", and" / ", " that each open with a capitalised verb belong to it too.
  let end = m[0].length;
  for (;;) {
    const more = /^,\s+(?:and\s+)?(?=[A-Z][a-z]+ing\s)[^\n,;.]*/.exec(after.slice(end));
    if (!more) break;
    end += more[0].length;
  }
  const words = after
    .slice(0, end)
    .trim()
    .split(/[\s,]+/)
    .filter((w) => w.length > 3);
  const capitalised = words.filter((w) => /^\p{Lu}/u.test(w)).length;
  return words.length > 0 && capitalised / words.length >= MIN_TITLE_CASE_SHARE ? end : 0;
}

/** True when a title's last word is an instrument word, in capitals or not ("Act", "DECREE"). */
function endsInLawHead(title: string): boolean {
  const last = /(\S+)$/.exec(title)?.[1] ?? '';
  const word = `${last.charAt(0)}${last.slice(1).toLowerCase()}`;
  return LAW_HEADS.has(last) || LAW_HEADS.has(word) || CLOSING_LAW_HEADS.has(word);
}

const FIELD_OF_LAW = /^\p{Lu}[\p{L}'’]+\s+Law$/u;

/** Finds run-based law mentions in one range (a sentence, line or cell). */
export function findLawsInRuns(text: string, range: TextRange): LawMention[] {
  const out: LawMention[] = [];
  for (const run of nameRunsIn(text, range)) {
    for (const seg of splitRun(run)) {
      const found = lawInSegment(text, seg) ?? numberedHeadWord(text, seg, range);
      if (!found) continue;
      // "Mr Bill McCluggage": an honorific before the head word makes it a name, not an instrument.
      const firstWord = /^\S+/.exec(text.slice(found.start, found.end))?.[0].replace(/\.$/, '') ?? '';
      if (HONORIFICS.has(firstWord)) continue;
      const after = text.slice(found.end, Math.min(range.end, found.end + 80));
      const year = COMMA_YEAR.exec(after);
      const inPart = year ? null : IN_COMPLEMENT.exec(after);
      // "... of Home Affairs Number 3 of 2010": the number word closes the run; the number is the title's.
      // "Law of Georgia No 1463 of 4 October 2013": so does "No".
      const numberWord = /\s(?:Number|No)$/.exec(text.slice(found.start, found.end));
      if (numberWord && NUMBER_SUFFIX.test(text.slice(found.end - numberWord[0].length, range.end)))
        found.end -= numberWord[0].length;
      const rest = text.slice(found.end, Math.min(range.end, found.end + 80));
      const numbered = year || inPart ? null : (NUMBER_SUFFIX.exec(rest) ?? DATED_NUMBER.exec(rest));
      const isTitled =
        endsInLawHead(text.slice(found.start, found.end)) ||
        (HAS_COMPLEMENT.test(text.slice(found.start, found.end)) && /^\s+(?:No\.?|Number|dated)\s/.test(rest));
      if (numbered && isTitled) {
        found.end += numbered[0].length;
        found.end += titledSubject(text.slice(found.end, range.end));
      } else if (year && endsInLawHead(text.slice(found.start, found.end))) found.end += year[0].length;
      else if (inPart && HAS_COMPLEMENT.test(text.slice(found.start, found.end))) found.end += inPart[0].length;
      if (PART_TITLE.test(text.slice(found.start, found.end))) continue;
      // "Common Law", "Administrative Law List Judge": one word before "Law" and nothing after
      // names a field of law; an instrument called a law has a number, a date or a subject.
      if (FIELD_OF_LAW.test(text.slice(found.start, found.end))) continue;
      out.push({ range: found, extractor: 'laws:head-word', isDelimited: false });
    }
  }
  return out;
}

// "Chapter 1. General Provisions", "Final Provisions": a part of the instrument, not one.
const PART_TITLE =
  /^(?:General|Final|Transitional|Transitory|Miscellaneous|Supplementary|Common|Introductory|Preliminary|Concluding|Basic)\s+Provisions?$/i;

// "Law 19 of 1958", "Decree No. (13) of 2021": a lone instrument word is a title when a number
// and a year follow it.
// "Proclamation No. 300/2004", "Proclamation 4-1995", "Decree n° 2008-642": a number word,
// or a number joined to its year, makes the lone word a title too.
const NUMBER_AND_YEAR = new RegExp(
  String.raw`^\s+(?:(?:(?:No\.?|Number)\s*)?\(?\d{1,4}(?:\/\d{1,4})?\)?\s+${OF_DATE}|(?:No\.?|Number|[Nn]\s?°|[Nn]º)\s*\(?\d|\d{1,4}[-/](?:1[6-9]|20)\d\d\b)`,
);

function numberedHeadWord(text: string, segment: Token[], range: TextRange): TextRange | null {
  // The run may have taken the number word or the number's first part ("Law 2019" of "Law 2019/7").
  let seg = segment;
  while (seg.length > 1 && /^(?:No|Number|N|\d{4})$/.test(seg[seg.length - 1]?.text ?? '')) seg = seg.slice(0, -1);
  const last = seg[seg.length - 1];
  if (
    !last ||
    !(LAW_HEADS.has(last.text) || CLOSING_LAW_HEADS.has(last.text)) ||
    !seg.every((t) => /^\p{Lu}/u.test(t.text)) ||
    seg.length > 2
  )
    return null;
  if (!NUMBER_AND_YEAR.test(text.slice(last.end, range.end))) return null;
  return { start: (seg[0] as Token).start, end: last.end };
}

// EU-style numbered acts: "Regulation (EU) 2019/1150", "Directive 2009/16/EC",
// "Regulation (EC) No 1406/2002", "Commission Implementing Regulation (EU) 2020/123".
const NUMBERED_ACT =
  /\b(?:(?:Commission|Council|European Parliament and Council|Implementing|Delegated)\s+){0,2}(?:Regulation|Directive|Decision)\s+(?:\((?:EU|EC|EEC|Euratom|EU, Euratom|CE|UE)\)\s+)?(?:No\.?\s+)?\d{1,4}\/\d{1,4}(?:\/(?:EU|EC|EEC|Euratom|CFSP|JHA))?(?![\d/])/g;

const BOOK_TITLE = /《\s*([^《》\n]{2,200}?)\s*》/g;
const QUOTED = /["“]([^"“”\n]{3,200})["”]/g;

/** Finds 《》 titles and quoted titles that name an instrument ("Network Security Law"). */
export function findDelimitedLaws(text: string, range: TextRange): LawMention[] {
  const slice = text.slice(range.start, range.end);
  const out: LawMention[] = [];
  for (const m of slice.matchAll(BOOK_TITLE)) {
    const inner = m[1] as string;
    const start = range.start + m.index + m[0].indexOf(inner);
    out.push({ range: { start, end: start + inner.length }, extractor: 'laws:book-title', isDelimited: true });
  }
  // A numbered act's number has its slash ("2016/679"): without one, no scan.
  for (const m of slice.includes('/') ? slice.matchAll(NUMBERED_ACT) : []) {
    const start = range.start + m.index;
    out.push({ range: { start, end: start + m[0].length }, extractor: 'laws:numbered-act', isDelimited: true });
  }
  for (const m of slice.matchAll(QUOTED)) {
    const inner = (m[1] as string).replace(/[\s,.;:]+$/, '');
    const words = inner.split(/\s+/);
    // A quoted phrase is a title when it is title-like and names an instrument word.
    if (words.length < 2 || words.length > MAX_TITLE_WORDS || !/^\p{Lu}/u.test(inner)) continue;
    if (!words.some((w) => LAW_HEADS.has(w.replace(/[^\p{L}]/gu, '')))) continue;
    const start = range.start + m.index + 1;
    out.push({ range: { start, end: start + inner.length }, extractor: 'laws:quoted-title', isDelimited: true });
  }
  for (const m of slice.matchAll(QUOTED)) {
    const inner = (m[1] as string).replace(/[\s,.;:]+$/, '');
    if (!SUBJECT_TITLE.test(inner) || inner.split(/\s+/).length > MAX_TITLE_WORDS) continue;
    const designation = DESIGNATION_BEFORE.exec(slice.slice(Math.max(0, m.index - MAX_DESIGNATION_CHARS), m.index));
    if (!designation) continue;
    const start = range.start + m.index + 1;
    out.push({
      range: { start, end: start + inner.length },
      extractor: 'laws:subject-title',
      isDelimited: true,
      designation: { start: range.start + m.index - designation[0].length, end: range.start + m.index },
    });
  }
  return out;
}

// 'Decree of the Cabinet of Ministers of 25.05.2006 № 752 "On liquidation of X"', 'the Law
// "On Civil Service"': an instrument cited by its number and the subject its title opens with
// "On"; the subject in quotes is the name, the designation before it only says which kind.
const SUBJECT_TITLE = /^(?:On|About|Concerning|Regarding)\s+\S+\s+\S/u;
const MAX_DESIGNATION_CHARS = 120;
const DESIGNATION_BEFORE = new RegExp(
  String.raw`\b(?:${['Decree', 'Law', 'Resolution', 'Order', 'Regulation', 'Ordinance', 'Edict', 'Instruction', 'Act'].join('|')})\b(?:[^.;:"“”\n]|\.(?=\d)|(?<=\b(?:No|Nr|N))\.)*$`,
  'u',
);

const TITLE_LINE_END =
  /\b(law|act|regulations?|measures|provisions|plan|outline|convention|code|directive|ordinance|decree|rules|statute|charter|treaty|constitution)(\s*\(\d{4}\))?(,?\s+\d{4})?$/i;

/**
 * A line of a legal-basis section that is just an instrument's title, in any case
 * (GUIDELINES: 'A "Legal basis:" section ... each instrument it cites'); null otherwise.
 */
export function titleLineLaw(text: string, range: TextRange): LawMention | null {
  const raw = text.slice(range.start, range.end);
  const line = raw
    .trim()
    .replace(/^[《"“]\s*/, '')
    .replace(/\s*[》"”]$/, '');
  if (line.length === 0 || /[.;:。]$/.test(line) || line.split(/\s+/).length > MAX_TITLE_WORDS) return null;
  if (!TITLE_LINE_END.test(line)) return null;
  const start = range.start + raw.indexOf(line);
  return { range: { start, end: start + line.length }, extractor: 'laws:legal-basis-line', isDelimited: true };
}
