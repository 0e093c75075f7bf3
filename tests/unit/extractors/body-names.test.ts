// What is and is not a body's name, read from the name itself: "the Civil Service" or "the
// Public Service" is a country's whole workforce, not a body, while its ministry, commission
// or college is one ("Ministry of the Civil Service", "Public Service Commission").
// Invented names throughout; each shape is asserted in more than one layout.
import { describe, expect, it } from 'vitest';
import { extract, namesOf, triplesOf } from './helpers.ts';

describe('the civil or public service as a whole', () => {
  const lines = [
    'The Civil Service',
    'The civil service helps the government of the day. Marta Oyelaran, Head of the Public Service, leads the 5000 people working for the Lakeland Government.',
    'Permanent Secretaries are posted across the Public Service. Tom Ridge moves to the Ministry of the Civil Service, and the Public Service Commission approved the move.',
  ];
  const layouts: Array<[string, string]> = [
    [`${lines.join('\n\n')}\n`, 'a.txt'],
    [`# ${lines[0]}\n\n${lines.slice(1).join('\n\n')}\n`, 'b.md'],
  ];

  it('is no body, while the bodies named after it are', () => {
    for (const [doc, id] of layouts) {
      const agencies = namesOf(extract(doc, id), 'Agency');
      expect(agencies, id).not.toContain('Civil Service');
      expect(agencies, id).not.toContain('Public Service');
      expect(agencies, id).toContain('Ministry of the Civil Service');
      expect(agencies, id).toContain('Public Service Commission');
    }
  });

  it('gives no one a post in it', () => {
    for (const [doc, id] of layouts)
      expect(
        triplesOf(extract(doc, id), 'HOLDS_POSITION').filter((t) => /-> (?:Civil|Public) Service$/.test(t)),
        id,
      ).toEqual([]);
  });
});

describe('a head-final name that holds "of"', () => {
  // "Southeast Asia Ministers of Education Organization": the words before "of" belong to the
  // name when no head word stands before them; a post before "of" is a post.
  const sentences = [
    'The Lakeland Ministers of Fisheries Organisation (LAMFO) is an intergovernmental body.',
    'Jane Roe, Director of Finance Division, spoke for it. The Re-appointment of Board was announced.',
  ];
  it('is one name, and a post or a lone word before "of" is not part of it', () => {
    for (const [doc, id] of [
      [`Lakeland\n\n${sentences.join('\n\n')}\n`, 'a.txt'],
      [`# Lakeland\n\n${sentences.join(' ')}\n`, 'b.md'],
    ] as const) {
      const agencies = namesOf(extract(doc, id), 'Agency');
      expect(agencies, id).toContain('Lakeland Ministers of Fisheries Organisation');
      expect(agencies, id).not.toContain('Fisheries Organisation');
      expect(
        agencies.filter((n) => /Director|Re-appointment/.test(n)),
        id,
      ).toEqual([]);
    }
  });
});

describe('a report named after its body', () => {
  it('names the body without the report words', () => {
    const lines = [
      'Department of Lakes and Rivers Annual Report 2031-32',
      'Jane Roe, Secretary',
      'The Department of Lakes and Rivers Corporate Plan sets our goals.',
    ];
    for (const [doc, id] of [
      [`${lines.join('\n\n')}\n`, 'a.txt'],
      [`# ${lines[0]}\n\n${lines.slice(1).join('\n\n')}\n`, 'b.md'],
    ] as const) {
      const x = extract(doc, id);
      expect(namesOf(x, 'Agency'), id).toEqual(['Department of Lakes and Rivers']);
      expect(triplesOf(x, 'HOLDS_POSITION'), id).toEqual(['HOLDS_POSITION Jane Roe -> Department of Lakes and Rivers']);
    }
  });
});

describe('an arm named after its body, and the same arm without that name', () => {
  it('is one body', () => {
    const lines = [
      'The Lakeland Community General Secretariat is the executive body of the Lakeland Community.',
      'The General Secretariat drafts decisions for the Council of Ministers.',
      'General Secretariat authorities',
    ];
    for (const [doc, id] of [
      [`${lines.join('\n\n')}\n\nSecretary General\nMarta Oyelaran\n`, 'a.txt'],
      [`# Lakeland Community\n\n${lines.join('\n\n')}\n\n- Secretary General: Marta Oyelaran\n`, 'b.md'],
    ] as const) {
      const names = extract(doc, id).entities.map((e) => e.name);
      expect(names, id).toContain('Lakeland Community General Secretariat');
      expect(names, id).not.toContain('General Secretariat');
    }
  });
});

describe("a country's legislature or cabinet named by its head word alone", () => {
  it('is a body, except as the qualifier of a post', () => {
    const lines = [
      'Opposition Members of Parliament elected two chairs.',
      'The Cabinet approved the Harbour Bill, and the Cabinet Secretary signed it.',
      'The Lakeland Survey Agency reports to the Senate every year.',
    ];
    for (const [doc, id] of [
      [`Lakeland news\n\n${lines.join('\n\n')}\n`, 'a.txt'],
      [`# Lakeland news\n\n${lines.join(' ')}\n`, 'b.md'],
    ] as const) {
      const x = extract(doc, id);
      const agencies = namesOf(x, 'Agency');
      for (const name of ['Parliament', 'Cabinet', 'Senate']) expect(agencies, `${id} ${name}`).toContain(name);
      // The page's subject is the agency it names in full, not an institution named in passing.
      expect(
        triplesOf(x, 'HOLDS_POSITION').filter((t) => t.endsWith('-> Cabinet')),
        id,
      ).toEqual([]);
    }
  });
});

describe('a post after "and the" at the end of a body name', () => {
  it('opens a new phrase, not the rest of the name', () => {
    const text =
      'Sam Tubuna is the Chairperson for the Standing Committee on Lake Affairs and the Assistant Minister for Women, Ana Kiran is the Deputy Chairperson.';
    for (const [doc, id] of [
      [`Committee chairs\n\n${text}\n`, 'a.txt'],
      [`# Committee chairs\n\n${text}\n`, 'b.md'],
    ] as const) {
      const agencies = namesOf(extract(doc, id), 'Agency');
      expect(agencies, id).toContain('Standing Committee on Lake Affairs');
      expect(
        agencies.filter((n) => n.includes('Assistant')),
        id,
      ).toEqual([]);
    }
  });
});

describe('"take office" in a headline', () => {
  it('names no body, in capitals or not', () => {
    for (const [doc, id] of [
      ['LAKE WALL AND NEW HARBOUR PARTY GOVERNMENT TAKE OFFICE\n\nThe new cabinet was sworn in today.\n', 'a.txt'],
      ['# New Harbour Party Government Takes Office\n\nThe new cabinet was sworn in today.\n', 'b.md'],
    ] as const)
      expect(
        namesOf(extract(doc, id), 'Agency').filter((n) => /office$/i.test(n)),
        id,
      ).toEqual([]);
  });
});

describe("a legislature's committees on a page that names it", () => {
  it('are its units, and the legislature is scoped like any generic name', () => {
    const text = [
      'Opposition Members of Parliament, Ana Seru and Tom Nau, have been elected chairpersons of two Standing Committees.',
      'Nau was elected as the Chairperson for the Standing Committee on Foreign Affairs and Defence.',
      'Assistant Minister for Tourism, Alia Baini is the Chairperson for the Standing Committee on Social Affairs, and Assistant Minister for Home Affairs, Rua Vaka is the Deputy Chairperson.',
    ];
    for (const [doc, id] of [
      [`Seru, Nau to lead Standing Committees\n\n${text.join('\n\n')}\n`, 'a.txt'],
      [`# Seru, Nau to lead Standing Committees\n\n${text.join(' ')}\n`, 'b.md'],
    ] as const) {
      const x = extract(doc, id);
      expect(namesOf(x, 'Department').sort(), id).toEqual([
        'Standing Committee on Foreign Affairs and Defence',
        'Standing Committee on Social Affairs',
      ]);
      expect(triplesOf(x, 'HAS_DEPARTMENT'), id).toEqual([
        'HAS_DEPARTMENT Parliament -> Standing Committee on Foreign Affairs and Defence',
        'HAS_DEPARTMENT Parliament -> Standing Committee on Social Affairs',
      ]);
    }
  });

  it('are no one legislature’s when the page names two', () => {
    const doc =
      'Committee chairs\n\nThe Senate and the House of Representatives met. Jo Roe chairs the Standing Committee on Lakes.\n';
    expect(triplesOf(extract(doc, 'c.txt'), 'HAS_DEPARTMENT')).toEqual([]);
  });
});

describe('a comma series whose first topic is itself a head word', () => {
  it.each([
    ['plain text', 'ministry.txt'],
    ['markdown', 'ministry.md'],
  ])('keeps the whole name (%s)', (_, id) => {
    const text =
      "Annual report\n\nThe Ministry of Community, Aboriginal, and Women's Services managed the programs. The Ministry of Community, Sport and Culture took over the Olympic secretariat.\n";
    expect(namesOf(extract(text, id), 'Agency').sort()).toEqual([
      "Ministry of Community, Aboriginal, and Women's Services",
      'Ministry of Community, Sport and Culture',
    ]);
  });

  it.each([
    ['plain text', 'bio.txt'],
    ['markdown', 'bio.md'],
  ])('does not run over a series of bodies, each with its own head word (%s)', (_, id) => {
    const text =
      'Profile\n\nShe has held roles in the Department of Conservation, Lakeside Regional Council and Port Tamsin Council, and in the Office of Fisheries, Tamsin Harbour Board, and Lake Authority.\n';
    expect(namesOf(extract(text, id), 'Agency').sort()).toEqual([
      'Department of Conservation',
      'Lake Authority',
      'Lakeside Regional Council',
      'Office of Fisheries',
      'Port Tamsin Council',
      'Tamsin Harbour Board',
    ]);
  });
});
