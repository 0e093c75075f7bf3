// Members of a board named in running text without their body beside them: "the board
// comprises A as Chairperson and members B, C and D"; "The seven-member board shall be
// chaired by A. Other members are B, C and D." The body is the one the sentence is made of,
// or the one the post read just before is in ("the board" refers back to it).
// Invented names throughout; each shape is asserted in more than one layout.
import { describe, expect, it } from 'vitest';
import { extract, namesOf, triplesOf } from './helpers.ts';

const COMPOSED = [
  'The cabinet approved the new Port Appeals board on Tuesday.',
  'The new five-member Port Appeals board comprises of Nadia Orel as Chairperson and members Piet Lanser, Ruth Amadi and Joel Kestner.',
];

const REFERRED_BACK = [
  'The cabinet also approved the Board of Directors of the Harbour Data Authority (HDA).',
  'The seven-member board shall be chaired by Sam Okoth, the former head of finance at the ministry.',
  'Other members are Prof. Lena Abara, Dr Tom Ridge and Mia Laksa.',
];

const layouts = (sentences: string[]): Array<[string, string]> => [
  [`Harbourtown Herald\n\n${sentences.join('\n\n')}\n`, 'news.txt'],
  [`# Harbourtown Herald\n\n${sentences.join(' ')}\n`, 'news.md'],
];

describe('members of a board in running text', () => {
  it('gives the chair and the members listed after them the body the sentence is made of', () => {
    for (const [doc, id] of layouts(COMPOSED))
      expect(triplesOf(extract(doc, id), 'HOLDS_POSITION'), id).toEqual([
        'HOLDS_POSITION Joel Kestner -> Port Appeals board',
        'HOLDS_POSITION Nadia Orel -> Port Appeals board',
        'HOLDS_POSITION Piet Lanser -> Port Appeals board',
        'HOLDS_POSITION Ruth Amadi -> Port Appeals board',
      ]);
  });

  it('reads "the seven-member board" as the board named before, and its other members as its own', () => {
    for (const [doc, id] of layouts(REFERRED_BACK))
      expect(triplesOf(extract(doc, id), 'HOLDS_POSITION'), id).toEqual([
        'HOLDS_POSITION Lena Abara -> Board of Directors of the Harbour Data Authority',
        'HOLDS_POSITION Mia Laksa -> Board of Directors of the Harbour Data Authority',
        'HOLDS_POSITION Sam Okoth -> Board of Directors of the Harbour Data Authority',
        'HOLDS_POSITION Tom Ridge -> Board of Directors of the Harbour Data Authority',
      ]);
  });

  it('gives members no body when no post or body comes before them', () => {
    const doc =
      'Harbourtown Herald\n\nThe weather was fine.\n\nOther members are Prof. Lena Abara, Dr Tom Ridge and Mia Laksa.\n';
    expect(triplesOf(extract(doc, 'news.txt'), 'HOLDS_POSITION')).toEqual([]);
  });
});

describe('members listed under a heading that names their membership', () => {
  it('gives each member the membership as well as the post their own line gives', () => {
    const lines = [
      'Mr Tom Ridge, Chief Executive, Coastal Survey Agency',
      'Ms Lena Abara, Deputy Secretary (Policy), Ministry of Tides',
      'Mr Piet Lanser, Partner, Lanser Consulting',
    ];
    const intro = 'The Harbour Data Authority (HDA) announced today changes to its Board.';
    for (const [doc, id] of [
      [
        `# Board changes\n\n${intro}\n\n**Appointment of New Board Members**\n${lines.map((l) => `- ${l}`).join('\n')}\n`,
        'a.md',
      ],
      [
        `Board changes\n\n${intro}\n\nAppointment of New Board Members:\n${lines.map((l) => `  • ${l}`).join('\n')}\n`,
        'b.txt',
      ],
    ] as const) {
      const held = triplesOf(extract(doc, id), 'HOLDS_POSITION');
      for (const name of ['Tom Ridge', 'Lena Abara', 'Piet Lanser'])
        expect(held, `${id} ${name}`).toContain(`HOLDS_POSITION ${name} -> Harbour Data Authority`);
      expect(held, id).toContain('HOLDS_POSITION Tom Ridge -> Coastal Survey Agency');
      expect(held, id).toContain('HOLDS_POSITION Lena Abara -> Ministry of Tides');
    }
  });
});

describe('members listed after a numbered paragraph that leads into them', () => {
  // Press releases number their paragraphs: "9. The following members will continue to serve
  // on the Board:" is the last item of one list, and the members are the next list.
  const members = ['Mr Tom Ridge (Partner, Ridge & Poe LLP)', 'Ms Lena Abara (retired)', 'Dr Piet Lanser'];
  const layouts: Array<[string, string]> = [
    [
      `# Board of the Harbour Data Authority\n\n8. The Harbour Data Authority thanks the outgoing members.\n\n9. The following members will continue to serve on the Board:\n\n${members.map((m) => `* ${m}`).join('\n')}\n`,
      'a.md',
    ],
    [
      `Board of the Harbour Data Authority\n\n8. The Harbour Data Authority thanks the outgoing members.\n9. The following members will continue to serve on the Board:\n${members.map((m) => `  • ${m}`).join('\n')}\n`,
      'b.txt',
    ],
  ];

  it('gives each member listed after the lead-in item the membership of the body', () => {
    for (const [doc, id] of layouts) {
      const held = triplesOf(extract(doc, id), 'HOLDS_POSITION');
      for (const name of ['Tom Ridge', 'Lena Abara', 'Piet Lanser'])
        expect(held, `${id} ${name}`).toContain(`HOLDS_POSITION ${name} -> Harbour Data Authority`);
    }
  });

  it('reads no members after a numbered paragraph that closes as a sentence', () => {
    for (const [doc, id] of layouts) {
      const closed = doc.replace('serve on the Board:', 'serve on the Board.');
      expect(triplesOf(extract(closed, id), 'HOLDS_POSITION'), id).not.toContain(
        'HOLDS_POSITION Lena Abara -> Harbour Data Authority',
      );
    }
  });
});

describe('a name inside a longer name on a roster line', () => {
  it('is part of the longer name, not a second person', () => {
    // A roster long enough, with a name the line rule cannot read ("Ahmad Ba'ti"), to read as one.
    const lines = [
      '_President_ : Sonny Abara',
      '_Vice President_ : Romla Mohd Sali',
      ...['Hangchuon Naron', "Ahmad Ba'ti", 'Phout Simmala', 'Fadhlina Sidek', 'Nyunt Phay'].map(
        (n) => `_Member_ : ${n}`,
      ),
      '_Member_ : Chan Chun Sing',
      '_Member_ : Permpoon Chidchob',
      '_Member_ : Dulce de Jesus Soares',
    ];
    for (const [doc, id] of [
      [
        `## Lakeland Council\n\nAs of 2025, the members of the Lakeland Council is as follows:\n\n${lines.map((l) => `  * ${l}`).join('\n')}\n`,
        'a.md',
      ],
      [
        `Lakeland Council\n\nAs of 2025, the members of the Lakeland Council is as follows:\n${lines.map((l) => `  • ${l.replace(/_/g, '')}`).join('\n')}\n`,
        'b.txt',
      ],
    ] as const) {
      const people = namesOf(extract(doc, id), 'Person');
      expect(people, id).toContain('Chan Chun Sing');
      expect(people, id).not.toContain('Chun Sing');
      expect(people, id).not.toContain('Jesus Soares');
    }
  });
});
