// Outline: nests flat blocks into the document tree: sections under headings, labels as
// sub-sections, list items into lists (continuing a numbering, or nesting a new one), and
// body paragraphs under the item whose short heading they follow.
import type { FlatBlock } from './blocks.ts';
import { MAX_NESTING_DEPTH } from './nesting-limit.ts';
import { wordsOf } from './words.ts';
import type {
  BlockNode,
  ItemNode,
  ListNode,
  Marker,
  NumberingStyle,
  SectionNode,
  TableNode,
  TextRange,
} from './types.ts';

/** The outline level of a label line ("Departments:"), below every heading. */
export const LABEL_LEVEL = 7;
// A head that ends as an item of a running enumeration ("... Party;", "...; and") is no heading.
const ENDS_AS_LIST_ITEM = /(?:[;,]|\b(?:and|or))$/;
// A bullet that is only a note in brackets ("• (limited to domestic platforms)").
const BRACKETED_NOTE = /^\s*\([^()]+\)[.;]?\s*$/;
// A soft hyphen stands for the dash in some converted statutes ("the Board\u00AD").
const OPENS_LIST = /[:：—–\u00AD-]$/;
// GUIDELINES: "An item whose short heading stands on its own line before a body paragraph
// is heading and body together": a head this short takes the paragraphs that follow.
const MAX_SHORT_HEAD_WORDS = 12;

interface OpenList {
  list: ListNode;
  indent: number;
  depth: number | undefined;
}

/**
 * Builds the section/list tree from flat blocks covering text[0, length). Lists nest at
 * most MAX_NESTING_DEPTH deep: an item that would open a deeper list joins the innermost
 * open list instead, and `onTooDeep` hears of it (so every walk of the tree is bounded).
 */
export function buildOutline(
  text: string,
  blocks: FlatBlock[],
  length: number,
  onTooDeep: (item: TextRange) => void = () => {},
): SectionNode {
  const root: SectionNode = {
    kind: 'section',
    heading: null,
    level: 0,
    range: { start: 0, end: length },
    children: [],
  };
  const sections: SectionNode[] = [root];
  let lists: OpenList[] = [];
  let table: TableNode | null = null;

  const section = (): SectionNode => sections[sections.length - 1] as SectionNode;
  const lastItem = (): ItemNode | undefined => {
    const top = lists[lists.length - 1];
    return top ? top.list.items[top.list.items.length - 1] : undefined;
  };
  const container = (): BlockNode[] => {
    const item = lastItem();
    return item ? item.children : section().children;
  };
  const closeLists = (): void => {
    lists = [];
  };
  const openSection = (heading: TextRange, level: number, start: number): void => {
    closeLists();
    while (sections.length > 1 && (sections[sections.length - 1] as SectionNode).level >= level) sections.pop();
    const node: SectionNode = { kind: 'section', heading, level, range: { start, end: length }, children: [] };
    section().children.push(node);
    sections.push(node);
  };
  const isShortHead = (item: ItemNode): boolean =>
    wordsOf(text.slice(item.head.start, item.head.end)).length <= MAX_SHORT_HEAD_WORDS;

  for (const block of blocks) {
    if (block.kind !== 'row') table = null;
    switch (block.kind) {
      case 'heading':
        openSection(block.content, block.level, block.range.start);
        break;
      case 'label':
        openSection(block.content, LABEL_LEVEL, block.range.start);
        break;
      case 'item':
        addItem(block);
        break;
      case 'paragraph':
        addParagraph(block);
        break;
      case 'keyValue':
        {
          // A field a blank line after a list, no deeper than it, is the page's, not the last item's.
          const item = lastItem();
          const top = lists[lists.length - 1];
          if (
            item &&
            top &&
            block.indent !== undefined &&
            block.indent <= top.indent &&
            text.slice(item.range.end, block.range.start).includes('\n\n')
          )
            closeLists();
          container().push({ kind: 'keyValue', range: block.range, key: block.key, value: block.value });
        }
        break;
      case 'row':
        if (block.isSeparator) break;
        if (!table) {
          table = { kind: 'table', range: { ...block.range }, header: block.cells, rows: [] };
          container().push(table);
        } else {
          table.rows.push(block.cells);
          table.range.end = block.range.end;
        }
        break;
    }
  }
  closeSections(root);
  return root;

  // A head takes body paragraphs when the list is of "heading + body" items: it is the
  // first item, or the item before it has a body too.
  function previousHasBody(list: ListNode, item: ItemNode): boolean {
    const index = list.items.indexOf(item);
    const previous = list.items[index - 1];
    return index <= 0 || item.children.length > 0 || (previous !== undefined && previous.children.length > 0);
  }

  function columnOf(at: number): number {
    return at - (text.lastIndexOf('\n', at - 1) + 1);
  }

  function extend(item: ItemNode, end: number): void {
    item.range.end = Math.max(item.range.end, end);
    for (const open of lists) open.list.range.end = Math.max(open.list.range.end, end);
  }

  function addParagraph(block: { range: TextRange; indent: number }): void {
    const item = lastItem();
    const top = lists[lists.length - 1];
    // A paragraph that opens in lower case goes on with the item before it (a page
    // break or a converter's blank line cut the item's text).
    const continuesItem = /^\p{Ll}/u.test(text.slice(block.range.start, block.range.start + 1));
    if (
      item &&
      top &&
      (continuesItem ||
        block.indent > top.indent ||
        (isShortHead(item) &&
          !ENDS_AS_LIST_ITEM.test(text.slice(item.head.start, item.head.end)) &&
          previousHasBody(top.list, item)))
    ) {
      item.children.push({ kind: 'paragraph', range: block.range });
      extend(item, block.range.end);
    } else {
      closeLists();
      // "Office for Disarmament Affairs" over its bullets, then "Department of Peacekeeping
      // Operations": a label heads its list or table only; the text after it is its parent's.
      const current = section();
      if (
        sections.length > 1 &&
        current.level === LABEL_LEVEL &&
        current.children.some((c) => c.kind === 'list' || c.kind === 'table')
      )
        sections.pop();
      section().children.push({ kind: 'paragraph', range: block.range });
    }
  }

  function addItem(block: Extract<FlatBlock, { kind: 'item' }>): void {
    // Bullets two blank lines or more after the last item start a new list: converter output
    // that dropped the heading between two lists leaves that gap.
    const previous = lastItem();
    if (
      previous &&
      block.markers[0]?.style === 'bullet' &&
      (text.slice(previous.range.end, block.range.start).match(/\n[^\S\n]*(?=\n)/g)?.length ?? 0) >= 2
    )
      closeLists();
    const chosen = chooseList(block);
    if (chosen === null) {
      // A lone "2 organize" line that continues nothing is running text, and closes the
      // lists before it as any paragraph does.
      addParagraph(block);
      return;
    }
    const { index, marker } = chosen;
    // "• (limited to domestic platforms)" under "• Checking compliance ...": a note in brackets
    // that a converter set as a bullet of its own qualifies the item before it.
    const before = index >= 0 ? (lists[index] as OpenList).list.items.at(-1) : undefined;
    if (before && marker.style === 'bullet' && BRACKETED_NOTE.test(text.slice(block.head.start, block.head.end))) {
      lists = lists.slice(0, index + 1);
      before.children.push({ kind: 'paragraph', range: block.head });
      extend(before, block.range.end);
      return;
    }
    const item: ItemNode = { kind: 'item', marker, head: block.head, range: { ...block.range }, children: [] };
    if (index >= 0) {
      lists = lists.slice(0, index + 1);
      const open = lists[index] as OpenList;
      open.list.items.push(item);
      extend(item, block.range.end);
      return;
    }
    const parent = lastItem();
    const top = lists[lists.length - 1];
    // "• Secretariat" / "    The Secretariat is ..." / "  • Press office": a bullet like the
    // last one, set in less than that item's own text, is its sibling (a rendered page
    // that trimmed the first line's indent), not a sub-item.
    if (
      parent &&
      top &&
      marker.style === 'bullet' &&
      top.list.style === 'bullet' &&
      block.depth === undefined &&
      text[block.range.start] === text[parent.range.start] &&
      block.indent > top.indent &&
      parent.children.some((c) => c.kind === 'paragraph' && columnOf(c.range.start) > block.indent)
    ) {
      top.list.items.push(item);
      top.indent = block.indent;
      extend(item, block.range.end);
      return;
    }
    const list: ListNode = { kind: 'list', style: marker.style, range: { ...block.range }, items: [item] };
    const nests =
      parent !== undefined &&
      top !== undefined &&
      (block.depth !== undefined
        ? block.depth > (top.depth ?? 0)
        : // "1- The X Committee shall ..." back at the margin after an indented list of
          // names opens no sub-list of its last item; after a lead-in ("the Board—") a
          // converter's lost indent does not matter.
          block.indent > top.indent ||
          (marker.value <= 1 &&
            isShortHead(parent) &&
            (block.indent >= top.indent || OPENS_LIST.test(text.slice(parent.head.start, parent.head.end).trimEnd()))));
    if (nests && parent && lists.length >= MAX_NESTING_DEPTH) {
      (top as OpenList).list.items.push(item);
      extend(item, block.range.end);
      onTooDeep(block.range);
    } else if (nests && parent) {
      parent.children.push(list);
      extend(parent, block.range.end);
      lists.push({ list, indent: block.indent, depth: block.depth });
    } else {
      section().children.push(list);
      lists = [{ list, indent: block.indent, depth: block.depth }];
    }
  }

  // Picks the open list this item continues (index into `lists`), or -1 for a new list.
  function chooseList(block: Extract<FlatBlock, { kind: 'item' }>): { index: number; marker: Marker } | null {
    for (let s = lists.length - 1; s >= 0; s--) {
      const open = lists[s] as OpenList;
      if (block.depth !== undefined && open.depth !== undefined && block.depth !== open.depth) continue;
      const last = open.list.items[open.list.items.length - 1];
      if (!last) continue;
      for (const marker of block.markers) {
        if (continues(open.list.style, last.marker, marker, s === lists.length - 1, block.indent === open.indent)) {
          return { index: s, marker };
        }
      }
    }
    const first = block.markers[0] as Marker;
    // "2 organize ..." (number, space, no dot) only ever continues a list.
    if (first.style === 'arabic-space') return null;
    const one = block.markers.find((m) => m.value === 1);
    return { index: -1, marker: one ?? first };
  }
}

const SWITCHABLE: ReadonlySet<NumberingStyle> = new Set([
  'roman-upper',
  'ordinal-word',
  'ordinal-is',
  'arabic-dot',
  'arabic-space',
  'paren-arabic',
  'paren-word',
]);

// Numbering continues a list when the value follows on in the same style, or (at the
// innermost open list) in another ordinal style: "I. ... Second, ... Third, ...".
function continues(
  style: NumberingStyle,
  last: Marker,
  next: Marker,
  isInnermost: boolean,
  sameIndent: boolean,
): boolean {
  if (style === 'bullet' || next.style === 'bullet') return style === next.style && sameIndent;
  // An inserted item ("(ja)", "3A") sits half a step after the item it follows.
  const step = next.value - Math.floor(last.value);
  if (step !== 1 && !(step === 0.5 && Number.isInteger(last.value))) return false;
  if (next.style === style || next.style === last.style) return true;
  return isInnermost && SWITCHABLE.has(style) && SWITCHABLE.has(next.style);
}

// Section ranges end where the next sibling section starts.
function closeSections(section: SectionNode): void {
  const subs = section.children.filter((c): c is SectionNode => c.kind === 'section');
  for (let k = 0; k < subs.length; k++) {
    const sub = subs[k] as SectionNode;
    const next = subs[k + 1];
    sub.range.end = next ? next.range.start : section.range.end;
    // A label's section ends with its list or table (the text after it is its parent's).
    const last = sub.children[sub.children.length - 1];
    if (sub.level === LABEL_LEVEL && last && last.kind !== 'section' && last.kind !== 'paragraph')
      sub.range.end = Math.min(sub.range.end, last.range.end);
    closeSections(sub);
  }
}
