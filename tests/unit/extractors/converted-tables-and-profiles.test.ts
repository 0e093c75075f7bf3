// Shapes met on converted wiki pages and management pages: tables a converter wrote as grid
// or whitespace-aligned text, tables of office holders split by post rows or led in by a
// sentence that names the post, member tables whose cells shift off their header, names with
// honorifics and letters after them, and management profiles set in capitals. Invented names
// throughout; each shape is asserted in markdown and in plain text.
import { describe, expect, it } from 'vitest';
import { findSimpleTables } from '../../../extractors/simple-tables.ts';
import { extract, namesOf, posts, triples, triplesOf } from './helpers.ts';

const both = (md: string, txt: string): Array<[string, string]> => [
  [md, 'page.md'],
  [txt, 'page.txt'],
];

describe('tables written as text by a converter', () => {
  const holders = [
    ['Mara Vell', '1992', '1995'],
    ['Tomas Brecko', '1995', '2001'],
    ['Ilse Marren', '2001', 'present'],
  ];
  const simple = (indent: string): string =>
    [
      `${indent}Name            Begin   End`,
      `${indent}--------------- ------- -------`,
      ...holders.map(([n, b, e]) => `${indent}${(n as string).padEnd(16)}${(b as string).padEnd(8)}${e}`),
    ].join('\n');

  it('finds a simple table by the dash rule under its header, and reads each line as a row', () => {
    const text = `Intro.\n\n${simple('  ')}\n\nAfter.\n`;
    const [table, ...rest] = findSimpleTables(text, { start: 0, end: text.length });
    expect(rest).toEqual([]);
    expect(
      table?.lines.map(
        (l) =>
          text
            .slice(l.start, l.end)
            .trim()
            .split(/\s{2,}/)[0],
      ),
    ).toEqual(['Name', 'Mara Vell', 'Tomas Brecko', 'Ilse Marren']);
    expect(findSimpleTables('One line\n-----\nNo columns here\n', { start: 0, end: 31 })).toEqual([]);
  });

  it('gives each holder the post a lead-in sentence or a short line above the table names', () => {
    const expected = [
      'Ilse Marren|Chair of the Lakes Board|Lakes Board',
      'Mara Vell|Chair of the Lakes Board|Lakes Board',
      'Tomas Brecko|Chair of the Lakes Board|Lakes Board',
    ];
    const intro = 'The Lakes Board keeps the lakes clean.';
    for (const [doc, id] of both(
      `# Lakes Board\n\n${intro}\n\n## History\n\nThe following people have held the position of Chair of the Lakes Board since 1992.\n\n${simple('  ')}\n`,
      `Lakes Board\n\n${intro}\n\n\nChair of the Lakes Board\n\n${simple('')}\n`,
    ))
      expect(posts(extract(doc, id)), id).toEqual(expected);
  });

  it('reads a grid table as one table, with rows that name the post of the holders under them', () => {
    const border = '+--------------------------+--------+--------------+';
    const row = (a: string, b: string, c: string): string => `| ${a.padEnd(24)} | ${b.padEnd(6)} | ${c.padEnd(12)} |`;
    const grid = [
      border,
      row('Name', 'Party', 'Term of office'),
      border.replaceAll('-', '='),
      row('Minister of Lakes', '', ''),
      border,
      row('Mara Vell', 'Blue', '1992'),
      border,
      row('Minister of Lakes and Rivers', '', ''),
      border,
      row('Tomas Brecko', 'Green', '2001'),
      border,
    ].join('\n');
    const expected = [
      'Mara Vell|Minister of Lakes|Ministry of Lakes',
      'Tomas Brecko|Minister of Lakes and Rivers|Ministry of Lakes',
    ];
    for (const [doc, id] of both(
      `# Ministry of Lakes\n\nThe Ministry of Lakes keeps the lakes clean.\n\n## Ministers\n\n${grid}\n`,
      `Ministry of Lakes\n\nThe Ministry of Lakes keeps the lakes clean.\n\n${grid}\n`,
    )) {
      const x = extract(doc, id);
      expect(
        posts(x).map((p) => p.split('|').slice(0, 2).join('|')),
        id,
      ).toEqual(expected.map((p) => p.split('|').slice(0, 2).join('|')));
      expect(namesOf(x, 'Person').sort(), id).toEqual(['Mara Vell', 'Tomas Brecko']);
    }
  });

  it('reads a member table whose cells shifted off the header, names stripped of honorifics and letters', () => {
    const members = [
      ['Rt Hon Mara Vell MP (Chair)', 'Blue', 'Lake Town'],
      ['Tomas Brecko QC MP', 'Green', 'Hill End'],
      ['The Hon. Ilse Marren OBE MP', 'Blue', 'River Side'],
    ];
    const table = [
      '  Member   Party                          Constituency   Referendum position',
      '  -------- ------------------------------ -------------- -------------------',
      ...members.map(([n, p, c]) => `           ${(n as string).padEnd(31)}${(p as string).padEnd(15)}${c}`),
    ].join('\n');
    const intro = 'The Lakes Select Committee scrutinises the Ministry of Lakes.';
    for (const [doc, id] of both(
      `# Lakes Select Committee\n\n${intro}\n\n## Membership\n\n${table}\n`,
      `Lakes Select Committee\n\n${intro}\n\nMembership\n\n${table}\n`,
    )) {
      const x = extract(doc, id);
      expect(namesOf(x, 'Person').sort(), id).toEqual(['Ilse Marren', 'Mara Vell', 'Tomas Brecko']);
      expect(posts(x), id).toEqual([
        'Ilse Marren|Member|Lakes Select Committee',
        'Mara Vell|Chair|Lakes Select Committee',
        'Tomas Brecko|Member|Lakes Select Committee',
      ]);
    }
  });
});

describe('management profiles set in capitals', () => {
  const profiles = [
    ['MANAGING DIRECTOR', 'MR. KIPRONO WAMBUA, MBS'],
    ['GENERAL MANAGER, MARKETING AND OPERATIONS', 'MRS. ACHIENG OTIENO'],
    ['GENERAL MANAGER, FINANCE AND ACCOUNTING', 'DR. MUTUA KAMAU'],
  ];
  const bio =
    'holds a Master of Business Administration (MBA) from Lakeside University and a Diploma in Public Administration.';
  const md = `# MANAGEMENT | LNCB\n\n${profiles.map(([p, n]) => `**${p}**  \n**${n}**\n\nThe officer ${bio}`).join('\n\n')}\n`;
  const txt = `Management | LNCB\n\n${profiles.map(([p, n]) => `${p}\n${n}\n\nThe officer ${bio}`).join('\n\n')}\n`;

  it('reads each post and name, gives the post in the body the page title names by its acronym', () => {
    for (const [doc, id] of both(md, txt))
      expect(posts(extract(doc, id)), id).toEqual([
        'ACHIENG OTIENO|GENERAL MANAGER, MARKETING AND OPERATIONS|LNCB',
        'KIPRONO WAMBUA|MANAGING DIRECTOR|LNCB',
        'MUTUA KAMAU|GENERAL MANAGER, FINANCE AND ACCOUNTING|LNCB',
      ]);
  });

  it('takes no degree, field of work or word in capitals for a body', () => {
    for (const [doc, id] of both(md, txt)) expect(namesOf(extract(doc, id), 'Agency'), id).toEqual(['LNCB']);
  });
});

describe('units named in one word', () => {
  const units = ['Procedure', 'Privileges', 'Library', 'Appropriations and Staffing'];
  const leadIn = 'There are four standing committees established by standing order. They are:';

  it('reads each marked item of a list the lead-in calls units or committees as a unit of the body', () => {
    for (const [doc, id] of both(
      `# Lakes Assembly\n\nThe Lakes Assembly makes the laws of the lakes.\n\n${leadIn}\n\n${units.map((u) => `- ${u}`).join('\n')}\n`,
      `Lakes Assembly\n\nThe Lakes Assembly makes the laws of the lakes.\n\n${leadIn}\n\n${units.map((u) => `  • ${u}`).join('\n')}\n`,
    ))
      expect(namesOf(extract(doc, id), 'Department').sort(), id).toEqual([...units].sort());
  });

  it('takes no one-word line under a units heading for a unit', () => {
    const x = extract(
      'Ministry of Lakes\n\nInternal organization\n\nAnnounce\nedit\n\nRecords Division\nHarbour Dues Division\n',
      'page.txt',
    );
    expect(namesOf(x, 'Department').sort()).toEqual(['Harbour Dues Division', 'Records Division']);
  });
});

describe('the body a report opens with', () => {
  const md = `# Annual Report 2015–16\n\n## Overview\n\nThe LTO was established to make the lakes cleaner.\n\n### Outcome and program structure\n\nThe LTO has one outcome, delivered through one program:\n\n###### Program 1.1: The Lakes Transformation Office\n\nTo support the Minister in cleaning the lakes.\n\n### Executive management\n\n**Chief Executive Officer**\n\n**Mara Vell**\n\nMara was appointed as the first Chief Executive Officer of the LTO in July 2015.\n\n**Head of the Office of the Chief Executive Officer**\n\n**Ken Oduya**\n\nKen joined the LTO in 2016.\n`;
  const txt = `Annual Report 2015–16\n\nOverview\n\nThe LTO was established to make the lakes cleaner.\n\nOutcome and program structure\n\nThe LTO has one outcome, delivered through one program:\n\nProgram 1.1: The Lakes Transformation Office\n\nTo support the Minister in cleaning the lakes.\n\nExecutive management\n\nChief Executive Officer\nMara Vell\n\nMara was appointed as the first Chief Executive Officer of the LTO in July 2015.\n\nHead of the Office of the Chief Executive Officer\nKen Oduya\n\nKen joined the LTO in 2016.\n`;

  it('stays the page subject when a later heading names it; a program structure is no unit list, a management team no post', () => {
    for (const [doc, id] of both(md, txt)) {
      const x = extract(doc, id);
      expect(namesOf(x, 'Department'), id).not.toContain('Lakes Transformation Office');
      expect(namesOf(x, 'Department'), id).not.toContain('Program 1.1');
      expect(namesOf(x, 'Agency'), id).toContain('Lakes Transformation Office');
      // The chief executive heads the agency; the office named after the post has a head of its own.
      expect(posts(x), id).toEqual([
        'Ken Oduya|Head|Office of the Chief Executive Officer',
        'Mara Vell|Chief Executive Officer|Lakes Transformation Office',
      ]);
    }
  });
});

describe('a list led in as what a body is not responsible for', () => {
  const items = ['National Security', 'Foreign Affairs', 'Civil Aviation'];
  it('gives the body none of its items as duties', () => {
    const leadIn = 'Simply put, the matters for which the Lakes Assembly shall not be responsible such as:';
    for (const [doc, id] of both(
      `# Lakes Assembly\n\n## Functions\n\n${leadIn}\n\n${items.map((i) => `- ${i}`).join('\n')}\n`,
      `Lakes Assembly\n\nFunctions\n\n${leadIn}\n\n${items.map((i) => `  • ${i}`).join('\n')}\n`,
    ))
      expect(namesOf(extract(doc, id), 'Responsibility'), id).toEqual([]);
  });
});

describe('units named in running text and in sentences about what they do', () => {
  it('reads "The Fourteen (14) Sub-Committees include; A, B, C" as units of the body', () => {
    const sentence =
      'In the performance of its functions, the Lakes Metropolitan Assembly works through 4 Sub-Committees. The Four (4) Sub-Committees include; Social Services, Finance & Administration, Works, Women & Children.';
    for (const [doc, id] of both(
      `# The Assembly\n\n## Administrative Structure\n\n${sentence}\n`,
      `The Assembly\n\n${sentence}\n`,
    ))
      expect(namesOf(extract(doc, id), 'Department').sort(), id).toEqual([
        'Finance & Administration',
        'Social Services',
        'Women & Children',
        'Works',
      ]);
  });

  it('reads items that open with a unit as the subject of its remit: the unit, and the item as its responsibility', () => {
    const items = [
      'The Directorate-General for Lake Cooperation develops and coordinates policy on the lakes.',
      'The Directorate-General for River Affairs is responsible for river policy and its funding.',
    ];
    for (const [doc, id] of both(
      `The Ministry of Lakes runs the lakes.\n\n## Senior civil servants\n\nThe Directors-General head the two Directorates-General, which serve the Minister.\n\n${items.map((i) => `- ${i}`).join('\n')}\n`,
      `The Ministry of Lakes runs the lakes.\n\nSenior civil servants\n\nThe Directors-General head the two Directorates-General, which serve the Minister.\n\n${items.map((i) => `  • ${i}`).join('\n')}\n`,
    )) {
      const x = extract(doc, id);
      expect(triples(x).sort(), id).toEqual([
        'HAS_DEPARTMENT Ministry of Lakes -> Directorate-General for Lake Cooperation',
        'HAS_DEPARTMENT Ministry of Lakes -> Directorate-General for River Affairs',
        `HAS_RESPONSIBILITY Directorate-General for Lake Cooperation -> ${items[0]}`,
        `HAS_RESPONSIBILITY Directorate-General for River Affairs -> ${items[1]}`,
      ]);
    }
  });
});

describe('a city office page', () => {
  const md = `# Lake Analytics & Innovation\n\nMara Vell, PhD - Director of Lake Analytics and Innovation\n\n## Office of Lake AI\n\nLake AI serves as the data centre of the City of Lakeside. The City of Lakeside’s accelerator builds dashboards.\n\nBelow you can find our three teams, Process Improvement, Data Analytics, and Data Engineering.\n\n## Data Analytics\n\nAnalytics serves as the data centre of the City.\n`;
  const txt = md.replace(/^#+ /gm, '');

  it('reads the office its first heading names as the page body, its counted teams as units, and no initials for a person', () => {
    for (const [doc, id] of both(md, txt)) {
      const x = extract(doc, id);
      expect(namesOf(x, 'Person'), id).toEqual(['Mara Vell']);
      expect(namesOf(x, 'Agency').sort(), id).toEqual(['City of Lakeside', 'Office of Lake AI']);
      expect(triplesOf(x, 'HAS_DEPARTMENT'), id).toEqual([
        'HAS_DEPARTMENT Office of Lake AI -> Data Analytics',
        'HAS_DEPARTMENT Office of Lake AI -> Data Engineering',
        'HAS_DEPARTMENT Office of Lake AI -> Process Improvement',
      ]);
    }
  });
});

describe('a parliament page titled with its one-word name', () => {
  const body =
    'A large part of the work of the Althorva takes place in committees. The standing committees cover state matters.\n\nThe committees of the Althorva and their fields of work are as follows:';
  const items = [
    'Lake Affairs Committee: issues and Bills concerning the lakes',
    'Rural Affairs Committee: issues and Bills concerning farming',
  ];
  it('reads the name as the body and the committees its lead-in announces as its units', () => {
    for (const [doc, id] of both(
      `Althorva\n\n${body}\n\n${items.map((i) => `- ${i}`).join('\n')}\n`,
      `Althorva\n\n${body}\n\n${items.map((i) => `  • ${i}`).join('\n')}\n`,
    )) {
      const x = extract(doc, id);
      expect(triplesOf(x, 'HAS_DEPARTMENT'), id).toEqual([
        'HAS_DEPARTMENT Althorva -> Lake Affairs Committee',
        'HAS_DEPARTMENT Althorva -> Rural Affairs Committee',
      ]);
    }
  });

  it('reads no body from a one-word title that is an ordinary word', () => {
    const x = extract('Overview\n\nThe Overview explains the plan. The Overview is short.\n', 'page.txt');
    expect(namesOf(x, 'Agency')).toEqual([]);
  });
});

describe('an encyclopaedia dump with citation marks', () => {
  const text =
    'LAKE ZONES AUTHORITY or LZA is a centralized zones authority of Lakeland.[1]\n\n\nHistory\n\nAs the Lakeland Government took the initiative,[3] the government plans zones.[4][5] Lake Zones Authority was founded in 2010.[6][7] The agency reports to the Office of the Premier.[8] Premier Mara Vell is the present chair of the agency.[9]\n\n\nStructure\n\nLZA consists of two boards: Governing Board, Executive Board.[11] the chairman of Governing Board is the Premier.\n';

  it('ends sentences at stops with citation marks, and reads posts, subordination and units in them', () => {
    for (const [doc, id] of both(text.replace(/\n\n\n(History|Structure)\n/g, '\n\n## $1\n'), text)) {
      const x = extract(doc, id);
      const found = triples(x);
      expect(found, id).toContain('SUBORDINATE_TO Lake Zones Authority -> Office of the Premier');
      expect(found, id).toContain('HAS_DEPARTMENT Lake Zones Authority -> Governing Board');
      expect(found, id).toContain('HAS_DEPARTMENT Lake Zones Authority -> Executive Board');
      expect(posts(x), id).toContain('Mara Vell|chair|Lake Zones Authority');
    }
  });
});

describe('an encyclopaedia page about an office with its former heads', () => {
  const intro =
    'The LAKEAMT FÜR SEEN (FEDERAL OFFICE FOR LAKES AND RIVERS, BALR) is a federal agency of the Federal Ministry of the Interior. BALR is in charge of the lake register.';
  const heads = ['Albert Maximilian Vell (2000-2010)', 'Manfred Oduya (2010-2015)', 'since 2018 Hans-Eckard Marren'];

  it('joins a name and its acronym written in one bracket, and gives each head listed with a term under "Management" the post of head', () => {
    for (const [doc, id] of both(
      `${intro}\n\n## Management\n\n${heads.map((h) => `- ${h}`).join('\n')}\n`,
      `${intro}\n\n\nManagement\n\n${heads.map((h) => `-   ${h}`).join('\n')}\n`,
    )) {
      const x = extract(doc, id);
      const office = x.entities.find((e) => e.aliases.includes('BALR'));
      expect(office?.name.toLowerCase(), id).toBe('federal office for lakes and rivers');
      expect(
        posts(x).map((p) => p.split('|').slice(0, 2).join('|')),
        id,
      ).toEqual(['Albert Maximilian Vell|head', 'Hans-Eckard Marren|head', 'Manfred Oduya|head']);
    }
  });
});

describe('a department profile listing the subjects it handles', () => {
  const items = [
    'Matters related to the Aviation Wing of the Government.',
    'Law and Order issues including Constitution of Commissions of Inquiry.',
    'Postings of Officers and District Revenue Officers and their establishment matters.',
  ];
  it('reads each subject as a responsibility of the department the lead-in names, markers written without a space', () => {
    const leadIn = 'Some of the important subjects handled by the Public Department are-';
    for (const [doc, id] of both(
      `# Thiru Mara Vell\n\nChief Minister\n\n${leadIn}\n\n${items.map((i, k) => `${String.fromCharCode(97 + k)}. ${i}`).join('\n')}\n`,
      `Thiru Mara Vell\nChief Minister\n\n${leadIn}\n${items.map((i, k) => `${String.fromCharCode(97 + k)}.${i}`).join('\n')}\n`,
    ))
      expect(triplesOf(extract(doc, id), 'HAS_RESPONSIBILITY'), id).toEqual(
        items.map((i) => `HAS_RESPONSIBILITY Public Department -> ${i}`).sort(),
      );
  });
});

describe('subordination written in an encyclopaedia history', () => {
  const text =
    'The Lake Bureau started in 1899 as a division of the Harbour Office. A year or so later, it became an attached agency of the Department of Lakes. Its activities are directed and coordinated by the Cabinet of Ministers of Lakeland through the Minister. The bureau is part of the cabinet-level Lakeland Transportation Agency.';
  it('gives the page body each parent a sentence names after "it became an attached agency of", "directed and coordinated by" and "part of the cabinet-level"', () => {
    for (const [doc, id] of both(`# Lake Bureau\n\n## History\n\n${text}\n`, `Lake Bureau\n\n\nHistory\n\n${text}\n`)) {
      const subordinate = triplesOf(extract(doc, id), 'SUBORDINATE_TO');
      for (const parent of [
        'Department of Lakes',
        'Cabinet of Ministers of Lakeland',
        'Lakeland Transportation Agency',
      ])
        expect(subordinate, id).toContain(`SUBORDINATE_TO Lake Bureau -> ${parent}`);
    }
  });
});

describe('a table of office holders under "List of ministers of ..."', () => {
  it('reads the list heading as the post, in a markdown heading, a wiki heading or a text line', () => {
    const rows = [
      '| Picture | Name | Entered office | Exited office | Notes |',
      '|---|---|---|---|---|',
      '| | Ana Pereira Lagos | 17 November 1927 | 17 October 1928 | Ind |',
      '| | Tomas Riquelme Soto | 17 October 1928 | 11 March 1929 | PR |',
    ].join('\n');
    const opening = 'The Ministry of Schools is the cabinet-level body in charge of schools.';
    for (const [doc, id] of [
      [`# Ministry of Schools\n\n${opening}\n\n## List of ministers of schools\n\n${rows}\n`, 'a.md'],
      [`# Ministry of Schools\n\n${opening}\n\n==List of ministers of schools==\n${rows}\n`, 'b.md'],
      [`Ministry of Schools\n\n${opening}\n\nList of ministers of schools\n${rows}\n`, 'c.txt'],
    ] as const)
      expect(triplesOf(extract(doc, id), 'HOLDS_POSITION'), id).toEqual([
        'HOLDS_POSITION Ana Pereira Lagos -> Ministry of Schools',
        'HOLDS_POSITION Tomas Riquelme Soto -> Ministry of Schools',
      ]);
  });
});
