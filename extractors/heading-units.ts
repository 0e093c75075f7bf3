// Typing by attachment (EXTRACTION.md stage 5): a body whose name has an internal unit's
// head word ("Bureau of Ancestral Domains", "Legal Aid Division", "Governing Board") and
// that heads a section of a page about another body is one of that body's units. The
// page's own title is its subject, never a unit of itself.
import { headWordOf } from './head-word.ts';
import { findLeaderLines } from './leader-lines.ts';
import { RangeIndex } from './range-index.ts';
import type { SectionNode, TextRange } from './types.ts';
import { EXTERNAL_LIST, SUBORDINATE_LIST } from './unit-lists.ts';
import { PART_ONLY_HEADS, UNIT_LIST_HEADS } from './vocabulary.ts';
import { allSections, textPieces } from './walk.ts';

/** A unit named by a section heading, with the section it heads. */
export interface HeadingUnit {
  range: TextRange;
  section: SectionNode;
}

// The level walk.ts gives a list item read as a section.
const ITEM_SECTION_LEVEL = 8;
const UNIT_HEADS: ReadonlySet<string> = new Set([...UNIT_LIST_HEADS, 'Board']);

// A page whose sections are headed by several bodies of one kind ("Department of Finance",
// "Department of Defence", ...) under a title naming no body, or by bodies of the title
// body's own kind, is about peers, not about one body's units.
const MIN_PEERS = 3;
const MAX_HEADING_ABOVE_WORDS = 8;
const OUTSIDE = new RegExp(`${SUBORDINATE_LIST.source}|${EXTERNAL_LIST.source}`, 'i');

/** Bodies named by section headings (below the title) whose head word is a unit's. */
export function findHeadingUnits(
  text: string,
  root: SectionNode,
  bodies: RangeIndex<{ range: TextRange }>,
  title: TextRange | null,
  isAttached: (unit: TextRange) => boolean = () => false,
): HeadingUnit[] {
  const out: Array<HeadingUnit & { head: string }> = [];
  // Sections under a heading that calls its bodies subordinate or outside ("Directly
  // affiliated institutions", "Partners") name Agencies, not units.
  const outside = allSections(root, text).filter(
    // (Not the page's title: "Executive Team Members" is about the body's own people.)
    (s) => s.heading && s.heading !== title && OUTSIDE.test(text.slice(s.heading.start, s.heading.end)),
  );
  const bulletHeads = new RangeIndex(
    textPieces(root).filter(
      (p) => p.role === 'item-head' && p.ancestors.some((a) => a.kind === 'list' && a.style === 'bullet'),
    ),
  );
  for (const section of allSections(root, text)) {
    const heading = section.heading;
    if (!heading || heading === title) continue;
    if (outside.some((o) => o.range.start <= section.range.start && o.range.end >= section.range.end)) continue;
    // The line just above may be that heading, kept as a numbered item ("III. Directly affiliated institutions").
    // A sentence above is running text, not such a heading.
    const above = text.slice(0, heading.start).trimEnd();
    const lineAbove = above.slice(above.lastIndexOf('\n') + 1).trim();
    // A bullet above is the last item of a list ("- Engagement and partnership with trade").
    const isBulletAbove = bulletHeads.overlapping({ start: above.length - 1, end: above.length }).length > 0;
    if (!isBulletAbove && lineAbove.split(/\s+/).length <= MAX_HEADING_ABOVE_WORDS && OUTSIDE.test(lineAbove)) continue;
    // "Name, Secretary of the Treasury Board" names a person's post, not a unit's section.
    if (findLeaderLines(text, heading).length > 0) continue;
    const inside = bodies.within(heading);
    const outer = inside.filter(
      (b) => !inside.some((o) => o !== b && o.range.start <= b.range.start && o.range.end >= b.range.end),
    );
    for (const body of outer) {
      const head = headWordOf(text.slice(body.range.start, body.range.end));
      if (UNIT_HEADS.has(head)) out.push({ range: body.range, section, head });
    }
  }
  // Peers: several bodies of one kind under a title that names no body, or of the title body's own kind.
  const titleBody = title ? bodies.within(title)[0] : undefined;
  const titleHead = titleBody ? headWordOf(text.slice(titleBody.range.start, titleBody.range.end)) : null;
  const perHead = new Map<string, number>();
  for (const unit of out) perHead.set(unit.head, (perHead.get(unit.head) ?? 0) + 1);
  // A division or directorate is a part of a body wherever it stands: several are no peers;
  // nor are branches one of which the page attaches to a body ("X Branch, Y Commission").
  const attachedHeads = new Set(out.filter((u) => isAttached(u.range)).map((u) => u.head));
  const isPeer = (u: { head: string }): boolean =>
    !PART_ONLY_HEADS.has(u.head) &&
    !attachedHeads.has(u.head) &&
    (titleHead === null ? (perHead.get(u.head) ?? 0) >= MIN_PEERS : u.head === titleHead);
  // "# Urban Analytics & Innovation" / "## Office of Urban AI": under a title that names no
  // body, the body the first section heading names is the page's own, not a unit.
  const headings = allSections(root, text)
    .map((s) => s.heading)
    .filter((h): h is TextRange => h !== null && h !== title);
  // The page's name line may open the headings and name no body itself.
  const firstHeading = headings.slice(0, 2).find((h) => bodies.within(h).length > 0);
  // ... unless the text above that heading has named a body already ("The purpose of the X
  // Bureau is ..." over "Quay Cleaning Division").
  // (Above the title too: a page may open with its body's defining sentence, then its first heading.)
  const namedAbove =
    firstHeading !== undefined &&
    bodies
      .within({ start: 0, end: firstHeading.start })
      .some((b) => !title || b.range.end <= title.start || b.range.start >= title.end);
  // ... nor is the first of a list's items that each head their own text ("• Secretariat of
  // X" / "• Press office" / ...): the list's items are peers.
  const itemUnits = out.filter((u) => u.section.level === ITEM_SECTION_LEVEL);
  const isFirstOfItems = itemUnits.length > 1 && itemUnits[0]?.section.heading?.start === firstHeading?.start;
  const isPageBody = (u: { range: TextRange }): boolean =>
    titleBody === undefined &&
    firstHeading !== undefined &&
    !namedAbove &&
    !isFirstOfItems &&
    u.range.start >= firstHeading.start &&
    u.range.end <= firstHeading.end;
  return out.filter((u) => !isPeer(u) && !isPageBody(u)).map(({ range, section }) => ({ range, section }));
}
