// Scale-out (issue 12): several `kg ingest --source ...` processes writing to one Neo4j at
// the same time end with the graph a sequential run gives, shared entities and
// relationships included.
import { cpSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runKg } from './helpers/cli.ts';
import { testConnection, useEmptyDatabase, wipeDatabase } from './helpers/database.ts';
import { duplicateNodeIds, fingerprint } from './helpers/fingerprint.ts';

const EVAL_DEV = join('tests', 'fixtures', 'eval-dev');
// The same documents in both sources: every entity and relationship is shared, with equal rows.
const FILES = ['maritime-agency.txt', 'coastal-authority.txt', 'vaccine-agency.txt', 'land-transport.md'];

function folderOf(name: string): string {
  const folder = join(mkdtempSync(join(tmpdir(), 'kg-concurrent-')), name);
  mkdirSync(folder);
  for (const file of FILES) cpSync(join(EVAL_DEV, file), join(folder, file));
  return folder;
}

describe('two sources ingested at the same time', () => {
  const db = useEmptyDatabase();

  it('end with the graph a sequential run gives', async () => {
    const north = folderOf('north');
    const south = folderOf('south');
    const cache = { KG_CACHE_DIR: mkdtempSync(join(tmpdir(), 'kg-concurrent-cache-')) };
    const sequential = async () => {
      for (const folder of [north, south]) {
        const run = await runKg(['ingest', folder], testConnection(), cache);
        expect(run.code, run.stderr).toBe(0);
      }
    };
    await sequential();
    const expected = await fingerprint(db.driver);
    const shared = expected.relationships.filter((line) => line.includes('north/') && line.includes('south/'));
    expect(shared.length).toBeGreaterThan(0);

    await wipeDatabase(db.driver);
    const runs = await Promise.all(
      [north, south].map((folder) => runKg(['ingest', folder, '--concurrency', '4'], testConnection(), cache)),
    );
    for (const run of runs) expect(run.code, run.stderr).toBe(0);
    expect(await duplicateNodeIds(db.driver)).toEqual([]);
    expect(await fingerprint(db.driver)).toEqual(expected);
  });
});
