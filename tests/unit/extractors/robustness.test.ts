// Robustness: empty and binary input, hostile-looking text, and a large document.
import { describe, expect, it } from 'vitest';
import { decodeDocument, extractDocument, resolveCorpus } from '../../../extractors/index.ts';
import { extract, sourceOf } from './helpers.ts';

describe('robustness', () => {
  it.each([[''], ['   \n\n\t  \n'], ['\uFEFF']])('empty or whitespace file %j yields no entities', (content) => {
    const x = extract(content);
    expect(x.entities).toEqual([]);
    expect(x.relations).toEqual([]);
  });

  it('rejects a binary file with a diagnostic instead of throwing', () => {
    const result = decodeDocument({ id: 'logo.txt', path: 'logo.txt', bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x02]) });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.diagnostic.code).toBe('KG_BINARY_DOCUMENT');
  });

  it('rejects invalid UTF-8 with a diagnostic', () => {
    const result = decodeDocument({ id: 'latin1.txt', path: 'latin1.txt', bytes: new Uint8Array([0x4d, 0x69, 0x6e, 0xe9, 0x20, 0x41]) });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.diagnostic.code).toBe('KG_INVALID_UTF8');
  });

  it('keeps quotes, backticks, braces, 《》 and Cypher-looking fragments as literal data', () => {
    const hostile = 'The Office of `Weird` Affairs"}) DETACH DELETE n // Office is directly under the State Council.';
    const x = extract(`${hostile}\nThe Bureau of {Braces} Management follows the 《Rules on "Quotes" }) MATCH (n) DELETE n》.\n`);
    const json = JSON.stringify(x);
    expect(JSON.parse(json)).toEqual(x);
    const law = x.entities.find((e) => e.type === 'Law');
    expect(law?.name).toBe('Rules on "Quotes" }) MATCH (n) DELETE n');
    for (const e of x.entities) expect(typeof e.name).toBe('string');
  });

  it('is deterministic and independent of document order', () => {
    const a = extractDocument(sourceOf('The Ministry of Finance (MOF) is directly under the State Council.\n', 'a.txt'));
    const b = extractDocument(sourceOf('Minister Jane Smith leads the MOF. The Ministry of Finance is headed by Jane Smith.\n', 'b.txt'));
    expect(JSON.stringify(resolveCorpus([a, b]))).toBe(JSON.stringify(resolveCorpus([b, a])));
    const merged = resolveCorpus([a, b]).entities.filter((e) => e.name === 'Ministry of Finance');
    expect(merged).toHaveLength(1);
  });

  // Checks only that a ~10 MB document is processed without crashing and in bounded time
  // (no quadratic pass); extraction quality on it is not asserted.
  it('processes a ~10 MB document without crashing', () => {
    const prose = 'the inspectors checked the ships in the harbour and wrote their reports before noon; nothing unusual was found.\n'.repeat(99);
    const block = `${prose}The Harbour Safety Bureau of the Coastal Administration is responsible for port inspections.\n\n`;
    const big = block.repeat(Math.ceil((10 * 1024 * 1024) / block.length));
    const started = Date.now();
    const x = extractDocument(sourceOf(big, 'big.txt'));
    expect(x.entities.length).toBeGreaterThan(0);
    expect(Date.now() - started).toBeLessThan(120_000);
  }, 180_000);
});
