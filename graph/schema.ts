// Constraints and indexes, all named with the kg_ prefix, created idempotently before the
// first write and dropped (only those) by `kg reset`.
import { runSchemaStatement, neo4jErrorCode, type Driver } from './driver.ts';
import { ENTITY_LABEL, NODE_LABELS, SCHEMA_NAME_PREFIX, snakeCase } from './model.ts';
import type { Statement } from './runner.ts';

/** The DDL this tool needs: one uniqueness constraint on `id` per label, then lookups. */
export const SCHEMA_STATEMENTS: Statement[] = [
  ...NODE_LABELS.map((label) => {
    const name = `${SCHEMA_NAME_PREFIX}${snakeCase(label)}_id`;
    return { name, text: `CREATE CONSTRAINT ${name} IF NOT EXISTS FOR (n:${label}) REQUIRE n.id IS UNIQUE` };
  }),
  // Relationship statements match endpoints as (:Entity {id}); without this they scan the label.
  { name: 'kg_entity_id', text: `CREATE INDEX kg_entity_id IF NOT EXISTS FOR (n:${ENTITY_LABEL}) ON (n.id)` },
  { name: 'kg_entity_name', text: `CREATE INDEX kg_entity_name IF NOT EXISTS FOR (n:${ENTITY_LABEL}) ON (n.name)` },
  // A run reads and prunes only its own source's Document nodes.
  { name: 'kg_document_source', text: 'CREATE INDEX kg_document_source IF NOT EXISTS FOR (n:Document) ON (n.source)' },
  { name: 'kg_ingest_run_started_at', text: 'CREATE INDEX kg_ingest_run_started_at IF NOT EXISTS FOR (n:IngestRun) ON (n.startedAt)' },
  // Responsibility text is the Responsibility entity's name, so name + aliases covers it.
  { name: 'kg_entity_fulltext', text: `CREATE FULLTEXT INDEX kg_entity_fulltext IF NOT EXISTS FOR (n:${ENTITY_LABEL}) ON EACH [n.name, n.aliases]` },
];

/** Schema errors that mean another process created the same thing a moment earlier. */
const ALREADY_THERE = new Set([
  'Neo.ClientError.Schema.EquivalentSchemaRuleAlreadyExists',
  'Neo.ClientError.Schema.ConstraintAlreadyExists',
  'Neo.ClientError.Schema.IndexAlreadyExists',
]);

/** True when every constraint and index of SCHEMA_STATEMENTS exists and every kg_ index is online. */
async function isSchemaInPlace(driver: Driver, database: string | undefined): Promise<boolean> {
  const constraints = await runSchemaStatement(driver, database, { name: 'show-constraints', text: 'SHOW CONSTRAINTS YIELD name RETURN name' });
  const indexes = await runSchemaStatement(driver, database, { name: 'show-indexes', text: 'SHOW INDEXES YIELD name, state RETURN name, state' });
  const names = new Set([...constraints.records, ...indexes.records].map((record) => String(record.name)));
  const isOnline = indexes.records.every((record) => !OWN_NAME.test(String(record.name)) || record.state === 'ONLINE');
  return isOnline && SCHEMA_STATEMENTS.every((statement) => names.has(statement.name));
}

/**
 * Creates every constraint and index that is missing; safe to run concurrently. When all
 * are there and online (every run but the first) it costs two reads instead of a DDL
 * round trip per statement.
 */
export async function ensureSchema(driver: Driver, database: string | undefined): Promise<void> {
  if (await isSchemaInPlace(driver, database)) return;
  for (const statement of SCHEMA_STATEMENTS) {
    try {
      await runSchemaStatement(driver, database, statement);
    } catch (error) {
      if (!ALREADY_THERE.has(neo4jErrorCode(error) ?? '')) throw error;
    }
  }
  await runSchemaStatement(driver, database, { name: 'await-indexes', text: 'CALL db.awaitIndexes(300)' });
}

/** A kg_ name as the server lists it; anything else is never put into DDL text. */
const OWN_NAME = /^kg_[a-z0-9_]+$/;

/** Drops every constraint and index whose name starts with kg_; returns the names dropped. */
export async function dropSchema(driver: Driver, database: string | undefined): Promise<string[]> {
  const dropped: string[] = [];
  const constraints = await runSchemaStatement(driver, database, { name: 'show-constraints', text: 'SHOW CONSTRAINTS YIELD name RETURN name' });
  for (const record of constraints.records) {
    const name = String(record.name);
    if (!OWN_NAME.test(name)) continue;
    await runSchemaStatement(driver, database, { name: 'drop-constraint', text: `DROP CONSTRAINT ${name} IF EXISTS` });
    dropped.push(name);
  }
  const indexes = await runSchemaStatement(driver, database, { name: 'show-indexes', text: 'SHOW INDEXES YIELD name RETURN name' });
  for (const record of indexes.records) {
    const name = String(record.name);
    if (!OWN_NAME.test(name)) continue;
    await runSchemaStatement(driver, database, { name: 'drop-index', text: `DROP INDEX ${name} IF EXISTS` });
    dropped.push(name);
  }
  return dropped.sort();
}
