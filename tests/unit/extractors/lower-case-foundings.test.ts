// Statutes that write every body in lower case (US state codes): the bodies a founding sentence
// establishes, the body it is established within, and the duties a founding sentence's purpose
// leads into ("... to assist the director in X, including:") even when a converter set the
// lettered clause apart from its numbered items.
import { describe, expect, it } from 'vitest';
import { findLowerCaseFoundings } from '../../../extractors/lower-case-founding.ts';
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
      expect(namesOf(x, 'Department')).toEqual(['office of harbour services']);
      expect(triplesOf(x, 'HAS_DEPARTMENT')).toEqual([
        'HAS_DEPARTMENT department of lakes and waterways -> office of harbour services',
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
