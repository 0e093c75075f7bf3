// Issue 5's acceptance criteria 3, 4 and 7 with real `kg ingest` processes: two at once,
// one killed part way, and --watch.
import { appendFileSync, readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runIngest } from '../../pipeline/ingest.ts';
import { spawnKg, tempCorpus, waitFor } from './helpers/cli.ts';
import { testConnection, useEmptyDatabase } from './helpers/database.ts';
import { cleanFingerprint, duplicateNodeIds, fingerprint, type Fingerprint } from './helpers/fingerprint.ts';
import { onDatabase } from '../../graph/driver.ts';

describe('kg ingest processes (acceptance 3, 4, 7)', () => {
  const db = useEmptyDatabase();
  const ingest = (paths: string[]) => runIngest({ database: { driver: db.driver, settings: testConnection() }, paths });
  /** The graph a clean ingest of `paths` gives. */
  const cleanFingerprintOf = (paths: string[]): Promise<Fingerprint> =>
    cleanFingerprint(db.driver, () => ingest(paths));

  it('3. two kg ingest processes at once leave no duplicate and the graph of one run', async () => {
    const corpus = tempCorpus(1);
    const first = spawnKg(['ingest', corpus, '--json'], testConnection());
    const second = spawnKg(['ingest', corpus, '--json', '--concurrency', '8'], testConnection());
    const codes = await Promise.all([first.exited, second.exited]);
    expect(codes, `${first.stderr()}\n${second.stderr()}`).toEqual([0, 0]);
    expect(await duplicateNodeIds(db.driver)).toEqual([]);
    const both = await fingerprint(db.driver);
    expect(both).toEqual(await cleanFingerprintOf([corpus]));
  });

  it('4. a kg ingest killed part way is repaired by the next run', async () => {
    const corpus = tempCorpus(8);
    const victim = spawnKg(['ingest', corpus, '--concurrency', '2'], testConnection());
    await waitFor(
      () => /\[3\/\d+\]/.test(victim.stderr()) || victim.child.exitCode !== null,
      240_000,
      'three documents written',
    );
    victim.child.kill('SIGKILL');
    await victim.exited;
    const written = (
      await db.driver.executeQuery(
        'MATCH (d:Document) RETURN count(d) AS documents',
        {},
        onDatabase(testConnection().database),
      )
    ).records[0]
      ?.get('documents')
      .toNumber();
    expect(written).toBeGreaterThan(0);
    expect(written).toBeLessThan(45);
    const repair = await ingest([corpus]);
    expect(repair.documents.failed).toBe(0);
    const repaired = await fingerprint(db.driver);
    expect(await duplicateNodeIds(db.driver)).toEqual([]);
    expect(repaired).toEqual(await cleanFingerprintOf([corpus]));
  }, 400_000);

  it('7. --watch re-ingests a saved file within a few seconds', async () => {
    const corpus = tempCorpus();
    const watcher = spawnKg(['ingest', corpus, '--watch'], testConnection());
    try {
      await waitFor(
        () => watcher.stderr().includes('Watching') || watcher.child.exitCode !== null,
        120_000,
        'the watcher to start',
      );
      expect(watcher.child.exitCode).toBeNull();
      const path = join(corpus, '003_259a926063fd7fd2.txt');
      appendFileSync(path, '\nThe Ministry of Watching (MOW) is directly under the State Council.\n');
      const sha256 = createHash('sha256').update(readFileSync(path)).digest('hex');
      const savedAt = Date.now();
      await waitFor(
        async () => {
          const result = await db.driver.executeQuery(
            'MATCH (d:Document {id: $id}) RETURN d.sha256 AS sha256',
            { id: `${basename(corpus)}/003_259a926063fd7fd2.txt` },
            onDatabase(testConnection().database),
          );
          return result.records[0]?.get('sha256') === sha256;
        },
        15_000,
        'the saved file to reach the graph',
      );
      console.log(`watch: graph updated ${((Date.now() - savedAt) / 1000).toFixed(1)} s after the save`);
    } finally {
      watcher.child.kill('SIGTERM');
      await watcher.exited;
    }
    expect(await fingerprint(db.driver)).toEqual(await cleanFingerprintOf([corpus]));
  });
});
