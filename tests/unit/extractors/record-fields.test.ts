// A list of bodies, each a record: its name on a line, then "Field: value" lines. A field that
// says what a body was established by or under ("Established By/Under", "Created by") gives
// that record's body, not the page's, a legal basis.
import { describe, expect, it } from 'vitest';
import { extract, triplesOf } from './helpers.ts';

const RECORD = (name: string, field: string, law: string): string =>
  `${name}\nCreation Date: 1 January 1901\n${field}: ${law}\nMateriality: Material\n`;

describe('records of bodies with a field naming their legal basis', () => {
  it.each([
    ['"Established By/Under"', 'Established By/Under'],
    ['"Created by"', 'Created by'],
    ['"Established under"', 'Established under'],
  ])("%s: each record's instrument governs the body its record is headed by", (_, field) => {
    for (const [id, sep] of [
      ['bodies.txt', '\n'],
      ['bodies.md', '\n\n'],
    ] as const) {
      const x = extract(
        `Lakeland Government Bodies\n\nA. DEPARTMENTAL BODIES${sep}${RECORD('Lakeland Water Department', field, 'Lakeland Constitution, also Water Order 2004')}${sep}${RECORD('Lakeland Roads Board', field, 'Roads Board Act 1999')}`,
        id,
      );
      expect(triplesOf(x, 'GOVERNED_BY')).toEqual([
        'GOVERNED_BY Lakeland Roads Board -> Roads Board Act 1999',
        'GOVERNED_BY Lakeland Water Department -> Lakeland Constitution',
        'GOVERNED_BY Lakeland Water Department -> Water Order 2004',
      ]);
    }
  });
});
