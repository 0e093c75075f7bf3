// Reads the loader needs: each Document node's record, and (for --dry-run) the facts a
// document currently contributes, in the same row shape toCorpusFacts() produces.
import { readTransaction, type Driver } from './driver.ts';
import { ENTITY_TYPES, RELATION_TYPES, type EntityType, type RelationType } from './model.ts';
import type { StoredDocument } from './plan.ts';
import type { DocumentFacts, EntityRow, MentionRow, RelationRow } from './rows.ts';
import type { CypherRunner } from './runner.ts';
import {
  READ_DOCUMENT_FACTS,
  READ_RESOLUTION_STATES,
  READ_STORED_DOCUMENTS,
  READ_STORED_DOCUMENTS_JOINED,
} from './statements/load.ts';
import { READ_DOCUMENTS } from './statements/status.ts';
import { evidencePrefix } from './document-writes.ts';

/** A Document node as status shows it. */
export interface DocumentRecord extends StoredDocument {
  /** null for a document written before sources existed. */
  source: string | null;
  ingestedAt: string | null;
}

/** Joins the fields of READ_STORED_DOCUMENTS_JOINED: NUL, which no path or hash holds. */
const FIELD_SEPARATOR = '\u0000';

const text = (value: unknown): string => (typeof value === 'string' ? value : '');
const strings = (value: unknown): string[] => (Array.isArray(value) ? value.map(String) : []);
const byString = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Every Document node, sorted by id. */
export async function readDocumentRecords(runner: CypherRunner): Promise<DocumentRecord[]> {
  const result = await runner.run(READ_DOCUMENTS);
  return result.records.map((record) => ({
    id: text(record.id),
    source: typeof record.source === 'string' ? record.source : null,
    path: text(record.path),
    sha256: text(record.sha256),
    extractorVersion: text(record.extractorVersion),
    factsHash: text(record.factsHash),
    ingestedAt: typeof record.ingestedAt === 'string' ? record.ingestedAt : null,
  }));
}

/** Every Document node of `source`: its record of its last write, the one read a plan needs (in no particular order). */
export async function readStoredDocuments(
  driver: Driver,
  database: string | undefined,
  source: string,
): Promise<StoredDocument[]> {
  const joined = await readTransaction(driver, database, (runner) =>
    runner.run(READ_STORED_DOCUMENTS_JOINED, { source, separator: FIELD_SEPARATOR }),
  );
  const records = joined.records[0]?.documents;
  const split = (Array.isArray(records) ? records : []).map((record) => String(record).split(FIELD_SEPARATOR));
  if (split.every((fields) => fields.length === 5)) {
    return split.map(([id, path, sha256, extractorVersion, factsHash]) => ({
      id: id!,
      path: path!,
      sha256: sha256!,
      extractorVersion: extractorVersion!,
      factsHash: factsHash!,
    }));
  }
  // A field holds the separator (no file path can, but a hand-made node might): the lists, then.
  const result = await readTransaction(driver, database, (runner) => runner.run(READ_STORED_DOCUMENTS, { source }));
  const rows = result.records[0]?.documents;
  return (Array.isArray(rows) ? (rows as unknown[][]) : []).map(([id, path, sha256, extractorVersion, factsHash]) => ({
    id: text(id),
    path: text(path),
    sha256: text(sha256),
    extractorVersion: text(extractorVersion),
    factsHash: text(factsHash),
  }));
}

/** Each Document node of `source` and its `resolutionState` (null when it has none), by id. */
export async function readResolutionStates(
  driver: Driver,
  database: string | undefined,
  source: string,
): Promise<Map<string, string | null>> {
  const result = await readTransaction(driver, database, (runner) => runner.run(READ_RESOLUTION_STATES, { source }));
  const rows = result.records[0]?.states;
  return new Map(
    (Array.isArray(rows) ? (rows as unknown[][]) : []).map(([id, state]) => [
      text(id),
      typeof state === 'string' ? state : null,
    ]),
  );
}

/** The facts the graph holds for one document, or undefined if it has no Document node. */
export async function readDocumentFacts(
  runner: CypherRunner,
  document: StoredDocument,
): Promise<DocumentFacts | undefined> {
  const result = await runner.run(READ_DOCUMENT_FACTS, {
    document: document.id,
    evidencePrefix: evidencePrefix(document.id),
  });
  const record = result.records[0];
  if (!record) return undefined;
  const entities = Object.fromEntries(ENTITY_TYPES.map((type) => [type, [] as EntityRow[]])) as Record<
    EntityType,
    EntityRow[]
  >;
  for (const entity of (record.entities as Record<string, unknown>[]).filter((row) => row.id !== null)) {
    const type = ENTITY_TYPES.find((candidate) => strings(entity.labels).includes(candidate));
    if (!type) continue;
    entities[type].push({
      id: text(entity.id),
      name: text(entity.name),
      aliases: strings(entity.aliases),
      extractors: strings(entity.extractors),
    });
  }
  for (const type of ENTITY_TYPES) entities[type].sort((a, b) => byString(a.id, b.id));
  const mentions: MentionRow[] = (record.mentions as Record<string, unknown>[])
    .filter((row) => row.id !== null)
    .map((row) => ({ id: text(row.id), start: Number(row.start), end: Number(row.end) }))
    .sort((a, b) => byString(a.id, b.id) || a.start - b.start || a.end - b.end);
  const relations = Object.fromEntries(RELATION_TYPES.map((type) => [type, [] as RelationRow[]])) as Record<
    RelationType,
    RelationRow[]
  >;
  for (const row of (record.relations as Record<string, unknown>[]).filter((candidate) => candidate.from !== null)) {
    const type = RELATION_TYPES.find((candidate) => candidate === row.type);
    if (!type) continue;
    relations[type].push({
      from: text(row.from),
      to: text(row.to),
      title: text(row.title),
      evidence: strings(row.evidence).sort(byString),
      extractors: strings(row.extractors),
    });
  }
  for (const type of RELATION_TYPES)
    relations[type].sort((a, b) =>
      byString(JSON.stringify([a.from, a.to, a.title]), JSON.stringify([b.from, b.to, b.title])),
    );
  return { document: { id: document.id, path: document.path, sha256: document.sha256 }, entities, mentions, relations };
}

/** The current facts of many documents, in one read transaction. */
export async function readManyDocumentFacts(
  driver: Driver,
  database: string | undefined,
  documents: StoredDocument[],
): Promise<Map<string, DocumentFacts>> {
  return readTransaction(driver, database, async (runner) => {
    const facts = new Map<string, DocumentFacts>();
    for (const document of documents) {
      const current = await readDocumentFacts(runner, document);
      if (current) facts.set(document.id, current);
    }
    return facts;
  });
}
