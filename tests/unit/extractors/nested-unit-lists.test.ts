// Organisation charts written as nested lists: a unit's sub-list of names lists its own units
// (not its duties), a post's sub-list lists the owner's units, and a decree's item that labels
// a kind of unit ("a. Departments and services of equivalent level:") heads the units
// numbered under it. Markdown bullets and plain-text numbering read alike.
import { describe, expect, it } from 'vitest';
import { extract, namesOf, triplesOf } from './helpers.ts';

const CHART: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['Finance and Assurance Services', ['Procurement Services', 'Financial Strategy and Advice']],
  ['People and Corporate Services', ['Human Resources', 'Legal Services Unit', 'Strategy and Performance']],
  ['Office of Industrial Relations', ['Electrical Safety Office', 'Workers Compensation Services']],
];

function chart(owner: string, underPost: boolean): string {
  const indent = underPost ? '  ' : '';
  const units = CHART.map(
    ([unit, subUnits]) => `${indent}- ${unit}\n${subUnits.map((s) => `${indent}  - ${s}`).join('\n')}`,
  ).join('\n');
  const post = underPost ? '- Minister for Education\n  Minister for Racing\n' : '';
  return `# ${owner}\n\n## Our structure\n\n${post}${units}\n`;
}

describe('an organisation chart as nested bullets', () => {
  it.each([
    ['units at the top level', 'Ministry of Education', false],
    ['units under a post', 'Department of Education and Training', true],
  ])('%s: the owner holds the units, each unit its sub-units, none of them a duty', (_, owner, underPost) => {
    const x = extract(chart(owner, underPost), 'chart.md');
    expect(namesOf(x, 'Agency')).toEqual([owner]);
    expect(namesOf(x, 'Responsibility')).toEqual([]);
    const expected = [
      ...CHART.map(([unit]) => `HAS_DEPARTMENT ${owner} -> ${unit}`),
      ...CHART.flatMap(([unit, subUnits]) => subUnits.map((s) => `HAS_DEPARTMENT ${unit} -> ${s}`)),
    ].sort();
    expect(triplesOf(x, 'HAS_DEPARTMENT')).toEqual(expected);
  });

  it('a unit whose sub-list reads as duties keeps them as its duties', () => {
    const page =
      '# Ministry of Education\n\n## Our structure\n\n- Finance Division\n  - Preparing the annual budget\n  - Paying suppliers on time\n- Legal Division\n  - Drafting the ministry’s contracts\n  - Advising the minister on the law\n';
    const x = extract(page, 'chart.md');
    expect(triplesOf(x, 'HAS_DEPARTMENT')).toEqual([
      'HAS_DEPARTMENT Ministry of Education -> Finance Division',
      'HAS_DEPARTMENT Ministry of Education -> Legal Division',
    ]);
    expect(triplesOf(x, 'HAS_RESPONSIBILITY')).toContain(
      'HAS_RESPONSIBILITY Finance Division -> Preparing the annual budget',
    );
  });

  it('a body named only among the listed units is not the page’s subject', () => {
    const page =
      '# Our organisation\n\n## Our structure\n\n- Finance and Assurance Services\n  - Procurement Services\n  - Financial Services\n- Policy and Planning\n  - Strategy and Performance\n  - Registration Services and Office of Racing\n';
    const x = extract(page, 'chart.md');
    expect(triplesOf(x, 'HAS_DEPARTMENT')).not.toContain(
      'HAS_DEPARTMENT Office of Racing -> Finance and Assurance Services',
    );
    expect(triplesOf(x, 'HAS_DEPARTMENT')).toContain(
      'HAS_DEPARTMENT Finance and Assurance Services -> Procurement Services',
    );
  });
});

const DECREE_UNITS = ['General Department', 'Legislation Department', 'Department for Protocols', 'Information Center'];

function decree(owner: string, label: string, asMarkdown: boolean): string {
  const items = DECREE_UNITS.map(
    (u, k) => `${asMarkdown ? '   ' : ''}${k + 1}. The ${u}${k === DECREE_UNITS.length - 1 ? '.' : ';'}`,
  );
  const title = asMarkdown ? '# DECISION' : 'DECISION';
  return `${title}\n\nON THE ORGANIZATIONAL STRUCTURE OF THE ${owner.toUpperCase()}\n\nArticle 1. The organizational structure of the ${owner} is composed of :\n\na. ${label} :\n${items.join('\n')}\n\nb. Advisors' Groups of the Prime Minister are put under the control of the Minister.\n`;
}

describe('a decree whose item labels the kind of unit numbered under it', () => {
  it.each([
    ['text', "Government's Office", 'Departments and services of equivalent level', false],
    ['markdown', 'Prime Minister’s Office', 'Departments and services of equivalent level', true],
    ['text, another label', 'Office of the President', 'Divisions', false],
  ])('%s (%s): the body the decree organises holds every numbered unit', (_, owner, label, asMarkdown) => {
    const x = extract(decree(owner, label, asMarkdown), asMarkdown ? 'decree.md' : 'decree.txt');
    const name = owner.replace('’', "'");
    expect(namesOf(x, 'Department')).toEqual(expect.arrayContaining(DECREE_UNITS));
    expect(triplesOf(x, 'HAS_DEPARTMENT').map((t) => t.replace('’', "'"))).toEqual(
      DECREE_UNITS.map((u) => `HAS_DEPARTMENT ${name} -> ${u}`).sort(),
    );
  });
});
