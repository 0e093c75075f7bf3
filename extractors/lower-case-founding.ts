// Statutes that write every body in lower case ("There is established within the department of
// accounting and general services the office of enterprise technology services, which ..."):
// what a founding sentence establishes, and the body it is established within, are bodies
// when the words carry an organisation's head word. Elsewhere lower-case words name no body.
import type { ExtractorRule } from './rules.ts';
import type { TextRange } from './types.ts';

/** A body a founding sentence names (agencies.ts's FoundedBody, which it joins). */
export interface FoundedBody {
  range: TextRange;
  /** The body it is founded within, for a unit ("the office of X" within "the department of Y"). */
  parent?: TextRange;
  extractor: ExtractorRule;
}

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
  'ministry',
  'administration',
  'institute',
  'corporation',
  'division',
  'branch',
  'unit',
  'bureau',
  'directorate',
  'secretariat',
  'section',
]);
const COMPLEMENTS = new Set(['of', 'for', 'on']);
const MAX_NAME_WORDS = 9;
const WORD = /[\p{Ll}][\p{Ll}'’-]*|[,;.:()]/gu;

/**
 * The lower-case bodies of a founding sentence in `range`: "there is established [within
 * the X] the/an Y". Names already found in capitals (`found`) are left to them.
 */
export function findLowerCaseFoundings(text: string, range: TextRange, found: readonly FoundedBody[]): FoundedBody[] {
  const slice = text.slice(range.start, range.end);
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
  if (head < 0) return null;
  // "office of enterprise technology services": the complement after the head belongs to it;
  // "information technology steering committee": the head ends it.
  let last = head;
  if (COMPLEMENTS.has(words[head + 1]?.word ?? '') && head + 2 < words.length) last = words.length - 1;
  while (last > head && /^(?:of|for|on|and)$/.test(words[last]?.word ?? '')) last--;
  const first = words[0];
  const end = words[last];
  // A head word alone ("the office") points back; it names nothing.
  if (!first || !end || last === 0) return null;
  return { start: start + first.start, end: start + end.end };
}
