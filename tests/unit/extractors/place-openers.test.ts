// "New" opens a place's name ("New Zealand Geographic Board", "New York City Council"), and
// elsewhere stays out of a name ("New Ministers were named").
// Invented bodies throughout; each shape is asserted in more than one layout.
import { describe, expect, it } from 'vitest';
import { extract, namesOf, triplesOf } from './helpers.ts';

describe('"New" at the start of a body name', () => {
  it('keeps "New" when it opens a place name, and drops it as an adjective', () => {
    const sentences =
      'The New Zealand Harbour Board is continued. The New Zealand Harbour Board shall assign harbour names. New Ministers were named on Monday.';
    for (const [doc, id] of [
      [`Harbour Board Act 2031\n\n${sentences}\n`, 'a.txt'],
      [`# Harbour Board Act 2031\n\n${sentences}\n`, 'b.md'],
    ] as const) {
      const x = extract(doc, id);
      expect(namesOf(x, 'Agency'), id).toEqual(['New Zealand Harbour Board']);
      expect(triplesOf(x, 'GOVERNED_BY'), id).toEqual([
        'GOVERNED_BY New Zealand Harbour Board -> Harbour Board Act 2031',
      ]);
    }
  });
});
