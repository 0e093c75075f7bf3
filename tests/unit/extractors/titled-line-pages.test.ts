// A page saved as plain text without its heading markup: each unit's name a short title-case
// line straight above the sentence that says what it does, and a group's name (a branch)
// above its first unit's name; the body, named without a head word, says it "has the
// following branches and divisions". The units are units of that body, each branch's of the
// branch, each with its remit; the same page in markdown reads the same.
import { describe, expect, it } from 'vitest';
import { findTitledLines } from '../../../extractors/titled-lines.ts';
import { extract, namesOf, triplesOf } from './helpers.ts';

type Group = readonly [string, ReadonlyArray<readonly [string, string]>];

const LAKELAND: readonly Group[] = [
  [
    'Corporate Services Branch',
    [
      ['Planning and Accountability', 'Provides research and analysis for the department and its partners.'],
      ['Policy and Planning', 'Provides policy planning and development for the department'],
    ],
  ],
  [
    'Higher Learning Branch',
    [
      ['Student Assistance', 'Helps qualified students pay for their studies after school.'],
      ['Universities & Colleges', 'Manages funding agreements with the public colleges and universities.'],
    ],
  ],
];

const RIVERSIDE: readonly Group[] = [
  [
    'Operations Branch',
    [
      ['Field Inspections', 'Inspects workplaces across the province every year.'],
      ['Licensing and Registration', 'Issues and renews the licences the statute requires'],
      ['Records Management', 'Keeps the files of every licence holder up to date.'],
    ],
  ],
  [
    'Support Branch',
    [['Finance and Procurement', 'Prepares the budget and buys goods and services for the ministry.']],
  ],
];

function textPage(owner: string, groups: readonly Group[]): string {
  const blocks = groups.map(([group, units]) => [group, ...units.flatMap(([name, remit]) => [name, remit])].join('\n'));
  return `Branches and Divisions\n\n${owner} has the following branches and divisions:\n\n${blocks.join('\n\n')}\n`;
}

function markdownPage(owner: string, groups: readonly Group[]): string {
  const sections = groups.map(
    ([group, units]) => `## ${group}\n\n${units.map(([name, remit]) => `### ${name}\n\n${remit}\n`).join('\n')}`,
  );
  return `# Branches and Divisions\n\n${owner} has the following branches and divisions:\n\n${sections.join('\n')}`;
}

describe('units written as title lines over their remits', () => {
  it.each([
    ['text', 'Lakeland Labour and Advanced Education', LAKELAND, 'page.txt', textPage],
    ['markdown', 'Lakeland Labour and Advanced Education', LAKELAND, 'page.md', markdownPage],
    ['text', 'Riverside Workplace Standards', RIVERSIDE, 'page.txt', textPage],
  ] as const)(
    '%s (%s): the body owns its branches, each branch its units, each unit its remit',
    (_, owner, groups, id, page) => {
      const x = extract(page(owner, groups), id);
      expect(namesOf(x, 'Agency')).toEqual([owner]);
      const units = groups.flatMap(([, u]) => u.map(([name]) => name));
      expect(namesOf(x, 'Department')).toEqual([...groups.map(([g]) => g), ...units].sort());
      const owned = groups.map(([group]) => `HAS_DEPARTMENT ${owner} -> ${group}`);
      const nested = groups.flatMap(([group, u]) => u.map(([name]) => `HAS_DEPARTMENT ${group} -> ${name}`));
      expect(triplesOf(x, 'HAS_DEPARTMENT')).toEqual([...owned, ...nested].sort());
      expect(triplesOf(x, 'HAS_RESPONSIBILITY')).toEqual(
        groups.flatMap(([, u]) => u.map(([name, remit]) => `HAS_RESPONSIBILITY ${name} -> ${remit}`)).sort(),
      );
    },
  );
});

describe('findTitledLines', () => {
  const lines = (text: string) => text.split('\n').map((trimmed) => ({ trimmed }));

  it('gives a group title level 2 and the titles under it level 3', () => {
    const found = findTitledLines(lines(textPage('Lakeland Labour', LAKELAND)));
    const titled = lines(textPage('Lakeland Labour', LAKELAND))
      .map((l, k) => [l.trimmed, found.get(k)] as const)
      .filter(([, level]) => level !== undefined);
    expect(titled).toEqual([
      ['Corporate Services Branch', 2],
      ['Planning and Accountability', 3],
      ['Policy and Planning', 3],
      ['Higher Learning Branch', 2],
      ['Student Assistance', 3],
      ['Universities & Colleges', 3],
    ]);
  });

  it.each([
    [
      'names over names (a list of bodies, one per line)',
      'Other bodies:\nNational Space Administration\nNational Atomic Energy Agency [4]\nState Tobacco Monopoly Administration',
    ],
    [
      'fields ("Creation Date: 1901") under names',
      'Attorney-General’s Department\nCreation Date: / 1 January 1901\nCorrective Services Conference\nCreation Date: / 25 May 1994',
    ],
    [
      '"Post: Name" lines over sentences',
      'President: Jane Roe\nChairs the board and leads the bank since the last election.\nTreasurer: John Doe\nKeeps the accounts and reports to the board every quarter.',
    ],
    [
      'a column layout read across',
      'INSTITUTES          Institute of Governance\nBuild capabilities of public officers in public governance.\nCORPORATE     Human Resources\nNurture engaged and committed staff and develop them.',
    ],
    ['one title over one sentence only', 'Contact Us\nWrite to the office at any time of the year, it will answer.'],
  ])('reads no titles in %s', (_, text) => {
    expect(findTitledLines(lines(text)).size).toBe(0);
  });
});
