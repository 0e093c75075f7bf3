// The statements of one document's transaction, over a CypherRunner: retract what the
// document said before, refresh what the retraction leaves behind, merge what it says now,
// record the Document node. Idempotent, so the driver may retry it.
import { ENTITY_TYPES, RELATION_TYPES, type EntityType, type RelationType } from './model.ts';
import type { DocumentAction, WriteAction } from './plan.ts';
import { relationKey, type CorpusIndex, type DocumentFacts, type EntityRow } from './rows.ts';
import { addCounters, zeroCounters, type CypherRunner, type WriteCounters } from './runner.ts';
import {
  combineSourceRows,
  formatSourceRows,
  hasSourceRow,
  parseSourceRows,
  sourceExtractorPrefix,
  withSourceRow,
} from './source-rows.ts';
import {
  CREATE_BATCH_MENTIONS,
  CREATE_MENTIONS,
  DELETE_DOCUMENT,
  DELETE_ORPHAN_ENTITIES,
  DELETE_UNSUPPORTED,
  LOCK_DOCUMENT,
  LOCK_DOCUMENTS,
  LOCK_ENTITY_ROWS,
  LOCK_EXISTING_ENTITY_ROWS,
  MERGE_BATCH_RELATIONS,
  READ_ENTITY_SOURCE_ROWS,
  REFRESH_RELATIONS,
  RETRACT_MENTIONS,
  RETRACT_RELATIONSHIPS,
  SET_DOCUMENT,
  SET_DOCUMENTS,
  SET_ENTITY_ROWS,
} from './statements/load.ts';

/** What every document transaction of a run shares. */
export interface WriteContext {
  extractorVersion: string;
  /** The source every document of the run belongs to (recorded on its Document node). */
  source: string;
  index: CorpusIndex;
}

/** The prefix of this document's evidence strings. */
export function evidencePrefix(documentId: string): string {
  return `${documentId}:`;
}

/** Keys a document's facts write anyway, so a retraction need not refresh them. */
function rewrittenKeys(facts: DocumentFacts | undefined): { entities: Set<string>; relations: Set<string> } {
  const entities = new Set<string>();
  const relations = new Set<string>();
  if (facts) {
    for (const type of ENTITY_TYPES) for (const row of facts.entities[type]) entities.add(row.id);
    for (const type of RELATION_TYPES)
      for (const row of facts.relations[type]) relations.add(relationKey(type, row.from, row.to, row.title));
  }
  return { entities, relations };
}

/** What a retraction touched: entity ids, and relationships (sorted by key) by type. */
interface Touched {
  entities: Set<string>;
  relationships: { type: RelationType; from: string; to: string; title: string; key: string }[];
}

/**
 * Removes the document's support from relationships and its mentions, except the mentions
 * `next` still has (the caller holds its lock).
 */
async function retractSupport(
  runner: CypherRunner,
  documentId: string,
  counters: WriteCounters,
  next?: DocumentFacts,
): Promise<Touched> {
  const relationships = await runner.run(RETRACT_RELATIONSHIPS, {
    document: documentId,
    evidencePrefix: evidencePrefix(documentId),
  });
  addCounters(counters, relationships.counters);
  const keep = (next?.mentions ?? []).map((row) => [row.id, row.start, row.end]);
  const mentions = await runner.run(RETRACT_MENTIONS, { document: documentId, keep });
  addCounters(counters, mentions.counters);
  const entities = new Set<string>();
  for (const record of relationships.records) {
    entities.add(String(record.from));
    entities.add(String(record.to));
  }
  for (const record of mentions.records) entities.add(String(record.id));
  const touched = relationships.records
    .map((record) => ({
      type: String(record.type) as RelationType,
      from: String(record.from),
      to: String(record.to),
      title: String(record.title),
    }))
    .map((row) => ({ ...row, key: relationKey(row.type, row.from, row.to, row.title) }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return { entities, relationships: touched };
}

/**
 * After a retraction (and the new facts, if any): deletes the touched relationships no
 * document supports and the touched entities nothing points at any more, then sets the
 * corpus-level properties of what remains, so that no value written by an earlier version
 * of this document outlives it.
 */
async function settleTouched(
  runner: CypherRunner,
  touched: Touched,
  context: WriteContext,
  next: DocumentFacts | undefined,
  counters: WriteCounters,
): Promise<void> {
  const rewritten = rewrittenKeys(next);
  const deletedRelationships = new Set<string>();
  for (const type of RELATION_TYPES) {
    const rows = touched.relationships
      .filter((row) => row.type === type && !rewritten.relations.has(row.key))
      .map(({ from, to, title }) => ({ from, to, title }));
    if (rows.length === 0) continue;
    const result = await runner.run(DELETE_UNSUPPORTED[type], { rows });
    addCounters(counters, result.counters);
    for (const record of result.records)
      deletedRelationships.add(relationKey(type, String(record.from), String(record.to), String(record.title)));
  }
  const candidates = [...touched.entities].filter((id) => !rewritten.entities.has(id)).sort();
  const orphans = await runner.run(DELETE_ORPHAN_ENTITIES, { ids: candidates });
  addCounters(counters, orphans.counters);
  const deletedEntities = new Set(orphans.records.map((record) => String(record.id)));

  // What is left of the touched entities and relationships gets the source's current rows;
  // those the source no longer says (not in its index) lose its row, and keep the others'.
  const entityRows = candidates
    .filter((id) => !deletedEntities.has(id))
    .map((id) => ({ id, type: context.index.entities.get(id)?.type, row: context.index.entities.get(id)?.row }));
  addCounters(counters, await writeEntityRows(runner, entityRows, context.source, 'existing'));
  for (const type of RELATION_TYPES) {
    const rows = touched.relationships
      .filter((row) => row.type === type && !rewritten.relations.has(row.key) && !deletedRelationships.has(row.key))
      .map((row) => ({
        from: row.from,
        to: row.to,
        title: row.title,
        extractors: context.index.relations.get(row.key)?.extractors ?? [],
      }));
    if (rows.length > 0)
      addCounters(
        counters,
        (await runner.run(REFRESH_RELATIONS[type], { rows, prefix: sourceExtractorPrefix(context.source) })).counters,
      );
  }
}

/** One entity row to write for the run's source: its type (for MERGE) and row, or no row to drop the source's. */
interface SourceEntityRow {
  id: string;
  type: EntityType | undefined;
  row: EntityRow | undefined;
}

/**
 * Writes the source's rows of entities (graph/source-rows.ts): reads their `sourceRows`;
 * those that do not hold the source's row as it should be are locked (MERGE per type for
 * `mode` 'merge', MATCH for 'existing' entities a retraction left), their rows read again
 * under the lock, and set with the combined name, aliases and extractors. Rows sorted by
 * id, so concurrent transactions lock in one order.
 */
async function writeEntityRows(
  runner: CypherRunner,
  rows: readonly SourceEntityRow[],
  source: string,
  mode: 'merge' | 'existing',
): Promise<WriteCounters> {
  const counters = zeroCounters();
  if (rows.length === 0) return counters;
  const sorted = [...rows].sort((a, b) => byString(a.id, b.id));
  const stored = await runner.run(READ_ENTITY_SOURCE_ROWS, { ids: sorted.map((entry) => entry.id) });
  const storedRows = new Map(stored.records.map((record) => [String(record.id), parseSourceRows(record.sourceRows)]));
  // A missing node (to merge) or one without the source's row as it should be.
  const toWrite = sorted.filter((entry) => {
    const known = storedRows.get(entry.id);
    return known ? !hasSourceRow(known, source, entry.row) : mode === 'merge';
  });
  if (toWrite.length === 0) return counters;

  const locked: { id: string; sourceRows: unknown }[] = [];
  const collect = (result: Awaited<ReturnType<CypherRunner['run']>>) => {
    addCounters(counters, result.counters);
    for (const record of result.records) locked.push({ id: String(record.id), sourceRows: record.sourceRows });
  };
  if (mode === 'merge') {
    for (const type of ENTITY_TYPES) {
      const ids = toWrite.filter((entry) => entry.type === type).map((entry) => entry.id);
      if (ids.length > 0) collect(await runner.run(LOCK_ENTITY_ROWS[type], { ids }));
    }
  } else collect(await runner.run(LOCK_EXISTING_ENTITY_ROWS, { ids: toWrite.map((entry) => entry.id) }));

  const byId = new Map(toWrite.map((entry) => [entry.id, entry]));
  const updates = locked
    .map(({ id, sourceRows }) => {
      const next = withSourceRow(parseSourceRows(sourceRows), source, byId.get(id)?.row);
      const combined = combineSourceRows(next);
      return {
        id,
        sourceRows: formatSourceRows(next),
        name: combined?.name ?? null,
        aliases: combined?.aliases ?? null,
        extractors: combined?.extractors ?? null,
      };
    })
    .sort((a, b) => byString(a.id, b.id));
  if (updates.length > 0) addCounters(counters, (await runner.run(SET_ENTITY_ROWS, { rows: updates })).counters);
  return counters;
}

/** The entity rows of documents' facts (each entity once: its row is the same in every document of the source). */
function entityRowsOf(documents: readonly DocumentFacts[]): SourceEntityRow[] {
  const rows = new Map<string, SourceEntityRow>();
  for (const facts of documents)
    for (const type of ENTITY_TYPES)
      for (const row of facts.entities[type]) rows.set(row.id, { id: row.id, type, row });
  return [...rows.values()];
}

/** Merges a document's facts: nodes before relationships, each group sorted by key. */
async function mergeFacts(runner: CypherRunner, facts: DocumentFacts, source: string): Promise<WriteCounters> {
  const counters = zeroCounters();
  const document = facts.document.id;
  addCounters(counters, await writeEntityRows(runner, entityRowsOf([facts]), source, 'merge'));
  if (facts.mentions.length > 0)
    addCounters(counters, (await runner.run(CREATE_MENTIONS, { document, rows: facts.mentions })).counters);
  for (const type of RELATION_TYPES) {
    const rows = facts.relations[type];
    if (rows.length === 0) continue;
    const supported = rows.map((row) => ({ ...row, documents: [document] }));
    addCounters(
      counters,
      (await runner.run(MERGE_BATCH_RELATIONS[type], { rows: supported, prefix: sourceExtractorPrefix(source) }))
        .counters,
    );
  }
  return counters;
}

/**
 * One document's whole transaction for a write or retract action: lock its Document node,
 * retract its earlier support, merge its facts, then record sha256, extractor version and
 * facts hash (or delete the node when retracting). Returns the summed write counters.
 */
export async function applyDocumentAction(
  runner: CypherRunner,
  action: DocumentAction,
  context: WriteContext,
): Promise<WriteCounters> {
  if (action.kind !== 'write' && action.kind !== 'retract') return zeroCounters();
  const counters = zeroCounters();
  const path = action.kind === 'write' ? action.facts.document.path : action.id;
  const lock = await runner.run(LOCK_DOCUMENT, { document: action.id, path, source: context.source });
  addCounters(counters, lock.counters);
  const hasFacts = lock.records[0]?.hasFacts === true;

  if (action.kind === 'retract') {
    if (hasFacts) {
      const touched = await retractSupport(runner, action.id, counters);
      await settleTouched(runner, touched, context, undefined, counters);
    }
    addCounters(counters, (await runner.run(DELETE_DOCUMENT, { document: action.id })).counters);
    return counters;
  }
  // Only the bytes or the extractor version changed: the facts in the graph are already right.
  if (!hasFacts) addCounters(counters, await mergeFacts(runner, action.facts, context.source));
  else if (action.isFactsChanged) await rewriteFacts(runner, action, context, counters);
  const document = action.facts.document;
  const recorded = await runner.run(SET_DOCUMENT, {
    document: document.id,
    path: document.path,
    sha256: document.sha256,
    extractorVersion: context.extractorVersion,
    factsHash: action.factsHash,
    relationSourceIds: relationSourceIds(action.facts),
    resolutionState: action.resolutionState ?? null,
  });
  addCounters(counters, recorded.counters);
  return counters;
}

/** Replaces the facts of a locked document that already has some: retract, merge, settle. */
async function rewriteFacts(
  runner: CypherRunner,
  action: WriteAction,
  context: WriteContext,
  counters: WriteCounters,
): Promise<void> {
  const touched = await retractSupport(runner, action.id, counters, action.facts);
  addCounters(counters, await mergeFacts(runner, action.facts, context.source));
  await settleTouched(runner, touched, context, action.facts, counters);
}

const byString = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Merges the facts of documents that have none in the graph yet (nothing to retract), a
 * batch at a time: one statement per label and per type for the whole batch, rows sorted
 * by key across it (entities deduplicated: their rows are corpus-level, equal in every
 * document; a relationship several documents support is one row listing them all).
 */
async function mergeBatchFacts(runner: CypherRunner, batch: DocumentFacts[], source: string): Promise<WriteCounters> {
  const counters = zeroCounters();
  addCounters(counters, await writeEntityRows(runner, entityRowsOf(batch), source, 'merge'));
  const mentions = batch
    .flatMap((facts) =>
      facts.mentions.map((row) => ({ id: row.id, document: facts.document.id, start: row.start, end: row.end })),
    )
    .sort((a, b) => byString(a.id, b.id) || byString(a.document, b.document) || a.start - b.start || a.end - b.end);
  if (mentions.length > 0)
    addCounters(counters, (await runner.run(CREATE_BATCH_MENTIONS, { rows: mentions })).counters);
  for (const type of RELATION_TYPES) {
    const rows = new Map<
      string,
      { from: string; to: string; title: string; documents: string[]; evidence: string[]; extractors: string[] }
    >();
    for (const facts of batch) {
      for (const row of facts.relations[type]) {
        const key = relationKey(type, row.from, row.to, row.title);
        const known = rows.get(key);
        if (known) {
          known.documents.push(facts.document.id);
          known.evidence.push(...row.evidence);
        } else
          rows.set(key, {
            from: row.from,
            to: row.to,
            title: row.title,
            documents: [facts.document.id],
            evidence: [...row.evidence],
            extractors: row.extractors,
          });
      }
    }
    if (rows.size === 0) continue;
    const sorted = [...rows.entries()].sort(([a], [b]) => byString(a, b)).map(([, row]) => row);
    addCounters(
      counters,
      (await runner.run(MERGE_BATCH_RELATIONS[type], { rows: sorted, prefix: sourceExtractorPrefix(source) })).counters,
    );
  }
  return counters;
}

/**
 * One transaction for a batch of write actions (new or changed documents): locks every
 * Document node of the batch (in id order), rewrites the documents that already carry
 * facts one by one as applyDocumentAction does, merges the facts of the others (new
 * documents, nothing to retract) with one statement per label and per type, then records
 * every Document node. A document's facts and its Document node still land in the same
 * transaction; the batch is all or nothing. Idempotent, so the driver may retry it.
 */
export async function applyWriteBatch(
  runner: CypherRunner,
  actions: readonly WriteAction[],
  context: WriteContext,
): Promise<WriteCounters> {
  const counters = zeroCounters();
  if (actions.length === 0) return counters;
  const sorted = [...actions].sort((a, b) => byString(a.id, b.id));
  const lock = await runner.run(LOCK_DOCUMENTS, {
    rows: sorted.map((action) => ({ id: action.id, path: action.facts.document.path })),
    source: context.source,
  });
  addCounters(counters, lock.counters);
  const hasFacts = new Set(
    lock.records.filter((record) => record.hasFacts === true).map((record) => String(record.id)),
  );
  const fresh: DocumentFacts[] = [];
  for (const action of sorted) {
    if (!hasFacts.has(action.id)) fresh.push(action.facts);
    else if (action.isFactsChanged) await rewriteFacts(runner, action, context, counters);
  }
  if (fresh.length > 0) addCounters(counters, await mergeBatchFacts(runner, fresh, context.source));
  const rows = sorted.map((action) => ({
    id: action.id,
    path: action.facts.document.path,
    sha256: action.facts.document.sha256,
    factsHash: action.factsHash,
    relationSourceIds: relationSourceIds(action.facts),
    resolutionState: action.resolutionState ?? null,
  }));
  addCounters(
    counters,
    (await runner.run(SET_DOCUMENTS, { rows, extractorVersion: context.extractorVersion })).counters,
  );
  return counters;
}

/** Sorted distinct `from` ids of a document's relations: where RETRACT_RELATIONSHIPS looks. */
export function relationSourceIds(facts: DocumentFacts): string[] {
  const ids = new Set<string>();
  for (const rows of Object.values(facts.relations)) for (const row of rows) ids.add(row.from);
  return [...ids].sort();
}
