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

  it.each([
    ['plain text', 'doc.txt'],
    ['markdown', 'doc.md'],
  ])("ends a label's section with its list: the line after the list is its parent's (%s)", (_, id) => {
    const doc =
      'Offices at headquarters\n\nOffice of Legal Affairs\nOffice for Disarmament Affairs\n  • Conventional Arms Branch\n  • Regional Disarmament Branch\nDepartment of Political Affairs\n';
    const model = structureDocument(sourceOf(doc, id));
    const label = (function find(s: SectionNode): SectionNode | undefined {
      for (const c of s.children)
        if (c.kind === 'section') {
          if (c.heading && model.text.slice(c.heading.start, c.heading.end) === 'Office for Disarmament Affairs')
            return c;
          const inner = find(c);
          if (inner) return inner;
        }
      return undefined;
    })(model.root);
    expect(label?.children.map((c) => c.kind)).toEqual(['list']);
    expect(model.text.slice(label?.range.start, label?.range.end).trimEnd()).toMatch(/Regional Disarmament Branch$/);
  });
});
