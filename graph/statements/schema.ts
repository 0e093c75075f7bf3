// The schema statements: the constraints and indexes this tool needs (all named with the
// kg_ prefix, created idempotently before the first write), the reads that list what the
// server has, and the drops of `kg reset`, which only ever name a kg_ constraint or index.
import { ENTITY_LABEL, NODE_LABELS, SCHEMA_NAME_PREFIX, snakeCase } from '../model.ts';
import type { Statement } from '../runner.ts';
import { statement } from './statement.ts';

/** The DDL this tool needs: one uniqueness constraint on `id` per label, then lookups. */
export const SCHEMA_STATEMENTS: Statement[] = [
  ...NODE_LABELS.map((label) => {
    const name = `${SCHEMA_NAME_PREFIX}${snakeCase(label)}_id`;
    return statement(name, `CREATE CONSTRAINT ${name} IF NOT EXISTS FOR (n:${label}) REQUIRE n.id IS UNIQUE`);
  }),
  // Relationship statements match endpoints as (:Entity {id}); without this they scan the label.
  statement('kg_entity_id', `CREATE INDEX kg_entity_id IF NOT EXISTS FOR (n:${ENTITY_LABEL}) ON (n.id)`),
  statement('kg_entity_name', `CREATE INDEX kg_entity_name IF NOT EXISTS FOR (n:${ENTITY_LABEL}) ON (n.name)`),
  // A run reads and prunes only its own source's Document nodes.
  statement('kg_document_source', 'CREATE INDEX kg_document_source IF NOT EXISTS FOR (n:Document) ON (n.source)'),
  statement(
    'kg_ingest_run_started_at',
    'CREATE INDEX kg_ingest_run_started_at IF NOT EXISTS FOR (n:IngestRun) ON (n.startedAt)',
  ),
  // Responsibility text is the Responsibility entity's name, so name + aliases covers it.
  statement(
    'kg_entity_fulltext',
    `CREATE FULLTEXT INDEX kg_entity_fulltext IF NOT EXISTS FOR (n:${ENTITY_LABEL}) ON EACH [n.name, n.aliases]`,
  ),
];

/** Every constraint's name. */
export const SHOW_CONSTRAINTS = statement('show-constraints', 'SHOW CONSTRAINTS YIELD name RETURN name');

/** Every index's name and state (ONLINE once it is built). */
export const SHOW_INDEXES = statement('show-indexes', 'SHOW INDEXES YIELD name, state RETURN name, state');

/** Waits (up to 300 s) until every index is online. */
export const AWAIT_INDEXES = statement('await-indexes', 'CALL db.awaitIndexes(300)');

/** A kg_ name as the server lists it; anything else is never put into DDL text. */
export const OWN_SCHEMA_NAME = /^kg_[a-z0-9_]+$/;

function ownName(name: string): string {
  if (!OWN_SCHEMA_NAME.test(name)) throw new Error(`Refusing to put "${name}" into DDL: only kg_ names are dropped`);
  return name;
}

/** Drops one of this tool's constraints (a kg_ name; any other name throws). */
export function dropConstraint(name: string): Statement {
  return statement('drop-constraint', `DROP CONSTRAINT ${ownName(name)} IF EXISTS`);
}

/** Drops one of this tool's indexes (a kg_ name; any other name throws). */
export function dropIndex(name: string): Statement {
  return statement('drop-index', `DROP INDEX ${ownName(name)} IF EXISTS`);
}
