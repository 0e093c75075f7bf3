// A decree's shapes as a converter or a machine translation leaves them: roman items whose dash
// runs into the article ("I-the Council of Planning ;", "II-the ... ; and"), and instrument
// numbers with a thousands separator and a capitalised "Of" date ("Decree No. 5,207, Of 3
// March 2004"). Written here; read as plain text and as markdown.
import { describe, expect, it } from 'vitest';
import { extract, namesOf, triplesOf } from './helpers.ts';

const DECREE =
  'Decree No. 5,207, Of 3 March 2004\n\nHas about the organization of the Office of the Governor and gives other arrangements.\n\nStructure\n\nArt. 1 The Office of the Governor integrates as organs of immediate advising to the Governor:\n\nI-the Council of Planning ;\n\nII-the Solicitor-General of the Province ; and\n\nIII-the Bureau of Protocol.\n\nArt. 2 The Law No. 7,312 of May 12, 1999 applies to the Office of the Governor.\n';

describe('a decree with roman dash items and thousands in its numbers', () => {
  it.each([
    ['plain text', 'decree.txt'],
    ['markdown', 'decree.md'],
  ])('%s', (_, id) => {
    const x = extract(DECREE, id);
    expect(triplesOf(x, 'HAS_DEPARTMENT')).toEqual(
      ['Bureau of Protocol', 'Council of Planning', 'Solicitor-General of the Province'].map(
        (unit) => `HAS_DEPARTMENT Office of the Governor -> ${unit}`,
      ),
    );
    expect(namesOf(x, 'Law').sort()).toEqual(['Decree No. 5,207, Of 3 March 2004', 'Law No. 7,312 of May 12, 1999']);
  });
});
