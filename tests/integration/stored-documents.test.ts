// graph/reads.ts readStoredDocuments reads each record as one NUL-joined string: what it gives
// must be what the Document nodes hold, field by field, for every node of the source and no
// other, a missing or non-string field reading as '', and a field that itself holds the
// separator must not shift the fields (the records are then read again as lists).
import { describe, expect, it } from 'vitest';
import { onDatabase } from '../../graph/driver.ts';
import { readStoredDocuments } from '../../graph/reads.ts';
import { testConnection, useEmptyDatabase } from './helpers/database.ts';

const db = useEmptyDatabase();
const database = testConnection().database;

async function createDocuments(rows: Record<string, unknown>[]): Promise<void> {
  await db.driver.executeQuery('UNWIND $rows AS row CREATE (d:Document) SET d = row', { rows }, onDatabase(database));
}

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

describe('readStoredDocuments', () => {
  it("reads every Document node of the source, each field as stored, '' for a missing or non-string one", async () => {
    await createDocuments([
      { id: 's/a.txt', source: 's', path: 'a.txt', sha256: 'aa', extractorVersion: 'v1', factsHash: 'fa' },
      { id: 's/b|c.md', source: 's', path: 'b|c.md', sha256: 'bb', extractorVersion: 'v1' },
      { id: 's/n.txt', source: 's', path: 'n.txt', sha256: 42, extractorVersion: 'v1', factsHash: 'fn' },
      { id: 't/a.txt', source: 't', path: 'a.txt', sha256: 'tt', extractorVersion: 'v1', factsHash: 'ft' },
    ]);
    expect((await readStoredDocuments(db.driver, database, 's')).sort(byId)).toEqual([
      { id: 's/a.txt', path: 'a.txt', sha256: 'aa', extractorVersion: 'v1', factsHash: 'fa' },
      { id: 's/b|c.md', path: 'b|c.md', sha256: 'bb', extractorVersion: 'v1', factsHash: '' },
      { id: 's/n.txt', path: 'n.txt', sha256: '', extractorVersion: 'v1', factsHash: 'fn' },
    ]);
    expect(await readStoredDocuments(db.driver, database, 'none')).toEqual([]);
  });

  it('keeps the fields apart when one holds the separator', async () => {
    await createDocuments([
      {
        id: 's/x\u0000y.txt',
        source: 's',
        path: 'x\u0000y.txt',
        sha256: 'xx',
        extractorVersion: 'v1',
        factsHash: 'fx',
      },
      { id: 's/z.txt', source: 's', path: 'z.txt', sha256: 'zz', extractorVersion: 'v1', factsHash: 'fz' },
    ]);
    expect((await readStoredDocuments(db.driver, database, 's')).sort(byId)).toEqual([
      { id: 's/x\u0000y.txt', path: 'x\u0000y.txt', sha256: 'xx', extractorVersion: 'v1', factsHash: 'fx' },
      { id: 's/z.txt', path: 'z.txt', sha256: 'zz', extractorVersion: 'v1', factsHash: 'fz' },
    ]);
  });
});
