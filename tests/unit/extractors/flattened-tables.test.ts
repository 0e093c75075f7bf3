// Tables a converter ran into one line: "Member   Affiliation   Date Appointed   Jane Roe
// Liberal   November 6, 2017   ...", cells set apart by wide gaps, a header of short labels
// and a whole number of rows of as many cells.
import { describe, expect, it } from 'vitest';
import { structureDocument } from '../../../extractors/structure.ts';
import { extract, namesOf, posts, sourceOf } from './helpers.ts';
import type { BlockNode, SectionNode, TableNode } from '../../../extractors/types.ts';

const LINE =
  'Member   Affiliation   Date Appointed   Jane Roe   Harbour Party   November 6, 2017   Amara Costa   Lakes Senators Group   March 7, 2019   Kofi Mensah   Harbour Party   February 5, 2019';

function tablesOf(content: string, id: string): string[][][] {
  const model = structureDocument(sourceOf(content, id));
  const out: string[][][] = [];
  const walk = (nodes: BlockNode[]): void => {
    for (const n of nodes) {
      if (n.kind === 'table') {
        const t = n as TableNode;
        out.push([t.header, ...t.rows].map((row) => row.map((c) => model.text.slice(c.start, c.end))));
      }
      if (n.kind === 'section') walk((n as SectionNode).children);
    }
  };
  walk(model.root.children);
  return out;
}

describe('a table run into one line', () => {
  it.each([
    ['text', 'members.txt', `Lakeland Harbour Committee\n\nMembers\n\n${LINE}\n`],
    [
      'markdown, indented as converters leave it',
      'members.md',
      `# Lakeland Harbour Committee\n\n## Members\n\n     ${LINE}\n`,
    ],
  ])("%s: is read as a table of three columns, and its members as the committee's", (_, id, doc) => {
    expect(tablesOf(doc, id)).toEqual([
      [
        ['Member', 'Affiliation', 'Date Appointed'],
        ['Jane Roe', 'Harbour Party', 'November 6, 2017'],
        ['Amara Costa', 'Lakes Senators Group', 'March 7, 2019'],
        ['Kofi Mensah', 'Harbour Party', 'February 5, 2019'],
      ],
    ]);
    const x = extract(doc, id);
    expect(namesOf(x, 'Person').sort()).toEqual(['Amara Costa', 'Jane Roe', 'Kofi Mensah']);
    expect(posts(x)).toEqual([
      'Amara Costa|Member|Lakeland Harbour Committee',
      'Jane Roe|Member|Lakeland Harbour Committee',
      'Kofi Mensah|Member|Lakeland Harbour Committee',
    ]);
  });

  it('reads no table where the cells do not fall into columns of one kind', () => {
    const line =
      'Member   Affiliation   Jane Roe   Harbour Party   November 6, 2017   Amara Costa   March 7, 2019   Lakes';
    expect(tablesOf(`Members\n\n${line}\n`, 'm.txt')).toEqual([]);
  });
});

describe('lines of an aligned layout', () => {
  it('are no one-line tables, each line holding a row of its own', () => {
    const doc =
      'Staff\n\nName      Title      Unit      Room      Phone      Email\nJane Roe      Director      Ports Unit      12      5550101      jr@example.org\n';
    expect(tablesOf(doc, 'staff.txt').every((t) => t.length !== 3)).toBe(true);
    expect(tablesOf(doc, 'staff.txt').flat(2)).not.toContain('Title');
  });
});
