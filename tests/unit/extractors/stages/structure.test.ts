// Stage "structure": the document tree both formats share, the text the later stages read
// (markdown markup blanked, offsets kept) and the title.
import { describe, expect, it } from 'vitest';
import { structureStage } from '../../../../extractors/stages/structure.ts';
import { sourceOf } from '../helpers.ts';

describe('structure stage', () => {
  it('reads a markdown title and keeps offsets while blanking emphasis marks', () => {
    const source = sourceOf('# Harbour Board\n\nThe **Pilotage Unit** guides ships.\n', 'board.md');
    const { model, text, title } = structureStage.run({ source });
    expect(text).toHaveLength(source.text.length);
    expect(text).not.toContain('**');
    expect(text.slice(text.indexOf('Pilotage'), text.indexOf('Pilotage') + 13)).toBe('Pilotage Unit');
    expect(title && text.slice(title.start, title.end)).toBe('Harbour Board');
    expect(model.text).toBe(text);
  });

  it('nests a plain-text list under the heading above it', () => {
    const source = sourceOf('Harbour Board\n\nFunctions\n\n1. License pilots\n2. Keep the channel dredged\n');
    const { model, text, title } = structureStage.run({ source });
    expect(title && text.slice(title.start, title.end)).toBe('Harbour Board');
    const lists: string[] = [];
    const visit = (node: (typeof model.root.children)[number]): void => {
      if (node.kind === 'list') lists.push(node.items.map((i) => text.slice(i.head.start, i.head.end)).join(' | '));
      if (node.kind === 'section') node.children.forEach(visit);
    };
    visit(model.root);
    expect(lists).toEqual(['License pilots | Keep the channel dredged']);
  });

  it('has no title when no section has a heading', () => {
    const { title } = structureStage.run({
      source: sourceOf('The Harbour Board licenses pilots and keeps the channel dredged, as the law requires of it.\n'),
    });
    expect(title).toBeNull();
  });
});
