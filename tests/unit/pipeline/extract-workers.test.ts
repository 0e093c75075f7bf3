import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateCorpus } from '../../../bench/generate-corpus.ts';
import { decodeDocument, extractDocument, type SourceDocument } from '../../../extractors/index.ts';
import { extractInWorkers, shouldUseWorkers, validateWorkerCount } from '../../../pipeline/extract-workers.ts';

function decode(id: string, bytes: Uint8Array): SourceDocument {
  const decoded = decodeDocument({ id, path: id, bytes });
  if (!decoded.ok) throw new Error(decoded.diagnostic.message);
  return decoded.document;
}

const seeds = readdirSync('seeds')
  .sort()
  .map((name) => decode(name, readFileSync(join('seeds', name))));
const generated = generateCorpus({ documents: 40, seed: 3 }).map((doc) => decode(doc.path, Buffer.from(doc.text)));

describe('extractInWorkers', () => {
  it('gives exactly the single-threaded output, in input order, on the seeds and generated documents', async () => {
    const sources = [...seeds, ...generated];
    const single = sources.map((source) => extractDocument(source));
    const outcomes = await extractInWorkers(sources, { workers: 2, batchSize: 3 });
    expect(outcomes.every((outcome) => outcome.ok)).toBe(true);
    expect(outcomes.map((outcome) => (outcome.ok ? outcome.extraction : undefined))).toEqual(single);
    // Byte-identical once serialised, too (what the cache and the loader see).
    expect(JSON.stringify(outcomes.map((outcome) => (outcome.ok ? outcome.extraction : undefined)))).toBe(JSON.stringify(single));
  }, 60_000);

  it('resolves to nothing for no documents without starting a worker', async () => {
    expect(await extractInWorkers([], { workers: 2 })).toEqual([]);
  });

  it('rejects a bad worker count, echoing it', () => {
    expect(() => validateWorkerCount(0)).toThrow(/got 0/);
    expect(() => validateWorkerCount(1.5)).toThrow(/got 1\.5/);
  });

  it.each([
    [1000, 2, true],
    [1000, 1, false],
    [50, 8, false],
  ])('shouldUseWorkers(%i documents, %i workers) is %s', (documents, workers, expected) => {
    expect(shouldUseWorkers(documents, workers)).toBe(expected);
  });
});
