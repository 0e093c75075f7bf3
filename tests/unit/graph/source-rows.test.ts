// Combining what several sources say about one entity: the result depends on the set of
// sources' rows, never on their order, and one source's row comes through unchanged.
import { describe, expect, it } from 'vitest';
import {
  combineSourceRows,
  formatSourceRows,
  hasSourceRow,
  parseSourceRows,
  withSourceRow,
} from '../../../graph/source-rows.ts';

const a = {
  name: 'European Maritime Safety Agency',
  aliases: ['EMSA'],
  extractors: ['agencies:head-word', 'aliases:brackets'],
};
const b = {
  name: 'EUROPEAN MARITIME SAFETY AGENCY',
  aliases: ['Maritime Agency', 'emsa'],
  extractors: ['agencies:head-word', 'aliases:occurrence'],
};

describe('combineSourceRows', () => {
  it('gives one source its own row', () => {
    expect(combineSourceRows(withSourceRow([], 'a', a))).toEqual(a);
  });

  it('chooses the fullest name, unites the other spellings once per normalised form, and unites the extractors', () => {
    const rows = withSourceRow(withSourceRow([], 'a', a), 'b', b);
    expect(combineSourceRows(rows)).toEqual({
      // Same length: as resolveCorpus does, the name as a text writes it wins over capitals.
      name: 'European Maritime Safety Agency',
      // 'EUROPEAN MARITIME SAFETY AGENCY' normalises to the name; 'EMSA' and 'emsa' are one alias.
      aliases: ['EMSA', 'Maritime Agency'],
      extractors: ['agencies:head-word', 'aliases:brackets', 'aliases:occurrence'],
    });
    const reversed = withSourceRow(withSourceRow([], 'b', b), 'a', a);
    expect(combineSourceRows(reversed)).toEqual(combineSourceRows(rows));
    expect(formatSourceRows(reversed)).toBe(formatSourceRows(rows));
  });

  it('prefers a full name to an acronym however long', () => {
    const acronym = { name: 'EMSA-EUROPE', aliases: [], extractors: ['x'] };
    expect(combineSourceRows(withSourceRow(withSourceRow([], 'z', acronym), 'a', a))?.name).toBe(a.name);
  });

  it('has nothing to combine without rows', () => {
    expect(combineSourceRows([])).toBeUndefined();
  });
});

describe('sourceRows', () => {
  it("replace or remove only the given source's row, and round-trip through their text", () => {
    const rows = withSourceRow(withSourceRow([], 'a', a), 'a-b', b);
    expect(hasSourceRow(rows, 'a', a)).toBe(true);
    expect(hasSourceRow(rows, 'a', b)).toBe(false);
    expect(hasSourceRow(rows, 'c', undefined)).toBe(true);
    expect(hasSourceRow(withSourceRow(rows, 'a', undefined), 'a', undefined)).toBe(true);
    expect(combineSourceRows(withSourceRow(rows, 'a-b', undefined))).toEqual(a);
    const text = formatSourceRows(rows);
    expect(JSON.parse(text).map((row: unknown[]) => row[0])).toEqual(['a', 'a-b']);
    expect(parseSourceRows(text)).toEqual(rows);
  });

  it('reads a node written before rows were kept per source as having none', () => {
    expect(parseSourceRows(null)).toEqual([]);
    expect(parseSourceRows('not json')).toEqual([]);
  });
});

describe('formatSourceRows', () => {
  it('writes no backslash before a quote (CSV readers take it for an escaped quote), and reads back what it wrote', () => {
    const tricky = [
      { source: 's', name: 'The "Quoted" Office \\', aliases: ['back\\slash', '\\"'], extractors: ['x'] },
    ];
    const text = formatSourceRows(tricky);
    expect(text).not.toMatch(/\\"/);
    expect(parseSourceRows(text)).toEqual(tricky);
  });
});
