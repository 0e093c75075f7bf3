// Re-runs planned from the saved corpus state, on the real extractors and the real Neo4j:
// after an edit, an addition, a removal or a bad file, the graph equals what a clean ingest
// of the same folder gives; and when the graph no longer matches the state, the run takes
// the full path.
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createExtractionPool, type ExtractionPool } from '../../pipeline/extract-workers.ts';
import { runIngest } from '../../pipeline/ingest.ts';
import { testConnection, useEmptyDatabase, wipeDatabase } from './helpers/database.ts';
import { tempCorpus } from './helpers/cli.ts';
import { cleanFingerprint, fingerprint } from './helpers/fingerprint.ts';
import { onDatabase } from '../../graph/driver.ts';

const EVAL_DEV = join('tests', 'fixtures', 'eval-dev');

describe('kg ingest re-runs from the corpus state', () => {
  const db = useEmptyDatabase();
  const cacheDir = mkdtempSync(join(tmpdir(), 'kg-incremental-cache-'));
  const ingest = (corpus: string, cache: string | null = cacheDir) =>
    runIngest({
      database: { driver: db.driver, settings: testConnection() },
      paths: [corpus],
      cacheDir: cache,
      workers: 1,
    });
  /** A clean ingest of the folder, without any cache or state. */
  const cleanFingerprintOf = (corpus: string) => cleanFingerprint(db.driver, () => ingest(corpus, null));

  it('writes only what an edit, an addition and a removal change, and ends with the graph a clean ingest gives', async () => {
    const corpus = tempCorpus();
    for (const name of readdirSync(EVAL_DEV).slice(0, 8)) cpSync(join(EVAL_DEV, name), join(corpus, name));
    const first = await ingest(corpus);
    expect(first.path).toBe('full');
    const again = await ingest(corpus);
    expect(again).toMatchObject({
      path: 'incremental',
      documents: { unchanged: 13, changed: 0 },
      nodesCreated: 0,
      relationshipsCreated: 0,
      propertiesSet: 0,
    });

    // An edit: a document loses its last third.
    const edited = readdirSync(corpus).sort()[2]!;
    const text = readFileSync(join(corpus, edited), 'utf8');
    writeFileSync(join(corpus, edited), text.slice(0, Math.floor((text.length * 2) / 3)));
    const afterEdit = await ingest(corpus);
    expect(afterEdit).toMatchObject({ path: 'incremental', documents: { changed: 1, unchanged: 12 } });
    expect(afterEdit.relationshipsDeleted).toBeGreaterThan(0);
    const graph = await fingerprint(db.driver);
    expect(graph).toEqual(await cleanFingerprintOf(corpus));

    // Back to that graph, then an addition and a removal in one run.
    await wipeDatabase(db.driver);
    await ingest(corpus, mkdtempSync(join(tmpdir(), 'kg-incremental-other-')));
    await ingest(corpus); // the state still matches: the graph was rebuilt to the same facts
    const added = readdirSync(EVAL_DEV)[10]!;
    cpSync(join(EVAL_DEV, added), join(corpus, added));
    const removed = readdirSync(corpus).sort()[0]!;
    rmSync(join(corpus, removed));
    const afterBoth = await ingest(corpus);
    expect(afterBoth).toMatchObject({ path: 'incremental', documents: { new: 1, removed: 1 } });
    expect(await fingerprint(db.driver)).toEqual(await cleanFingerprintOf(corpus));
  });

  it('keeps what the graph has for a file that cannot be read, and catches up once it is fixed', async () => {
    const corpus = tempCorpus();
    await ingest(corpus);
    const name = readdirSync(corpus).sort()[1]!;
    const original = readFileSync(join(corpus, name));
    const before = await fingerprint(db.driver);
    writeFileSync(join(corpus, name), Buffer.from([0x47, 0x00, 0xff, 0xfe, 0x00]));
    const broken = await ingest(corpus);
    expect(broken).toMatchObject({
      path: 'incremental',
      documents: { failed: 1, unchanged: 4, changed: 0, removed: 0 },
    });
    expect(await fingerprint(db.driver)).toEqual(before);
    writeFileSync(
      join(corpus, name),
      Buffer.concat([original, Buffer.from('\nThe office also keeps a public register.\n')]),
    );
    const fixed = await ingest(corpus);
    expect(fixed).toMatchObject({ path: 'incremental', documents: { failed: 0, unchanged: 4 } });
    expect(fixed.documents.changed + fixed.documents.unchanged).toBe(5);
    expect(await fingerprint(db.driver)).toEqual(await cleanFingerprintOf(corpus));
  });

  it('keeps re-runs incremental beside a new file that cannot be read', async () => {
    const corpus = tempCorpus();
    writeFileSync(join(corpus, 'broken.txt'), Buffer.from([0x47, 0x00, 0xff, 0xfe, 0x00]));
    const first = await ingest(corpus);
    expect(first).toMatchObject({ path: 'full', documents: { new: 5, failed: 1 } });
    const again = await ingest(corpus);
    expect(again).toMatchObject({ path: 'incremental', documents: { unchanged: 5, failed: 1 } });
    rmSync(join(corpus, 'broken.txt'));
    expect(await ingest(corpus)).toMatchObject({ path: 'incremental', documents: { unchanged: 5, failed: 0 } });
  });

  it('takes the full path when the graph no longer matches the saved state', async () => {
    const corpus = tempCorpus();
    await ingest(corpus);
    await db.driver.executeQuery(
      "MATCH (d:Document) WITH d LIMIT 1 SET d.factsHash = 'edited elsewhere'",
      {},
      onDatabase(testConnection().database),
    );
    const rerun = await ingest(corpus);
    expect(rerun.path).toBe('full');
    expect(rerun.fullPathReason).toMatch(/differs from the saved state/);
    expect(rerun.documents.changed).toBe(1);
    const next = await ingest(corpus);
    expect(next).toMatchObject({ path: 'incremental', documents: { unchanged: 5 } });
  });

  it("extracts edits on the caller's warm thread, run after run, and leaves it open (kg ingest --watch)", async () => {
    const corpus = tempCorpus();
    const warm = createExtractionPool({ workers: 1, batchSize: 1 });
    const extracted: string[] = [];
    let isClosed = false;
    // The caller's pool, recording what it is asked to extract and whether the run closed it.
    const pool: ExtractionPool = {
      extract: (sources, onBatch) => {
        extracted.push(...sources.map((source) => source.path));
        return warm.extract(sources, onBatch);
      },
      close: () => {
        isClosed = true;
        return warm.close();
      },
    };
    const ingestWith = () =>
      runIngest({
        database: { driver: db.driver, settings: testConnection() },
        paths: [corpus],
        cacheDir,
        extractionPool: pool,
      });
    try {
      expect((await ingestWith()).path).toBe('full');
      for (const [index, name] of readdirSync(corpus).sort().slice(0, 2).entries()) {
        writeFileSync(
          join(corpus, name),
          `${readFileSync(join(corpus, name), 'utf8')}\nThe Office of Watched Edit ${index + 1} is directly under the State Council.\n`,
        );
        expect(await ingestWith()).toMatchObject({
          path: 'incremental',
          documents: { changed: 1 },
          extractedDocuments: 1,
        });
      }
      expect(extracted.map((path) => path.split('/').at(-1))).toEqual(readdirSync(corpus).sort().slice(0, 2));
      expect(isClosed).toBe(false);
      expect(await fingerprint(db.driver)).toEqual(await cleanFingerprintOf(corpus));
    } finally {
      await warm.close();
    }
  });
});
