// The statements the loader runs: one document's write (lock, retract, merge, record), the
// batch writes of new documents, the reads a plan starts from, adoption of documents
// written before sources, and the records of sources and runs. Data travels only as
// parameters; labels and relationship types come only from the closed unions of
// graph/model.ts, through per-label and per-type maps built here.
import { ENTITY_TYPES, RELATION_TYPES, isTitledRelation, type EntityType, type RelationType } from '../model.ts';
import type { Statement } from '../runner.ts';
import { EXTRACTED_TYPES, statement } from './statement.ts';

function byEntityType(make: (type: EntityType) => Statement): Record<EntityType, Statement> {
  return Object.fromEntries(ENTITY_TYPES.map((type) => [type, make(type)])) as Record<EntityType, Statement>;
}

function byRelationType(make: (type: RelationType) => Statement): Record<RelationType, Statement> {
  return Object.fromEntries(RELATION_TYPES.map((type) => [type, make(type)])) as Record<RelationType, Statement>;
}

/** The pattern a relation row MERGEs on: (from, to), plus the title for HOLDS_POSITION. */
function relationPattern(type: RelationType): string {
  return isTitledRelation(type) ? `(a)-[r:${type} {title: row.title}]->(b)` : `(a)-[r:${type}]->(b)`;
}

/**
 * Takes the document's write lock (creating its node if needed) before anything else, so
 * that two writers of one document serialise; says whether it already carries facts.
 */
export const LOCK_DOCUMENT = statement(
  'lock-document',
  `
MERGE (d:Document {id: $document})
SET d.path = $path, d.source = $source
RETURN d.factsHash IS NOT NULL AS hasFacts
`,
);

/**
 * Removes the document from every relationship it supports: its id from `documents`, its
 * spans from `evidence`. Returns each touched relationship's key; those left with no
 * document are deleted later by DELETE_UNSUPPORTED, after the new facts are merged, so a
 * relationship the document still says is kept rather than deleted and re-created.
 * The Document node lists the `from` ids of its relations (relationSourceIds), so this
 * looks only at those entities' relationships instead of scanning every relationship.
 */
export const RETRACT_RELATIONSHIPS = statement(
  'retract-relationships',
  `
MATCH (d:Document {id: $document})
UNWIND coalesce(d.relationSourceIds, []) AS sourceId
MATCH (a:Entity {id: sourceId})-[r:${EXTRACTED_TYPES}]->(b:Entity)
WHERE $document IN r.documents
SET r.documents = [x IN r.documents WHERE x <> $document],
    r.evidence = [e IN r.evidence WHERE NOT (e STARTS WITH $evidencePrefix AND substring(e, size($evidencePrefix)) =~ '[0-9]+:[0-9]+')]
RETURN a.id AS from, b.id AS to, type(r) AS type, coalesce(r.title, '') AS title
`,
);

/** Per relation type: deletes the given relationships if no document supports them; returns their keys. */
export const DELETE_UNSUPPORTED: Record<RelationType, Statement> = byRelationType((type) =>
  statement(
    `delete-unsupported-${type}`,
    `
UNWIND $rows AS row
MATCH (a:Entity {id: row.from})-[r:${type}]->(b:Entity {id: row.to})
WHERE coalesce(r.title, '') = row.title AND size(r.documents) = 0
DELETE r
RETURN row.from AS from, row.to AS to, row.title AS title
`,
  ),
);

/**
 * Deletes the document's MENTIONED_IN relationships except those in `$keep` (`[entity id,
 * start, end]` triples: the mentions the document's new facts still have, so a small edit
 * does not delete and re-create every mention); returns the entities the deleted ones came from.
 */
export const RETRACT_MENTIONS = statement(
  'retract-mentions',
  `
MATCH (n:Entity)-[m:MENTIONED_IN]->(:Document {id: $document})
WHERE NOT [n.id, m.start, m.end] IN $keep
DELETE m
RETURN DISTINCT n.id AS id
`,
);

/** Deletes those of the given entities that nothing supports any more; returns their ids. */
export const DELETE_ORPHAN_ENTITIES = statement(
  'delete-orphan-entities',
  `
UNWIND $ids AS id
MATCH (n:Entity {id: id})
WHERE NOT (n)--()
DELETE n
RETURN id
`,
);

/** Deletes a (retracted) Document node. */
export const DELETE_DOCUMENT = statement(
  'delete-document',
  `
MATCH (d:Document {id: $document})
DETACH DELETE d
`,
);

/**
 * The `sourceRows` of the given entities that exist, read without a lock: a writer locks and
 * writes only those that do not hold its source's row yet, so an entity many documents
 * share (a parent body, a law) is only read by most transactions and concurrent writers do
 * not queue for its write lock.
 */
export const READ_ENTITY_SOURCE_ROWS = statement(
  'read-entity-source-rows',
  `
UNWIND $ids AS id
MATCH (n:Entity {id: id})
RETURN n.id AS id, n.sourceRows AS sourceRows
`,
);

/**
 * Per entity type: MERGE each node on its constrained id and take its write lock (the kgLock
 * write) before its `sourceRows` are read, so that two sources writing one entity at the
 * same time serialise and neither loses the other's row. SET_ENTITY_ROWS releases it.
 */
export const LOCK_ENTITY_ROWS: Record<EntityType, Statement> = byEntityType((type) =>
  statement(
    `lock-entity-rows-${type}`,
    `
UNWIND $ids AS id
MERGE (n:${type} {id: id})
SET n:Entity, n.kgLock = true
RETURN n.id AS id, n.sourceRows AS sourceRows
`,
  ),
);

/**
 * LOCK_ENTITY_ROWS for entities a retraction left: MATCH, not MERGE, so an entity another
 * writer has just deleted stays deleted.
 */
export const LOCK_EXISTING_ENTITY_ROWS = statement(
  'lock-existing-entity-rows',
  `
UNWIND $ids AS id
MATCH (n:Entity {id: id})
SET n.kgLock = true
RETURN n.id AS id, n.sourceRows AS sourceRows
`,
);

/**
 * Sets locked entities' `sourceRows` and the name, aliases and extractors combined from them
 * (graph/source-rows.ts); a null name (no source row left: the entity is supported only by
 * documents written before rows were kept per source) keeps the values it has.
 */
export const SET_ENTITY_ROWS = statement(
  'set-entity-rows',
  `
UNWIND $rows AS row
MATCH (n:Entity {id: row.id})
SET n.sourceRows = row.sourceRows, n.name = coalesce(row.name, n.name), n.aliases = coalesce(row.aliases, n.aliases),
    n.extractors = coalesce(row.extractors, n.extractors)
REMOVE n.kgLock
`,
);

/**
 * Adds the document's MENTIONED_IN relationships it does not have yet (a rewrite keeps the
 * unchanged ones). MERGE on the whole pattern is safe: the caller holds the document's lock.
 */
export const CREATE_MENTIONS = statement(
  'create-mentions',
  `
MATCH (d:Document {id: $document})
UNWIND $rows AS row
MATCH (n:Entity {id: row.id})
MERGE (n)-[:MENTIONED_IN {start: row.start, end: row.end}]->(d)
`,
);

/**
 * The end of a statement that holds a relationship's write lock: replaces the source's
 * entries in `sourceExtractors` (`<source> <extractor>`, `$prefix` being `<source> `) by
 * `row.extractors`, and sets `extractors` to the union over every source, so the stored
 * value does not depend on which source wrote last. With no entry left (a relationship
 * written before extractors were kept per source), `extractors` stays as it is.
 */
const SET_SOURCE_EXTRACTORS = `
CALL (r, row) {
  UNWIND [x IN coalesce(r.sourceExtractors, []) WHERE NOT x STARTS WITH $prefix] + [e IN row.extractors | $prefix + e] AS x
  WITH DISTINCT x ORDER BY x
  RETURN collect(x) AS sourceExtractors
}
CALL (sourceExtractors) {
  UNWIND sourceExtractors AS x
  WITH DISTINCT substring(x, size(split(x, ' ')[0]) + 1) AS e ORDER BY e
  RETURN collect(e) AS extractors
}
SET r.sourceExtractors = sourceExtractors, r.extractors = CASE WHEN size(sourceExtractors) = 0 THEN r.extractors ELSE extractors END
REMOVE r.kgLock
`;

/**
 * Per relation type: set the source's extractors on relationships a retraction left
 * (`row.extractors` empty when the source no longer says the relation). The kgLock write
 * takes the write lock before the lists are read.
 */
export const REFRESH_RELATIONS: Record<RelationType, Statement> = byRelationType((type) =>
  statement(
    `refresh-${type}`,
    `
UNWIND $rows AS row
MATCH (a:Entity {id: row.from})-[r:${type}]->(b:Entity {id: row.to})
WHERE coalesce(r.title, '') = row.title
SET r.kgLock = true
WITH r, row
${SET_SOURCE_EXTRACTORS}
`,
  ),
);

/**
 * Records what was written for the document, last, in the same transaction. A
 * `resolutionState` not given keeps the node's: it names the bytes it describes, and a
 * reader ignores one that describes others.
 */
export const SET_DOCUMENT = statement(
  'set-document',
  `
MATCH (d:Document {id: $document})
SET d.path = $path, d.sha256 = $sha256, d.extractorVersion = $extractorVersion,
    d.factsHash = $factsHash, d.relationSourceIds = $relationSourceIds, d.ingestedAt = datetime(),
    d.resolutionState = coalesce($resolutionState, d.resolutionState)
`,
);

/**
 * A batch's first statement: takes the write lock of every document of the batch, in id
 * order (rows sorted by the caller, so concurrent batches lock in one order), and says
 * which already carry facts: only those need a retraction.
 */
export const LOCK_DOCUMENTS = statement(
  'lock-documents',
  `
UNWIND $rows AS row
MERGE (d:Document {id: row.id})
SET d.path = row.path, d.source = $source
RETURN d.id AS id, d.factsHash IS NOT NULL AS hasFacts
`,
);

/**
 * Creates the MENTIONED_IN relationships of a batch of documents that had none (new
 * documents, locked by the caller): one row per mention, sorted by entity id across the
 * batch, so concurrent batches touch shared entities in one order.
 */
export const CREATE_BATCH_MENTIONS = statement(
  'create-batch-mentions',
  `
UNWIND $rows AS row
MATCH (n:Entity {id: row.id})
MATCH (d:Document {id: row.document})
CREATE (n)-[:MENTIONED_IN {start: row.start, end: row.end}]->(d)
`,
);

/**
 * Per relation type: MERGE each row's relationship and add the support of the documents in
 * `row.documents` (one document, or every batch document that says it), keeping `documents`
 * and `evidence` sorted and duplicate-free, so a relationship shared by a batch is locked and
 * rewritten once, and the source's extractors (`$prefix`: SET_SOURCE_EXTRACTORS). The kgLock
 * write takes the relationship's write lock before its lists are read, so concurrent writers
 * lose no update.
 */
export const MERGE_BATCH_RELATIONS: Record<RelationType, Statement> = byRelationType((type) =>
  statement(
    `merge-batch-${type}`,
    `
UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
MERGE ${relationPattern(type)}
SET r.kgLock = true
WITH r, row
CALL (r, row) {
  UNWIND coalesce(r.evidence, []) + row.evidence AS e
  WITH DISTINCT e ORDER BY e
  RETURN collect(e) AS evidence
}
CALL (r, row) {
  UNWIND coalesce(r.documents, []) + row.documents AS x
  WITH DISTINCT x ORDER BY x
  RETURN collect(x) AS documents
}
SET r.evidence = evidence, r.documents = documents
WITH r, row
${SET_SOURCE_EXTRACTORS}
`,
  ),
);

/** SET_DOCUMENT for a batch: one row per document, last, in the batch's transaction. */
export const SET_DOCUMENTS = statement(
  'set-documents',
  `
UNWIND $rows AS row
MATCH (d:Document {id: row.id})
SET d.path = row.path, d.sha256 = row.sha256, d.extractorVersion = $extractorVersion,
    d.factsHash = row.factsHash, d.relationSourceIds = row.relationSourceIds, d.ingestedAt = datetime(),
    d.resolutionState = coalesce(row.resolutionState, d.resolutionState)
`,
);

/**
 * Every Document node of one source: its record of its last write, as one list (10^4
 * records cost far more to decode). A plan never sees another source's documents, so a
 * run can only prune its own.
 */
export const READ_STORED_DOCUMENTS = statement(
  'read-stored-documents',
  `
MATCH (d:Document {source: $source})
RETURN collect([d.id, d.path, d.sha256, d.extractorVersion, d.factsHash]) AS documents
`,
);

/**
 * READ_STORED_DOCUMENTS with each record joined into one string by `$separator` (a character
 * no field holds; a record that splits otherwise is read again with READ_STORED_DOCUMENTS):
 * the driver decodes each string apart, and 10^4 strings cost about a fifth of 5·10^4 in lists.
 * A field that is not a string reads as '', as graph/reads.ts reads the lists.
 */
export const READ_STORED_DOCUMENTS_JOINED = statement(
  'read-stored-documents-joined',
  `
MATCH (d:Document {source: $source})
RETURN collect(
  CASE WHEN d.id IS :: STRING NOT NULL THEN d.id ELSE '' END + $separator +
  CASE WHEN d.path IS :: STRING NOT NULL THEN d.path ELSE '' END + $separator +
  CASE WHEN d.sha256 IS :: STRING NOT NULL THEN d.sha256 ELSE '' END + $separator +
  CASE WHEN d.extractorVersion IS :: STRING NOT NULL THEN d.extractorVersion ELSE '' END + $separator +
  CASE WHEN d.factsHash IS :: STRING NOT NULL THEN d.factsHash ELSE '' END
) AS documents
`,
);

/**
 * Re-records the `resolutionState` of documents whose facts did not change but whose state
 * did (another document began or stopped sharing one of their entities), for the bytes
 * it describes only.
 */
export const SET_RESOLUTION_STATES = statement(
  'set-resolution-states',
  `
UNWIND $rows AS row
MATCH (d:Document {id: row.id})
WHERE d.sha256 = row.sha256
SET d.resolutionState = row.resolutionState
`,
);

/**
 * Every Document node of one source with its `resolutionState` (null when it has none): what
 * a run without its local state resolves incrementally from. Read only when something changed.
 */
export const READ_RESOLUTION_STATES = statement(
  'read-resolution-states',
  `
MATCH (d:Document {source: $source})
RETURN collect([d.id, d.resolutionState]) AS states
`,
);

/** Documents written before sources existed (no `source`): the ones a first run may adopt. */
export const READ_UNSOURCED_DOCUMENTS = statement(
  'read-unsourced-documents',
  `
MATCH (d:Document)
WHERE d.source IS NULL AND d.sha256 IS NOT NULL
RETURN d.id AS id, d.path AS path
ORDER BY id
`,
);

/**
 * Adopts a document written before sources into a source: renames its id (and with it the
 * support and evidence it gives relationships, lists kept sorted) and records its source
 * and path. Its facts hash then no longer matches, so the same run rewrites it in place.
 */
export const ADOPT_DOCUMENT = statement(
  'adopt-document',
  `
MATCH (d:Document {id: $from})
WHERE d.source IS NULL
SET d.id = $to, d.source = $source, d.path = $path
WITH d
CALL (d) {
  UNWIND coalesce(d.relationSourceIds, []) AS sourceId
  MATCH (:Entity {id: sourceId})-[r:${EXTRACTED_TYPES}]->(:Entity)
  WHERE $from IN r.documents
  CALL (r) {
    UNWIND r.documents AS x
    WITH CASE WHEN x = $from THEN $to ELSE x END AS x ORDER BY x
    RETURN collect(x) AS documents
  }
  CALL (r) {
    UNWIND r.evidence AS e
    WITH CASE WHEN e STARTS WITH $from + ':' AND substring(e, size($from) + 1) =~ '[0-9]+:[0-9]+'
              THEN $to + substring(e, size($from)) ELSE e END AS e ORDER BY e
    RETURN collect(e) AS evidence
  }
  SET r.documents = documents, r.evidence = evidence
}
RETURN d.id AS id
`,
);

/** Records a source's last run (creating its Source node on the first). */
export const MERGE_SOURCE = statement(
  'merge-source',
  `
MERGE (s:Source {id: $source})
SET s.folders = $folders, s.lastRunId = $runId, s.lastRunAt = datetime($at), s.lastRunSummary = $summary
`,
);

/** Deletes a source's Source node (after its documents were retracted). */
export const DELETE_SOURCE = statement(
  'delete-source',
  `
MATCH (s:Source {id: $source})
DELETE s
`,
);

/** One document's current facts: the entities it touches, its mentions, its relations. */
export const READ_DOCUMENT_FACTS = statement(
  'read-document-facts',
  `
MATCH (d:Document {id: $document})
CALL (d) {
  OPTIONAL MATCH (n:Entity)-[m:MENTIONED_IN]->(d)
  RETURN collect({id: n.id, start: m.start, end: m.end}) AS mentions
}
CALL (d) {
  OPTIONAL MATCH (a:Entity)-[r:${EXTRACTED_TYPES}]->(b:Entity)
  WHERE d.id IN r.documents
  RETURN collect({type: type(r), from: a.id, to: b.id, title: coalesce(r.title, ''),
                  evidence: [e IN r.evidence WHERE e STARTS WITH $evidencePrefix AND substring(e, size($evidencePrefix)) =~ '[0-9]+:[0-9]+'],
                  extractors: r.extractors}) AS relations
}
CALL (d) {
  OPTIONAL MATCH (n:Entity)
  WHERE (n)-[:MENTIONED_IN]->(d) OR EXISTS { (n)-[r:${EXTRACTED_TYPES}]-(:Entity) WHERE d.id IN r.documents }
  RETURN collect({id: n.id, labels: labels(n), name: n.name, aliases: n.aliases, extractors: n.extractors}) AS entities
}
RETURN mentions, relations, entities
`,
);

/** Records one ingest run. */
export const CREATE_INGEST_RUN = statement(
  'create-ingest-run',
  `
CREATE (run:IngestRun {id: $id})
SET run += $properties, run.startedAt = datetime($startedAt), run.endedAt = datetime($endedAt)
`,
);

/** Keeps the newest $keep IngestRun nodes. */
export const PRUNE_INGEST_RUNS = statement(
  'prune-ingest-runs',
  `
MATCH (run:IngestRun)
WITH run ORDER BY run.startedAt DESC, run.id DESC
SKIP $keep
DELETE run
`,
);
