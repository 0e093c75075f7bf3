// Responsibilities (GUIDELINES: "each item of an enumerated list of functions or duties is
// one responsibility, whatever its numbering ... An item whose short heading stands on its
// own line before a body paragraph is heading and body together. A unit whose duties are
// one unnumbered paragraph has that paragraph as one responsibility. A unit with a numbered
// sub-list has one responsibility per item and none for the list as a whole.")
import { collapseSpace } from './spans.ts';
import type { ItemNode, ListNode, TextRange } from './types.ts';

/** A responsibility's text and where it is written. */
export interface DutyText {
  text: string;
  range: TextRange;
}

// "[4]", "[19-20]": citation marks are not part of a duty's text.
const CITATIONS = /(\s*\[\d+(?:[-–]\d+)?\])+\s*$/;

/** A duty from a range: citation marks trimmed off the end. */
export function dutyFrom(text: string, range: TextRange): DutyText | null {
  const raw = text.slice(range.start, range.end);
  // Tried at every position the pattern is costly; a citation ends in "]".
  const cut = /\]\s*$/.test(raw) ? CITATIONS.exec(raw) : null;
  let end = cut ? range.start + cut.index : range.end;
  // A list item's closing ";" or "," separates items; it is not part of the duty.
  while (end > range.start && /[\s;；,，]/.test(text[end - 1] as string)) end--;
  const clean = collapseSpace(text.slice(range.start, end));
  return clean.length >= 3 ? { text: clean, range: { start: range.start, end } } : null;
}

/** The duties of one list: one per item (head + body paragraphs), sub-list items replacing their parent. */
export function dutiesOfList(text: string, list: ListNode): DutyText[] {
  const out: DutyText[] = [];
  // A list of numbered provisions (some items lead into their own sub-list of duties): an
  // item beside them that states a fact or condition ("(3) The performance of the functions
  // is subject to ...") is a provision, not a duty.
  const isProvisionList = list.items.some((item) =>
    item.children.some((c) => c.kind === 'list' && c.items.length >= 2),
  );
  for (const item of list.items) {
    if (isProvisionList && isStatementItem(text, item)) continue;
    out.push(...dutiesOfItem(text, item));
  }
  return out;
}

/** "... and shall, in its corporate name, be capable of— (a) suing and being sued": a body's legal capacity, no duties. */
export const CAPACITY_LEAD_IN = /\bcapable\s+of\s*[:：—–-]*\s*$/i;
/** "The Authority shall consist of the following members—": who sits on a body, not what it does. */
export const MEMBERSHIP_LEAD_IN =
  /\b(?:consists?\s+of|comprises?|(?:be\s+)?composed\s+of|made\s+up\s+of)\s+(?:the\s+)?(?:following\s+)?(?:[\p{L}-]+\s+)?members\s*[:：—–-]*\s*$/iu;

function dutiesOfItem(text: string, item: ItemNode): DutyText[] {
  const subLists = item.children.filter((c): c is ListNode => c.kind === 'list' && c.items.length >= 2);
  const head = text.slice(item.head.start, item.head.end);
  if (subLists.length > 0 && (CAPACITY_LEAD_IN.test(head) || MEMBERSHIP_LEAD_IN.test(head))) return [];
  if (subLists.length > 0) return subLists.flatMap((l) => dutiesOfList(text, l));
  let end = item.head.end;
  for (const child of item.children) if (child.kind === 'paragraph') end = Math.max(end, child.range.end);
  const duty = dutyFrom(text, { start: item.head.start, end });
  return duty ? [duty] : [];
}

/** The duties of a unit described by paragraphs (one responsibility for the whole body). */
export function dutiesOfBody(text: string, item: ItemNode): DutyText[] {
  const subLists = item.children.filter((c): c is ListNode => c.kind === 'list' && c.items.length >= 2);
  if (subLists.length > 0) return subLists.flatMap((l) => dutiesOfList(text, l));
  const paragraphs = item.children.filter((c) => c.kind === 'paragraph');
  const first = paragraphs[0];
  const last = paragraphs[paragraphs.length - 1];
  if (!first || !last) return [];
  const duty = dutyFrom(text, { start: first.range.start, end: last.range.end });
  return duty ? [duty] : [];
}

// Items that report what happened ("The system ... has basically taken shape") are not
// duties; a function list is mostly imperative verbs or noun phrases.
const STATEMENT =
  /\b(has|have|had|is|are|was|were)\s+(?:been\s+|hereby\s+|basically\s+|continuously\s+|significantly\s+|increasingly\s+|deeply\s+|obviously\s+|\w+ly\s+)*(\w+ed|taken|built|done|shown|made|grown|set|rooted)\b/i;

const CONDITION = /^\s*(?:the|a|an|any|no)\s[^,;]*?\b(?:is|are)\b(?!\s+(?:responsible|to)\b)/i;
// "\"commission\" means the X": an interpretation clause defines a term; it assigns nothing.
const DEFINITION =
  /^\s*["“'‘][^"”'’]{1,80}["”'’]\s+(?:means|includes|has the (?:same )?meaning|refers to|shall mean)\b/i;

/** True when a sentence reports what happened ("The NIS has leveraged ... including:"). */
export function isStatementSentence(sentence: string): boolean {
  return STATEMENT.test(sentence);
}

// "the office of the Chairman is vacant": a condition, not a duty.
function isStatementItem(text: string, item: ItemNode): boolean {
  const firstSentence = text.slice(item.head.start, item.head.end).split(/[.;。]/)[0] ?? '';
  return STATEMENT.test(firstSentence) || CONDITION.test(firstSentence) || DEFINITION.test(firstSentence);
}

/** True when most items of a list read as statements of fact rather than duties. */
export function isStatementList(text: string, list: ListNode): boolean {
  const statements = list.items.filter((item) => isStatementItem(text, item)).length;
  return statements * 2 > list.items.length;
}
