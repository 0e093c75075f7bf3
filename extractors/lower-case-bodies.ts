// Statutes that write every body in lower case ("There is established within the department of
// accounting and general services the office of enterprise technology services, which ...",
// "§26-16 Department of agriculture."): what a founding sentence establishes, the body it is
// established within, and a section heading that is a body's name in sentence case are bodies
// when the words carry an organisation's head word. On a page that writes its bodies so, "the
// <words> <head word>" names one in any sentence; elsewhere lower-case words name no body.
import type { ExtractorRule } from './rules.ts';
import { tagsOfTerm } from './tagger.ts';
import type { TextRange } from './types.ts';

/** A body written in lower case (agencies.ts's OrganisationMention, which it joins). */
export interface FoundedBody {
  range: TextRange;
  /** The body it is founded within, for a unit ("the office of X" within "the department of Y"). */
  parent?: TextRange;
  extractor: ExtractorRule;
}

const FOUNDING_GATE = /\b(?:established|created|constituted)\b/i;
const FOUNDING = /\bthere\s+(?:is|are|shall\s+be)\s+(?:hereby\s+)?(?:established|created|constituted)\s+/gi;
// Words that end a lower-case name: the next phrase's article, a verb, a clause's opening.
const ENDS_NAME = new Set([
  'the',
  'a',
  'an',
  'to',
  'which',
  'that',
  'who',
  'shall',
  'may',
  'is',
  'are',
  'with',
  'by',
  'as',
  'in',
  'within',
  'under',
  'pursuant',
  'headed',
  'consisting',
  'comprising',
]);
const HEADS: ReadonlySet<string> = new Set([
  'office',
  'ministry',
  'administration',
  'institute',
  'corporation',
  'department',
  'division',
  'committee',
  'commission',
  'board',
  'council',
  'authority',
  'agency',
  'bureau',
  'directorate',
  'secretariat',
  'tribunal',
  'branch',
  'unit',
]);
// Heads of a part of a body: one founded within another body is that body's unit.
const UNIT_HEADS: ReadonlySet<string> = new Set([
  'office',
  'division',
  'branch',
  'unit',
  'bureau',
  'directorate',
  'secretariat',
  'section',
]);
// Posts that may stand before "and" and a body ("the commissioner and board of X").
const POSTS: ReadonlySet<string> = new Set([
  'commissioner',
  'chairperson',
  'chairman',
  'director',
  'secretary',
  'governor',
  'minister',
  'comptroller',
]);
const COMPLEMENTS = new Set(['of', 'for', 'on']);
const CONNECTORS = new Set(['and', 'the', 'a', 'an', 'in', 'to', '&']);
const MAX_NAME_WORDS = 9;
// A capitalised word may open a name ("Hawaii water authority") or stand in its complement
// ("department of Hawaiian home lands"); the head word itself is in lower case.
const WORD = /\p{L}[\p{L}'’-]*|[,;.:()]/gu;
const MAX_CAPITALISED = 2;
// Words before a head that describe, not name: "the following committee", "the said board".
const NOT_NAME_START = new Set([
  'following',
  'said',
  'same',
  'such',
  'relevant',
  'appropriate',
  'respective',
  'other',
  'new',
  'former',
  'above',
  'each',
  'any',
  'that',
  'this',
  'executive',
]);

/**
 * The lower-case bodies of a founding sentence in `range`: "there is established [within
 * the X] the/an Y". Names already found in capitals (`found`) are left to them.
 */
export function findLowerCaseFoundings(text: string, range: TextRange, found: readonly FoundedBody[]): FoundedBody[] {
  const slice = text.slice(range.start, range.end);
  // Cheap gate first (asked of every sentence).
  if (!FOUNDING_GATE.test(slice)) return [];
  const out: FoundedBody[] = [];
  for (const m of slice.matchAll(FOUNDING)) {
    let at = (m.index ?? 0) + m[0].length;
    const within = /^(?:within|in|under)\s+the\s+/.exec(slice.slice(at));
    const container = within ? nameAt(slice, at + within[0].length) : null;
    if (container) {
      out.push(mention(range.start, container));
      at = container.end;
    }
    const article = /^\s*(?:the|an?)\s+/.exec(slice.slice(at));
    const founded = article ? nameAt(slice, at + article[0].length) : null;
    if (!founded) continue;
    const unit = mention(range.start, founded);
    // "established within the department of X the office of Y": the office is the department's.
    const head = /^(\p{Ll}+)/u.exec(slice.slice(founded.start))?.[1] ?? '';
    const last = /(\p{Ll}+)$/u.exec(slice.slice(founded.start, founded.end))?.[1] ?? '';
    if (container && (UNIT_HEADS.has(head) || UNIT_HEADS.has(last)))
      unit.parent = { start: range.start + container.start, end: range.start + container.end };
    out.push(unit);
  }
  return out.filter((o) => !found.some((f) => f.range.start < o.range.end && o.range.start < f.range.end));
}

function mention(offset: number, r: TextRange): FoundedBody {
  return { range: { start: offset + r.start, end: offset + r.end }, extractor: 'agencies:lower-case-founding' };
}

/** The lower-case name that opens at `start`, cut after its head word and complement; null without a head word. */
function nameAt(slice: string, start: number): TextRange | null {
  const words: Array<{ word: string; start: number; end: number }> = [];
  WORD.lastIndex = 0;
  const rest = slice.slice(start, start + 200);
  for (const w of rest.matchAll(WORD)) {
    // Only words separated by spaces belong to one name.
    const gap = rest.slice(words.at(-1)?.end ?? 0, w.index);
    if (words.length > 0 && !/^\s+$/.test(gap)) break;
    if (words.length === 0 && w.index !== 0) return null;
    if (/^[,;.:()]$/.test(w[0]) || ENDS_NAME.has(w[0]) || words.length === MAX_NAME_WORDS) break;
    words.push({ word: w[0], start: w.index, end: w.index + w[0].length });
  }
  const head = words.findIndex((w) => HEADS.has(w.word));
  if (head < 0 || NOT_NAME_START.has(words[0]?.word ?? '')) return null;
  // "office of enterprise technology services": the complement after the head belongs to it;
  // "information technology steering committee": the head ends it.
  let last = head;
  if (COMPLEMENTS.has(words[head + 1]?.word ?? '') && head + 2 < words.length) {
    // "department of agriculture established by ...": a participle after the complement ends it.
    const participle = words.findIndex((w, k) => k > head + 2 && /^\p{Ll}+ed$/u.test(w.word));
    last = participle > 0 ? participle - 1 : words.length - 1;
  }
  while (last > head && /^(?:of|for|on|and)$/.test(words[last]?.word ?? '')) last--;
  // "the commissioner and board of public lands": the post before "and" is a person's.
  const opening = words[1]?.word === 'and' && POSTS.has(words[0]?.word ?? '') && head >= 2 ? 2 : 0;
  const first = words[opening];
  const end = words[last];
  // A head word alone ("the office") points back; it names nothing.
  if (!first || !end || last === opening) return null;
  const capitalised = words.slice(opening, last + 1).filter((w) => /^\p{Lu}/u.test(w.word)).length;
  if (capitalised > MAX_CAPITALISED || capitalised === last + 1 - opening) return null;
  return { start: start + first.start, end: start + end.end };
}

// "§26-16 Department of agriculture.", "Sec. 4. Board of land and natural resources": a section
// heading that is a body's name in sentence case (the head word capitalised, its complement not).
// "§27-43 Office of X; chief information officer; establishment": the first of a section's
// topics names its body.
const SECTION_NUMBER = String.raw`(?:§+\s*[\dA-Za-z.:-]+\.?|Sec(?:tion)?\.?\s*[\dA-Za-z.-]+\.?)\s+`;
const NUMBERED_OPENING = /^\s*(?:§|Sec)/;
const SENTENCE_CASE_HEADING = new RegExp(
  String.raw`^\s*(${SECTION_NUMBER})?(\p{Lu}\p{Ll}+\s+(?:of|for|on)\s+\p{L}[\p{L}'’, -]*?)(?:\.?\s*$|;)`,
  'u',
);

/**
 * The body a section heading names in sentence case, if the heading is that name (a line of
 * its own, or a numbered section's opening sentence: `isNumbered` asks for the "§" number).
 */
export function findSentenceCaseHeading(text: string, heading: TextRange, isNumbered = false): FoundedBody | null {
  // Cheap gate first: a numbered section opens with "§" or "Sec" (asked of every paragraph).
  if (isNumbered && !NUMBERED_OPENING.test(text.slice(heading.start, heading.start + 8))) return null;
  const line = text.slice(heading.start, heading.end);
  // A numbered section's title ends at its first full stop ("§26-15 X. (a) The department ...").
  const stop = isNumbered ? /\.\s/.exec(line) : null;
  const m = SENTENCE_CASE_HEADING.exec(stop ? line.slice(0, stop.index + 1) : line);
  if (isNumbered && !m?.[1]) return null;
  const name = m?.[2];
  if (!m || !name || !HEADS.has((name.split(/\s/)[0] as string).toLowerCase())) return null;
  const words = name.split(/\s+/);
  // Mostly lower case: a title-cased heading ("Department of Land") is read by the name runs.
  if (words.filter((w) => /^\p{Lu}/u.test(w)).length > MAX_CAPITALISED) return null;
  if (!words.some((w) => /^\p{Ll}/u.test(w) && !COMPLEMENTS.has(w) && !CONNECTORS.has(w))) return null;
  // "Ministry of Harbours explained": a title about a body, not its name. Only a numbered
  // section's title may open its complement with a capital ("Department of Hawaiian home lands").
  if (words.some((w) => /^\p{Ll}+ed$/u.test(w)) || (!m[1] && !/^\p{Ll}/u.test(words[2] ?? ''))) return null;
  const start = heading.start + m.index + m[0].indexOf(name);
  return {
    range: { start, end: start + name.replace(/[\s,]+$/, '').length },
    extractor: 'agencies:sentence-case-heading',
  };
}

const THE = /\bthe\s+/g;

/**
 * "the board of land and natural resources", "the soil conservation committee": bodies named in
 * lower case in one range, for a page that writes its bodies so (the caller decides).
 */
export function findLowerCaseNames(text: string, range: TextRange): FoundedBody[] {
  const slice = text.slice(range.start, range.end);
  const out: FoundedBody[] = [];
  for (const m of slice.matchAll(THE)) {
    const found = nameAt(slice, (m.index ?? 0) + m[0].length);
    // "the primary agency", "efficient administration": a describing word and a head word are no name.
    if (found && isDescribed(slice.slice(found.start, found.end))) continue;
    if (found && !out.some((o) => o.range.end > range.start + found.start))
      out.push({
        range: { start: range.start + found.start, end: range.start + found.end },
        extractor: 'agencies:lower-case-name',
      });
  }
  return out;
}

function isDescribed(name: string): boolean {
  const words = name.split(/\s+/);
  return words.length === 2 && tagsOfTerm(name, 0).includes('Adjective');
}
