// name-list-lines.ts: a line made only of unit names is a list of units.
import { describe, expect, it } from 'vitest';
import { findNameListUnits } from '../../../extractors/name-list-lines.ts';
import { RangeIndex } from '../../../extractors/range-index.ts';
import { extract, triples } from './helpers.ts';

/** Runs the finder on one line with the given names marked as body mentions. */
function unitsOf(line: string, names: string[]): string[] {
  const bodies = names.map((n) => {
    const i = line.indexOf(n);
    return { range: { start: i, end: i + n.length } };
  });
  return findNameListUnits(line, { start: 0, end: line.length }, new RangeIndex(bodies)).map((r) =>
    line.slice(r.start, r.end),
  );
}

describe('findNameListUnits', () => {
  it('reads comma- and semicolon-separated lines of unit names', () => {
    expect(
      unitsOf('East Asia Department, Southeast Asia Department, Pacific Department.', [
        'East Asia Department',
        'Southeast Asia Department',
        'Pacific Department',
      ]),
    ).toEqual(['East Asia Department', 'Southeast Asia Department', 'Pacific Department']);
    expect(
      unitsOf('Office of the Secretary; Budget, Personnel, and Planning Division; Audit Office', [
        'Office of the Secretary',
        'Budget, Personnel, and Planning Division',
        'Audit Office',
      ]),
    ).toEqual(['Office of the Secretary', 'Budget, Personnel, and Planning Division', 'Audit Office']);
  });

  it('does not read a sentence that names bodies among other words', () => {
    expect(unitsOf('We met the Finance Ministry, the trade council and several banks', ['Finance Ministry'])).toEqual(
      [],
    );
  });

  it('does not read a line with a colon, or a single name', () => {
    expect(
      unitsOf('Units: East Asia Department, Pacific Department', ['East Asia Department', 'Pacific Department']),
    ).toEqual([]);
    expect(unitsOf('Pacific Department', ['Pacific Department'])).toEqual([]);
  });

  it('makes each name of such a line a Department of the page body', () => {
    const x = extract(
      'Trade Development Bank of Oskia\n\nRegional Offices\n\nEast Asia Department, Southeast Asia Department, Pacific Department.\n',
    );
    expect(
      triples(x)
        .filter((t) => t.startsWith('HAS_DEPARTMENT'))
        .sort(),
    ).toEqual(
      ['East Asia Department', 'Pacific Department', 'Southeast Asia Department'].map(
        (u) => `HAS_DEPARTMENT Trade Development Bank of Oskia -> ${u}`,
      ),
    );
  });
});
