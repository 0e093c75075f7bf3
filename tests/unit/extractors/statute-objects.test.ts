// A statute's objects and functions as items under a numbered lead-in: "14. The objects of the
// Authority shall be to :" + (a) (b) (c), with or without a converted margin note ("- Objects
// of the Authority.") standing alone between the lead-in and its items.
// Invented names throughout; each shape is asserted in more than one layout.
import { describe, expect, it } from 'vitest';
import { extract, triplesOf } from './helpers.ts';

const ITEMS = [
  'plan and implement development projects within any designated area ;',
  'carry out detailed studies of the projects in the development plan ;',
  'identify and approve development projects for the harbour area.',
];
const FOUNDING = 'There shall be established an Authority which shall be called the Harbour Development Authority.';
const LEAD = 'The objects of the Authority shall be to :';

// The item's closing semicolon is punctuation, not part of the duty.
const EXPECTED = ITEMS.map(
  (i) => `HAS_RESPONSIBILITY Harbour Development Authority -> ${i.replace(/\s*;$/, '')}`,
).sort();

describe("a statute's objects under a numbered lead-in", () => {
  it('gives each item to the body the lead-in names, with or without a margin note between', () => {
    const letters = (indent: string): string => ITEMS.map((t, k) => `${indent}${'abc'[k]}. ${t}`).join('\n');
    for (const [doc, id] of [
      [`# Harbour Authority Act\n\n1. ${FOUNDING}\n2. ${LEAD}\n${letters('    ')}\n`, 'plain.md'],
      [
        `# Harbour Authority Act\n\n1. ${FOUNDING}\n2. ${LEAD}\n    - Objects of the Authority.\n${letters('        ')}\n`,
        'note.md',
      ],
      [
        `Harbour Authority Act\n\n1. ${FOUNDING}\n2. ${LEAD}\n${letters('   (').replace(/\(([abc])\./g, '($1)')}\n`,
        'plain.txt',
      ],
    ] as const)
      expect(triplesOf(extract(doc, id), 'HAS_RESPONSIBILITY'), id).toEqual(EXPECTED);
  });
});

describe('legal numbering with an ordinal mark ("1°", "2º")', () => {
  it("reads each numbered clause as one of the body's duties", () => {
    const clauses = [
      'Identifies, gathers and disseminates information about the state of the harbours;',
      'Coordinates surveillance of the tides and of coastal erosion;',
      'Contributes to the preparation of the regional harbour plans.',
    ];
    for (const mark of ['°', 'º'])
      for (const [doc, id] of [
        [
          `Article R1-1 of the Harbour Code\n\nTo carry out its missions, the National Harbour Agency :\n\n${clauses.map((c, k) => `${k + 1}${mark} ${c}`).join('\n\n')}\n`,
          'a.txt',
        ],
        [
          `# Article R1-1 of the Harbour Code\n\nTo carry out its missions, the National Harbour Agency :\n\n${clauses.map((c, k) => `${k + 1}${mark} ${c}`).join('\n\n')}\n`,
          'b.md',
        ],
      ] as const)
        expect(triplesOf(extract(doc, id), 'HAS_RESPONSIBILITY').length, `${mark} ${id}`).toBe(3);
  });
});
