// A run from a fresh clone or another machine (issue 12): no local cache, a graph that
// already holds the source. The Document nodes' sha256 and resolution states take the place
// of the saved corpus state, so an edit is extracted and written alone, on the real
// extractors and the real Neo4j, and the graph ends as a clean ingest of the folder gives.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { onDatabase, toPlainMap } from '../../graph/driver.ts';
import { runIngest } from '../../pipeline/ingest.ts';
import { runKg } from './helpers/cli.ts';
import { testConnection, useEmptyDatabase } from './helpers/database.ts';
import { cleanFingerprint, fingerprint } from './helpers/fingerprint.ts';

const EVAL_DEV = join('tests', 'fixtures', 'eval-dev');
const FILES = [
  'brookhaven-parks.txt',
  'land-transport.md',
  'coastal-authority.txt',
  'food-safety-ministry.txt',
  'parks-department.md',
  'maritime-agency.txt',
];

function folderOf(name: string): string {
  const folder = join(mkdtempSync(join(tmpdir(), 'kg-no-cache-')), name);
  mkdirSync(folder);
  for (const file of FILES) cpSync(join(EVAL_DEV, file), join(folder, file));
  return folder;
}

const INSPECTIONS = 'Port State Control\n\nThe European Maritime Safety Agency supports port inspections.\n';

/** An empty cache folder: what a fresh clone or another machine has. */
const freshCache = () => mkdtempSync(join(tmpdir(), 'kg-fresh-cache-'));

function append(folder: string, file: string, text: string): void {
  writeFileSync(join(folder, file), `${readFileSync(join(folder, file), 'utf8')}\n${text}\n`);
}

describe('kg ingest without a local cache, against a graph that holds the source', () => {
  const db = useEmptyDatabase();
  const ingest = (folder: string, cacheDir: string | null) =>
    runIngest({ database: { driver: db.driver, settings: testConnection() }, paths: [folder], cacheDir, workers: 1 });
  const documents = async () =>
    (
      await db.driver.executeQuery(
        'MATCH (d:Document) RETURN d.id AS id, toString(d.ingestedAt) AS at, d.resolutionState IS NOT NULL AS hasState ORDER BY id',
        {},
        onDatabase(testConnection().database),
      )
    ).records.map((record) => toPlainMap(record.toObject()) as { id: string; at: string; hasState: boolean });

  it('extracts and writes only the edited document, and ends with the graph a clean ingest gives', async () => {
    const docs = folderOf('docs');
    expect((await ingest(docs, freshCache())).path).toBe('full');
    const before = await documents();
    expect(before.every((document) => document.hasState)).toBe(true);

    append(docs, 'coastal-authority.txt', 'The Coastal Authority is responsible for licensing harbour pilots.');
    const edited = await ingest(docs, freshCache());
    expect(edited).toMatchObject({
      path: 'incremental',
      extractedDocuments: 1,
      documents: { changed: 1, unchanged: 5, new: 0, removed: 0, failed: 0 },
    });
    expect(edited.fullPathReason).toBeUndefined();
    // No other Document node was rewritten.
    const after = await documents();
    expect(after.filter((document, index) => document.at !== before[index]!.at).map((document) => document.id)).toEqual(
      ['docs/coastal-authority.txt'],
    );
    const graph = await fingerprint(db.driver);
    expect(graph).toEqual(await cleanFingerprint(db.driver, () => ingest(docs, null)));

    // A removal and an addition, again from nothing but the graph.
    rmSync(join(docs, 'brookhaven-parks.txt'));
    cpSync(join(EVAL_DEV, 'vaccine-agency.txt'), join(docs, 'vaccine-agency.txt'));
    const both = await ingest(docs, freshCache());
    expect(both).toMatchObject({
      path: 'incremental',
      extractedDocuments: 1,
      documents: { new: 1, removed: 1, unchanged: 5 },
    });
    expect(await fingerprint(db.driver)).toEqual(await cleanFingerprint(db.driver, () => ingest(docs, null)));

    // A new document names the agency only maritime-agency.txt named: that document's state
    // on its node now holds the agency (it shares a key), and drops it when the new one goes.
    writeFileSync(join(docs, 'inspections.txt'), INSPECTIONS);
    const sharing = await ingest(docs, freshCache());
    expect(sharing).toMatchObject({ path: 'incremental', documents: { new: 1, changed: 0, unchanged: 6 } });
    expect(await fingerprint(db.driver)).toEqual(await cleanFingerprint(db.driver, () => ingest(docs, null)));
    rmSync(join(docs, 'inspections.txt'));
    expect(await ingest(docs, freshCache())).toMatchObject({
      path: 'incremental',
      documents: { removed: 1, changed: 0, unchanged: 6 },
    });
    expect(await fingerprint(db.driver)).toEqual(await cleanFingerprint(db.driver, () => ingest(docs, null)));
  });

  it('says so on the command line, and the next run goes on from the state it saved', async () => {
    const docs = folderOf('docs');
    await ingest(docs, freshCache());
    append(docs, 'land-transport.md', 'The Land Transport Authority also keeps the register of driving instructors.');
    const cache = freshCache();
    const cli = await runKg(['ingest', docs], testConnection(), { KG_CACHE_DIR: cache });
    expect(cli.code, cli.stderr).toBe(0);
    expect(cli.stdout).toContain('source docs: 0 new, 1 changed, 5 unchanged');
    expect(cli.stdout).toContain('1 document(s) extracted');
    expect(cli.stdout).toContain('incremental path');

    append(docs, 'parks-department.md', 'The Parks Department maintains public playgrounds.');
    const next = await ingest(docs, cache);
    expect(next).toMatchObject({ path: 'incremental', extractedDocuments: 1, documents: { changed: 1, unchanged: 5 } });
    expect(await fingerprint(db.driver)).toEqual(await cleanFingerprint(db.driver, () => ingest(docs, null)));
  });

  it('resolves the whole source when a Document node keeps no resolution state', async () => {
    const docs = folderOf('docs');
    await ingest(docs, freshCache());
    // As a graph written before the states were kept.
    await db.driver.executeQuery(
      "MATCH (d:Document {id: 'docs/maritime-agency.txt'}) REMOVE d.resolutionState",
      {},
      onDatabase(testConnection().database),
    );
    append(docs, 'coastal-authority.txt', 'The Coastal Authority is responsible for licensing harbour pilots.');
    const full = await ingest(docs, freshCache());
    expect(full.path).toBe('full');
    expect(full.fullPathReason).toBe(
      "no saved corpus state here, and the graph's Document node docs/maritime-agency.txt keeps no resolution state for its bytes",
    );
    expect(full.documents).toMatchObject({ changed: 1, unchanged: 5 });
    expect(await fingerprint(db.driver)).toEqual(await cleanFingerprint(db.driver, () => ingest(docs, null)));
  });
});
