// Shapes first met on a ninth and a tenth blind set of real pages: a flattened organisation
// page whose section titles and date stand among its sub-headings, a unit list whose names
// share words, a "Functions" section written as one paragraph, transfer news that names each
// official after their old post, and a list of people under a lead-in that gives their post
// in the plural. Invented names throughout; each shape is asserted in more than one layout.
import { describe, expect, it } from 'vitest';
import { isBodyNameOnly } from '../../../extractors/document-context.ts';
import { parseMarkers } from '../../../extractors/numbering.ts';
import { structureDocument } from '../../../extractors/structure.ts';
import { extract, namesOf, posts, sourceOf, triples } from './helpers.ts';

const duties = (x: ReturnType<typeof extract>): string[] => namesOf(x, 'Responsibility');

describe('a flattened organisation page', () => {
  const units = ['Records Division', 'Harbour Dues Division', 'Pilotage Archives', 'Protocol Office'];
  const asText = `Organization\n\nMarch 3, 2021\n\nOrganization Chart\n\nOrganization and Function\n\nCommissioner's Secretariat\n\nOrganization\n\n${units.map((u) => `  • ${u}`).join('\n')}\n`;
  const asMarkdown = `# Organization\n\n## March 3, 2021\n\n## Organization Chart\n\n## Commissioner's Secretariat\n\n## Organization\n\n${units.map((u) => `- ${u}`).join('\n')}\n`;

  it('reads its dates and section titles as no units, and its listed units as units, not duties', () => {
    for (const [doc, id] of [
      [asText, 'org.txt'],
      [asMarkdown, 'org.md'],
    ] as const) {
      const x = extract(doc, id);
      const departments = namesOf(x, 'Department');
      for (const unit of units) expect(departments, id).toContain(unit);
      for (const title of ['March 3, 2021', 'Organization Chart', 'Organization and Function', 'Organization'])
        expect(departments, id).not.toContain(title);
      expect(namesOf(x, 'Agency'), id).not.toContain('Organization');
      expect(duties(x), id).toEqual([]);
    }
  });

  it('keeps two listed units apart when one name ends the other', () => {
    for (const [doc, id] of [
      ['Divisions\n\n- Press Division\n- Records Division\n- International Press Division\n', 'a.md'],
      [
        'The Ministry of Lakes has the following divisions:\n\n1. International Press Division\n2. Press Division\n',
        'b.txt',
      ],
    ] as const) {
      const departments = namesOf(extract(doc, id), 'Department');
      expect(departments, id).toContain('Press Division');
      expect(departments, id).toContain('International Press Division');
    }
  });

  it('never takes a bare body name for a duty', () => {
    expect(isBodyNameOnly('Security Division')).toBe(true);
    expect(isBodyNameOnly('Library of the Ministry of Lakes')).toBe(false);
    expect(isBodyNameOnly("Commissioner's Secretariat")).toBe(true);
    expect(isBodyNameOnly('Operates the Lake Pilotage Authority')).toBe(false);
    expect(isBodyNameOnly('Issue licences to the Harbour Board')).toBe(false);
  });
});

describe('a function section written as one paragraph', () => {
  const remit = 'keeps the charts of every harbour approach up to date and publishes notices to mariners';
  it('is one responsibility of the body its sentence opens with, or of the section owner for a verb', () => {
    const bodyFirst = [
      `# Coastal Survey Office\n\n## Functions\n\nThe Coastal Survey Office ${remit}.\n`,
      `Coastal Survey Office\n\nFunctions:\n\nThe Coastal Survey Office ${remit}.\n`,
    ];
    for (const doc of bodyFirst) {
      const x = extract(doc, doc.startsWith('#') ? 'a.md' : 'a.txt');
      expect(triples(x)).toContain(`HAS_RESPONSIBILITY Coastal Survey Office -> The Coastal Survey Office ${remit}.`);
    }
    const verbFirst = extract(
      `# Coastal Survey Office\n\n## What we do\n\nKeeps the charts of every harbour approach up to date.\n`,
      'b.md',
    );
    expect(triples(verbFirst)).toContain(
      'HAS_RESPONSIBILITY Coastal Survey Office -> Keeps the charts of every harbour approach up to date.',
    );
  });

  it('is no responsibility when the section holds more, or the paragraph opens otherwise', () => {
    const twoParagraphs = extract(
      `# Coastal Survey Office\n\n## Functions\n\nThe Coastal Survey Office ${remit}.\n\nIt was founded in 1901 by royal charter.\n`,
      'c.md',
    );
    expect(duties(twoParagraphs)).toEqual([]);
    const history = extract(
      `# Coastal Survey Office\n\n## Functions\n\nIn 1901 a royal charter gave the harbour towns a common chart room.\n`,
      'd.md',
    );
    expect(duties(history)).toEqual([]);
  });
});

describe('transfer news', () => {
  const news =
    'The cabinet decided on Tuesday that the secretary at the Ministry of Inland Waters, Orla Venn Maddox, has been transferred to the post of Chief Officer of the Harbour Pilotage Board. Similarly, director at the Fisheries Licensing Office, Teodor Arkwright has been transferred as secretary at the Ministry of Inland Waters.';
  it('gives each official the old post and the new one', () => {
    for (const [doc, id] of [
      [`Two secretaries transferred\n\n${news}\n`, 'news.txt'],
      [`# Two secretaries transferred\n\n${news}\n`, 'news.md'],
    ] as const) {
      const x = extract(doc, id);
      expect(posts(x), id).toEqual(
        expect.arrayContaining([
          'Orla Venn Maddox|secretary|Ministry of Inland Waters',
          'Orla Venn Maddox|Chief Officer|Harbour Pilotage Board',
          'Teodor Arkwright|director|Fisheries Licensing Office',
          'Teodor Arkwright|secretary|Ministry of Inland Waters',
        ]),
      );
      // "on Tuesday" says when, it is no part of a name.
      expect(
        namesOf(x, 'Agency').filter((n) => /Tuesday/.test(n)),
        id,
      ).toEqual([]);
    }
  });
});

describe('a list of people under a plural post', () => {
  it('gives each listed name the post and the body the lead-in names', () => {
    const items = ['Ilse Marrow Quint (five-year term), engineer', 'Bastian Ode Ferreira, lawyer', 'Runa Halvorsen'];
    for (const [doc, id] of [
      [
        `# Lake Authority\n\nThe members of the Board of the Lake Authority are:\n\n${items.map((i) => `- ${i}`).join('\n')}\n`,
        'a.md',
      ],
      [
        `Lake Authority\n\nThe members of the Board of the Lake Authority are:\n\n${items.map((i, k) => `${k + 1}. ${i}`).join('\n')}\n`,
        'b.txt',
      ],
    ] as const) {
      const x = extract(doc, id);
      expect(namesOf(x, 'Person').sort(), id).toEqual(['Bastian Ode Ferreira', 'Ilse Marrow Quint', 'Runa Halvorsen']);
      expect(posts(x), id).toContain('Runa Halvorsen|Member|Lake Authority');
    }
  });

  it('reads no people from a list whose lead-in names no post', () => {
    const x = extract(
      '# Lake Authority\n\nThe lakes we look after are:\n\n- Ilse Marrow Quint\n- Bastian Ode Ferreira\n',
      'c.md',
    );
    expect(namesOf(x, 'Person')).toEqual([]);
  });
});

describe('an instrument named after a body whose name has "and" or "&"', () => {
  it('keeps the whole body name in the title', () => {
    for (const [doc, id] of [
      ['The Board was set up under the Lakes and Rivers Board of Tamsin Act, 1992.', 'a.txt'],
      ['# Regulators\n\nThe Oil & Natural Gas Regulatory Board Act, 2006 set up the regulator.\n', 'b.md'],
    ] as const) {
      const laws = namesOf(extract(doc, id), 'Law');
      expect(laws, id).toHaveLength(1);
      expect(laws[0], id).toMatch(
        /^(?:Lakes and Rivers Board of Tamsin Act, 1992|Oil & Natural Gas Regulatory Board Act, 2006)$/,
      );
    }
  });
});

describe('a body named without a head word and typed by its sentence', () => {
  it('is a body, subordinate to the one its type phrase names', () => {
    for (const [doc, id] of [
      [
        'Position in the government\n\nStatistics Lakeland is an independent government agency administratively subordinated to the Ministry of Lakes.\n',
        'a.txt',
      ],
      ['# Profile\n\nStatistics Lakeland is a statutory board accountable to the Ministry of Lakes.\n', 'b.md'],
    ] as const) {
      const x = extract(doc, id);
      expect(namesOf(x, 'Agency'), id).toContain('Statistics Lakeland');
      expect(triples(x), id).toContain('SUBORDINATE_TO Statistics Lakeland -> Ministry of Lakes');
    }
  });
});

describe('news naming officials of a body written in camel case', () => {
  const news = [
    'On 3 May, Dr Ilse Quint, Minister-in-charge of LakeTech, signed a Memorandum of Cooperation (MOC) with the Harbour Agency of Tamsin.',
    'The signing was witnessed by Prime Minister Oren Valdt and Tamsin Prime Minister Aiko Marutane during their summit.',
    'LakeTech Deputy Chief Executive Bram Oduya was present at the signing.',
    'The MOC will run for three years. The MOC covers digital identity.',
  ].join(' ');
  it('reads the camel-case body, each official and no instrument as a body', () => {
    for (const [doc, id] of [
      [`LakeTech partners Tamsin\n\n${news}\n`, 'a.txt'],
      [`# LakeTech partners Tamsin\n\n${news}\n`, 'b.md'],
    ] as const) {
      const x = extract(doc, id);
      expect(namesOf(x, 'Agency'), id).toContain('LakeTech');
      expect(namesOf(x, 'Agency'), id).not.toContain('MOC');
      expect(namesOf(x, 'Person').sort(), id).toEqual(['Aiko Marutane', 'Bram Oduya', 'Ilse Quint', 'Oren Valdt']);
      expect(posts(x), id).toContain('Bram Oduya|Deputy Chief Executive|LakeTech');
    }
  });
});

describe('records written as "Label: value" items', () => {
  const record = (marker: string, bold: (s: string) => string): string =>
    [
      '# Lakeland Government Structure',
      '',
      '## Ministries',
      '',
      `${marker}${bold('Ministry of Inland Waters')}`,
      `  ${marker}${bold('Location')}: Harbour Street, Port Tamsin`,
      `  ${marker}${bold('Key Departments')}: Pilotage, Dredging & Moorings (Quay Road), Lock Keeping`,
      `  ${marker}${bold('Subordinate Forces')}: Lake Police (HQ: Quay Road), Coast Guard Service`,
      '',
    ].join('\n');
  it('relates its unit and subordinate fields to the body it describes, and lists no duties', () => {
    for (const [doc, id] of [
      [record('- ', (s) => `**${s}**`), 'a.md'],
      [record('* ', (s) => s), 'b.md'],
    ] as const) {
      const x = extract(doc, id);
      expect(duties(x), id).toEqual([]);
      const t = triples(x);
      for (const unit of ['Pilotage', 'Dredging & Moorings', 'Lock Keeping'])
        expect(t, id).toContain(`HAS_DEPARTMENT Ministry of Inland Waters -> ${unit}`);
      expect(t, id).toContain('SUBORDINATE_TO Lake Police -> Ministry of Inland Waters');
      expect(t, id).toContain('SUBORDINATE_TO Coast Guard Service -> Ministry of Inland Waters');
    }
  });

  it('still reads a list of labelled duties as duties', () => {
    const x = extract(
      '# Lake Authority\n\n## Functions\n\n- **Licensing**: Issue licences to pilots\n- **Safety**: Inspect moorings every year\n',
      'c.md',
    );
    expect(duties(x).length).toBe(2);
  });
});

describe('holders listed with their bodies', () => {
  it('reads "Body-Name" lines under a plural post, the dash unspaced', () => {
    const x = extract(
      'The heads of the committees are as follows:\n\nLegal Affairs Committee-Anri Tavadze.\n\nHarbour Safety Committee-Nino Beradze.\n\nEconomic Policy Committee-Sozar Kiknadze.\n',
      'a.txt',
    );
    expect(posts(x)).toEqual([
      'Anri Tavadze|Head|Legal Affairs Committee',
      'Nino Beradze|Head|Harbour Safety Committee',
      'Sozar Kiknadze|Head|Economic Policy Committee',
    ]);
  });

  it('reads "Name – Body" pairs run together with semicolons, after a label or not', () => {
    const pairs =
      'Mr Harry Kume – Ministry of Inland Waters; Ms Selma Bosi – Ministry of Harbours;Dr Chris Ramo – Ministry of Locks';
    for (const [doc, id] of [
      [`The Commission appointed the following Permanent Secretaries:\n\nNew Appointments: ${pairs}\n`, 'a.txt'],
      [`# News\n\nThe Commission appointed the following Permanent Secretaries:\n\n${pairs}\n`, 'b.md'],
    ] as const) {
      const x = extract(doc, id);
      expect(
        triples(x)
          .filter((t) => t.startsWith('HOLDS_POSITION'))
          .sort(),
        id,
      ).toEqual([
        'HOLDS_POSITION Chris Ramo -> Ministry of Locks',
        'HOLDS_POSITION Harry Kume -> Ministry of Inland Waters',
        'HOLDS_POSITION Selma Bosi -> Ministry of Harbours',
      ]);
      // "on 6th May" says when, it is no part of the Commission's name.
      expect(namesOf(extract(`The Lake Commission on 6th May named them.\n`, id), 'Agency')).toEqual([
        'Lake Commission',
      ]);
    }
  });

  it('reads a post written in lower case after "is", "will be" or "was appointed"', () => {
    const x = extract(
      'New deputy ministers\n\nValda Royce is deputy minister of tourism and culture effective Aug. 15. Robert Wodehouse will be the deputy minister of the Lakes Office effective Sept. 20.\n',
      'news.txt',
    );
    expect(namesOf(x, 'Person').sort()).toEqual(['Robert Wodehouse', 'Valda Royce']);
    expect(triples(x)).toContain('HOLDS_POSITION Robert Wodehouse -> Lakes Office');
  });
});

describe('unit names on their own lines, each with a one-sentence remit under it', () => {
  const lines = [
    'Organisation',
    'Commissioner',
    'The Commissioner heads the Lake Office and represents it abroad.',
    'Pilotage Service',
    'The Pilotage Service licenses pilots and keeps the register of pilot boats.',
    'Translation Department',
    'The Translation Department translates legal texts and interprets at meetings.',
  ];
  it('gives each unit its sentence as its remit, and reads the post line as no unit', () => {
    for (const [doc, id] of [
      [`${lines.join('\n')}\n`, 'a.txt'],
      [`${lines.join('\n\n')}\n`, 'b.txt'],
    ] as const) {
      const x = extract(doc, id);
      expect(triples(x), id).toContain(
        'HAS_RESPONSIBILITY Pilotage Service -> The Pilotage Service licenses pilots and keeps the register of pilot boats.',
      );
      expect(triples(x), id).toContain(
        'HAS_RESPONSIBILITY Translation Department -> The Translation Department translates legal texts and interprets at meetings.',
      );
      expect(namesOf(x, 'Department'), id).not.toContain('Commissioner');
    }
  });
});

describe('names with initials on their own lines', () => {
  it('reads "E. A. Barlow" as a name, not as item E of a list', () => {
    for (const id of ['board.md', 'board.txt']) {
      const model = structureDocument(
        sourceOf(
          'The membership of the Board is as follows:\n\nW. Murray Whyte, B.Sc.\nE. A. Barlow, B.A.\nC. T. Sanders.\n',
          id,
        ),
      );
      const lists = model.root.children
        .flatMap((c) => (c.kind === 'section' ? c.children : [c]))
        .filter((c) => c.kind === 'list');
      expect(lists, id).toEqual([]);
    }
    // A lettered list stays one.
    expect(parseMarkers('A. Issue licences to pilots')[0]?.style).toBe('letter-upper');
    expect(parseMarkers('E. A. Barlow, B.A.')).toEqual([]);
    expect(parseMarkers('W. Murray Whyte, B.Sc.')).toEqual([]);
  });
});

describe('a list of former holders by year', () => {
  it('reads "1877 Sir Name, K.C.M.G. (acting)." lines under a plural post heading', () => {
    const lines = [
      '1877 Sir Arthur Gorman, G.C.M.G.',
      '1878 John Gorrie (acting).',
      '1887 Dec., H. S. Berkeley (acting).',
      '1893 May, Sir J. B. Thurlow, K.C.M.G.',
    ];
    for (const [doc, id] of [
      [`The Lake High Commission was set up in 1877.\n\nHigh Commissioners.\n\n${lines.join('\n')}\n`, 'a.md'],
      [`The Lake High Commission was set up in 1877.\n\nHigh Commissioners\n\n${lines.join('\n\n')}\n`, 'b.txt'],
    ] as const) {
      const x = extract(doc, id);
      expect(namesOf(x, 'Person').sort(), id).toEqual([
        'Arthur Gorman',
        'H. S. Berkeley',
        'J. B. Thurlow',
        'John Gorrie',
      ]);
      expect(posts(x), id).toContain('John Gorrie|High Commissioner|Lake High Commission');
    }
  });
});

describe('duty items whose numbering a converter dropped', () => {
  it('reads lines closed by semicolons under a colon lead-in as items', () => {
    const items = [
      'ensures the upkeep of the lakes and of the locks between them;',
      'takes measures to keep the harbours open in winter;',
      'directs and co-ordinates the work of the pilot stations;',
      'performs other functions the law gives it.',
    ];
    for (const indent of ['    ', '']) {
      const x = extract(
        `Article 16\n\nThe Lake Board:\n\n${items.map((i) => `${indent}${i}`).join('\n')}\n`,
        'law.txt',
      );
      expect(
        triples(x).filter((t) => t.startsWith('HAS_RESPONSIBILITY Lake Board')),
        JSON.stringify(indent),
      ).toHaveLength(4);
    }
  });

  it('leaves prose with a colon and one semicolon as prose', () => {
    const x = extract(
      'Article 17\n\nThe Lake Board meets as follows:\nonce a month in the capital; and\nonce a year on the lake.\n',
      'law.txt',
    );
    expect(duties(x)).toEqual([]);
  });
});

describe('a list whose items name their own subject', () => {
  it('gives each item to the body it opens with', () => {
    for (const [doc, id] of [
      [
        '# About us\n\n## What we do\n\nThe Office serves the Lakes Government, including:\n\n- Pilotage Secretariat provides advice on pilot licensing to the Minister.\n- The Office of Lock Planning plans the repair of every lock.\n',
        'a.md',
      ],
      [
        'About us\n\nWhat we do\n\nThe Office serves the Lakes Government, including:\n\n  • Pilotage Secretariat provides advice on pilot licensing to the Minister.\n  • The Office of Lock Planning plans the repair of every lock.\n',
        'b.txt',
      ],
    ] as const) {
      const t = triples(extract(doc, id));
      expect(t, id).toContain(
        'HAS_RESPONSIBILITY Pilotage Secretariat -> Pilotage Secretariat provides advice on pilot licensing to the Minister.',
      );
      expect(t, id).toContain(
        'HAS_RESPONSIBILITY Office of Lock Planning -> The Office of Lock Planning plans the repair of every lock.',
      );
    }
  });
});

describe('an encyclopaedia paragraph about a ministry', () => {
  const page = [
    'The Ministry of Lakes, Locks and Harbour Development, commonly referred to as the Ministry of Lakes, is a government ministry responsible for the lakes.',
    'The current Permanent Secretary in the Ministry of Lakes, Locks and Harbour Development, as of April 15, 2017 is Mrs. Yolanda Harwood.',
    'The Ministry of Lakes has one Deputy Permanent Secretary.',
  ].join('\n');
  it('joins the short name it gives in passing, and reads the post before "is Name"', () => {
    for (const [doc, id] of [
      [page, 'a.txt'],
      [`# Ministry of Lakes\n\n${page.replace(/\n/g, '\n\n')}\n`, 'b.md'],
    ] as const) {
      const x = extract(doc, id);
      expect(namesOf(x, 'Agency'), id).toEqual(['Ministry of Lakes, Locks and Harbour Development']);
      expect(posts(x), id).toContain(
        'Yolanda Harwood|Permanent Secretary|Ministry of Lakes, Locks and Harbour Development',
      );
    }
  });
});

describe('names in running text with their post in brackets', () => {
  const sentence =
    'Speeches came from Sam Rowe (Resident Representative), Sunita Saigon (Lake Resident Coordinator) and Wilf Tenby (Deputy Director of the Harbour Board).';
  it('reads each person, and a post only in the body the brackets name', () => {
    for (const [doc, id] of [
      [`Lab opens\n\n${sentence}\n`, 'a.txt'],
      [`# Lab opens\n\n${sentence}\n`, 'b.md'],
    ] as const) {
      const x = extract(doc, id);
      expect(namesOf(x, 'Person').sort(), id).toEqual(['Sam Rowe', 'Sunita Saigon', 'Wilf Tenby']);
      expect(
        triples(x).filter((t) => t.startsWith('HOLDS_POSITION')),
        id,
      ).toEqual(['HOLDS_POSITION Wilf Tenby -> Harbour Board']);
    }
  });
});

describe('units listed after a label that names their kind', () => {
  it('reads "4 Statistical Directorates: A, B, C and D" as units of the page body', () => {
    for (const [doc, id] of [
      [
        'Statistics Lakeland is an independent government agency subordinated to the Ministry of Lakes.\n\nOrganizational structure\n4 Statistical Directorates: Population Statistics, Social Statistics, Lake Surveys and Economic Statistics.\n',
        'a.txt',
      ],
      [
        '# Statistics Lakeland\n\nStatistics Lakeland is an independent government agency subordinated to the Ministry of Lakes.\n\n## Organizational structure\n\n4 Statistical Directorates: Population Statistics, Social Statistics, Lake Surveys and Economic Statistics.\n',
        'b.md',
      ],
    ] as const) {
      const t = triples(extract(doc, id));
      for (const unit of ['Population Statistics', 'Social Statistics', 'Lake Surveys', 'Economic Statistics'])
        expect(t, id).toContain(`HAS_DEPARTMENT Statistics Lakeland -> ${unit}`);
    }
  });
});

describe('an appointment to posts written in lower case', () => {
  it('places the person in the body the posts are of', () => {
    const sentence =
      'Jem Cordell was appointed cabinet secretary and deputy minister of the Lakes Council Office effective Aug 15.';
    for (const [doc, id] of [
      [`New deputy ministers\n\n${sentence}\n`, 'a.txt'],
      [`# New deputy ministers\n\n${sentence}\n`, 'b.md'],
    ] as const)
      expect(triples(extract(doc, id)), id).toContain('HOLDS_POSITION Jem Cordell -> Lakes Council Office');
  });
});

describe('a membership given one name per line', () => {
  const lines = [
    'The Minister of Lakes—Chairman.',
    'W. Murray Whyte, B.Sc.',
    'E. A. Barlow, B.A.',
    'C. T. Sanders.',
    'Mrs. E. D. Jameson.',
    'The Rev. H. Hughes, M.A.',
    'The Chairman, House Committee on Lakes.',
    'A. J. Newbury, M.C., M.A.',
  ];
  it('makes each name a Member of the body the lead-in refers back to', () => {
    for (const [doc, id] of [
      [
        `Under the Lakes Law, 1950, a Lake Authority was established. The membership of the Authority is as follows:\n\n${lines.join('\n')}\n`,
        'a.md',
      ],
      [
        `Under the Lakes Law, 1950, a Lake Authority was established. The membership of the Authority is as follows:\n\n${lines.join('\n\n')}\n`,
        'b.txt',
      ],
    ] as const) {
      const p = posts(extract(doc, id));
      for (const name of [
        'W. Murray Whyte',
        'E. A. Barlow',
        'C. T. Sanders',
        'E. D. Jameson',
        'H. Hughes',
        'A. J. Newbury',
      ])
        expect(p, id).toContain(`${name}|Member|Lake Authority`);
    }
  });
});

describe('a body named with a lower-case prefix and a decree numbered with "no."', () => {
  it('reads "the eGovernment Authority" and "Royal Decree no. 69"', () => {
    const sentence =
      'In 2015 the eLakes Authority merged with the Lake Survey Office per Royal Decree no. 69 to form a new entity.';
    for (const [doc, id] of [
      [`History\n\n${sentence}\n`, 'a.txt'],
      [`# History\n\n${sentence}\n`, 'b.md'],
    ] as const) {
      const x = extract(doc, id);
      expect(namesOf(x, 'Agency'), id).toContain('eLakes Authority');
      expect(namesOf(x, 'Law'), id).toEqual(['Royal Decree no. 69']);
    }
  });
});

describe('a unit named with a note in brackets', () => {
  it('leaves a note with a number out of the name', () => {
    for (const [doc, id] of [
      [
        '# Lake Digital Service\n\n## Teams\n\n* **Outreach Team (8 FTEs):** Works with the lake towns.\n* **Policy Team (Planned 3 FTEs):** Works to remove blockers.\n',
        'a.md',
      ],
      [
        'Lake Digital Service\n\nTeams\n\n- Outreach Team (8 FTEs): Works with the lake towns.\n- Policy Team (Planned 3 FTEs): Works to remove blockers.\n',
        'b.txt',
      ],
    ] as const) {
      const t = triples(extract(doc, id));
      expect(t, id).toContain('HAS_DEPARTMENT Lake Digital Service -> Outreach Team');
      expect(t, id).toContain('HAS_RESPONSIBILITY Policy Team -> Works to remove blockers.');
    }
  });
});
