// Shapes first met on a seventh blind set of real pages: profile cards written in HTML
// inside markdown, a plural post as a heading, the body on the line under a profile's post,
// people appointed to a board in one list, posts of a place, ranks and "H.E." before names,
// an acronym after "a" that says what kind of member someone is. Invented names throughout.
import { describe, expect, it } from 'vitest';
import { htmlText } from '../../../extractors/html-text.ts';
import { extract, namesOf, posts, triples } from './helpers.ts';

/** One HTML profile card: name in bold, then post and body lines after <br>. */
const card = (name: string, ...lines: string[]): string =>
  `<table>\n  <tr>\n    <td>\n      <img src="/p.jpg">\n    </td>\n    <td>\n      <b>${name}</b>\n${lines
    .map((line) => `      <br>${line}`)
    .join('\n')}\n    </td>\n  </tr>\n</table>\n\n`;

describe('HTML text inside markdown', () => {
  it('keeps the words of tags at their offsets and breaks lines where a browser would', () => {
    const html = '<td>\n  <b>Ada Quell</b>\n  <br>Chair &amp; Member<br>Harbour Board\n</td>';
    const text = htmlText(html);
    expect(text).toHaveLength(html.length);
    expect(text.split('\n').map((line) => line.replace(/\s+/g, ' ').trim())).toEqual([
      '',
      'Ada Quell',
      'Chair & Member',
      'Harbour Board',
      '',
    ]);
    expect(
      htmlText('<p>One</p><p>Two</p>')
        .split('\n')
        .map((l) => l.trim()),
    ).toEqual(['One', 'Two', '']);
    expect(htmlText('<!-- note --><script>var a = 1;</script>Three').trim()).toBe('Three');
  });

  it('reads profile cards written as HTML tables like the same cards written as lines', () => {
    const cards =
      card(
        'Ansel VANTONGEREN',
        'Chairman',
        'Harbour Pilotage Corporation',
        'Vice-Chairman',
        'Coastal Freight Holdings',
      ) +
      card('Marisol ABERDAIRE', 'Chief Executive Officer', 'Harbour Pilotage Corporation') +
      card('Tobias WRENFIELD', 'Deputy Secretary (Ports)', 'Ministry of Maritime Affairs');
    const asHtml = extract(`# Organisational Structure\n\n### **Board Members**\n\n${cards}`, 'board.md');
    const asLines = extract(
      'Organisational Structure\n\nBoard Members\n\nAnsel VANTONGEREN\nChairman\nHarbour Pilotage Corporation\nVice-Chairman\nCoastal Freight Holdings\n\nMarisol ABERDAIRE\nChief Executive Officer\nHarbour Pilotage Corporation\n\nTobias WRENFIELD\nDeputy Secretary (Ports)\nMinistry of Maritime Affairs\n',
      'board.txt',
    );
    for (const x of [asHtml, asLines]) {
      expect(namesOf(x, 'Person').sort()).toEqual(['Ansel VANTONGEREN', 'Marisol ABERDAIRE', 'Tobias WRENFIELD']);
      expect(triples(x)).toContain('HOLDS_POSITION Tobias WRENFIELD -> Ministry of Maritime Affairs');
      expect(triples(x)).toContain('HOLDS_POSITION Marisol ABERDAIRE -> Harbour Pilotage Corporation');
      expect(triples(x)).toContain('HOLDS_POSITION Ansel VANTONGEREN -> Harbour Pilotage Corporation');
      // "Board Members" heads the people who hold that post, not a unit with a remit.
      expect(namesOf(x, 'Department')).toEqual([]);
      expect(x.entities.filter((e) => e.type === 'Responsibility')).toEqual([]);
    }
    expect(posts(asHtml)).toContain('Tobias WRENFIELD|Deputy Secretary (Ports)|Ministry of Maritime Affairs');
  });

  it('reads a plural post sub-heading of an organisation page as that post, not a unit', () => {
    const x = extract(
      '# Fenwick Water Services Board\n\n## Organisational Structure\n\n### Board Members\n\nHalvard Osei  \nChairperson\n\nLiesl Marquand  \nVice-Chairperson\n',
      'fenwick.md',
    );
    expect(namesOf(x, 'Department')).toEqual([]);
    expect(namesOf(x, 'Person').sort()).toEqual(['Halvard Osei', 'Liesl Marquand']);
  });
});

describe('people appointed to a board, commission or committee', () => {
  it('makes each listed person a member of the body, whatever the wording of the appointment', () => {
    const shapes: Array<[string, string[]]> = [
      [
        'The Governor announced the reappointment of Oriel Vantongeren, Marisol K. Aberdaire, and Tobias Wrenfield, Ph.D., to the Harbour Pilotage Board.',
        ['Marisol K. Aberdaire', 'Oriel Vantongeren', 'Tobias Wrenfield'],
      ],
      [
        'The Minister has appointed Halvard Osei and Liesl Marquand to the Commission on Inland Fisheries.',
        ['Halvard Osei', 'Liesl Marquand'],
      ],
      [
        'Council confirmed the nomination of Dr. Petra Voskuijlen to the Fisheries Appeals Tribunal.',
        ['Petra Voskuijlen'],
      ],
    ];
    for (const [sentence, people] of shapes) {
      const x = extract(`${sentence}\n`, 'news.txt');
      const members = posts(x).filter((post) => post.split('|')[1] === 'Member');
      expect(members.map((post) => post.split('|')[0])).toEqual(people);
      const bodies = new Set(members.map((post) => post.split('|')[2]));
      expect(bodies.size).toBe(1);
    }
  });

  it('needs every listed item to be a name, and a body that has members', () => {
    expect(posts(extract('The appointment of new auditors to the Harbour Pilotage Board was delayed.\n'))).toEqual([]);
    expect(
      posts(extract('The Ministry announced the appointment of Halvard Osei to the Ministry of Inland Fisheries.\n')),
    ).toEqual([]);
  });
});

describe('posts in appointment news', () => {
  it('does not put the governor of a state or province in the body the page is about', () => {
    const x = extract(
      'Harbour Security Bureau chief replaced\n\nThe President appointed Gen. Tobias Wrenfield as Director General of the Harbour Security Bureau, and Hon. Liesl Marquand as Deputy Governor of Upper Fen State.\n',
      'news.txt',
    );
    expect(posts(x)).toEqual(['Tobias Wrenfield|Director General|Harbour Security Bureau']);
    expect(namesOf(x, 'Person').sort()).toEqual(['Liesl Marquand', 'Tobias Wrenfield']);
  });

  it('gives each name of a list the post written after it, not the post before its comma', () => {
    const x = extract(
      'The decree named Hon. Halvard Osei as Minister of Public Service, Hon. Liesl Marquand as Minister of Labour, and Hon. Oriel Vantongeren as Minister of Culture.\n',
      'news.txt',
    );
    expect(triples(x).filter((t) => t.includes('Liesl Marquand'))).not.toContain(
      'HOLDS_POSITION Liesl Marquand -> Public Service',
    );
  });

  it('reads ranks and "H.E." before a name as a rank or style, not part of it', () => {
    const x = extract(
      'Leadership of the Regional Fisheries Secretariat\n\nThe Council appointed Brig. Gen. Halvard Osei as Executive Director of the Regional Fisheries Secretariat.\n\nThe Deputy Executive Director, H.E. Liesl Marquand, oversees the Secretariat.\n',
      'lead.txt',
    );
    expect(namesOf(x, 'Person').sort()).toEqual(['Halvard Osei', 'Liesl Marquand']);
  });
});

describe('acronyms and capitals', () => {
  it('does not read an acronym after "a" ("a CPA member") as a body', () => {
    const x = extract(
      'Oriel Vantongeren is appointed to another term as a CPA member. Marisol Aberdaire serves as a CPA member too.\n',
    );
    expect(namesOf(x, 'Agency')).not.toContain('CPA');
  });

  it('names a body as the text writes it rather than as a capitalised heading writes it', () => {
    const x = extract(
      'HARBOUR PILOTAGE BOARD NAMES NEW CHAIR\n\nThe Harbour Pilotage Board licenses pilots in the port.\n',
      'news.txt',
    );
    expect(namesOf(x, 'Agency')).toEqual(['Harbour Pilotage Board']);
  });
});

describe('structure pages whose unit titles are set in capitals with no blank lines', () => {
  const page = (units: Array<[string, string]>) =>
    [
      'DESCRIPTION OF THE STRUCTURE',
      'Harbour Services Council (HSC)- At the apex of the structure is the Harbour Services Council.',
      'THE CHIEF DIRECTOR (CD)',
      'Below the Council is the Chief Director, the head of the office.',
      'Below the Chief Director are the following Departments and Directorates.',
      ...units.flatMap(([title, remit]) => [title, remit]),
    ].join('\n');

  it('reads each capitals line as the title of the unit the sentence under it describes', () => {
    const x = extract(
      page([
        ['PILOTAGE RECORDS AND LOGS DEPARTMENT (PRLD)', 'This Department of OHPS keeps the logs of every pilotage.'],
        ['MOORING SERVICES DIVISION (MSD)', 'This division is the mooring arm of the service.'],
        [
          'TRAINING AND CERTIFICATION DIRECTORATE (TCD)',
          'This Directorate trains and certifies harbour pilots and boat crews.',
        ],
      ]),
      'structure.txt',
    );
    expect(namesOf(x, 'Department').sort()).toEqual([
      'MOORING SERVICES DIVISION',
      'PILOTAGE RECORDS AND LOGS DEPARTMENT',
      'TRAINING AND CERTIFICATION DIRECTORATE',
    ]);
    expect(triples(x)).toContain(
      'HAS_RESPONSIBILITY TRAINING AND CERTIFICATION DIRECTORATE -> This Directorate trains and certifies harbour pilots and boat crews.',
    );
    expect(triples(x)).toContain(
      'HAS_RESPONSIBILITY PILOTAGE RECORDS AND LOGS DEPARTMENT -> This Department of OHPS keeps the logs of every pilotage.',
    );
    // "THE CHIEF DIRECTOR" heads a post; "This Department of OHPS" points at a unit, it names none.
    expect(x.entities.map((e) => e.name)).not.toContain('THE CHIEF DIRECTOR (CD)');
    expect(x.entities.map((e) => e.name)).not.toContain('Department of OHPS');
  });
});

describe('committee and statute pages', () => {
  it('does not read bodies listed after "the following Ministries/Departments" as duties', () => {
    for (const lead of [
      'the following Ministries/Departments:-',
      'the following Departments:',
      'the following bodies:',
    ]) {
      const x = extract(
        `The Standing Committee on Fisheries examines matters concerned with ${lead}\n(i) Inland Waters,\n(ii) Coastal Affairs, and\n(iii) Aquaculture Planning\n\nFunctions of the Committee\n\nThe Committee has been entrusted with the following functions:\n\n(a) to consider the budgets of the concerned Ministries;\n\n(b) to consider their annual reports.\n`,
        'committee.txt',
      );
      expect(x.entities.filter((e) => e.type === 'Responsibility').map((e) => e.name)).toEqual([
        'to consider the budgets of the concerned Ministries',
        'to consider their annual reports.',
      ]);
    }
  });

  it('does not take a name the page also writes after "in" or "from" for a person', () => {
    const x = extract(
      'The Committee consists of 21 members from Lok Varta, nominated by the Speaker, Lok Varta, under the Rules of Procedure in Lok Varta.\n',
      'committee.txt',
    );
    expect(namesOf(x, 'Person')).toEqual([]);
    const named = extract('The Speaker, Halvard Osei, opened the session of the Committee.\n', 'committee.txt');
    expect(namesOf(named, 'Person')).toEqual(['Halvard Osei']);
  });

  it('does not read "Constitution of the Board of ..." as an instrument, but keeps a country\'s constitution', () => {
    const x = extract(
      'Constitution of the Board of Management of the Authority.\n\nThe Constitution of the Republic of Fenland establishes the Public Service Commission.\n',
      'act.txt',
    );
    expect(namesOf(x, 'Law')).toEqual(['Constitution of the Republic of Fenland']);
  });
});

describe('names of chambers and of bodies about a post', () => {
  it('reads "House of X" as a chamber and keeps a plural post inside a body name', () => {
    const x = extract(
      'The Fisheries Committee reports to the House of Delegates Commission and to the Members Allowances Committee.\n\nThe Chief Harbour Officers Council advises the House of Delegates.\n',
      'order.txt',
    );
    expect(namesOf(x, 'Agency').sort()).toEqual([
      'Chief Harbour Officers Council',
      'Fisheries Committee',
      'House of Delegates',
      'House of Delegates Commission',
      'Members Allowances Committee',
    ]);
    // A post before a body is still no part of it; a house is a building without "of".
    const post = extract('Permanent Secretary Ministry of Fisheries, Halvard Osei, retired. Fisher House is closed.\n');
    expect(namesOf(post, 'Agency')).toEqual(['Ministry of Fisheries']);
  });

  it('reads "is a dependency of the X" as subordination', () => {
    const x = extract(
      'Article 1. The Secretariat of Fisheries and Food is a dependency of the Federal Executive Branch, which exercises the powers the law confers on it.\n',
      'reg.txt',
    );
    expect(triples(x)).toContain('SUBORDINATE_TO Secretariat of Fisheries and Food -> Federal Executive Branch');
  });
});

describe('a class of bodies named in the plural', () => {
  it('owns the duties its establishing sentence leads into, in markdown and in text', () => {
    const lines = [
      'Select Committees are constituted under Standing Order 40 and are mandated pursuant to Standing Order 41 to:',
      '',
      '1. examine the estimates of the ministries assigned to them;',
      '2. study the policy objectives of those ministries;',
      '3. report to the House on the bills referred to them.',
    ];
    for (const [text, id] of [
      [`# Select Committees\n\n${lines.join('\n')}\n`, 'sc.md'],
      [`Select Committees\n\n${lines.join('\n')}\n`, 'sc.txt'],
    ] as const) {
      const x = extract(text, id);
      expect(namesOf(x, 'Agency')).toContain('Select Committees');
      expect(triples(x).filter((t) => t.startsWith('HAS_RESPONSIBILITY Select Committees ->'))).toHaveLength(3);
    }
  });

  it('needs the class to be the subject of its establishment or remit', () => {
    const x = extract('Members of Select Committees are appointed at the start of each session.\n', 'sc.txt');
    expect(namesOf(x, 'Agency')).not.toContain('Select Committees');
  });
});

describe('people in appointment news whose post is given elsewhere', () => {
  it('reads a person the sentence says was appointed, named or elected', () => {
    for (const sentence of [
      'Tove Lindqvist-Aro of Fenland was appointed on July 6.',
      'The Board said Halvard Osei has been named.',
      'Liesl Marquand was elected by the members.',
    ]) {
      expect(namesOf(extract(`${sentence}\n`), 'Person')).toHaveLength(1);
    }
    expect(namesOf(extract('The Ministry of Fisheries was named in the report.\n'), 'Person')).toEqual([]);
  });

  it('reads a hyphenated post before a name ("Secretary-General Name made ...")', () => {
    const x = extract('New York - Secretary-General Halvard Osei recently made six senior appointments.\n');
    expect(namesOf(x, 'Person')).toEqual(['Halvard Osei']);
  });
});

describe('a board page\'s profiles: bold name, then "Post, Body"', () => {
  const profiles = [
    ['Halvard Osei', 'Chief People Officer, Fenland Public Health'],
    ['Liesl Marquand', 'Chief Executive Officer, College of Harbour Pilotage'],
    ['Tobias Wrenfield', 'Chief Executive Officer, National Society for the Care of Lighthouses in Fenland'],
  ];
  it('reads the body after the comma as where the post is, head word or not', () => {
    const asMarkdown = `# Who we are\n\n## Meet the board\n\n${profiles.map(([n, p]) => `**${n}**\n\n${p}\n`).join('\n')}`;
    const asText = `Who we are\n\nMeet the board\n\n${profiles.map(([n, p]) => `${n}\n${p}\n`).join('\n')}`;
    for (const [text, id] of [
      [asMarkdown, 'board.md'],
      [asText, 'board.txt'],
    ] as const) {
      const x = extract(text, id);
      expect(posts(x)).toEqual([
        'Halvard Osei|Chief People Officer|Fenland Public Health',
        'Liesl Marquand|Chief Executive Officer|College of Harbour Pilotage',
        'Tobias Wrenfield|Chief Executive Officer|National Society for the Care of Lighthouses in Fenland',
      ]);
      expect(namesOf(x, 'Person').sort()).toEqual(['Halvard Osei', 'Liesl Marquand', 'Tobias Wrenfield']);
    }
  });
});

describe('committee membership news', () => {
  it('reads every name of "Ministers A, B, State Ministers C, (Dr.) D and E are the members of the committee"', () => {
    const x = extract(
      'The Committee on Harbour Enterprises (COHE) met today.\n\nAccordingly, Ministers Halvard Osei, Liesl Marquand, State Ministers (Dr.) Tobias Wrenfield, D. V. Aberdaire, Members of Parliament Ansel Vantongeren and Marisol Quell are the members of the committee.\n',
      'news.txt',
    );
    expect(posts(x)).toEqual([
      'Ansel Vantongeren|Member|Committee on Harbour Enterprises',
      'D. V. Aberdaire|Member|Committee on Harbour Enterprises',
      'Halvard Osei|Member|Committee on Harbour Enterprises',
      'Liesl Marquand|Member|Committee on Harbour Enterprises',
      'Marisol Quell|Member|Committee on Harbour Enterprises',
      'Tobias Wrenfield|Member|Committee on Harbour Enterprises',
    ]);
  });

  it('needs most items of the list to be names', () => {
    const x = extract(
      'Fisheries, harbours, inland waters and Halvard Osei are the members of the committee.\n',
      'news.txt',
    );
    expect(posts(x)).toEqual([]);
  });

  it('ends a body name at its initials and reads "re-appointed as the Chairman of the X on Y"', () => {
    const x = extract(
      'Professor Halvard Osei has been re-appointed as the Chairman of the Committee on Harbour Enterprises (COHE) for the Second Session of the ninth Parliament.\n',
      'news.txt',
    );
    // "the ninth Parliament" names the legislature by its head word alone: a body of its own.
    expect(namesOf(x, 'Agency').sort()).toEqual(['Committee on Harbour Enterprises', 'Parliament']);
    expect(posts(x)).toEqual(['Halvard Osei|Chairman|Committee on Harbour Enterprises']);
  });
});

describe('units enumerated with their kind after the list', () => {
  it('reads "is comprised of the A, B, C and D, and the E divisions" and joins "the A Division" to A', () => {
    const x = extract(
      'The Department of Harbour Technology provides technology services to all City agencies. The Department of Harbour Technology is comprised of the Administration, Service Desk, Network and Server Operations, and the Systems and Programs divisions.\n\nThe Administration Division oversees the harbour technology programmes of the City.\n',
      'city.txt',
    );
    expect(
      triples(x)
        .filter((t) => t.startsWith('HAS_DEPARTMENT'))
        .sort(),
    ).toEqual([
      'HAS_DEPARTMENT Department of Harbour Technology -> Administration Division',
      'HAS_DEPARTMENT Department of Harbour Technology -> Network and Server Operations',
      'HAS_DEPARTMENT Department of Harbour Technology -> Service Desk',
      'HAS_DEPARTMENT Department of Harbour Technology -> Systems and Programs',
    ]);
  });
});

describe('a succession of post holders in prose', () => {
  it('gives each successor the post read last, in active and passive wording', () => {
    const x = extract(
      'Fenland Harbour Authority - Director General\n\nThe first director-general of the Fenland Harbour Authority was Dr. Halvard Osei of Norland. He was succeeded in 1953 by Dr. Liesl Marquand of Southmark and in 1973 by Tobias Wrenfield. Ansel Vantongeren succeeded him in 1988. Dr. Marisol Quell of Norland was elected Director General in 1993.\n',
      'dg.txt',
    );
    expect(posts(x).map((p) => p.replace(/\|[^|]+\|/, '|'))).toEqual([
      'Ansel Vantongeren|Fenland Harbour Authority',
      'Halvard Osei|Fenland Harbour Authority',
      'Liesl Marquand|Fenland Harbour Authority',
      'Marisol Quell|Fenland Harbour Authority',
      'Tobias Wrenfield|Fenland Harbour Authority',
    ]);
  });
});

describe('"New" opening a place in a body name', () => {
  it('keeps "New York State Office of X" whole, and drops a leading "New" before a head word', () => {
    const x = extract(
      'Dru Halvorsen was appointed Director of the New York State Office of Harbour Services. New Ministry of Fisheries rules apply.\n',
    );
    expect(namesOf(x, 'Agency').sort()).toEqual(['Ministry of Fisheries', 'New York State Office of Harbour Services']);
  });
});

describe('a mandate sentence whose subject refers back to the body', () => {
  it('gives the duties to the body "The Ministry" refers to, not to a name inside a cited instrument', () => {
    const x = extract(
      '# About Us\n\nThe Ministry of Harbour Works (MHW) is a Ministry in the Infrastructure Sector.\n\n### Mandate\n\nThe Ministry derives its mandate from the Civil Service Law, 1993, and the Civil Service (Ministry) Instrument, 2017, which stipulate that the Ministry shall: - Initiate and formulate harbour policies; - Co-ordinate, monitor and evaluate the harbour sub-sectors.\n',
      'about.md',
    );
    const owners = new Set(
      triples(x)
        .filter((t) => t.startsWith('HAS_RESPONSIBILITY'))
        .map((t) => t.split(' -> ')[0]),
    );
    expect([...owners]).toEqual(['HAS_RESPONSIBILITY Ministry of Harbour Works']);
    expect(x.entities.find((e) => e.name === 'Civil Service')?.aliases ?? []).not.toContain('Ministry');
  });
});
