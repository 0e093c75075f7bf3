// Converter output (HTML or PDF turned into text): lines wrapped at random widths, a marker
// alone on its line with the item on the next, bullets alone on their lines, titles set in
// capitals, and short stand-alone lines that are headings. Each shape must read as the same
// document written cleanly, in plain text and in markdown alike.
import { describe, expect, it } from 'vitest';
import { extract, namesOf, posts, triples, triplesOf } from './helpers.ts';

const CLEAN_ACT = `FERRY SAFETY AUTHORITY ACT, 2011

An Act to establish the Ferry Safety Authority to license ferries and for related purposes.

1. Establishment of the Authority

(1) There is established by this Act a body to be known as the Ferry Safety Authority.

2. Functions of the Authority

(1) For the purpose of achieving its object, the Authority shall

(a) license ferries and their crews;

(b) inspect ferry terminals;

(c) publish safety notices.
`;

// The same act as a converter leaves it: every few words a line break, markers alone.
const WRAPPED_ACT = `FERRY
SAFETY AUTHORITY ACT, 2011
An Act to
establish the Ferry Safety Authority to license ferries
and for related purposes.
Establishment
of the Authority
1.
(1) There is
established by this Act a body to be known as the
Ferry Safety Authority.
Functions of
the Authority
2. (1) For the
purpose of achieving its object, the Authority
shall
(a)
license ferries and their
crews;
(b)
inspect
ferry terminals;
(c) publish
safety notices.
`;

// Names compared as the scorer compares them: a title in capitals names the same body.
const lower = (facts: string[]): string[] => facts.map((f) => f.toLowerCase()).sort();
const duties = (doc: string, id: string): string[] =>
  lower(triples(extract(doc, id)).filter((t) => t.startsWith('HAS_RESPONSIBILITY')));

describe('hard-wrapped converter output', () => {
  it('reads the duties of a statute wrapped every few words as it reads them cleanly written', () => {
    const expected = lower([
      'HAS_RESPONSIBILITY Ferry Safety Authority -> inspect ferry terminals',
      'HAS_RESPONSIBILITY Ferry Safety Authority -> license ferries and their crews',
      'HAS_RESPONSIBILITY Ferry Safety Authority -> publish safety notices.',
    ]);
    expect(duties(CLEAN_ACT, 'act.txt')).toEqual(expected);
    expect(duties(WRAPPED_ACT, 'act.txt')).toEqual(expected);
  });

  it('takes "An Act to establish the X" and "a body to be known as the X" as naming the subject', () => {
    for (const founding of [
      'An Act to establish the Ferry Safety Authority.',
      'There is established a body to be known as the Ferry Safety Authority.',
    ]) {
      const doc = `ACT NO. 7\n\nThe Harbour Board keeps the register.\n\n${founding}\n\nFunctions\n\n(a) to license ferries;\n(b) to inspect terminals.\n`;
      expect(duties(doc, 'act.txt').every((t) => t.startsWith('has_responsibility ferry safety authority ->'))).toBe(
        true,
      );
      expect(duties(doc, 'act.txt')).toHaveLength(2);
    }
  });

  it('reads a long item ending "the Authority shall" as the lead-in of its sub-list, and one naming a post as no lead-in', () => {
    const act = (subject: string): string =>
      `Ferry Safety Authority\n\nThe Ferry Safety Authority licenses ferries.\n\n1. Staff and registers\n\n(1) Without prejudice to the generality of the other provisions of this Act, ${subject}\n    (a) keep the register of ferries;\n    (b) publish safety notices.\n(2) The Authority may appoint staff.\n`;
    expect(duties(act('the Authority shall'), 'act.txt')).toEqual(
      lower([
        'HAS_RESPONSIBILITY Ferry Safety Authority -> keep the register of ferries',
        'HAS_RESPONSIBILITY Ferry Safety Authority -> publish safety notices.',
      ]),
    );
    expect(duties(act('the Director shall be responsible for'), 'act.txt')).toEqual([]);
  });
});

describe('titles in capitals', () => {
  it('finds a body named in a shouted title as it does in a sentence, without the words before it', () => {
    const names = namesOf(
      extract(
        'ACT\n\nOF THE PARLIAMENT OF THE REPUBLIC OF FREEDONIA\n\nThe Parliament sits in the capital.\n',
        'act.txt',
      ),
      'Agency',
    );
    expect(names.map((n) => n.toLowerCase())).toEqual(['parliament of the republic of freedonia']);
  });

  it('keeps short capitals as acronyms', () => {
    expect(namesOf(extract('Ferry Safety Authority (FSA)\n\nThe FSA licenses ferries.\n', 'a.txt'), 'Agency')).toEqual([
      'Ferry Safety Authority',
    ]);
  });
});

describe('bullets alone on their lines', () => {
  const units = (doc: string, id: string): string[] =>
    triples(extract(doc, id))
      .filter((t) => t.startsWith('HAS_DEPARTMENT'))
      .sort();
  const items = [
    'Department of Harbour Works',
    'The overall objective of the department is to keep the harbour open.',
    'Department of Ferry Licensing',
    'The department licenses ferries.',
  ];

  it('reads "-" on its own line followed by the item as a bullet item, in markdown and in text', () => {
    const clean = `# Ministry of Harbours\n\nDepartments\n\n- ${items[0]}\n\n  ${items[1]}\n\n- ${items[2]}\n\n  ${items[3]}\n`;
    const bare = `Ministry of Harbours\n\nDepartments\n-\n${items[0]}\n${items[1]}\n-\n${items[2]}\n${items[3]}\n`;
    const expected = [
      'HAS_DEPARTMENT Ministry of Harbours -> Department of Ferry Licensing',
      'HAS_DEPARTMENT Ministry of Harbours -> Department of Harbour Works',
    ];
    expect(units(clean, 'm.md')).toEqual(expected);
    expect(units(bare, 'm.md')).toEqual(expected);
    expect(units(bare, 'm.txt')).toEqual(expected);
  });
});

describe('units listed with an article or a head word after "of"', () => {
  it('reads "The Ferry Licensing Office" and "Department of Government Services" as units of the page body', () => {
    const x = extract(
      'Ministry of Harbours\n\nDepartments\n\n- Department of Government Services\n- The Ferry Licensing Office\n- Department of Harbour Works\n',
      'm.txt',
    );
    expect(namesOf(x, 'Department').sort()).toEqual([
      'Department of Government Services',
      'Department of Harbour Works',
      'Ferry Licensing Office',
    ]);
  });
});

describe('a short line standing alone', () => {
  it('heads what follows in markdown as it does in plain text', () => {
    const body = `Part II – THE FERRY SAFETY COMMITTEE\n\n4. Establishment of the Committee\n\nThere is established the Ferry Safety Committee.\n\n7. Secretariat of the Committee\n\n(1) There shall be a Secretariat of the Committee. (2) The Committee shall approve its budget.\n`;
    const text = triples(extract(`Ferry Safety Act 2018\n\n${body}`, 'act.txt')).sort();
    const markdown = triples(extract(`## Ferry Safety Act 2018\n\n${body}`, 'act.md')).sort();
    expect(lower(text)).toContain('has_department ferry safety committee -> secretariat of the committee');
    expect(markdown).toEqual(text);
  });
});

describe('a flattened page', () => {
  it('reads "1. ... 2. ... 3. ..." run into one paragraph as the numbered list it was, led in as functions', () => {
    const page =
      'Organisational Chart and Functions of the Harbour Division ORGANISATIONAL CHART The Minister Secretary Joint Secretary (Ports) Note: This chart shows senior officers only. FUNCTIONS The Rules of Business 1990 have allocated the following functions to the Harbour Division: 1. All secretarial work for the Harbour Council, including follow-up of its decisions. 2. Pilotage Council: Its constitution and appointment of members. 3. The Central Pool of Tugs.';
    const facts = duties(`Harbour Division\n\n${page}\n`, 'chart.txt');
    expect(facts).toEqual(
      lower([
        'HAS_RESPONSIBILITY Harbour Division -> All secretarial work for the Harbour Council, including follow-up of its decisions.',
        'HAS_RESPONSIBILITY Harbour Division -> Pilotage Council: Its constitution and appointment of members.',
        'HAS_RESPONSIBILITY Harbour Division -> The Central Pool of Tugs.',
      ]),
    );
  });

  it('does not read numbers inside running text as a list', () => {
    const x = extract(
      'Harbour Division\n\nThe Division was set up in 1990. It has 2. 5 million in reserves and 3 offices.\n',
      'a.txt',
    );
    expect(triples(x).filter((t) => t.startsWith('HAS_RESPONSIBILITY'))).toEqual([]);
  });
});

describe('numbered instruments', () => {
  it('keeps the number and year in the title, after a title or after a lone instrument word', () => {
    const x = extract(
      'Harbour Ministry\n\nThe Harbour Ministry was renamed in accordance with the Regulation of the Minister of Harbours Number 3 of 2010. Royal Decree No. 55 of 2022 restructured it; Law 19 of 1958 created it; Decree No. (13) of 2021 and Decree (29) of 2020 are repealed.\n',
      'a.txt',
    );
    expect(namesOf(x, 'Law').sort()).toEqual([
      'Decree (29) of 2020',
      'Decree No. (13) of 2021',
      'Law 19 of 1958',
      'Regulation of the Minister of Harbours Number 3 of 2010',
      'Royal Decree No. 55 of 2022',
    ]);
  });
});

describe("news about a parliament's committees", () => {
  const doc =
    'Harbour Assembly\n\nThe newly established committees of the Harbour Assembly elected chairpersons on Tuesday.\n\nThe elected chairpersons are as follows:\n\nPortfolio Committee on Ferries: Dr. Ana Reyl\n\nStanding Committee on Tugs and Pilotage Services: Mr. Ben Oduya\n';

  it('makes the committees a sentence calls "committees of the X" units of X', () => {
    expect(lower(triples(extract(doc, 'news.txt')).filter((t) => t.startsWith('HAS_DEPARTMENT')))).toEqual(
      lower([
        'HAS_DEPARTMENT Harbour Assembly -> Portfolio Committee on Ferries',
        'HAS_DEPARTMENT Harbour Assembly -> Standing Committee on Tugs and Pilotage Services',
      ]),
    );
  });

  it('gives each "Body: Name" line a post in that body, titled by the lead-in above', () => {
    expect(posts(extract(doc, 'news.txt'))).toEqual([
      'Ana Reyl|Chairperson|Portfolio Committee on Ferries',
      'Ben Oduya|Chairperson|Standing Committee on Tugs and Pilotage Services',
    ]);
  });

  it('leaves units a list already places, and headings, out of the class', () => {
    const listed =
      'Ministry of Harbours\n\nConstituent departments of the Harbour Council\n\nInternal organisation\n\n- Department of Ferries\n- Department of Tugs\n';
    expect(lower(triples(extract(listed, 'm.txt')).filter((t) => t.startsWith('HAS_DEPARTMENT')))).toEqual(
      lower([
        'HAS_DEPARTMENT Ministry of Harbours -> Department of Ferries',
        'HAS_DEPARTMENT Ministry of Harbours -> Department of Tugs',
      ]),
    );
  });
});

describe('office names and list gaps', () => {
  it('reads an office named after a post in the possessive as one name', () => {
    const x = extract(
      "Prime Minister's Office\n\nThe Prime Minister's Office supports Cabinet. The Attorney-General's Department advises it.\n",
      'pmo.txt',
    );
    expect(namesOf(x, 'Agency').sort()).toEqual([
      "Attorney-General's Department",
      'Cabinet',
      "Prime Minister's Office",
    ]);
  });

  it('starts a new bullet list after two blank lines, where a converter dropped the heading between two lists', () => {
    const doc =
      'Harbour Office\n\nThe Harbour Office serves the port.\n\n  • Provide pilotage for ships.\n  • Coordinate berth bookings.\n  • Maintain channel markers.\n\n\n  • Tide tables.\n  • Annual reports.\n  • Public holidays.\n  • General enquiries.\n';
    expect(duties(doc, 'office.txt')).toEqual(
      lower([
        'HAS_RESPONSIBILITY Harbour Office -> Coordinate berth bookings.',
        'HAS_RESPONSIBILITY Harbour Office -> Maintain channel markers.',
        'HAS_RESPONSIBILITY Harbour Office -> Provide pilotage for ships.',
      ]),
    );
  });
});

// "There is established a body corporate called Lakeland Water Standards or, in Gaelic, ...":
// what a statute establishes by "called" is a body, head word or not, and its functions are
// the items under "The general functions of X are—".
describe('a statute that establishes a body "called" a name without a head word', () => {
  const FUNCTIONS = [
    'to develop policies in relation to water matters,',
    'to advise the Lakeland Ministers on water matters.',
  ];
  it.each([
    [
      'markdown',
      'act.md',
      `# Water (Lakeland) Act 2015\n\n#### Establishment\n\n##### 1\n\nThere is established a body corporate called Lakeland Water Standards or, in Gaelic, Uisge Alba.\n\n#### General functions\n\n##### 2\n\n- (1) The general functions of Lakeland Water Standards are—\n\n- (a) ${FUNCTIONS[0]}\n\n- (b) ${FUNCTIONS[1]}\n`,
    ],
    [
      'text',
      'act.txt',
      `Water (Lakeland) Act 2015\n\n1 Establishment\n\nThere is established a body corporate called Lakeland Water Standards.\n\n2 General functions\n\n(1) The general functions of Lakeland Water Standards are—\n(a) ${FUNCTIONS[0]}\n(b) ${FUNCTIONS[1]}\n`,
    ],
  ])('%s: the body is an agency with the listed functions', (_, id, page) => {
    const x = extract(page, id);
    expect(namesOf(x, 'Agency')).toEqual(['Lakeland Water Standards']);
    expect(triplesOf(x, 'HAS_RESPONSIBILITY')).toEqual(
      FUNCTIONS.map((f) => `HAS_RESPONSIBILITY Lakeland Water Standards -> ${f.replace(/,$/, '')}`).sort(),
    );
  });
});
