// Tables of bodies and their heads where the head's cell writes the post before the name and
// a footnote mark after it ("Secretary Jane Roe[1]"), under a label about posts ("Cabinet
// Positions") that names no body.
import { describe, expect, it } from 'vitest';
import { extract, namesOf, posts } from './helpers.ts';

const ROWS: Array<[string, string]> = [
  ['Department of Fisheries', 'Secretary Jane Roe[1]'],
  ['Department of Harbours', 'Commissioner Amara N. Costa [2]'],
  ['Office of the Public Advocate', 'Special Assistant for Legal Affairs Kofi Mensah'],
];

describe('a head column that writes post, name and footnote', () => {
  it.each([
    [
      'markdown pipes',
      'cabinet.md',
      `## Department Level Cabinet Positions\n\n| Department | Head | Tenure |\n| --- | --- | --- |\n${ROWS.map(([d, h]) => `| ${d} | ${h} | 2016 |`).join('\n')}\n`,
    ],
    [
      'a whitespace-aligned text table',
      'cabinet.txt',
      `Department Level Cabinet Positions\n\n  Department                       Head                                              Tenure\n  -------------------------------- ------------------------------------------------- ------\n${ROWS.map(([d, h]) => `  ${d.padEnd(33)}${h.padEnd(50)}2016`).join('\n')}\n`,
    ],
  ])("%s: the person heads the row's body, and the label is no body", (_, id, doc) => {
    const x = extract(doc, id);
    expect(namesOf(x, 'Person').sort()).toEqual(['Amara N. Costa', 'Jane Roe', 'Kofi Mensah']);
    expect(posts(x).map((p) => p.replace(/\|[^|]*\|/, ' -> '))).toEqual([
      'Amara N. Costa -> Department of Harbours',
      'Jane Roe -> Department of Fisheries',
      'Kofi Mensah -> Office of the Public Advocate',
    ]);
    expect([...namesOf(x, 'Agency'), ...namesOf(x, 'Department')].some((n) => /Cabinet/.test(n))).toBe(false);
  });
});

describe('a board listed under the structure heading', () => {
  const BOARD: Array<[string, string, string]> = [
    ['THORN Kwee Ling', 'Chairman', 'Lakeland Harbour Corporation'],
    ['POH Siew Kwai', 'Chief Executive Officer', 'Lakeland Harbour Corporation'],
    ['Ama KELLAPPAN', 'Country General Manager', 'Northwind Shipping Pte Ltd'],
  ];
  it.each([
    [
      'markdown',
      'board.md',
      '# Organisational Structure\n\n### **Board Members**\n\n',
      (n: string, p: string, b: string) => `${n}\n\n**${p}**  \n${b}\n\n`,
    ],
    [
      'text',
      'board.txt',
      'Organisational Structure\n\nBoard Members\n\n',
      (n: string, p: string, b: string) => `${n}\n\n${p}\n${b}\n\n`,
    ],
  ])('%s: its members and posts are no units', (_, id, head, entry) => {
    const x = extract(head + BOARD.map(([n, p, b]) => entry(n, p, b)).join(''), id);
    expect(namesOf(x, 'Department')).toEqual([]);
    expect(namesOf(x, 'Person').sort()).toEqual(['Ama KELLAPPAN', 'POH Siew Kwai', 'THORN Kwee Ling']);
  });
});
