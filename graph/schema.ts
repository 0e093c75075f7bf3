// Constraints and indexes, all named with the kg_ prefix, created idempotently before the
// first write and dropped (only those) by `kg reset`. The statements are in statements/schema.ts.
import { neo4jErrorCode, statementRunner, type Driver } from './driver.ts';
import {
  AWAIT_INDEXES,
  dropConstraint,
  dropIndex,
  OWN_SCHEMA_NAME,
  SCHEMA_STATEMENTS,
  SHOW_CONSTRAINTS,
  SHOW_INDEXES,
} from './statements/schema.ts';

/** Schema errors that mean another process created the same thing a moment earlier. */
const ALREADY_THERE = new Set([
  'Neo.ClientError.Schema.EquivalentSchemaRuleAlreadyExists',
  'Neo.ClientError.Schema.ConstraintAlreadyExists',
  'Neo.ClientError.Schema.IndexAlreadyExists',
]);

/** True when every constraint and index of SCHEMA_STATEMENTS exists and every kg_ index is online. */
async function isSchemaInPlace(driver: Driver, database: string | undefined): Promise<boolean> {
  const runner = statementRunner(driver, database, 'WRITE');
  const constraints = await runner.run(SHOW_CONSTRAINTS);
  const indexes = await runner.run(SHOW_INDEXES);
  const names = new Set([...constraints.records, ...indexes.records].map((record) => String(record.name)));
  const isOnline = indexes.records.every(
    (record) => !OWN_SCHEMA_NAME.test(String(record.name)) || record.state === 'ONLINE',
  );
  return isOnline && SCHEMA_STATEMENTS.every((statement) => names.has(statement.name));
}

/**
 * Creates every constraint and index that is missing; safe to run concurrently. When all
 * are there and online (every run but the first) it costs two reads instead of a DDL
 * round trip per statement.
 */
export async function ensureSchema(driver: Driver, database: string | undefined): Promise<void> {
  if (await isSchemaInPlace(driver, database)) return;
  const runner = statementRunner(driver, database, 'WRITE');
  for (const statement of SCHEMA_STATEMENTS) {
    try {
      await runner.run(statement);
    } catch (error) {
      if (!ALREADY_THERE.has(neo4jErrorCode(error) ?? '')) throw error;
    }
  }
  await runner.run(AWAIT_INDEXES);
}

/** Drops every constraint and index whose name starts with kg_; returns the names dropped. */
export async function dropSchema(driver: Driver, database: string | undefined): Promise<string[]> {
  const runner = statementRunner(driver, database, 'WRITE');
  const dropped: string[] = [];
  for (const record of (await runner.run(SHOW_CONSTRAINTS)).records) {
    const name = String(record.name);
    if (!OWN_SCHEMA_NAME.test(name)) continue;
    await runner.run(dropConstraint(name));
    dropped.push(name);
  }
  for (const record of (await runner.run(SHOW_INDEXES)).records) {
    const name = String(record.name);
    if (!OWN_SCHEMA_NAME.test(name)) continue;
    await runner.run(dropIndex(name));
    dropped.push(name);
  }
  return dropped.sort();
}
