// Named sources on the real extractors and the real Neo4j (issue 12): folders with the same
// file names, pruning scoped to one source, the removal guard, kg sources, kg remove with
// shared entities, adoption of a graph built before sources, and a run without a local
// cache against a graph that already holds the source.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { onDatabase, toPlainMap } from '../../graph/driver.ts';
import { isKgError } from '../../pipeline/errors.ts';
import { runIngest, type IngestOptions } from '../../pipeline/ingest.ts';
import { ERROR_EXIT_CODES } from '../../pipeline/errors.ts';
import { runKg } from './helpers/cli.ts';
import { testConnection, useEmptyDatabase, wipeDatabase } from './helpers/database.ts';
import { cleanFingerprint, duplicateNodeIds, fingerprint } from './helpers/fingerprint.ts';

const EVAL_DEV = join('tests', 'fixtures', 'eval-dev');
const SMALL = [
  'brookhaven-parks.txt',
  'land-transport.md',
  'coastal-authority.txt',
  'food-safety-ministry.txt',
  'parks-department.md',
  'quality-authority.txt',
  'energy-regulator.md',
  'maritime-agency.txt',
  'vaccine-agency.txt',
  'statistics-bureau.txt',
  'radiation-office.md',
  'meteorology-service.txt',
];

/** A fresh folder `<tmp>/<name>` holding copies of the named eval-dev documents (as `as[i]` when given). */
function folderOf(name: string, files: string[], as: string[] = files): string {
  const folder = join(mkdtempSync(join(tmpdir(), 'kg-sources-')), name);
  mkdirSync(folder, { recursive: true });
  files.forEach((file, index) => cpSync(join(EVAL_DEV, file), join(folder, as[index]!)));
  return folder;
}

describe('named sources', () => {
  const db = useEmptyDatabase();
  const cacheDir = mkdtempSync(join(tmpdir(), 'kg-sources-cache-'));
  const ingest = (paths: string[], options: Partial<IngestOptions> = {}) =>
    runIngest({ database: { driver: db.driver, settings: testConnection() }, paths, cacheDir, workers: 1, ...options });
  const query = async (text: string, parameters: Record<string, unknown> = {}) =>
    (await db.driver.executeQuery(text, parameters, onDatabase(testConnection().database))).records.map((record) =>
      toPlainMap(record.toObject()),
    );
  const documents = async () =>
    query('MATCH (d:Document) RETURN d.id AS id, d.source AS source, d.path AS path ORDER BY id');

  it('two folders that hold the same file names are two sources, and both are kept', async () => {
    const a = folderOf('a', ['maritime-agency.txt'], ['about.txt']);
    const b = folderOf('b', ['vaccine-agency.txt'], ['about.txt']);
    const together = await runKg(['ingest', a, b], testConnection());
    expect(together.code).toBe(ERROR_EXIT_CODES.KG_USAGE);
    expect(together.stderr).toMatch(/2 paths given without --source.*--source my-docs/);
    const collision = await runKg(['ingest', a, b, '--source', 'both'], testConnection());
    expect(collision.code).toBe(ERROR_EXIT_CODES.KG_USAGE);
    expect(collision.stderr).toContain('would both be document both/about.txt');

    await ingest([a]);
    await ingest([b]);
    expect(await documents()).toEqual([
      { id: 'a/about.txt', source: 'a', path: 'about.txt' },
      { id: 'b/about.txt', source: 'b', path: 'about.txt' },
    ]);
    const agencies = await query(
      'MATCH (n:Agency)-[:MENTIONED_IN]->(d:Document) RETURN DISTINCT d.source AS source ORDER BY source',
    );
    expect(agencies.map((row) => row.source)).toEqual(['a', 'b']);
  });

  it('the same files ingested from two different absolute paths give the same graph', async () => {
    const files = SMALL.slice(0, 4);
    const here = folderOf('docs', files);
    const there = folderOf('elsewhere', files);
    const first = await cleanFingerprint(db.driver, () => ingest([here], { source: 'docs' }));
    const second = await cleanFingerprint(db.driver, () => ingest([there], { source: 'docs', cacheDir: null }));
    expect(second).toEqual(first);
    expect(first.nodes.some((node) => node.includes('"path":"brookhaven-parks.txt"'))).toBe(true);
  });

  it('re-ingesting one source after a file is deleted prunes only that source', async () => {
    const seeds = folderOf('seeds', SMALL.slice(0, 5));
    const mine = folderOf('mine', SMALL.slice(5, 8));
    await ingest([seeds]);
    await ingest([mine]);
    const mineBefore = await query(
      'MATCH (d:Document {source: "mine"}) RETURN d.id AS id, d.sha256 AS sha256, toString(d.ingestedAt) AS at ORDER BY id',
    );
    rmSync(join(seeds, SMALL[0]!));
    const rerun = await ingest([seeds]);
    expect(rerun.documents).toMatchObject({ removed: 1, unchanged: 4, new: 0, changed: 0 });
    expect(
      await query(
        'MATCH (d:Document {source: "mine"}) RETURN d.id AS id, d.sha256 AS sha256, toString(d.ingestedAt) AS at ORDER BY id',
      ),
    ).toEqual(mineBefore);
    const graph = await fingerprint(db.driver);
    const clean = await cleanFingerprint(db.driver, async () => {
      await ingest([seeds], { cacheDir: null });
      await ingest([mine], { cacheDir: null });
    });
    expect(graph).toEqual(clean);
  });

  it('refuses to empty a source from an empty folder, writes nothing, and removes with --allow-removals', async () => {
    const mine = folderOf('mine', ['maritime-agency.txt']);
    await ingest([mine]);
    const before = await fingerprint(db.driver);
    const empty = folderOf('empty', []);
    const refused = await ingest([empty], { source: 'mine' }).catch((error: unknown) => error);
    expect(isKgError(refused, 'KG_REMOVALS_REFUSED')).toBe(true);
    expect((refused as Error).message).toContain('would remove 1 of the 1 document(s) of source "mine"');
    expect((refused as Error).message).toContain('mine/maritime-agency.txt');
    expect(await fingerprint(db.driver)).toEqual(before);

    const cli = await runKg(['ingest', empty, '--source', 'mine'], testConnection());
    expect(cli.code).toBe(ERROR_EXIT_CODES.KG_REMOVALS_REFUSED);
    expect(cli.stderr).toContain('--allow-removals');
    expect(await fingerprint(db.driver)).toEqual(before);

    const confirmed = await runKg(['ingest', empty, '--source', 'mine', '--allow-removals'], testConnection());
    expect(confirmed.code, confirmed.stderr).toBe(0);
    expect(confirmed.stdout).toContain('1 removed');
    expect(await documents()).toEqual([]);
    expect(await query('MATCH (n:Entity) RETURN count(n) AS entities')).toEqual([{ entities: 0 }]);
  });

  it('asks for confirmation above half of a source of more than 10 documents, or above --max-removal-share', async () => {
    const many = folderOf('many', SMALL);
    await ingest([many]);
    for (const file of SMALL.slice(0, 7)) rmSync(join(many, file));
    const before = await fingerprint(db.driver);
    const refused = await ingest([many]).catch((error: unknown) => error);
    expect(isKgError(refused, 'KG_REMOVALS_REFUSED')).toBe(true);
    expect((refused as Error).message).toContain('would remove 7 of the 12 document(s)');
    expect(await fingerprint(db.driver)).toEqual(before);

    cpSync(join(EVAL_DEV, SMALL[0]!), join(many, SMALL[0]!));
    const half = await ingest([many]);
    expect(half.documents).toMatchObject({ removed: 6, unchanged: 6 });

    rmSync(join(many, SMALL[0]!));
    const strict = await ingest([many], { maxRemovalShare: 0 }).catch((error: unknown) => error);
    expect(isKgError(strict, 'KG_REMOVALS_REFUSED')).toBe(true);
    expect((await ingest([many], { maxRemovalShare: 0, allowRemovals: true })).documents).toMatchObject({
      removed: 1,
      unchanged: 5,
    });
  });

  it('kg sources lists each source with its folder, documents and last run', async () => {
    const a = folderOf('alpha', SMALL.slice(0, 2));
    const b = folderOf('beta', SMALL.slice(2, 5));
    await ingest([a]);
    await ingest([b]);
    const table = await runKg(['sources'], testConnection());
    expect(table.code, table.stderr).toBe(0);
    const lines = table.stdout.split('\n');
    expect(lines[0]).toMatch(/^source\s*\|\s*documents\s*\|\s*folder\s*\|\s*last run\s*\|\s*when/);
    expect(lines.find((line) => line.startsWith('alpha'))).toMatch(
      new RegExp(
        `^alpha\\s*\\| 2\\s*\\| ${a.replaceAll('/', '\\/')}\\s*\\| 2 new, 0 changed, 0 unchanged, 0 removed, 0 failed \\| \\d{4}-\\d\\d-\\d\\dT`,
      ),
    );
    expect(lines.find((line) => line.startsWith('beta'))).toMatch(/^beta\s*\| 3\s*\|/);
    const json = JSON.parse((await runKg(['sources', '--json'], testConnection())).stdout) as {
      name: string;
      documents: number;
      folders: string[];
    }[];
    expect(json.map(({ name, documents, folders }) => ({ name, documents, folders }))).toEqual([
      { name: 'alpha', documents: 2, folders: [a] },
      { name: 'beta', documents: 3, folders: [b] },
    ]);
  });

  it('kg remove retracts a whole source; what another source supports survives, and the graph equals the other source alone', async () => {
    const seeds = folderOf('seeds', SMALL.slice(6, 9));
    const mine = folderOf('mine', [SMALL[7]!, SMALL[10]!]);
    await ingest([seeds]);
    await ingest([mine]);
    const shared = await query(
      'MATCH (n:Entity)-[:MENTIONED_IN]->(d:Document) WITH n, collect(DISTINCT d.source) AS sources WHERE size(sources) = 2 RETURN n.id AS id ORDER BY id',
    );
    expect(shared.length).toBeGreaterThan(0);

    const unconfirmed = await runKg(['remove', '--source', 'mine'], testConnection());
    expect(unconfirmed.code).toBe(ERROR_EXIT_CODES.KG_USAGE);
    const unknown = await runKg(['remove', '--source', 'nope', '--yes'], testConnection());
    expect(unknown.code).toBe(ERROR_EXIT_CODES.KG_USAGE);
    expect(unknown.stderr).toContain('no source "nope"');
    const removed = await runKg(['remove', '--source', 'mine', '--yes'], testConnection());
    expect(removed.code, removed.stderr).toBe(0);
    expect(removed.stdout).toContain('Removed source mine: 2 document(s)');

    const survivors = await query('MATCH (n:Entity) WHERE n.id IN $ids RETURN n.id AS id ORDER BY id', {
      ids: shared.map((row) => row.id),
    });
    expect(survivors).toEqual(shared);
    expect(await query('MATCH (s:Source) RETURN s.id AS name')).toEqual([{ name: 'seeds' }]);
    const graph = await fingerprint(db.driver);
    expect(graph).toEqual(await cleanFingerprint(db.driver, () => ingest([seeds], { cacheDir: null })));
  });

  it('adopts a graph built before sources with a one-line message, without duplicating or losing anything', async () => {
    const docs = folderOf('docs', SMALL.slice(0, 4));
    const clean = await cleanFingerprint(db.driver, () => ingest([docs], { cacheDir: null }));
    // Turn the graph into what the tool wrote before sources: ids and evidence are the path
    // below the folder, Document.path the path as typed, no source, no Source node.
    await query(
      `MATCH (d:Document)
       WITH d, d.id AS sourced, d.path AS relative
       SET d.id = relative, d.path = $folder + '/' + relative, d.factsHash = 'written before sources'
       REMOVE d.source
       WITH sourced, relative
       MATCH ()-[r]->() WHERE sourced IN r.documents
       SET r.documents = [x IN r.documents | CASE WHEN x = sourced THEN relative ELSE x END],
           r.evidence = [e IN r.evidence | CASE WHEN e STARTS WITH sourced + ':' THEN relative + substring(e, size(sourced)) ELSE e END]`,
      { folder: docs },
    );
    await query('MATCH (s:Source) DELETE s');
    expect((await documents()).map((row) => row.source)).toEqual([null, null, null, null]);

    const notices: string[] = [];
    const run = await ingest([docs], { cacheDir: null, onNotice: (line) => notices.push(line) });
    expect(notices).toEqual([
      'Adopted 4 document(s) written before sources into source "docs" (ids are now docs/<path>).',
    ]);
    expect(run.adopted).toBe(4);
    expect(run.documents).toMatchObject({ new: 0, removed: 0, failed: 0 });
    expect(await duplicateNodeIds(db.driver)).toEqual([]);
    expect(await fingerprint(db.driver)).toEqual(clean);
    const again = await ingest([docs], { cacheDir: null });
    expect(again).toMatchObject({ adopted: 0, documents: { unchanged: 4 } });
  });

  it('without a local cache, a graph that holds the source unchanged takes the incremental path and writes nothing', async () => {
    const docs = folderOf('docs', SMALL.slice(0, 6));
    await ingest([docs]);
    const before = await fingerprint(db.driver);
    const fresh = await ingest([docs], { cacheDir: mkdtempSync(join(tmpdir(), 'kg-fresh-cache-')) });
    expect(fresh).toMatchObject({ path: 'incremental', documents: { unchanged: 6, new: 0, changed: 0, removed: 0 } });
    expect([
      fresh.nodesCreated,
      fresh.nodesDeleted,
      fresh.relationshipsCreated,
      fresh.relationshipsDeleted,
      fresh.propertiesSet,
    ]).toEqual([0, 0, 0, 0, 0]);
    expect(await fingerprint(db.driver)).toEqual(before);

    const cli = await runKg(['ingest', docs], testConnection(), {
      KG_CACHE_DIR: mkdtempSync(join(tmpdir(), 'kg-fresh-cache-')),
    });
    expect(cli.code, cli.stderr).toBe(0);
    expect(cli.stdout).toContain('incremental path');
    expect(cli.stdout).toContain('nodes: 0 created, 0 deleted; relationships: 0 created, 0 deleted');

    // An edit with no cache: only that document is extracted and written (tests/integration/no-cache-ingest.test.ts).
    const edited = join(docs, SMALL[1]!);
    writeFileSync(edited, `${readFileSync(edited, 'utf8')}\nThe Harbour Registry is a division of the agency.\n`);
    const afterEdit = await ingest([docs], { cacheDir: mkdtempSync(join(tmpdir(), 'kg-fresh-cache-')) });
    expect(afterEdit).toMatchObject({
      path: 'incremental',
      extractedDocuments: 1,
      documents: { changed: 1, unchanged: 5, new: 0, removed: 0 },
    });
    expect(await fingerprint(db.driver)).toEqual(
      await cleanFingerprint(db.driver, () => ingest([docs], { cacheDir: null })),
    );
  });

  it('npm start (kg start) ingests the seeds as source "seeds" and leaves other sources alone', async () => {
    const mine = folderOf('mine', SMALL.slice(0, 2));
    await ingest([mine]);
    const mineBefore = await query(
      'MATCH (d:Document {source: "mine"}) RETURN d.id AS id, toString(d.ingestedAt) AS at ORDER BY id',
    );
    const start = await runKg(['start'], testConnection(), { KG_CACHE_DIR: cacheDir });
    expect(start.code, start.stderr).toBe(0);
    expect(start.stdout).toContain('source seeds: 5 new');
    expect(
      await query('MATCH (d:Document {source: "mine"}) RETURN d.id AS id, toString(d.ingestedAt) AS at ORDER BY id'),
    ).toEqual(mineBefore);
    expect((await query('MATCH (d:Document {source: "seeds"}) RETURN count(d) AS n'))[0]).toEqual({ n: 5 });
    // And the other way round: re-ingesting mine does not remove the seeds.
    await ingest([mine]);
    expect((await query('MATCH (d:Document {source: "seeds"}) RETURN count(d) AS n'))[0]).toEqual({ n: 5 });
    await wipeDatabase(db.driver);
  }, 240_000);
});
