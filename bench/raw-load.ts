// The benchmark's raw load baseline: the same node and relationship rows the loader writes
// (graph/rows.ts toCorpusFacts, every document's rows), written with a bare
// `UNWIND $rows ... MERGE` on constrained keys, no provenance, in large batches. It shows what
// this Neo4j can take on this machine, so the loader's rows/s is read as a ratio to it.
// Its own labels (Raw*) keep it apart from the graph the loader owns.
import { statementRunner, writeTransaction, type Driver } from '../graph/driver.ts';
import { ENTITY_TYPES, RELATION_TYPES, isTitledRelation, type EntityType, type RelationType } from '../graph/model.ts';
import type { CorpusFacts } from '../graph/rows.ts';
import type { Statement } from '../graph/runner.ts';

/** The baseline's node labels, one per entity type, from the closed union only. */
const RAW_LABEL: Record<EntityType, string> = Object.fromEntries(
  ENTITY_TYPES.map((type) => [type, `Raw${type}`]),
) as Record<EntityType, string>;

function statement(name: string, text: string): Statement {
  return { name, text: text.trim() };
}

/** Uniqueness constraints on every key the baseline MERGEs on. */
export const RAW_SCHEMA: Statement[] = [...ENTITY_TYPES.map((type) => RAW_LABEL[type]), 'RawEntity', 'RawDocument'].map(
  (label) =>
    statement(
      `bench_raw_${label.toLowerCase()}_id`,
      `CREATE CONSTRAINT bench_raw_${label.toLowerCase()}_id IF NOT EXISTS FOR (n:${label}) REQUIRE n.id IS UNIQUE`,
    ),
);

/** Per entity type: MERGE the node on its key. */
export const RAW_MERGE_ENTITIES: Record<EntityType, Statement> = Object.fromEntries(
  ENTITY_TYPES.map((type) => [
    type,
    statement(
      `raw-merge-${type}`,
      `UNWIND $rows AS row MERGE (n:${RAW_LABEL[type]} {id: row.id}) SET n:RawEntity, n.name = row.name`,
    ),
  ]),
) as Record<EntityType, Statement>;

export const RAW_MERGE_DOCUMENTS = statement(
  'raw-merge-documents',
  'UNWIND $rows AS row MERGE (d:RawDocument {id: row.id}) SET d.sha256 = row.sha256',
);

export const RAW_MERGE_MENTIONS = statement(
  'raw-merge-mentions',
  `
UNWIND $rows AS row
MATCH (n:RawEntity {id: row.id})
MATCH (d:RawDocument {id: row.document})
MERGE (n)-[:MENTIONED_IN {start: row.start, end: row.end}]->(d)
`,
);

/** Per relation type: MERGE the relationship between two keyed nodes. */
export const RAW_MERGE_RELATIONS: Record<RelationType, Statement> = Object.fromEntries(
  RELATION_TYPES.map((type) => [
    type,
    statement(
      `raw-merge-${type}`,
      `UNWIND $rows AS row MATCH (a:RawEntity {id: row.from}) MATCH (b:RawEntity {id: row.to}) MERGE (a)-[:${type}${isTitledRelation(type) ? ' {title: row.title}' : ''}]->(b)`,
    ),
  ]),
) as Record<RelationType, Statement>;

/** Deletes up to $limit of the baseline's nodes; run until it deletes none. */
export const RAW_CLEAR = statement(
  'raw-clear',
  'MATCH (n:RawEntity|RawDocument) WITH n LIMIT $limit DETACH DELETE n RETURN count(*) AS deleted',
);

/** Rows grouped by the statement that writes them, in the order they must be written. */
export interface RawBatchPlan {
  steps: { statement: Statement; rows: Record<string, unknown>[] }[];
  rowCount: number;
}

const byKey =
  (key: (row: Record<string, unknown>) => string) => (a: Record<string, unknown>, b: Record<string, unknown>) => {
    const x = key(a);
    const y = key(b);
    return x < y ? -1 : x > y ? 1 : 0;
  };

/**
 * Turns corpus facts into the baseline's steps: nodes before relationships, rows sorted by
 * key. Every document's rows are kept (as the loader writes them), so the row counts of the
 * two are equal by construction.
 */
export function toRawPlan(facts: CorpusFacts): RawBatchPlan {
  const steps: RawBatchPlan['steps'] = [];
  const documents = facts.documents.map((doc) => ({ id: doc.document.id, sha256: doc.document.sha256 }));
  steps.push({ statement: RAW_MERGE_DOCUMENTS, rows: documents });
  for (const type of ENTITY_TYPES) {
    const rows = facts.documents.flatMap((doc) => doc.entities[type].map((row) => ({ id: row.id, name: row.name })));
    steps.push({ statement: RAW_MERGE_ENTITIES[type], rows: rows.sort(byKey((row) => String(row.id))) });
  }
  const mentions = facts.documents.flatMap((doc) =>
    doc.mentions.map((row) => ({ id: row.id, document: doc.document.id, start: row.start, end: row.end })),
  );
  steps.push({ statement: RAW_MERGE_MENTIONS, rows: mentions.sort(byKey((row) => String(row.id))) });
  for (const type of RELATION_TYPES) {
    const rows = facts.documents.flatMap((doc) =>
      doc.relations[type].map((row) => ({ from: row.from, to: row.to, title: row.title })),
    );
    steps.push({
      statement: RAW_MERGE_RELATIONS[type],
      rows: rows.sort(byKey((row) => `${String(row.from)}\u0000${String(row.to)}`)),
    });
  }
  return { steps, rowCount: steps.reduce((total, step) => total + step.rows.length, 0) };
}

/** Creates the baseline's constraints (idempotent). */
export async function ensureRawSchema(driver: Driver, database: string | undefined): Promise<void> {
  const runner = statementRunner(driver, database, 'WRITE');
  for (const ddl of RAW_SCHEMA) await runner.run(ddl);
  await runner.run(statement('await-indexes', 'CALL db.awaitIndexes(300)'));
}

/** Writes the plan in batches of `batchSize` rows, one managed transaction per batch. */
export async function writeRawPlan(
  driver: Driver,
  database: string | undefined,
  plan: RawBatchPlan,
  batchSize = 10_000,
): Promise<void> {
  for (const step of plan.steps) {
    for (let start = 0; start < step.rows.length; start += batchSize) {
      const rows = step.rows.slice(start, start + batchSize);
      await writeTransaction(driver, database, (runner) => runner.run(step.statement, { rows }));
    }
  }
}

/** Removes every node and relationship the baseline wrote, a bounded transaction at a time. */
export async function clearRaw(driver: Driver, database: string | undefined): Promise<void> {
  for (;;) {
    const result = await writeTransaction(driver, database, (runner) => runner.run(RAW_CLEAR, { limit: 5000 }));
    if (Number(result.records[0]?.deleted ?? 0) === 0) return;
  }
}
