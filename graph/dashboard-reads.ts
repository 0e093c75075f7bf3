// The reads `kg serve` answers with besides the named analyses: one entity with its
// relationships and mentions, full-text search, an organisation chart, counts and runs.
// Every read runs in a READ transaction; nothing here can write.
import { GraphError } from './errors.ts';
import {
  describeConnectionError,
  isConnectionError,
  readTransaction as readInTransaction,
  type Driver,
} from './driver.ts';
import type { CypherRunner } from './runner.ts';
import { describeQueryError } from './read-query.ts';
import { GRAPH_RELATIONSHIP_TYPES, NODE_LABELS } from './model.ts';
import { readIngestRuns } from './runs.ts';
import {
  READ_DOCUMENT_FILES,
  READ_ENTITY,
  READ_ENTITY_MENTIONS,
  READ_ENTITY_RELATIONSHIPS,
  READ_ORGANISATION,
  SEARCH_ENTITIES,
} from './statements/entities.ts';
import { COUNT_NODES, COUNT_RELATIONSHIPS, READ_LAST_INGEST_RUN_ID } from './statements/status.ts';

/** Where a read goes and how long it may take. */
export interface ReadTarget {
  driver: Driver;
  database: string | undefined;
  timeoutMs?: number;
}

/** The name of the loader's full-text index over Entity names and aliases (graph/schema.ts). */
export const ENTITY_FULLTEXT_INDEX = 'kg_entity_fulltext';

/** A span of a document: where a fact is said. `path` and `sha256` are null when the Document node is gone. */
export interface EvidenceSpan {
  document: string;
  path: string | null;
  sha256: string | null;
  start: number;
  end: number;
}

/** An entity at the other end of a relationship, or a search hit. */
export interface EntityRef {
  id: string;
  type: string;
  name: string;
}

/** One extracted relationship of an entity, seen from it. */
export interface EntityRelationship {
  type: string;
  direction: 'out' | 'in';
  title: string;
  other: EntityRef;
  /** The first spans (at most the limit asked for). */
  evidence: EvidenceSpan[];
  evidenceTotal: number;
}

/** An entity with everything the graph says about it. */
export interface EntityDetails {
  id: string;
  type: string;
  name: string;
  aliases: string[];
  relationships: EntityRelationship[];
  /** The first mentions (at most the limit asked for), in document order. */
  mentions: EvidenceSpan[];
  mentionsTotal: number;
}

/** How many spans an entity read returns: an entity shared by thousands of documents would otherwise cost thousands of file reads to quote. */
export interface SpanLimits {
  mentions: number;
  evidencePerRelationship: number;
}

/** A READ transaction whose driver errors become GraphErrors (timeouts KG_QUERY_TIMEOUT, lost servers KG_DB_UNAVAILABLE). */
async function readTransaction<T>(
  driver: Driver,
  database: string | undefined,
  work: (runner: CypherRunner) => Promise<T>,
  target: ReadTarget,
): Promise<T> {
  try {
    return await readInTransaction(driver, database, work, target);
  } catch (error) {
    if (error instanceof GraphError) throw error;
    if (isConnectionError(error)) throw describeConnectionError(error, 'the database');
    throw describeQueryError(error, 'reading the graph');
  }
}

const text = (value: unknown): string => (typeof value === 'string' ? value : '');
const textOrNull = (value: unknown): string | null => (typeof value === 'string' ? value : null);

/** Splits `<document>:<start>:<end>` (the document id may itself hold colons); undefined when malformed. */
export function parseEvidence(evidence: string): { document: string; start: number; end: number } | undefined {
  const match = /^(.*):(\d+):(\d+)$/s.exec(evidence);
  if (!match) return undefined;
  return { document: match[1]!, start: Number(match[2]), end: Number(match[3]) };
}

/** The newest ingest run's id, or null when the graph has none. */
export async function readLastIngestRunId(target: ReadTarget): Promise<string | null> {
  const result = await readTransaction(
    target.driver,
    target.database,
    (runner) => runner.run(READ_LAST_INGEST_RUN_ID),
    target,
  );
  return textOrNull(result.records[0]?.id);
}

/** One entity with its relationships (both ways, with evidence spans) and mentions; undefined when no entity has that id. */
export async function readEntityDetails(
  target: ReadTarget,
  id: string,
  limits: SpanLimits,
): Promise<EntityDetails | undefined> {
  return readTransaction(
    target.driver,
    target.database,
    async (runner) => {
      const entity = (await runner.run(READ_ENTITY, { id })).records[0];
      if (!entity) return undefined;
      const relationshipRows = (await runner.run(READ_ENTITY_RELATIONSHIPS, { id })).records;
      const mentionRecord = (await runner.run(READ_ENTITY_MENTIONS, { id, limit: limits.mentions })).records[0];
      const mentionRows = Array.isArray(mentionRecord?.mentions)
        ? (mentionRecord.mentions as Record<string, unknown>[])
        : [];
      const parsed = relationshipRows.map((row) => {
        const evidence = Array.isArray(row.evidence) ? row.evidence : [];
        const spans = evidence
          .slice(0, limits.evidencePerRelationship)
          .map((item) => parseEvidence(String(item)))
          .filter((span) => span !== undefined);
        return { row, spans, total: evidence.length };
      });
      const documentIds = [...new Set(parsed.flatMap(({ spans }) => spans.map((span) => span.document)))];
      const files = new Map<string, { path: string | null; sha256: string | null }>();
      for (const row of (await runner.run(READ_DOCUMENT_FILES, { ids: documentIds })).records) {
        files.set(text(row.id), { path: textOrNull(row.path), sha256: textOrNull(row.sha256) });
      }
      const relationships: EntityRelationship[] = parsed.map(({ row, spans, total }) => ({
        type: text(row.type),
        direction: row.outgoing === true ? 'out' : 'in',
        title: text(row.title),
        other: { id: text(row.otherId), type: text(row.otherType), name: text(row.otherName) },
        evidence: spans.map((span) => ({
          ...span,
          path: files.get(span.document)?.path ?? null,
          sha256: files.get(span.document)?.sha256 ?? null,
        })),
        evidenceTotal: total,
      }));
      const mentions: EvidenceSpan[] = mentionRows.map((row) => ({
        document: text(row.document),
        path: textOrNull(row.path),
        sha256: textOrNull(row.sha256),
        start: Number(row.start),
        end: Number(row.end),
      }));
      return {
        id: text(entity.id),
        type: text(entity.type),
        name: text(entity.name),
        aliases: Array.isArray(entity.aliases) ? entity.aliases.map(String) : [],
        relationships,
        mentions,
        mentionsTotal: Number(mentionRecord?.total ?? 0),
      };
    },
    target,
  );
}

/** A search hit: an entity and its full-text score. */
export interface SearchHit extends EntityRef {
  score: number;
}

/** Escapes Lucene's query syntax so that any text a person types searches for its words (lower-cased: AND, OR, NOT stay words). */
export function toFulltextQuery(query: string): string {
  return query
    .trim()
    .split(/\s+/)
    .filter(Boolean)
    .map((word) => word.toLowerCase().replace(/[+\-&|!(){}[\]^"~*?:\\/]/g, '\\$&'))
    .join(' ');
}

/** Entities whose name or alias matches the words of `query`, best first. */
export async function searchEntities(target: ReadTarget, query: string, limit: number): Promise<SearchHit[]> {
  const lucene = toFulltextQuery(query);
  if (lucene === '') return [];
  const result = await readTransaction(
    target.driver,
    target.database,
    (runner) => runner.run(SEARCH_ENTITIES, { index: ENTITY_FULLTEXT_INDEX, text: lucene, limit }),
    target,
  );
  return result.records.map((row) => ({
    id: text(row.id),
    type: text(row.type),
    name: text(row.name),
    score: Number(row.score),
  }));
}

/** A post in an organisation chart: a person holding a title in a body. */
export interface OrganisationPost {
  bodyId: string;
  person: EntityRef;
  title: string;
}

/** A body's organisation: its departments, the agencies directly under it, and the posts held in it and its departments. */
export interface Organisation {
  root: EntityRef;
  departments: EntityRef[];
  agencies: EntityRef[];
  posts: OrganisationPost[];
}

/** The organisation under one entity; undefined when no entity has that id. */
export async function readOrganisation(target: ReadTarget, id: string): Promise<Organisation | undefined> {
  const result = await readTransaction(
    target.driver,
    target.database,
    (runner) => runner.run(READ_ORGANISATION, { id }),
    target,
  );
  const row = result.records[0];
  if (!row) return undefined;
  const refs = (value: unknown, type: string): EntityRef[] =>
    (Array.isArray(value) ? (value as Record<string, unknown>[]) : [])
      .map((item) => ({ id: text(item.id), type, name: text(item.name) }))
      .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const posts: OrganisationPost[] = [];
  for (const body of Array.isArray(row.posts) ? (row.posts as Record<string, unknown>[]) : []) {
    for (const post of Array.isArray(body.posts) ? (body.posts as Record<string, unknown>[]) : []) {
      posts.push({
        bodyId: text(body.bodyId),
        person: { id: text(post.id), type: 'Person', name: text(post.name) },
        title: text(post.title),
      });
    }
  }
  return {
    root: { id: text(row.rootId), type: text(row.rootType), name: text(row.rootName) },
    departments: refs(row.departments, 'Department'),
    agencies: refs(row.agencies, 'Agency'),
    posts,
  };
}

/** Nodes per label and relationships per type this tool writes, and the newest ingest runs. */
export interface GraphCounts {
  nodes: Record<string, number>;
  relationships: Record<string, number>;
}

/** Counts nodes per label and relationships per type (this tool's vocabulary only), in one read transaction. */
export async function readGraphCounts(target: ReadTarget): Promise<GraphCounts> {
  return readTransaction(
    target.driver,
    target.database,
    async (runner) => {
      const nodes: Record<string, number> = {};
      for (const label of NODE_LABELS)
        nodes[label] = Number((await runner.run(COUNT_NODES[label])).records[0]?.count ?? 0);
      const relationships: Record<string, number> = {};
      for (const type of GRAPH_RELATIONSHIP_TYPES)
        relationships[type] = Number((await runner.run(COUNT_RELATIONSHIPS[type])).records[0]?.count ?? 0);
      return { nodes, relationships };
    },
    target,
  );
}

/** The newest `limit` ingest runs, newest first. */
export async function readRecentRuns(target: ReadTarget, limit: number): Promise<Record<string, unknown>[]> {
  return readTransaction(target.driver, target.database, (runner) => readIngestRuns(runner, limit), target);
}
