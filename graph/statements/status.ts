// The reads behind `kg status`, `kg sources` and the status side of `kg serve`: what the
// graph holds (counts per label and type), its sources, documents and ingest runs.
import { GRAPH_RELATIONSHIP_TYPES, NODE_LABELS, type GraphRelationshipType, type NodeLabel } from '../model.ts';
import type { Statement } from '../runner.ts';
import { statement } from './statement.ts';

/** Every source: its record, and how many documents it holds (sources known only from documents included). */
export const READ_SOURCES = statement(
  'read-sources',
  `
CALL () {
  MATCH (s:Source) RETURN s.id AS name
  UNION
  MATCH (d:Document) WHERE d.source IS NOT NULL RETURN DISTINCT d.source AS name
}
OPTIONAL MATCH (s:Source {id: name})
CALL (name) {
  MATCH (d:Document {source: name})
  RETURN count(d) AS documents
}
RETURN name, s.folders AS folders, s.lastRunId AS lastRunId, toString(s.lastRunAt) AS lastRunAt, s.lastRunSummary AS lastRunSummary, documents
ORDER BY name
`,
);

/** Every Document node with its record of its last write, by id (`kg status`). */
export const READ_DOCUMENTS = statement(
  'read-documents',
  `
MATCH (d:Document)
RETURN d.id AS id, d.source AS source, d.path AS path, d.sha256 AS sha256, d.extractorVersion AS extractorVersion,
       d.factsHash AS factsHash, toString(d.ingestedAt) AS ingestedAt
ORDER BY id
`,
);

/** The newest $limit runs. */
export const READ_INGEST_RUNS = statement(
  'read-ingest-runs',
  `
MATCH (run:IngestRun)
RETURN run.id AS id, toString(run.startedAt) AS startedAt, toString(run.endedAt) AS endedAt, run.seconds AS seconds,
       run.documentsNew AS documentsNew, run.documentsChanged AS documentsChanged, run.documentsUnchanged AS documentsUnchanged,
       run.documentsRemoved AS documentsRemoved, run.documentsSkipped AS documentsSkipped, run.documentsFailed AS documentsFailed,
       run.nodesCreated AS nodesCreated, run.nodesDeleted AS nodesDeleted,
       run.relationshipsCreated AS relationshipsCreated, run.relationshipsDeleted AS relationshipsDeleted
ORDER BY run.startedAt DESC, run.id DESC
LIMIT $limit
`,
);

/** Per node label this tool writes: how many nodes carry it. */
export const COUNT_NODES: Record<NodeLabel, Statement> = Object.fromEntries(
  NODE_LABELS.map((label) => [label, statement(`count-${label}`, `MATCH (n:${label}) RETURN count(n) AS count`)]),
) as Record<NodeLabel, Statement>;

/** Per relationship type this tool writes: how many relationships have it. */
export const COUNT_RELATIONSHIPS: Record<GraphRelationshipType, Statement> = Object.fromEntries(
  GRAPH_RELATIONSHIP_TYPES.map((type) => [
    type,
    statement(`count-${type}`, `MATCH ()-[r:${type}]->() RETURN count(r) AS count`),
  ]),
) as Record<GraphRelationshipType, Statement>;

/** The newest ingest run's id (what `kg serve` derives its ETags from); no row when there is none. */
export const READ_LAST_INGEST_RUN_ID = statement(
  'read-last-ingest-run-id',
  `
MATCH (run:IngestRun)
RETURN run.id AS id
ORDER BY run.startedAt DESC, run.id DESC
LIMIT 1
`,
);

/** What the server is: its version and edition (the connection check every command makes). */
export const SERVER_COMPONENTS = statement(
  'server-components',
  'CALL dbms.components() YIELD name, versions, edition RETURN versions[0] AS version, edition',
);

/** Whether the server still answers (the silence check of graph/driver.ts, on another connection). */
export const SERVER_ANSWERS = statement('server-answers', 'RETURN 1');
