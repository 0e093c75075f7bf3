// outline.ts: a paragraph that opens in lower case goes on with the item before it.
import { describe, expect, it } from 'vitest';
import { structureDocument } from '../../../extractors/structure.ts';
import type { ItemNode, ListNode, SectionNode } from '../../../extractors/types.ts';
import { sourceOf } from './helpers.ts';

function listIn(doc: string): { list: ListNode; text: string; section: SectionNode } {
  const model = structureDocument(sourceOf(doc, 'doc.txt'));
  const section = model.root.children.find((c): c is SectionNode => c.kind === 'section') as SectionNode;
  const list = section.children.find((c): c is ListNode => c.kind === 'list') as ListNode;
  return { list, text: model.text, section };
}

describe('buildOutline', () => {
  it('attaches a lower-case paragraph to the item before it, so the list goes on', () => {
    const { list, text } = listIn(
      'Functions\n\n1. to keep the register of licensed ferries and to publish it each year in the official\n\ngazette of the republic;\n2. to inspect ferries.\n',
    );
    expect(list.items).toHaveLength(2);
    const first = list.items[0] as ItemNode;
    expect(first.children.map((c) => text.slice(c.range.start, c.range.end))).toEqual(['gazette of the republic;']);
  });

  it('does not attach a capitalised paragraph after a complete item', () => {
    const { list, section, text } = listIn(
      'Functions\n\n1. to keep the register of licensed ferries;\n2. to inspect ferries.\n\nThe Board meets monthly.\n',
    );
    expect(list.items.every((i) => i.children.length === 0)).toBe(true);
    expect(
      section.children.some(
        (c) => c.kind === 'paragraph' && text.slice(c.range.start, c.range.end) === 'The Board meets monthly.',
      ),
    ).toBe(true);
  });
});
