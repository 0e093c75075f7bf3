// A list of duties whose markers a converter dropped: a lead-in ending "... the following
// functions:" and then one paragraph (or line) per duty, as machine-translated pages print it.
// Invented names throughout; each shape is asserted in more than one layout.
import { describe, expect, it } from 'vitest';
import { extract, triplesOf } from './helpers.ts';

const LEAD =
  'The Ministry of Tides is the main organ of the State for the coast. In particular, it shall exercise the following functions:';
const ITEMS = [
  'Proposal and implementation of coastal policy.',
  'Supervision of harbour relations with neighbouring countries.',
  'To study and analyze the tides and their impact on the state policy.',
];

describe('duties written one paragraph each after a lead-in', () => {
  it('gives each paragraph to the body the lead-in names, in markdown and in text', () => {
    for (const [doc, id] of [
      [`# Functions of the Ministry\n\n${LEAD}\n\n${ITEMS.join('\n\n')}\n`, 'a.md'],
      [`Functions of the Ministry\n\n${LEAD}\n${ITEMS.join('\n')}\n`, 'b.txt'],
    ] as const)
      expect(triplesOf(extract(doc, id), 'HAS_RESPONSIBILITY'), id).toEqual(
        ITEMS.map((i) => `HAS_RESPONSIBILITY Ministry of Tides -> ${i}`).sort(),
      );
  });

  it('reads no duties from paragraphs after a lead-in that introduces no functions', () => {
    const doc = `# News\n\nThe Ministry of Tides said the following:\n\n${ITEMS.join('\n\n')}\n`;
    expect(triplesOf(extract(doc, 'c.md'), 'HAS_RESPONSIBILITY')).toEqual([]);
  });
});
