// roster-lines.ts: runs of lines that each give a post and a name with no separator, or a
// term and a name, read as a family of layouts (text lines, bullets, numbered items).
import { describe, expect, it } from 'vitest';
import { extract, namesOf, posts, triples } from './helpers.ts';

const CABINET = [
  'Prime Minister Marta Kovac',
  'Minister of Lakes and Rivers Tomas Brecko',
  'Minister of the Interior Gen. Ilse Marren',
  'Minister of Roads Pavel J. Orlin',
];
const CABINET_POSTS = [
  'Ilse Marren|Minister of the Interior|Harbour Islands Government',
  'Marta Kovac|Prime Minister|Harbour Islands Government',
  'Pavel J. Orlin|Minister of Roads|Harbour Islands Government',
  'Tomas Brecko|Minister of Lakes and Rivers|Harbour Islands Government',
];

describe('rosters of post-then-name lines', () => {
  const page = (
    lines: string[],
    leadIn = 'The new composition of the Harbour Islands Government is as follows:',
  ): string => `Harbour Islands form a cabinet\n\n${leadIn}\n\n${lines.join('\n')}\n`;

  it('gives each name the post before it, in the body the lead-in names, whatever marks the lines', () => {
    expect(posts(extract(page(CABINET), 'cabinet.txt'))).toEqual(CABINET_POSTS);
    expect(posts(extract(page(CABINET.map((l) => `- ${l}`)), 'cabinet.md'))).toEqual(CABINET_POSTS);
    expect(posts(extract(page(CABINET.map((l, k) => `${k + 1}. ${l}`)), 'cabinet.txt'))).toEqual(CABINET_POSTS);
  });

  it('needs a run of three lines: one or two such lines stay unread', () => {
    const x = extract(page(CABINET.slice(0, 2)), 'cabinet.txt');
    expect(x.relations.filter((r) => r.extractors.includes('people:roster-line'))).toEqual([]);
  });

  it('leaves lines with a separator to the leader-line rule', () => {
    const x = extract(page(CABINET.map((l) => l.replace(/ (\S+ \S+)$/, ': $1')).slice(0, 3)), 'cabinet.txt');
    expect(x.relations.some((r) => r.extractors.includes('people:roster-line'))).toBe(false);
    expect(namesOf(x, 'Person').sort()).toEqual(['Ilse Marren', 'Marta Kovac', 'Tomas Brecko']);
  });

  it('reads no roster in lines that end in a body or a place rather than a name', () => {
    const lines = ['Minister of Lakes Water Board', 'Director of Roads Harbour Office', 'Secretary of State Lake Town'];
    expect(namesOf(extract(page(lines), 'cabinet.txt'), 'Person')).toEqual([]);
  });
});

describe('lists of holders of a post', () => {
  const HOLDERS = ['1980–1985: Marta Kovac', '1985–1991: Tomas Brecko (acting)', '1991 : Ilse Marren'];
  const EXPECTED = [
    'Ilse Marren|Minister|Ministry of Lakes',
    'Marta Kovac|Minister|Ministry of Lakes',
    'Tomas Brecko|Minister|Ministry of Lakes',
  ];

  it('gives each holder the post the heading or lead-in names in the plural, in the page body', () => {
    const md = `# Ministry of Lakes\n\nThe Ministry of Lakes keeps the lakes clean.\n\n## List of ministers\n\n${HOLDERS.map((h) => `- ${h}`).join('\n')}\n`;
    const txt = `Ministry of Lakes\n\nThe Ministry of Lakes keeps the lakes clean.\n\nThese are the ministers of lakes so far:\n${HOLDERS.join('\n')}\n`;
    expect(posts(extract(md, 'lakes.md'))).toEqual(EXPECTED);
    expect(posts(extract(txt, 'lakes.txt'))).toEqual(EXPECTED);
  });

  it('reads no holders where nothing before the list names a post', () => {
    const txt = `Ministry of Lakes\n\nMilestones of the lakes:\n${HOLDERS.join('\n')}\n`;
    expect(posts(extract(txt, 'lakes.txt'))).toEqual([]);
  });
});

describe('lists of bodies and the holders of one post in each', () => {
  const SEATS = [
    'Standing Committee on Lakes – Marta Kovac.',
    'Standing Committee on Roads and Bridges – Dr Tomas Brecko.',
    'Select Committee on Harbours (SCH) – Ilse Marren.',
    'Standing Committee on Forests – Pavel Orlin.',
  ];
  const EXPECTED = [
    'Ilse Marren|Chairperson|Select Committee on Harbours',
    'Marta Kovac|Chairperson|Standing Committee on Lakes',
    'Pavel Orlin|Chairperson|Standing Committee on Forests',
    'Tomas Brecko|Chairperson|Standing Committee on Roads and Bridges',
  ];
  const LEAD_IN = 'The members elected to serve as committee chairpersons are:';
  const page = (lines: string[], leadIn = LEAD_IN): string =>
    `Four Harbour Assembly committees met on Tuesday.\n${leadIn}\n${lines.join('\n')}\n`;

  it('gives each name the post of the lead-in in the body its line names, whatever dash or marks the lines use', () => {
    expect(posts(extract(page(SEATS), 'seats.txt'))).toEqual(EXPECTED);
    expect(posts(extract(page(SEATS.map((l) => `- ${l.replace(' – ', ' — ')}`)), 'seats.md'))).toEqual(EXPECTED);
    expect(posts(extract(page(SEATS.map((l) => l.replace(' – ', ' - ').replace(/\.$/, ''))), 'seats.txt'))).toEqual(
      EXPECTED,
    );
  });

  it('keeps reading past one line of another shape inside the run', () => {
    const lines = [...SEATS.slice(0, 2), 'Standing Committee on Trade, Indus', ...SEATS.slice(2)];
    expect(posts(extract(page(lines), 'seats.txt'))).toEqual(EXPECTED);
  });

  it('types the bodies as units of the body the page names them after', () => {
    const x = extract(page(SEATS), 'seats.txt');
    expect(namesOf(x, 'Department').sort()).toEqual(EXPECTED.map((e) => e.split('|')[2]).sort());
    expect(triples(x).filter((t) => t.startsWith('HAS_DEPARTMENT'))).toHaveLength(4);
  });

  it('reads no holders where the lead-in names no post, or the right side is no name', () => {
    expect(posts(extract(page(SEATS, 'The committees are:'), 'seats.txt'))).toEqual([]);
    const places = SEATS.map((l) => l.replace(/– .*$/, '– Harbour Town Hall.'));
    expect(namesOf(extract(page(places), 'seats.txt'), 'Person')).toEqual([]);
  });
});
