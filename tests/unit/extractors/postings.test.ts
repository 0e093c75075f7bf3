// A reshuffle report that posts people to bodies clause by clause: "Those promoted are A, to
// the Ministry of X; B to the Ministry of Y", "C will head the Ministry of Z", "D will be in
// the Office of W". The post is the one the report is about; a verb of heading gives "head".
// Invented names throughout; each shape is asserted in more than one layout.
import { describe, expect, it } from 'vitest';
import { extract, posts } from './helpers.ts';

const TITLE = '12 new Permanent Secretaries';
const LEAD =
  'The Chief Personnel Officer has announced that senior officers have been promoted to the post of Permanent Secretary.';
const POSTED =
  'Those promoted are Mara Quill, to the Ministry of Harbours; Tomas Fenn to the Ministry of Tides and Coastal Works; and Piet Haldane to the Ministry of Roads.';
const HEADED =
  'In addition, Lena Ostrova will head the Ministry of Health; while Karl Dune will take charge of the Ministry of Lakes and Rivers; and Ada Lin will be in the Office of the Harbour Master.';

const EXPECTED = [
  'Ada Lin|Permanent Secretary|Office of the Harbour Master',
  'Karl Dune|head|Ministry of Lakes and Rivers',
  'Lena Ostrova|head|Ministry of Health',
  'Mara Quill|Permanent Secretary|Ministry of Harbours',
  'Piet Haldane|Permanent Secretary|Ministry of Roads',
  'Tomas Fenn|Permanent Secretary|Ministry of Tides and Coastal Works',
];

describe('people posted to bodies in a reshuffle report', () => {
  it('gives each person a post in the body of their own clause, in text and markdown', () => {
    for (const [doc, id] of [
      [`${TITLE}\n\n${LEAD}\n\n${POSTED}\n\n${HEADED}\n`, 'a.txt'],
      [`# ${TITLE}\n\n${LEAD} ${POSTED}\n\n${HEADED}\n`, 'b.md'],
    ] as const)
      expect(posts(extract(doc, id)), id).toEqual(EXPECTED);
  });

  it('reads no posting from "to the" in a sentence that reports none', () => {
    const doc = `${TITLE}\n\nThe minister spoke to the press. Mara Quill to the Ministry of Harbours was a short walk.\n`;
    expect(posts(extract(doc, 'c.txt'))).toEqual([]);
  });
});
