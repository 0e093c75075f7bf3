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
    const single = await extractCorpus({ paths: [dir], cacheDir: undefined, workers: 1 });
    const cacheDir = join(root, 'cache');
    const pooled = await extractCorpus({ paths: [dir], cacheDir, workers: 2 });
    expect(single.failures.map((failure) => failure.id)).toEqual(['00050_binary.txt']);
    // Everything but the file stamps, which depend on when each run read the files.
    const withoutStamps = (corpus: typeof single) => JSON.stringify({ ...corpus, state: corpus.state?.documents.map((document) => ({ ...document, stamp: undefined })) });
    expect(withoutStamps(pooled)).toBe(withoutStamps(single));
    const warm = await extractCorpus({ paths: [dir], cacheDir, workers: 2 });
    expect(warm.cachedCount).toBe(single.extraction.documents.length);
    expect(JSON.stringify(warm.extraction)).toBe(JSON.stringify(single.extraction));
  }, 180_000);
});
