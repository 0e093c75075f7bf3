// A small edit writes a small change: mentions the new text still has are kept, not deleted
// and re-created, so the counts say what changed (issue 12: "21 created, 21 deleted" for a
// two-fact edit).
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runIngest } from '../../pipeline/ingest.ts';
import { testConnection, useEmptyDatabase } from './helpers/database.ts';
import { cleanFingerprint, fingerprint } from './helpers/fingerprint.ts';
import { onDatabase } from '../../graph/driver.ts';

describe('a small edit', () => {
  const db = useEmptyDatabase();

  it('adds what the appended text says and deletes no mention', async () => {
    const folder = join(mkdtempSync(join(tmpdir(), 'kg-small-edit-')), 'docs');
    mkdirSync(folder);
    for (const file of ['maritime-agency.txt', 'coastal-authority.txt'])
      cpSync(join('tests', 'fixtures', 'eval-dev', file), join(folder, file));
    const ingest = () =>
      runIngest({
        database: { driver: db.driver, settings: testConnection() },
        paths: [folder],
        cacheDir: null,
        workers: 1,
      });
    await ingest();
    const mentionsBefore = (
      await db.driver.executeQuery(
        'MATCH ()-[m:MENTIONED_IN]->(:Document {id: "docs/maritime-agency.txt"}) RETURN count(m) AS n',
        {},
        onDatabase(testConnection().database),
      )
    ).records[0]
      ?.get('n')
      .toNumber() as number;
    expect(mentionsBefore).toBeGreaterThan(5);

    const path = join(folder, 'maritime-agency.txt');
    writeFileSync(
      path,
      `${readFileSync(path, 'utf8')}\nThe Harbour Pilotage Office is directly under the Maritime Agency.\n`,
    );
    const edit = await ingest();
    expect(edit.documents).toMatchObject({ changed: 1, unchanged: 1 });
    expect(edit.relationshipsDeleted).toBe(0);
    expect(edit.relationshipsCreated).toBeGreaterThan(0);
    expect(edit.relationshipsCreated).toBeLessThan(mentionsBefore);
    expect(await fingerprint(db.driver)).toEqual(await cleanFingerprint(db.driver, ingest));
  });
});
