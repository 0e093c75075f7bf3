// kg ingest's corpus extraction: cache misses on worker threads give the single-threaded
// output (failures in place, cache filled), and a warm cache extracts nothing.
import { copyFileSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateCorpus, writeCorpus } from '../../../bench/generate-corpus.ts';
import { extractCorpus } from '../../../pipeline/corpus-extraction.ts';
import { MIN_DOCUMENTS_FOR_WORKERS } from '../../../pipeline/extract-workers.ts';

describe('extractCorpus', () => {
  it('extracts cache misses on workers with the single-threaded output, then serves them from the cache', async () => {
    const root = mkdtempSync(join(tmpdir(), 'kg-corpus-extraction-'));
    const dir = join(root, 'corpus');
    await writeCorpus(dir, generateCorpus({ documents: MIN_DOCUMENTS_FOR_WORKERS, seed: 11, averageBytes: 1500 }));
    for (const name of readdirSync('seeds')) copyFileSync(join('seeds', name), join(dir, name));
    // One undecodable file: its failure must keep its place.
    writeFileSync(join(dir, '00050_binary.txt'), Buffer.from([0x47, 0x00, 0x01, 0x00, 0xff]));
    const singleProgress: number[] = [];
    const single = await extractCorpus({
      paths: [dir],
      cacheDir: undefined,
      workers: 1,
      onExtracted: (done) => singleProgress.push(done),
    });
    const cacheDir = join(root, 'cache');
    const pooledProgress: [number, number][] = [];
    const pooled = await extractCorpus({
      paths: [dir],
      cacheDir,
      workers: 2,
      onExtracted: (done, total) => pooledProgress.push([done, total]),
    });
    // Progress rises to every file (failures included), one document at a time here, a batch at a time on the pool.
    const files = readdirSync(dir).length;
    expect(singleProgress.at(-1)).toBe(files);
    expect(singleProgress.length).toBeGreaterThan(files / 2);
    expect(pooledProgress.at(-1)).toEqual([files, files]);
    expect(pooledProgress.length).toBeGreaterThan(2);
    expect(pooledProgress.every(([done], index) => index === 0 || done >= pooledProgress[index - 1]![0])).toBe(true);
    expect(single.failures.map((failure) => failure.id)).toEqual(['00050_binary.txt']);
    // Everything but the file stamps, which depend on when each run read the files.
    const withoutStamps = (corpus: typeof single) =>
      JSON.stringify({
        ...corpus,
        state: corpus.state?.documents.map((document) => ({ ...document, stamp: undefined })),
      });
    expect(withoutStamps(pooled)).toBe(withoutStamps(single));
    const warm = await extractCorpus({ paths: [dir], cacheDir, workers: 2 });
    expect(warm.cachedCount).toBe(single.extraction.documents.length);
    expect(JSON.stringify(warm.extraction)).toBe(JSON.stringify(single.extraction));
  }, 180_000);
});
