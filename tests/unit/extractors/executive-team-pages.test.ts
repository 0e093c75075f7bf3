// A leadership page whose sections are the body's branches, each with its head's profile:
// the name line (degrees after a comma), the post line, and a signature line "Branch, Body
// (ACR)" that ties one branch to the body, and so all the branches the page heads alike.
import { describe, expect, it } from 'vitest';
import { extract, namesOf, posts, triplesOf } from './helpers.ts';

const BRANCHES = [
  ['Regulatory Operations Branch', 'Jane Roe, MBA, BSc', 'Executive Vice-President and Chief Operations Officer', true],
  [
    'Technical Support Branch',
    'Tom Hale, MSc (Eng), BSc (Engineering Physics)',
    'Vice-President and Chief Science Officer',
    false,
  ],
  ['Corporate Services Branch', 'Ann Poe', 'Vice-President and Chief Financial Officer', false],
] as const;

function page(markdown: boolean): string {
  const sections = BRANCHES.map(([branch, name, post, signed]) => {
    const heading = markdown ? `### ${branch}` : branch;
    const nameLine = markdown ? `**${name}**` : name;
    const signature = signed ? `\n${branch}, Lakeland Safety Commission (LSC)` : '';
    return `${heading}\n\n${nameLine}\n${post}${signature}\n\n${name.split(',')[0]} has worked for the commission since 1998.\n`;
  });
  const title = markdown ? '# Executive Team Members' : 'Executive Team Members';
  return `${title}\n\n${sections.join('\n')}`;
}

describe('an executive team page of branch sections with profiles', () => {
  it.each([
    ['markdown', 'team.md', true],
    ['text', 'team.txt', false],
  ])("%s: the branches are the commission's units, each profile the head of its branch", (_, id, markdown) => {
    const x = extract(page(markdown), id);
    expect(namesOf(x, 'Department').sort()).toEqual([
      'Corporate Services Branch',
      'Regulatory Operations Branch',
      'Technical Support Branch',
    ]);
    expect(triplesOf(x, 'HAS_DEPARTMENT')).toEqual([
      'HAS_DEPARTMENT Lakeland Safety Commission -> Corporate Services Branch',
      'HAS_DEPARTMENT Lakeland Safety Commission -> Regulatory Operations Branch',
      'HAS_DEPARTMENT Lakeland Safety Commission -> Technical Support Branch',
    ]);
    // (Who heads which branch; the title is the post line's first post.)
    const heads = posts(x).map((p) =>
      p
        .split('|')
        .filter((_, k) => k !== 1)
        .join('|'),
    );
    expect(heads).toEqual([
      'Ann Poe|Corporate Services Branch',
      'Jane Roe|Regulatory Operations Branch',
      'Tom Hale|Technical Support Branch',
    ]);
  });
});
