// Statutes that write every body in lower case (US state codes): the bodies a founding sentence
// establishes, the body it is established within, and the duties a founding sentence's purpose
// leads into ("... to assist the director in X, including:") even when a converter set the
// lettered clause apart from its numbered items.
import { describe, expect, it } from 'vitest';
import { findLowerCaseFoundings, findLowerCaseNames } from '../../../extractors/lower-case-bodies.ts';
import { extract, namesOf, triplesOf } from './helpers.ts';

const CLAUSE_A =
  '(a) There is established within the department of lakes and waterways the office of harbour services, which shall be headed by a director. The director shall:';
const DUTIES_A = ['Manage the harbour moorings;', 'Keep the register of vessels;', 'Collect harbour dues.'];
const CLAUSE_B =
  '(b) There is established a harbour advisory committee to assist the director in planning the harbours, including but not limited to:';
const DUTIES_B = [
  'Reviewing the harbour plans;',
  'Advising on the mooring charges; and',
  'Reporting to the legislature.',
];

function page(marker: (k: number) => string, heading: string): string {
  const list = (items: string[]): string => items.map((d, k) => `${marker(k)} ${d}`).join('\n\n');
  return `${heading}\n\n${CLAUSE_A}\n\n${list(DUTIES_A)}\n\n${CLAUSE_B}\n\n${list(DUTIES_B)}\n`;
}

describe('a statute that writes its bodies in lower case', () => {
  it.each([
    ['markdown, (1) items', 'code.md', (k: number) => `(${k + 1})`, '**§12-3** **Office of harbour services.**'],
    ['text, 1. items', 'code.txt', (k: number) => `${k + 1}.`, '§12-3 Office of harbour services.'],
  ])(
    "%s: the founded office is the department's unit; the committee owns what it is founded for",
    (_, id, marker, heading) => {
      const x = extract(page(marker, heading), id);
      expect(namesOf(x, 'Agency').sort()).toEqual(['department of lakes and waterways', 'harbour advisory committee']);
      // (The section heading writes the office's name with a capital: one entity either way.)
      expect(namesOf(x, 'Department').map((n) => n.toLowerCase())).toEqual(['office of harbour services']);
      expect(triplesOf(x, 'HAS_DEPARTMENT').map((t) => t.toLowerCase())).toEqual([
        'has_department department of lakes and waterways -> office of harbour services',
      ]);
      const committee = triplesOf(x, 'HAS_RESPONSIBILITY')
        .filter((t) => t.includes('harbour advisory committee ->'))
        .map((t) => t.replace(/(?:; and|\.)$/, ''));
      expect(committee).toEqual([
        'HAS_RESPONSIBILITY harbour advisory committee -> Advising on the mooring charges',
        'HAS_RESPONSIBILITY harbour advisory committee -> Reporting to the legislature',
        'HAS_RESPONSIBILITY harbour advisory committee -> Reviewing the harbour plans',
      ]);
    },
  );
});

describe('findLowerCaseFoundings', () => {
  const names = (text: string): string[] =>
    findLowerCaseFoundings(text, { start: 0, end: text.length }, []).map((o) => text.slice(o.range.start, o.range.end));

  it('reads the founded body and its container, each cut at its head word or complement', () => {
    expect(
      names('There is hereby established in the ministry of health a patient safety board, which shall meet.'),
    ).toEqual(['ministry of health', 'patient safety board']);
    expect(names('There shall be established the commission on public ethics to advise the governor.')).toEqual([
      'commission on public ethics',
    ]);
  });

  it('takes nothing without an organisation head word or a founding verb', () => {
    expect(
      names('There is established within the department of lakes a special fund to be known as the lake fund.'),
    ).toEqual(['department of lakes']);
    expect(names('The office of the governor is established by the constitution.')).toEqual([]);
    expect(names('There is established the office.')).toEqual([]);
  });
});

const SECTIONS = [
  [
    '§31-5',
    'Department of harbours and waterways',
    'The department of harbours and waterways shall be headed by an executive board to be known as the board of harbours and waterways. The functions heretofore exercised by the commissioner and board of public wharves (including the pilotage division), the Lakeland dock authority, and the canal conservation committee are transferred to the department.',
  ],
  [
    '§31-6',
    'Department of Lakeland fisheries',
    'The department of Lakeland fisheries shall be headed by an executive board to be known as the fisheries commission. The commission shall:',
  ],
] as const;
const FISHERY_DUTIES = [
  'License the fishing vessels;',
  'Set the seasons for each species;',
  'Report to the legislature.',
];

function codePage(bold: boolean, marker: (k: number) => string): string {
  return SECTIONS.map(([number, title, body]) => {
    const heading = bold ? `**${number} ${title}.**` : `${number} ${title}.`;
    const duties = title.includes('fisheries')
      ? `\n\n${FISHERY_DUTIES.map((d, k) => `${marker(k)} ${d}`).join('\n\n')}`
      : '';
    return `${heading} ${body}${duties}`;
  }).join('\n\n');
}

describe('a code whose section headings name bodies in sentence case', () => {
  it.each([
    ['markdown, bold headings', 'code.md', true, (k: number) => `(${k + 1})`],
    ['text, plain headings', 'code.txt', false, (k: number) => `(${String.fromCharCode(97 + k)})`],
  ])(
    '%s: each heading names a body, and so does every "the <words> <head word>" of the page',
    (_, id, bold, marker) => {
      const x = extract(codePage(bold, marker), id);
      const bodies = [...namesOf(x, 'Agency'), ...namesOf(x, 'Department')].map((n) => n.toLowerCase()).sort();
      expect(bodies).toEqual(
        expect.arrayContaining([
          'board of harbours and waterways',
          'board of public wharves',
          'canal conservation committee',
          'department of harbours and waterways',
          'department of lakeland fisheries',
          'fisheries commission',
          'lakeland dock authority',
          'pilotage division',
        ]),
      );
      // "Department of Lakeland" (the capitalised words alone) is the heading's name cut short.
      expect(bodies).not.toContain('department of lakeland');
      expect(bodies).not.toContain('commissioner and board of public wharves');
      expect(triplesOf(x, 'HAS_RESPONSIBILITY').filter((t) => t.includes('License the fishing vessels'))).toHaveLength(
        1,
      );
    },
  );

  it('a page without that style reads no lower-case words as bodies', () => {
    const x = extract(
      'Ministry of Harbours\n\nThe Ministry of Harbours is the primary agency for ports. The harbour board of the city and the canal conservation committee meet monthly.\n',
    );
    expect(namesOf(x, 'Agency')).toEqual(['Ministry of Harbours']);
  });
});

describe('findLowerCaseNames', () => {
  const names = (text: string): string[] =>
    findLowerCaseNames(text, { start: 0, end: text.length }).map((o) => text.slice(o.range.start, o.range.end));
  it('takes a head word with its complement or the words before it, not a describing word', () => {
    expect(names('the farm loan board, the department of agriculture established by law, the primary agency')).toEqual([
      'farm loan board',
      'department of agriculture',
    ]);
    expect(names('the following committee and the said board')).toEqual([]);
  });
});

describe('a portfolio joined with an "X General" office', () => {
  it.each([['Ministry of Public Safety and Solicitor General'], ['Department of Justice and Attorney General']])(
    '"%s" is one body',
    (name) => {
      const x = extract(`Overview\n\nThe portfolio of the ${name} includes law enforcement and corrections.\n`);
      expect(namesOf(x, 'Agency')).toEqual([name]);
    },
  );
});
