// An entity (or relationship) that documents of several sources support, on the real
// extractors and the real Neo4j (issue 12): each source resolves it on its own, and what the
// graph shows is combined from every source's row, so it does not depend on which source
// was ingested last, nor on two sources writing at the same time; removing a source leaves
// what the others say.
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { onDatabase, toPlainMap } from '../../graph/driver.ts';
import { runIngest } from '../../pipeline/ingest.ts';
import { removeSource } from '../../pipeline/remove-source.ts';
import { runKg } from './helpers/cli.ts';
import { testConnection, useEmptyDatabase } from './helpers/database.ts';
import { cleanFingerprint, duplicateNodeIds, fingerprint } from './helpers/fingerprint.ts';

/** A fresh folder `<tmp>/<name>` holding `files` (name -> text, or a path under tests/fixtures/eval-dev). */
function folderOf(name: string, files: Record<string, string | { fixture: string }>): string {
  const folder = join(mkdtempSync(join(tmpdir(), 'kg-shared-')), name);
  mkdirSync(folder);
  for (const [file, content] of Object.entries(files)) {
    if (typeof content === 'string') writeFileSync(join(folder, file), content);
    else cpSync(join('tests', 'fixtures', 'eval-dev', content.fixture), join(folder, file));
  }
  return folder;
}

// Three sources name the European Maritime Safety Agency (one entity id in each), each
// spelling it and its aliases its own way.
const atlas = folderOf('atlas', { 'about.txt': { fixture: 'maritime-agency.txt' } }); // "European Maritime Safety Agency", alias EMSA
const ports = folderOf('ports', {
  'inspections.txt':
    'Port State Control\n\nThe European Maritime Safety Agency (Maritime Agency) supports port inspections. The Maritime Agency reports to the European Commission.\n',
});
const shouting = folderOf('shouting', {
  'notes.txt':
    'Shipping notes\n\nThe EUROPEAN MARITIME SAFETY AGENCY, or Safety Agency for Shipping, publishes reports.\n',
});

describe('an entity several sources share', () => {
  const db = useEmptyDatabase();
  const database = () => ({ driver: db.driver, settings: testConnection() });
  const ingest = (folder: string) => runIngest({ database: database(), paths: [folder], cacheDir: null, workers: 1 });
  const ingestAll = async (folders: string[]) => {
    for (const folder of folders) await ingest(folder);
  };
  const agency = async () => {
    const result = await db.driver.executeQuery(
      "MATCH (n:Agency) WHERE n.id STARTS WITH 'agency:european-maritime-safety-agency-' RETURN n.name AS name, n.aliases AS aliases, n.extractors AS extractors, n.sourceRows AS sourceRows",
      {},
      onDatabase(testConnection().database),
    );
    expect(result.records).toHaveLength(1);
    return toPlainMap(result.records[0]!.toObject()) as {
      name: string;
      aliases: string[];
      extractors: string[];
      sourceRows: string;
    };
  };

  it('shows the same name, aliases and extractors whichever source was ingested last', async () => {
    const forward = await cleanFingerprint(db.driver, () => ingestAll([atlas, ports, shouting]));
    const combined = await agency();
    // The capitals' source is one spelling among three: the name as the texts write it wins.
    expect(combined).toMatchObject({ name: 'European Maritime Safety Agency', aliases: ['EMSA', 'Maritime Agency'] });
    expect((JSON.parse(combined.sourceRows) as string[][]).map((row) => row[0])).toEqual([
      'atlas',
      'ports',
      'shouting',
    ]);
    expect(combined.extractors).toContain('aliases:occurrence'); // atlas's only

    const backward = await cleanFingerprint(db.driver, () => ingestAll([shouting, ports, atlas]));
    expect(backward).toEqual(forward);
    const interleaved = await cleanFingerprint(db.driver, () => ingestAll([ports, atlas, shouting, ports]));
    expect(interleaved).toEqual(forward);
  });

  it('ends with the same graph when the sources are written at the same time', async () => {
    const sequential = await cleanFingerprint(db.driver, () => ingestAll([atlas, ports, shouting]));
    // One process per source, as docs/scale-out.md runs them.
    const cache = { KG_CACHE_DIR: mkdtempSync(join(tmpdir(), 'kg-shared-cache-')) };
    const concurrent = await cleanFingerprint(db.driver, async () => {
      const runs = await Promise.all(
        [atlas, ports, shouting].map((folder) => runKg(['ingest', folder], testConnection(), cache)),
      );
      for (const run of runs) expect(run.code, run.stderr).toBe(0);
    });
    expect(await duplicateNodeIds(db.driver)).toEqual([]);
    expect(concurrent).toEqual(sequential);
  });

  it('takes what the remaining sources say when one is removed, and equals their clean ingest', async () => {
    await ingestAll([atlas, ports, shouting]);
    await removeSource({ database: database(), source: 'shouting', cacheDir: null });
    expect(await agency()).toMatchObject({
      name: 'European Maritime Safety Agency',
      aliases: ['EMSA', 'Maritime Agency'],
    });
    await removeSource({ database: database(), source: 'ports', cacheDir: null });
    const alone = await agency();
    expect(alone).toMatchObject({ name: 'European Maritime Safety Agency', aliases: ['EMSA'] });
    const graph = await fingerprint(db.driver);
    expect(graph).toEqual(await cleanFingerprint(db.driver, () => ingest(atlas)));

    // And the other way round: only the capitals' source left.
    await ingestAll([ports, atlas, shouting]);
    await removeSource({ database: database(), source: 'atlas', cacheDir: null });
    await removeSource({ database: database(), source: 'ports', cacheDir: null });
    expect(await agency()).toMatchObject({ name: 'EUROPEAN MARITIME SAFETY AGENCY', aliases: [] });
    const capitals = await fingerprint(db.driver);
    expect(capitals).toEqual(await cleanFingerprint(db.driver, () => ingest(shouting)));
  });
});
