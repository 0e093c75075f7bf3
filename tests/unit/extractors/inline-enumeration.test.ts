// inline-enumeration.ts: a statute's subsection stored as one line ("(1) The Committee
// shall— (a) ...; (b) ...; (ja) ...; and (k) .... (2) Subject to ...") becomes the same
// nested list as when every item stands on its own line; citations are never split.
import { describe, expect, it } from 'vitest';
import { structureDocument } from '../../../extractors/structure.ts';
import { structureText } from '../../../extractors/structure-text.ts';
import type { BlockNode, ItemNode, ListNode } from '../../../extractors/types.ts';
import { sourceOf } from './helpers.ts';

const LETTERS = [
  'advise the Minister on tariffs',
  'receive complaints from carriers',
  'keep a register of routes',
  'publish fares',
  'review timetables',
  'audit operators',
  'hear appeals',
  'collect levies',
  'report yearly',
  'train inspectors',
];
const ONE_LINE =
  '(1) The Committee shall— ' +
  LETTERS.map((t, k) => `(${String.fromCharCode(97 + k)}) ${t};`).join(' ') +
  ' (ja) issue guidance on fares; and (k) perform any other function conferred on it. (2) Subject to section 9, the Committee may regulate its own procedure.\n';

function firstList(node: BlockNode): ListNode | null {
  if (node.kind === 'list') return node;
  const children = node.kind === 'section' || node.kind === 'item' ? node.children : [];
  for (const child of children) {
    const found = firstList(child);
    if (found) return found;
  }
  return null;
}

describe('inline enumerations', () => {
  it('splits one line of numbered and lettered items into a nested list, keeping the inserted (ja)', () => {
    const model = structureDocument(sourceOf(ONE_LINE, 'act.txt'));
    const outer = firstList(model.root) as ListNode;
    expect(outer.style).toBe('paren-arabic');
    expect(outer.items.map((i) => i.marker.value)).toEqual([1, 2]);
    const head = (i: ItemNode): string => model.text.slice(i.head.start, i.head.end);
    expect(head(outer.items[0] as ItemNode)).toBe('The Committee shall—');
    expect(head(outer.items[1] as ItemNode)).toBe(
      'Subject to section 9, the Committee may regulate its own procedure.',
    );
    const inner = firstList(outer.items[0] as ItemNode) as ListNode;
    expect(inner.style).toBe('letter-lower');
    expect(inner.items.map((i) => i.marker.value)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 10.5, 11]);
    expect(head(inner.items[1] as ItemNode)).toBe('receive complaints from carriers;');
    expect(head(inner.items[10] as ItemNode)).toMatch(/^issue guidance on fares;/);
    expect(head(inner.items[11] as ItemNode)).toBe('perform any other function conferred on it.');
  });

  it('gives every split item a range that starts at its own marker', () => {
    const blocks = structureText(ONE_LINE, { start: 0, end: ONE_LINE.length }, { allowHeadings: true });
    const items = blocks.filter((b) => b.kind === 'item');
    expect(items).toHaveLength(14);
    for (const item of items) expect(ONE_LINE.slice(item.range.start, item.range.start + 1)).toBe('(');
  });

  it('does not split running text that cites "section 5(1)(a)"', () => {
    const text =
      'A notice under section 5(1)(a) or section 7(2)(b) must be served within 14 days, and an appeal under section 12(3) is heard by the tribunal.\n';
    const blocks = structureText(text, { start: 0, end: text.length }, { allowHeadings: true });
    expect(blocks.map((b) => b.kind)).toEqual(['paragraph']);
  });

  it('does not split a sentence with a single bracketed letter', () => {
    const text =
      'The Board may, under paragraph (a) of the schedule, appoint a deputy for the remainder of the term of office.\n';
    const blocks = structureText(text, { start: 0, end: text.length }, { allowHeadings: true });
    expect(blocks.map((b) => b.kind)).toEqual(['paragraph']);
  });
});
