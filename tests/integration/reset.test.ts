// `kg reset` removes everything this tool wrote and nothing else; without --yes it refuses.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { onDatabase, type Driver } from '../../graph/driver.ts';
import { ERROR_EXIT_CODES } from '../../pipeline/errors.ts';
import { runIngest } from '../../pipeline/ingest.ts';
import { spawnKg } from './helpers/cli.ts';
import { openTestDriver, testConnection, wipeDatabase } from './helpers/database.ts';

async function count(driver: Driver, cypher: string): Promise<number> {
  const result = await driver.executeQuery(cypher, {}, onDatabase(testConnection().database));
  return Number(result.records[0]?.get(0));
}

async function schemaNames(driver: Driver): Promise<string[]> {
  const { database } = testConnection();
  const constraints = await driver.executeQuery('SHOW CONSTRAINTS YIELD name RETURN name', {}, onDatabase(database));
  const indexes = await driver.executeQuery(
    "SHOW INDEXES YIELD name, type WHERE type <> 'LOOKUP' RETURN name",
    {},
    onDatabase(database),
  );
  // A uniqueness constraint is listed by SHOW INDEXES too (its backing index has its name).
  return [...new Set([...constraints.records, ...indexes.records].map((record) => String(record.get('name'))))].sort();
}

describe('kg reset', () => {
  let driver: Driver;
  beforeAll(async () => {
    driver = openTestDriver();
    await wipeDatabase(driver);
    const { database } = testConnection();
    // Someone else's data in the same database, some of it with labels this tool also uses.
    await driver.executeQuery(
      'CREATE CONSTRAINT user_thing_key IF NOT EXISTS FOR (t:UserThing) REQUIRE t.key IS UNIQUE',
      {},
      onDatabase(database),
    );
    await driver.executeQuery(
      "CREATE (:UserThing {key: 'u1'})-[:LINKS]->(:Agency {name: 'my own agency'}), (:Document {title: 'my own document'})",
      {},
      onDatabase(database),
    );
    await runIngest({ database: { driver, settings: testConnection() }, paths: ['seeds'] });
  });
  afterAll(async () => {
    await wipeDatabase(driver);
    await driver.close();
  });

  it('refuses without --yes and changes nothing', async () => {
    const before = await count(driver, 'MATCH (n) RETURN count(n)');
    const run = spawnKg(['reset'], testConnection());
    expect(await run.exited).toBe(ERROR_EXIT_CODES.KG_USAGE);
    expect(run.stderr()).toMatch(/--yes/);
    expect(await count(driver, 'MATCH (n) RETURN count(n)')).toBe(before);
  });

  it('with --yes removes its nodes, relationships, constraints and indexes, and leaves the rest', async () => {
    expect(await count(driver, 'MATCH (n:Entity) RETURN count(n)')).toBeGreaterThan(50);
    expect((await schemaNames(driver)).some((name) => name.startsWith('kg_'))).toBe(true);

    const run = spawnKg(['reset', '--yes'], testConnection());
    expect(await run.exited, run.stderr()).toBe(0);

    expect(await count(driver, 'MATCH (n:Entity) RETURN count(n)')).toBe(0);
    expect(await count(driver, 'MATCH (n:IngestRun) RETURN count(n)')).toBe(0);
    expect(await count(driver, 'MATCH (n:Document) WHERE n.sha256 IS NOT NULL RETURN count(n)')).toBe(0);
    expect(await schemaNames(driver)).toEqual(['user_thing_key']);
    // The user's own nodes, including those that share a label with this tool's, are intact.
    expect(
      await count(driver, "MATCH (:UserThing {key: 'u1'})-[:LINKS]->(:Agency {name: 'my own agency'}) RETURN count(*)"),
    ).toBe(1);
    expect(await count(driver, "MATCH (d:Document {title: 'my own document'}) RETURN count(d)")).toBe(1);
  });
});
