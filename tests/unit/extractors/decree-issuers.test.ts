// A translated decree headed by its issuer ("THE GOVERNMENT") whose title organises a
// ministry ("... defining the functions, tasks, powers and organizational structure of the
// Ministry of X"), followed by "Pursuant to ..." lines: the ministry is the decree's subject
// and owns the units of its structure article; a name ends at its line's end before such a line.
import { describe, expect, it } from 'vitest';
import { extract, namesOf, triplesOf } from './helpers.ts';

const UNITS = ['Post Department', 'Legal Department', 'Planning-Finance Department'];

function decree(markdown: boolean): string {
  const heading = markdown ? '# THE GOVERNMENT' : 'THE GOVERNMENT';
  const items = UNITS.map((u, k) => `${k + 1}. The ${u}.`).join('\n');
  return [
    heading,
    'Decree No. 50/2011/ND-CP of the Government defining the functions, tasks, powers and organizational structure of the Ministry of Harbours and Canals',
    'Pursuant to the Law on Organization of Government of December 25, 2001;',
    'At the proposal of the Minister of Harbours and Canals,',
    'DECREES:',
    'Article 3. Organizational structure of the Ministry',
    items,
    '',
  ].join('\n');
}

describe("a decree under its issuer's heading", () => {
  it.each([
    ['text', 'decree.txt', false],
    ['markdown', 'decree.md', true],
  ])('%s: the ministry it organises owns the units of its structure article', (_, id, markdown) => {
    const x = extract(decree(markdown), id);
    expect(namesOf(x, 'Agency')).toContain('Ministry of Harbours and Canals');
    expect(namesOf(x, 'Agency').some((n) => n.includes('Pursuant'))).toBe(false);
    expect(triplesOf(x, 'HAS_DEPARTMENT')).toEqual(
      [...UNITS].sort().map((u) => `HAS_DEPARTMENT Ministry of Harbours and Canals -> ${u}`),
    );
  });
});
