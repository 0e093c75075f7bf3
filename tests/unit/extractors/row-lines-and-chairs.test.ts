// A person's body and post written around the name in two shapes met on real pages:
// a line of three fields parted by dashes, bars or tabs ("X Agency (XA) — Director-General —
// Mr Name"), in any order and under a heading that names the post in the plural; and a
// meeting held "under the chairmanship of" a person, or a body "headed by" a post written in
// lower case before an honorific and the name.
// Invented names throughout; each shape is asserted in more than one layout.
import { describe, expect, it } from 'vitest';
import { extract, triplesOf } from './helpers.ts';

const HEADS = [
  'HOLDS_POSITION Ngozi Eke -> Coastal Radio Corporation',
  'HOLDS_POSITION Sam Ude -> Harbour Press Council',
  'HOLDS_POSITION Tobi Adeyemi -> National Ports Agency',
];

describe('lines of body, post and name', () => {
  it('gives each person the post in the body of their own line, in any field order and separator', () => {
    const rows = [
      ['National Ports Agency (NPA)', 'Director-General / CEO', 'Mr. Tobi Adeyemi'],
      ['Coastal Radio Corporation (CRC)', 'Managing Director', 'Dr. Ngozi Eke'],
      ['Harbour Press Council (HPC)', 'Executive Secretary', 'Mr. Sam Ude'],
    ];
    const intro = 'The President approved the heads of three agencies on Monday.';
    for (const [doc, id] of [
      [`Heads of agencies\n\n${intro}\n${rows.map((r, k) => `(${k + 1}) ${r.join(' — ')}`).join('\n')}\n`, 'dash.txt'],
      [`Heads of agencies\n\n${intro}\n\n${rows.map((r) => `- ${r.join(' - ')}`).join('\n')}\n`, 'hyphen.txt'],
      [
        `# Heads of agencies\n\n${intro}\n\n${rows.map((r) => `1. ${[r[2], r[1], r[0]].join(' – ')}`).join('\n')}\n`,
        'name-first.md',
      ],
      [`Appointees\n\n${intro}\n${rows.map((r) => [r[1], r[2], r[0]].join('\t')).join('\n')}\n`, 'tabs.txt'],
    ] as const)
      expect(triplesOf(extract(doc, id), 'HOLDS_POSITION'), id).toEqual(HEADS);
  });

  it('reads no post from a line of three fields that holds no name', () => {
    const doc =
      'Agencies\n\nThe list below gives each agency.\n(1) National Ports Agency — Director-General — Lagos\n(2) Coastal Radio Corporation — Managing Director — Abuja\n';
    expect(triplesOf(extract(doc, 'places.txt'), 'HOLDS_POSITION')).toEqual([]);
  });
});

describe('a chair named by the meeting they chair', () => {
  it('gives the chair of a meeting held "under the chairmanship of" a person the body that met', () => {
    const sentence =
      'The 23rd meeting of the Standing Committee on Ports and Shipping was held under the Chairmanship of Capt. (Retd) Omar Qadir, MNA.';
    for (const [doc, id] of [
      [`Committee meets\n\nIslamabad, 10 January: ${sentence}\n\nThe meeting began at ten.\n`, 'release.txt'],
      [`# Committee meets\n\nIslamabad, 10 January: ${sentence} The meeting began at ten.\n`, 'release.md'],
    ] as const)
      expect(triplesOf(extract(doc, id), 'HOLDS_POSITION'), id).toEqual([
        'HOLDS_POSITION Omar Qadir -> Standing Committee on Ports and Shipping',
      ]);
  });

  it('reads the name after an honorific when the post before it is written in lower case', () => {
    for (const [doc, id] of [
      [
        'Ministry of Tides\n\nThe Ministry of Tides was established on May 6. It is headed by the press secretary of the President Mr. Arman Sadykov.\n',
        'a.txt',
      ],
      [
        '# News\n\nThe Ministry of Tides was set up last week. The ministry is headed by the former deputy governor Dr. Lina Osei.\n',
        'b.md',
      ],
    ] as const) {
      const [person] = id === 'a.txt' ? ['Arman Sadykov'] : ['Lina Osei'];
      expect(triplesOf(extract(doc, id), 'HOLDS_POSITION'), id).toEqual([
        `HOLDS_POSITION ${person} -> Ministry of Tides`,
      ]);
    }
  });
});

describe('a post line under a heading that names its body', () => {
  const sections: Array<[string, string]> = [
    ['Ministry of Lakes', 'The Minister and Deputy: Ada Moyo, Tom Sithole'],
    ['Ministry of Roads', 'The Minister: Ruth Banda.'],
  ];
  it('gives the post the body of the innermost heading, not the page title', () => {
    for (const [doc, id] of [
      [
        `# Ministries and their functions\n\n${sections.map(([h, l], k) => `## ${k + 1}. ${h}\n\nFunctions: Keep the ${h.slice(12).toLowerCase()} in good order.\n\n${l}\n`).join('\n')}`,
        'a.md',
      ],
      [
        `Ministries and their functions\n\n${sections.map(([h, l], k) => `${k + 1}. ${h.toUpperCase()}\n\nFunctions: Keep the ${h.slice(12).toLowerCase()} in good order.\n\n${l}\n`).join('\n')}`,
        'b.txt',
      ],
    ] as const) {
      // The text's headings are in capitals: the body keeps the name as written.
      const held = triplesOf(extract(doc, id), 'HOLDS_POSITION').map((t) => t.toLowerCase());
      expect(
        held.filter((t) => t.includes('ruth banda')),
        id,
      ).toEqual(['holds_position ruth banda -> ministry of roads']);
      expect(
        held.filter((t) => t.includes('ada moyo')),
        id,
      ).toEqual(['holds_position ada moyo -> ministry of lakes']);
    }
  });
});
