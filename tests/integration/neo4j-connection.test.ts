// The local (or configured) Neo4j is real: Bolt, authentication, a 5.26 server, and data
// written through neo4j-driver reads back.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { onDatabase, checkServer, openDriver, type Driver } from '../../graph/driver.ts';
import { isKgError } from '../../pipeline/errors.ts';
import { openTestDriver, testConnection, wipeDatabase } from './helpers/database.ts';

describe('Neo4j over Bolt', () => {
  let driver: Driver;
  beforeAll(async () => {
    driver = openTestDriver();
    await wipeDatabase(driver);
  });
  afterAll(async () => {
    await wipeDatabase(driver);
    await driver.close();
  });

  it('is a Neo4j 5.26 server answering over Bolt', async () => {
    const info = await checkServer(driver, testConnection());
    console.log(
      `server: Neo4j ${info.version} ${info.edition} at ${info.address}, Bolt protocol ${info.protocolVersion}`,
    );
    expect(info.version).toMatch(/^5\.26\./);
    expect(Number(info.protocolVersion)).toBeGreaterThanOrEqual(5);
  });

  it('writes a node with parameters and reads it back', async () => {
    const tricky = 'Bureau "X" `y` {z} }) DETACH DELETE n //';
    const { database } = testConnection();
    await driver.executeQuery(
      'MERGE (a:ConnectionProbe {id: $id}) SET a.name = $name',
      { id: 'probe-1', name: tricky },
      onDatabase(database),
    );
    await driver.executeQuery(
      'MERGE (a:ConnectionProbe {id: $id}) SET a.name = $name',
      { id: 'probe-1', name: tricky },
      onDatabase(database),
    );
    const result = await driver.executeQuery(
      'MATCH (a:ConnectionProbe) RETURN a.id AS id, a.name AS name',
      {},
      onDatabase(database),
    );
    expect(result.records.map((r) => [r.get('id'), r.get('name')])).toEqual([['probe-1', tricky]]);
  });

  it('rejects a wrong password', async () => {
    const settings = { ...testConnection(), password: 'definitely-not-the-password' };
    const wrong = openDriver(settings);
    try {
      const failure = await checkServer(wrong, settings).then(
        () => undefined,
        (error: unknown) => error,
      );
      expect(isKgError(failure, 'KG_DB_AUTH')).toBe(true);
      expect((failure as Error).message).toContain(settings.uri);
      expect((failure as Error).message).not.toContain(settings.password);
    } finally {
      await wrong.close();
    }
  });
});
