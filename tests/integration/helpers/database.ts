// Helpers for integration tests: a driver on the database the global setup provided, and
// a way to start each file from an empty graph.
import { afterAll, beforeAll, beforeEach, inject } from 'vitest';
import { onDatabase, openDriver, type ConnectionSettings, type Driver } from '../../../graph/driver.ts';

/** Connection settings the global setup provided. */
export function testConnection(): ConnectionSettings {
  return inject('neo4j');
}

/** Opens a driver on the test database. */
export function openTestDriver(): Driver {
  return openDriver(testConnection());
}

/** Deletes every node and relationship and drops every constraint and index the tests may have made. */
export async function wipeDatabase(driver: Driver): Promise<void> {
  const database = testConnection().database;
  // CALL ... IN TRANSACTIONS needs an auto-commit transaction, hence session.run.
  const session = driver.session(onDatabase(database));
  try {
    await session.run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS');
  } finally {
    await session.close();
  }
  const constraints = await driver.executeQuery('SHOW CONSTRAINTS YIELD name RETURN name', {}, onDatabase(database));
  for (const record of constraints.records) {
    // Names come from the server's own catalogue, not from input; DROP takes no parameter.
    await driver.executeQuery(
      `DROP CONSTRAINT \`${String(record.get('name')).replaceAll('`', '``')}\` IF EXISTS`,
      {},
      onDatabase(database),
    );
  }
  const indexes = await driver.executeQuery(
    "SHOW INDEXES YIELD name, type WHERE type <> 'LOOKUP' RETURN name",
    {},
    onDatabase(database),
  );
  for (const record of indexes.records) {
    await driver.executeQuery(
      `DROP INDEX \`${String(record.get('name')).replaceAll('`', '``')}\` IF EXISTS`,
      {},
      onDatabase(database),
    );
  }
}

/** A test file's driver, opened before its first test. */
export interface TestDatabase {
  driver: Driver;
}

/**
 * Registers the hooks most integration files share: open a driver before the file, empty the
 * database before each test, close the driver after the file. Read `.driver` inside tests.
 */
export function useEmptyDatabase(): TestDatabase {
  const database = {} as TestDatabase;
  beforeAll(() => {
    database.driver = openTestDriver();
  });
  beforeEach(async () => {
    await wipeDatabase(database.driver);
  });
  afterAll(async () => {
    await database.driver?.close();
  });
  return database;
}
