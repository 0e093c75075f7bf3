// "Executive" is a post word ("the Executive") that also opens bodies' names: "Executive
// Council", and further from the head word, "Executive Management Bureau". Invented sentences.
import { describe, expect, it } from 'vitest';
import { extract, namesOf } from './helpers.ts';

describe('"Executive" at the start of a body name', () => {
  it.each([
    ['plain text', 'doc.txt'],
    ['markdown', 'doc.md'],
  ])('stays in the name before a word of it that is no post (%s)', (_, id) => {
    const text =
      'Harbour Agency\n\nThe Executive Management Bureau acts as a hub for the Harbour Agency. The Chief Executive Office signs the contracts.\n';
    const bodies = namesOf(extract(text, id), 'Agency');
    expect(bodies).toContain('Executive Management Bureau');
    expect(bodies).not.toContain('Management Bureau');
    expect(bodies).not.toContain('Chief Executive Office');
  });
});
