import { copyFileSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateCorpus, writeCorpus } from '../../../bench/generate-corpus.ts';
import { decodeDocument, extractDocument, type SourceDocument } from '../../../extractors/index.ts';
import { runExtraction } from '../../../pipeline/extract.ts';
import {
  extractInWorkers,
  MIN_DOCUMENTS_FOR_WORKERS,
  shouldUseWorkers,
  validateWorkerCount,
} from '../../../pipeline/extract-workers.ts';

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
    expect(JSON.stringify(outcomes.map((outcome) => (outcome.ok ? outcome.extraction : undefined)))).toBe(
      JSON.stringify(single),
    );
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

describe('runExtraction with workers', () => {
  it('writes the same Extraction as the single-threaded run, diagnostics included', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'kg-workers-')), 'corpus');
    await writeCorpus(dir, generateCorpus({ documents: MIN_DOCUMENTS_FOR_WORKERS, seed: 5, averageBytes: 1500 }));
    for (const name of readdirSync('seeds')) copyFileSync(join('seeds', name), join(dir, name));
    // One undecodable file: its diagnostic must keep its place.
    writeFileSync(join(dir, '00050_binary.txt'), Buffer.from([0x47, 0x00, 0x01, 0x00, 0xff]));
    const single = await runExtraction({ paths: [dir] });
    const pooled = await runExtraction({ paths: [dir], workers: 2 });
    expect(single.diagnostics.length).toBeGreaterThan(0);
    expect(JSON.stringify(pooled)).toBe(JSON.stringify(single));
  }, 120_000);
});
