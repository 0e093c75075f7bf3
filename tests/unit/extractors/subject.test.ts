// subject.ts: the body a document is about (title, founding sentence, first sentence-initial
// body) and the body a definite description ("The Board shall:") points back to, asserted
// through the owners of the duties extractDocument finds.
import { describe, expect, it } from 'vitest';
import { extract, triples } from './helpers.ts';

const owners = (doc: string, id = 'doc.txt'): string[] => [
  ...new Set(
    triples(extract(doc, id))
      .filter((t) => t.startsWith('HAS_RESPONSIBILITY '))
      .map((t) => t.slice('HAS_RESPONSIBILITY '.length).split(' -> ')[0] ?? ''),
  ),
];

const DUTIES =
  '- Restore lighthouses on the north coast\n- Repair harbour walls after storms\n- Publish a register of historic piers\n';

describe('findDocumentSubject', () => {
  it('takes the body the title names, though another body opens the first sentence', () => {
    const doc = `Lighthouse Restoration Bureau of Calder\n\nThe Ministry of Transport funds our work.\n\nOverview\n\n${DUTIES}`;
    expect(owners(doc)).toEqual(['Lighthouse Restoration Bureau of Calder']);
  });

  it('takes the body a founding sentence establishes ("There is established the X")', () => {
    const doc =
      'Fisheries Act 2031\n\n1. The Ministry of Agriculture may make regulations under this Act.\n\n2. There is established the Inland Fisheries Council of Belmora.\n\n3. The functions of the Council are to:\n(a) license commercial fishing boats;\n(b) monitor fish stocks in the lakes;\n(c) advise the Minister on quotas.\n';
    expect(owners(doc)).toEqual(['Inland Fisheries Council of Belmora']);
  });

  it('takes the first body that opens a sentence when the title names none', () => {
    const doc = `# Annual notes\n\nOur partners include the Ministry of Transport.\n\nThe Coastal Heritage Authority maintains lighthouses and old piers.\n\n## Overview\n\n${DUTIES}`;
    expect(owners(doc, 'notes.md')).toEqual(['Coastal Heritage Authority']);
  });
});

describe('resolveBackReference', () => {
  it('resolves "The Board shall:" to the nearest body whose name has the head word Board', () => {
    const doc =
      'About us\n\nThe Quarry Safety Agency works with the national mines service. The Mining Licensing Board was set up in 2020 by the minister.\n\nThe Board shall:\n- issue mining permits;\n- keep a register of licensed quarries;\n- publish its decisions.\n';
    expect(owners(doc)).toEqual(['Mining Licensing Board']);
  });

  it('resolves "the Bureau" in a lead-in sentence to the subject when the subject has that head word', () => {
    const doc =
      'Seed Certification Bureau of Ostrava\n\nThe Grain Export Bureau and the Ministry of Agriculture are our partners.\n\nDuties\n\nUnder the statute the Bureau is to:\n- certify seed lots for export;\n- inspect seed cleaning plants;\n- keep a register of certified growers.\n';
    expect(owners(doc)).toEqual(['Seed Certification Bureau of Ostrava']);
  });
});

describe("a letter's addressee", () => {
  // A report opens with a covering letter: the body in its address block is whom it is sent
  // to, and the signatory's post is in the body the report is about.
  const letter = (salutation: string): string[] => [
    '30 April 2031',
    'The Honorable Speaker of the Legislative Assembly of Calder',
    salutation,
    'I submit the annual report, as the Public Finance Act 2001 requires.',
    'Hon. Tavita Sapolu PRIME MINISTER and MINISTER OF HARBOURS & FISHERIES',
    'FOREWORD',
    'I present the Annual Report of the Ministry of Harbours and Fisheries (MHF) for the financial year 2030/2031.',
  ];
  it('is not the subject', () => {
    for (const [doc, id] of [
      [`${letter('Dear Mr. Speaker,').join('\n\n')}\n`, 'a.txt'],
      [`${letter('Dear Sir,').join('\n\n')}\n`, 'b.md'],
    ] as const) {
      const x = extract(doc, id);
      expect(
        triples(x).filter((t) => t.startsWith('HOLDS_POSITION')),
        id,
      ).toEqual(['HOLDS_POSITION Tavita Sapolu -> Ministry of Harbours and Fisheries']);
      // "(MHF) for the year": the bracket that closes a name is no part of it.
      expect(
        x.entities.filter((e) => e.name.includes('(')).map((e) => e.name),
        id,
      ).toEqual([]);
    }
  });
});

describe('a page whose subject is only the first body it names', () => {
  // A directory of officials: each block gives a name, a post and (mostly) a body line. No
  // sentence says what the page is about, so a post with no body line is in no body, not in
  // the ministry the first block happens to name.
  const blocks: Array<[string, string, string | null]> = [
    ['Mrs. Vera Holt', 'Permanent Secretary (Finance)', 'Ministry of Finance and Lakes'],
    ['Mr. Ian Kovacs', 'Director General (Governance)', null],
    ['Ms. Alma Reyes', 'Permanent Secretary', "Prime Minister's Office"],
    ['Mr. Tom Achebe', 'Permanent Secretary', 'Ministry of Roads and Bridges'],
  ];
  const layouts: Array<[string, string]> = [
    [
      `## Permanent Secretaries\n\n${blocks.map(([n, p, b]) => `### ${n}\n${p}${b ? `\n${b}` : ''}`).join('\n\n')}\n`,
      'a.md',
    ],
    [
      `Permanent Secretaries\n\n${blocks.map(([n, p, b]) => [n, p, b].filter(Boolean).join('\n')).join('\n\n')}\n`,
      'b.txt',
    ],
  ];

  it("gives each official their own block's body and the one without a body line none", () => {
    for (const [doc, id] of layouts) {
      const held = triples(extract(doc, id)).filter((t) => t.startsWith('HOLDS_POSITION'));
      expect(held, id).toContain("HOLDS_POSITION Alma Reyes -> Prime Minister's Office");
      expect(held, id).toContain('HOLDS_POSITION Tom Achebe -> Ministry of Roads and Bridges');
      expect(
        held.filter((t) => t.includes('Ian Kovacs')),
        id,
      ).toEqual([]);
      expect(held.filter((t) => t.includes('Alma Reyes') || t.includes('Tom Achebe')).length, id).toBe(2);
    }
  });

  it('still gives the body a heading names, alone on its line, a post with no body', () => {
    const doc = `# Urban Analytics & Innovation\n\nJane Roe, PhD - Director of Urban Analytics\n\n## Office of Urban Data\n\n**Mission:** To improve services with data.\n\nThe office works for the City of Lakeport.\n`;
    expect(triples(extract(doc, 'c.md')).filter((t) => t.startsWith('HOLDS_POSITION'))).toEqual([
      'HOLDS_POSITION Jane Roe -> Office of Urban Data',
    ]);
  });
});

describe('a page that names one body only, or founds it with "there shall be"', () => {
  it('is about that body, so a post with no body of its own is in it', () => {
    const text =
      'They have joined Mrs. Jane Mensa as Chairperson and Mr. Sam Tetteh as Deputy Chairman.\n\nThe Constitution states that "there shall be a Lakes Electoral Commission which shall consist of a chairman and two deputies."\n';
    for (const [doc, id] of [
      [text, 'a.txt'],
      [`# New members sworn in\n\n${text}`, 'b.md'],
    ] as const)
      expect(
        triples(extract(doc, id))
          .filter((t) => t.startsWith('HOLDS_POSITION'))
          .sort(),
        id,
      ).toEqual([
        'HOLDS_POSITION Jane Mensa -> Lakes Electoral Commission',
        'HOLDS_POSITION Sam Tetteh -> Lakes Electoral Commission',
      ]);
  });

  it('reads "Cabinet" alone on its line as a label over the ministers, not their body', () => {
    const doc =
      'The MINISTRY OF LAKES AND RIVERS is a ministry in the Lakeland Government.\n\nCabinet\n\n| Name | Position |\n| --- | --- |\n| Dr. Ana Sands | Minister |\n| Mia Evans | Secretary |\n';
    const held = triples(extract(doc, 'c.md')).filter((t) => t.startsWith('HOLDS_POSITION'));
    expect(held.filter((t) => t.endsWith('-> Cabinet'))).toEqual([]);
    expect(held).toContain('HOLDS_POSITION Ana Sands -> MINISTRY OF LAKES AND RIVERS');
  });
});

describe('a post whose body a news item names after the initials or by its head word', () => {
  it('is in that body, on a page that names other bodies first', () => {
    const text = [
      'A statement copied to the Lakes News Agency (LNA) said the President ended the appointment.',
      'Mr Tom Ridgeway, the former Chief Executive Officer (CEO) of the Harbour Belt Development Authority (HBDA), has handed over to his successor.',
      'The Board Chairman for the Authority, Mr Alex Koranteng, thanked the former CEO.',
    ];
    for (const [doc, id] of [
      [`${text.join('\n\n')}\n`, 'a.txt'],
      [`# Handover at the HBDA\n\n${text.join(' ')}\n`, 'b.md'],
    ] as const) {
      const held = triples(extract(doc, id)).filter((t) => t.startsWith('HOLDS_POSITION'));
      expect(held, id).toContain('HOLDS_POSITION Tom Ridgeway -> Harbour Belt Development Authority');
      expect(held, id).toContain('HOLDS_POSITION Alex Koranteng -> Harbour Belt Development Authority');
    }
  });

  it('reads no person in a part of a document', () => {
    const doc = 'Lakes Water Authority Act\n\nChapter II\nDirector General: Ana Sands\n';
    expect(
      extract(doc, 'c.txt')
        .entities.filter((e) => e.type === 'Person')
        .map((e) => e.name),
    ).not.toContain('Chapter II');
  });
});
