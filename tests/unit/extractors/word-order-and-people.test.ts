// Shapes met on real pages that name one body two ways or list people without separators:
// a body written head-initial and head-final ("Ministry of Finance", "Finance Ministry"); a
// leadership list whose lines set a name and a post side by side without a separator, or the
// name in capitals.
// Invented names throughout; each shape is asserted in more than one layout.
import { describe, expect, it } from 'vitest';
import { groupOrganisationNames } from '../../../extractors/organisation-groups.ts';
import { isPersonName } from '../../../extractors/people.ts';
import { extract, namesOf, posts, triplesOf } from './helpers.ts';

const sameGroup = (names: string[], a: string, b: string): boolean => {
  const groups = groupOrganisationNames(names, []);
  const ga = groups.get(a.toLowerCase());
  return ga !== undefined && ga === groups.get(b.toLowerCase());
};

describe('one body written head-initial and head-final', () => {
  it('groups "Ministry of X" with "X Ministry", with or without "the"', () => {
    expect(sameGroup(['Ministry of Finance', 'Finance Ministry'], 'Ministry of Finance', 'Finance Ministry')).toBe(
      true,
    );
    expect(
      sameGroup(
        ['Department of the Interior', 'Interior Department'],
        'Department of the Interior',
        'Interior Department',
      ),
    ).toBe(true);
    expect(
      sameGroup(
        ['Ministry of Health and Social Welfare', 'Health and Social Welfare Ministry'],
        'Ministry of Health and Social Welfare',
        'Health and Social Welfare Ministry',
      ),
    ).toBe(true);
  });

  it('keeps apart bodies whose topic differs or holds another body', () => {
    expect(sameGroup(['Ministry of Finance', 'Planning Ministry'], 'Ministry of Finance', 'Planning Ministry')).toBe(
      false,
    );
    expect(
      sameGroup(
        ['Office of the Cabinet', 'Cabinet Office', 'Board of the Authority', 'Authority Board'],
        'Board of the Authority',
        'Authority Board',
      ),
    ).toBe(false);
  });

  it('extracts one body, with the other form as an alias, in prose and in a news page', () => {
    for (const [doc, id] of [
      ['The Ministry of Lakes set the quotas. The Lakes Ministry said on Monday that it would review them.\n', 'a.txt'],
      [
        '# Lakes Ministry names director\n\nThe Minister of Lakes, Dr. Mara Vell, said the Ministry of Lakes would open a new office.\n',
        'b.md',
      ],
    ] as const) {
      const x = extract(doc, id);
      expect(namesOf(x, 'Agency'), id).toHaveLength(1);
      const [body] = x.entities.filter((e) => e.type === 'Agency');
      expect([body?.name, ...(body?.aliases ?? [])].sort(), id).toEqual(['Lakes Ministry', 'Ministry of Lakes']);
    }
    expect(
      posts(
        extract(
          '# Lakes Ministry names director\n\nThe Minister of Lakes, Dr. Mara Vell, said the Ministry of Lakes would open a new office.\n',
          'b.md',
        ),
      ),
    ).toEqual(['Mara Vell|Minister of Lakes|Ministry of Lakes']);
  });
});

describe('leadership lines without a separator, and names in capitals', () => {
  const lines = [
    'Mara Vell Deputy Minister',
    'Dr. Ken Oduya Chief Economist',
    'Director of Budget Dr. Alan Kay',
    'Deputy Minister Rose Tan',
  ];
  const expected = [
    'Alan Kay|Director of Budget|Ministry of Lakes',
    'Ken Oduya|Chief Economist|Ministry of Lakes',
    'Mara Vell|Deputy Minister|Ministry of Lakes',
    'Rose Tan|Deputy Minister|Ministry of Lakes',
  ];

  it('gives each name its post, whichever comes first, in a list, in lines of text and in a table-free card', () => {
    for (const [doc, id] of [
      [`# Ministry of Lakes\n\n## Leadership\n\n${lines.map((l) => `- ${l}`).join('\n')}\n`, 'a.md'],
      [`Ministry of Lakes\n\nLeadership\n\n${lines.join('\n')}\n`, 'b.txt'],
      [`Ministry of Lakes\n\nLeadership\n\n${lines.join('\n\n')}\n`, 'c.txt'],
    ] as const)
      expect(posts(extract(doc, id)), id).toEqual(expected);
  });

  it('reads a name set in capitals as a name, and a heading in capitals as none', () => {
    for (const name of ['NGOZI ADEYEMI', 'SAMUEL OKAFOR', 'AMINA J. MOHAMMED'])
      expect(isPersonName(name), name).toBe(true);
    for (const heading of [
      'HUMAN RESOURCES',
      'PUBLIC WORKS',
      'ANNUAL REPORT',
      'LEGAL FRAMEWORK',
      'MINISTRY OF FINANCE',
    ])
      expect(isPersonName(heading), heading).toBe(false);
    for (const [doc, id] of [
      [
        '# Ministry of Lakes\n\n## Board\n\n- NGOZI ADEYEMI, Chairperson\n- SAMUEL OKAFOR – Director of Fisheries\n',
        'a.md',
      ],
      ['Ministry of Lakes\n\nBoard\n\nNGOZI ADEYEMI: Chairperson\nSAMUEL OKAFOR | Director of Fisheries\n', 'b.txt'],
    ] as const)
      expect(posts(extract(doc, id)), id).toEqual([
        'NGOZI ADEYEMI|Chairperson|Ministry of Lakes',
        'SAMUEL OKAFOR|Director of Fisheries|Ministry of Lakes',
      ]);
  });

  it('takes ordinary English words for no name, short given names and known first names aside', () => {
    for (const words of ['Economic Relations', 'Commercial Relations', 'Public Works'])
      expect(isPersonName(words), words).toBe(false);
    for (const name of ['Ma Jun', 'Tang Li', 'Grace Hope', 'Mark Brown']) expect(isPersonName(name), name).toBe(true);
    const x = extract(
      'Ministry of Lakes\n\nUndersecretary for International Economic Relations\nUndersecretary for Foreign Trade\n',
      'a.txt',
    );
    expect(namesOf(x, 'Person')).toEqual([]);
  });

  it('takes no hyphenated post for a part of a name', () => {
    expect(isPersonName('Vera Lind Vice-President')).toBe(false);
    expect(posts(extract('# Ministry of Lakes\n\n- Ms Vera Lind Vice-President\n', 'a.md'))).toEqual([
      'Vera Lind|Vice-President|Ministry of Lakes',
    ]);
  });
});

describe('posts named in running text', () => {
  it('gives each name after a plural post and "are" or "include" the singular post', () => {
    for (const [doc, id] of [
      [
        '# Ministry of Lakes\n\nMara Vell is the current Minister, and the Deputy Ministers are Ken Oduya, Rose Tan, and Alan Kay.\n',
        'a.md',
      ],
      [
        'Ministry of Lakes\n\nThe ministry is led by its minister. Its Deputy Ministers include Ken Oduya, Rose Tan and Alan Kay. Mara Vell is the present Minister.\n',
        'b.txt',
      ],
    ] as const)
      expect(posts(extract(doc, id)), id).toEqual([
        'Alan Kay|Deputy Minister|Ministry of Lakes',
        'Ken Oduya|Deputy Minister|Ministry of Lakes',
        'Mara Vell|Minister|Ministry of Lakes',
        'Rose Tan|Deputy Minister|Ministry of Lakes',
      ]);
  });

  it('reads no members where the words after the verb are not all names', () => {
    const x = extract(
      'Ministry of Lakes\n\nThe Deputy Ministers are Responsible for the lakes and the rivers.\n',
      'c.txt',
    );
    expect(posts(x)).toEqual([]);
  });
});

describe('a lead-in whose subject follows an opening clause', () => {
  const items = [
    'Regulation of the entry and exit of visitors',
    'Issuance of harbour permits',
    'Inspection of vessels',
  ];
  it('gives the items to the body the subject refers back to, not to the arm it acts through', () => {
    const leadIn =
      'In the discharge of its broad functions, the Bureau through its Board of Commissioners, exercises powers over the:';
    for (const [doc, id] of [
      [
        `# Bureau of Harbours\n\nThe Bureau of Harbours runs the ports.\n\n## Functions\n\n${leadIn}\n\n${items.map((i) => `- ${i};`).join('\n')}\n`,
        'a.md',
      ],
      [
        `Bureau of Harbours\n\nThe Bureau of Harbours runs the ports.\n\nFunctions\n\n${leadIn}\n${items.map((i, k) => `${k + 1}. ${i};`).join('\n')}\n`,
        'b.txt',
      ],
    ] as const) {
      const owners = triplesOf(extract(doc, id), 'HAS_RESPONSIBILITY');
      expect(owners, id).toEqual(items.map((i) => `HAS_RESPONSIBILITY Bureau of Harbours -> ${i}`).sort());
    }
  });
});

describe('board news', () => {
  const news = (sep: string): string =>
    `Cabinet approved the Board of Directors of the National Lakes Authority (NLA-K).${sep}The board shall be chaired by Mara Vell.${sep}Other members are Prof. Ken Oduya, Rose Tan, Dr Alan Kay, Ilse Marren the current Executive Director of NLA-K.${sep}`;

  it('gives a bracketed acronym to the name of the two ending at the bracket whose initials it spells', () => {
    for (const [doc, id] of [
      [news('\n\n'), 'a.txt'],
      [`# Board news\n\n${news('\n\n')}`, 'b.md'],
    ] as const) {
      const x = extract(doc, id);
      const authority = x.entities.find((e) => e.name === 'National Lakes Authority');
      expect(authority?.type, id).toBe('Agency');
      expect(authority?.aliases, id).toEqual(['NLA-K']);
      expect(namesOf(x, 'Department'), id).toEqual(['Board of Directors of the National Lakes Authority']);
    }
  });

  it('names the members a sentence lists after "Other members are", as members of the board chaired just before', () => {
    const x = extract(news('\n\n'), 'a.txt');
    for (const name of ['Ken Oduya', 'Rose Tan', 'Alan Kay', 'Ilse Marren'])
      expect(namesOf(x, 'Person')).toContain(name);
    expect(posts(x).filter((p) => /Ken Oduya|Rose Tan|Alan Kay/.test(p))).toEqual([
      'Alan Kay|member|Board of Directors of the National Lakes Authority',
      'Ken Oduya|member|Board of Directors of the National Lakes Authority',
      'Rose Tan|member|Board of Directors of the National Lakes Authority',
    ]);
  });

  it('reads the last name of a run before a footnote mark', () => {
    const x = extract(
      '# Ministry of Lakes\n\nThe Deputy Ministers are Ken Oduya, Rose Tan, and Alan Kay.[4][5]\n',
      'c.md',
    );
    expect(posts(x)).toEqual([
      'Alan Kay|Deputy Minister|Ministry of Lakes',
      'Ken Oduya|Deputy Minister|Ministry of Lakes',
      'Rose Tan|Deputy Minister|Ministry of Lakes',
    ]);
  });
});

describe('a body whose head word news writes in lower case', () => {
  it('reads two capitalised name words and a lower-case head word as a body, and nothing shorter', () => {
    const text =
      'Cabinet has approved the new five-member Lake Fisheries Appeals board, chaired by Mara Vell. The June board meeting was held. The Health ministry spoke.';
    for (const [doc, id] of [
      [`${text}\n`, 'a.txt'],
      [`# Board approved\n\n${text}\n`, 'b.md'],
    ] as const) {
      const x = extract(doc, id);
      // "Cabinet has approved": the cabinet, named by its head word alone, is a body too.
      expect(namesOf(x, 'Agency').sort(), id).toEqual(['Cabinet', 'Lake Fisheries Appeals board']);
    }
  });
});

describe('names in running text without a post or honorific', () => {
  const text =
    'Catherine Vell and Professor Tomas Brecko have been appointed, together with Julia Marren. Andy Oduya studied at Kenyatta University. Sri Lankan Tamil Refugees arrived at Victoria Park.';
  it('reads a run of name words that opens with a known given name as a person, and no institution or group', () => {
    for (const [doc, id] of [
      [`${text}\n`, 'a.txt'],
      [`# Appointments\n\n${text}\n`, 'b.md'],
    ] as const)
      expect(namesOf(extract(doc, id), 'Person').sort(), id).toEqual([
        'Andy Oduya',
        'Catherine Vell',
        'Julia Marren',
        'Tomas Brecko',
      ]);
  });
});

describe('"Body, Name" lines', () => {
  const lines = [
    'Lakes Intelligence Agency, Mara Vell',
    'Department of Rivers, Ken Oduya',
    'Department of Health and Human Services, Rose Tan',
    'Harbour Protection Bureau, Alan Kay',
  ];
  const expected = [
    'Alan Kay|Head|Harbour Protection Bureau',
    'Ken Oduya|Head|Department of Rivers',
    'Mara Vell|Head|Lakes Intelligence Agency',
    'Rose Tan|Head|Department of Health and Human Services',
  ];
  const leadIn = 'The following individuals will serve in acting capacities.';

  it('gives each name a post in the body before it, with hard line breaks, list items or plain lines', () => {
    for (const [doc, id] of [
      [`# Acting leadership\n\n${leadIn}\n\n${lines.map((l) => `${l}  `).join('\n')}\n`, 'a.md'],
      [`# Acting leadership\n\n${leadIn}\n\n${lines.map((l) => `- ${l}`).join('\n')}\n`, 'b.md'],
      [`Acting leadership\n\n${leadIn}\n\n${lines.join('\n')}\n`, 'c.txt'],
    ] as const)
      expect(posts(extract(doc, id)), id).toEqual(expected);
  });

  it('reads no post from one such comma in prose', () => {
    const x = extract('The Department of Rivers, Ken Oduya said on Monday, will open a new office.\n', 'd.txt');
    expect(posts(x)).toEqual([]);
  });
});

describe('a person named with and without a middle initial', () => {
  const text =
    'The Lake Health Agency was established in 2015. The Health Agency is presently led by Mitchell H. Vell, who was appointed by the Board. Mitchell Vell was the director before.';
  it('is one person, head of the body the sentence names before "led by"', () => {
    for (const [doc, id] of [
      [`${text}\n`, 'a.txt'],
      [`# Lake Health Agency\n\n${text}\n`, 'b.md'],
    ] as const) {
      const x = extract(doc, id);
      const people = x.entities.filter((e) => e.type === 'Person');
      expect(
        people.map((p) => [p.name, ...p.aliases].sort()),
        id,
      ).toEqual([['Mitchell H. Vell', 'Mitchell Vell']]);
      expect(posts(x), id).toContain('Mitchell H. Vell|head|Lake Health Agency');
    }
  });
});

describe('a name with several hyphenated parts', () => {
  it('reads "Abd-el-Kader" as one word of a name, in prose and in a profile line', () => {
    expect(isPersonName('Mohamed Abd-el-Kader Salem')).toBe(true);
    for (const [doc, id] of [
      ['Ministry of Tides\n\nThe Minister of Tides is Dr. Omar Abd-el-Rahman Farouk.[1]\n', 'a.txt'],
      ['# Ministry of Tides\n\n- Omar Abd-el-Rahman Farouk – Minister of Tides\n', 'b.md'],
    ] as const)
      expect(triplesOf(extract(doc, id), 'HOLDS_POSITION'), id).toEqual([
        'HOLDS_POSITION Omar Abd-el-Rahman Farouk -> Ministry of Tides',
      ]);
  });
});

describe('names with run-together initials and a military rank before them', () => {
  const page = (item: (line: string) => string): string =>
    [
      'Lakes Defence Force',
      '',
      item('Chief of Staff: Colonel S.S. Hangula'),
      item('Director of Logistics: Brig Gen A.N. Nambahu'),
      '',
    ].join('\n');

  it.each([
    ['markdown', 'force.md', (line: string) => `- ${line}`],
    ['plain text', 'force.txt', (line: string) => `• ${line}`],
  ])('%s: the rank is no part of the name', (_, id, item) => {
    expect(namesOf(extract(page(item), id), 'Person').sort()).toEqual(['A.N. Nambahu', 'S.S. Hangula']);
  });

  it('reads "A.N." as initials of a name', () => {
    expect(isPersonName('A.N. Nambahu')).toBe(true);
  });
});
