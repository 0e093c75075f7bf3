// Biographies under a person's heading: sentences whose subject is the profile's person (by
// pronoun or surname) give that person the posts they name at named bodies, past or present.
// Invented names throughout; each shape is asserted in more than one layout.
import { describe, expect, it } from 'vitest';
import { extract, namesOf, triplesOf } from './helpers.ts';

const PROFILES: Array<[string, string, string]> = [
  [
    'Marta Oyelaran',
    'Deputy Mayor',
    "Deputy Mayor Marta Oyelaran leads Mayor Tom Reeve's housing agenda. Oyelaran previously worked as Executive Director of the Lakeport Transit Authority. She also served as Director of the City's Office of Parks and Rivers, where she led the river plan.",
  ],
  [
    'Ian Kovacs',
    'Deputy Mayor',
    'Prior to joining the city, Kovacs served as Division Director of Housing within the Lakeport Department of Human Services and was the Deputy Director at the Department of Early Learning.',
  ],
];

const layouts: Array<[string, string]> = [
  [
    `# Mayor's Team\n\nMeet Mayor Tom Reeve's team.\n\n${PROFILES.map(([n, p, b]) => `### ${n}\n\n${p}\n\n${b}`).join('\n\n')}\n`,
    'a.md',
  ],
  [
    `Mayor's Team\n\nMeet Mayor Tom Reeve's team.\n\n${PROFILES.map(([n, p, b]) => `${n}\n${p}\n\n${b}`).join('\n\n')}\n`,
    'b.txt',
  ],
];

describe('posts a biography gives its person', () => {
  it('are the heading person’s, by pronoun or surname', () => {
    for (const [doc, id] of layouts) {
      const held = triplesOf(extract(doc, id), 'HOLDS_POSITION');
      for (const t of [
        'HOLDS_POSITION Marta Oyelaran -> Lakeport Transit Authority',
        'HOLDS_POSITION Marta Oyelaran -> Office of Parks and Rivers',
        'HOLDS_POSITION Ian Kovacs -> Lakeport Department of Human Services',
        'HOLDS_POSITION Ian Kovacs -> Department of Early Learning',
      ])
        expect(held, `${id} ${t}`).toContain(t);
      // A sentence about someone else names no post of the profile's person.
      expect(
        held.filter((t) => t.includes('Tom Reeve')),
        id,
      ).toEqual([]);
    }
  });

  it('names the person without a possessive', () => {
    for (const [doc, id] of layouts) expect(namesOf(extract(doc, id), 'Person'), id).not.toContain("Tom Reeve's");
  });
});
