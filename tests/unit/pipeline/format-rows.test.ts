// Query output: an aligned table, CSV with a header, JSON objects with columns in order.
import { describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { formatRows } from '../../../pipeline/format-rows.ts';

const columns = ['person', 'title', 'bodies'];
const rows = [
  { person: 'Jin Zhuanglong', title: 'Minister', bodies: ['MIIT', 'Party Group'] },
  { person: 'Gao Lin', title: 'deputy "first-class", director', bodies: [] },
  { person: 'Nobody', title: null, bodies: null },
];

describe('formatRows', () => {
  it('renders a table with a rule, padded columns, cut cells and a row count', () => {
    const table = formatRows('table', columns, rows, { maxColumnWidth: 20 });
    expect(table.split('\n')).toEqual([
      'person         | title                | bodies',
      '---------------+----------------------+---------------------',
      'Jin Zhuanglong | Minister             | ["MIIT","Party Grou…',
      'Gao Lin        | deputy "first-class… | []',
      'Nobody         |                      |',
      '(3 rows)',
    ]);
  });

  it('renders CSV that parses back to the same cells', () => {
    const parsed = parse(formatRows('csv', columns, rows), { columns: true }) as Record<string, string>[];
    expect(parsed).toEqual([
      { person: 'Jin Zhuanglong', title: 'Minister', bodies: '["MIIT","Party Group"]' },
      { person: 'Gao Lin', title: 'deputy "first-class", director', bodies: '[]' },
      { person: 'Nobody', title: '', bodies: '' },
    ]);
  });

  it('renders JSON with every column, null for missing ones', () => {
    expect(JSON.parse(formatRows('json', ['person', 'missing'], rows.slice(0, 1)))).toEqual([
      { person: 'Jin Zhuanglong', missing: null },
    ]);
  });
});
