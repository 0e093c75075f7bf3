// Instrument lists by shape (GUIDELINES GOVERNED_BY: 'A "Legal basis:" section ... gives that
// body a GOVERNED_BY to each instrument it cites'): any list, bulleted, numbered or written
// inline after a colon, whose items are mostly instrument names is such a section, whatever
// its heading says ("Acts we administer", "Legal foundation", "What governs our work").
import { RangeIndex } from './range-index.ts';
import { collapseSpace } from './spans.ts';
import type { BlockNode, ListNode, SectionNode, TextRange } from './types.ts';
import { allSections } from './walk.ts';

/** A list of instruments and the heading or introduction that may name the governed body. */
export interface InstrumentList<T extends { range: TextRange }> {
  cue: TextRange | null;
  evidence: TextRange;
  laws: T[];
}

// Lists of instruments that are not the body's basis: drafts, consultations, repeals, news.
const NOT_GOVERNING =
  /\b(repeal\w*|revoked|consult\w*|drafts?|proposed|proposals?|upcoming|news|publications?|guidance notes?|reports?|amendments? (?:in|under) preparation|bills? before)\b/i;
const INLINE_PARTS = /\s*[;,]\s*(?:and\s+)?|\s+and\s+/;
// What may trail an instrument's name in its item: a year, a bracket, a short description.
const ITEM_TAIL = /^[\s,.;:]*(?:\([^)]*\))?[\s.;,]*(?:(?:[–—:]|\s-\s).*)?$/u;

// The instrument that an item (or inline part) consists of, if any.
function instrumentOf<T extends { range: TextRange }>(text: string, part: TextRange, laws: RangeIndex<T>): T | null {
  const raw = text.slice(part.start, part.end);
  const lead = /^\s*(?:the\s+)?/i.exec(raw)?.[0].length ?? 0;
  const law = laws.within(part).find((l) => l.range.start <= part.start + lead + 1);
  if (!law) return null;
  return ITEM_TAIL.test(text.slice(law.range.end, part.end)) ? law : null;
}

const isMostly = (hits: number, total: number): boolean => total >= 2 && hits * 2 > total;

/** Lists (bulleted, numbered) whose items are mostly instrument names, with their heading or intro. */
export function findInstrumentLists<T extends { range: TextRange }>(
  text: string,
  root: SectionNode,
  laws: RangeIndex<T>,
): Array<InstrumentList<T>> {
  const out: Array<InstrumentList<T>> = [];
  for (const section of allSections(root, text)) {
    const heading = section.heading ? collapseSpace(text.slice(section.heading.start, section.heading.end)) : '';
    let previous: BlockNode | null = null;
    for (const child of section.children) {
      const intro = previous?.kind === 'paragraph' ? previous.range : null;
      previous = child;
      if (child.kind !== 'list') continue;
      const introText = intro ? text.slice(intro.start, intro.end) : '';
      if (NOT_GOVERNING.test(`${heading} ${introText}`)) continue;
      const found = instrumentsOfList(text, child, laws);
      if (found) out.push({ cue: intro ?? section.heading, evidence: child.range, laws: found });
    }
  }
  return out;
}

function instrumentsOfList<T extends { range: TextRange }>(
  text: string,
  list: ListNode,
  laws: RangeIndex<T>,
): T[] | null {
  const found = list.items.map((item) => instrumentOf(text, item.head, laws)).filter((l): l is T => l !== null);
  return isMostly(found.length, list.items.length) ? found : null;
}

/** "Legal foundation: A Act 1998; B Rules 2004; C Order.": a colon and mostly instrument names after it. */
export function findInlineInstruments<T extends { range: TextRange }>(
  text: string,
  ranges: TextRange[],
  laws: RangeIndex<T>,
): Array<InstrumentList<T>> {
  const out: Array<InstrumentList<T>> = [];
  for (const range of ranges) {
    const s = text.slice(range.start, range.end);
    const colon = /[:：]\s*/.exec(s);
    if (!colon || laws.within(range).length < 2) continue;
    const before = s.slice(0, colon.index);
    if (NOT_GOVERNING.test(before)) continue;
    const listStart = colon.index + colon[0].length;
    const body = s.slice(listStart).replace(/[.;。]\s*$/, '');
    const found: T[] = [];
    let parts = 0;
    let at = 0;
    for (const part of body.split(INLINE_PARTS)) {
      const partAt = body.indexOf(part, at);
      at = partAt + part.length;
      if (!part.trim()) continue;
      parts++;
      const start = range.start + listStart + partAt;
      const law = instrumentOf(text, { start, end: start + part.length }, laws);
      if (law) found.push(law);
    }
    if (isMostly(found.length, parts))
      out.push({ cue: { start: range.start, end: range.start + colon.index }, evidence: range, laws: found });
  }
  return out;
}
