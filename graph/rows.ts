// Extraction -> rows (pure): the facts each document contributes to the graph, in the
// shape the loader's UNWIND statements take, every list sorted so that equal facts give
// equal rows (and equal hashes).
import type { ExtractedDocument, ExtractedEntity, ExtractedRelation, Extraction, Span } from '../extractors/types.ts';
import { ENTITY_TYPES, RELATION_TYPES, isTitledRelation, type EntityType, type RelationType } from './model.ts';

/** An entity node's properties: corpus-level (the same in every document's facts). */
export interface EntityRow {
  id: string;
  name: string;
  aliases: string[];
  extractors: string[];
}

/** One MENTIONED_IN from an entity to the document, in original offsets. */
export interface MentionRow {
  id: string;
  start: number;
  end: number;
}

/**
 * One relation as one document supports it: `evidence` is only this document's spans
 * (`"<document>:<start>:<end>"`); `extractors` is corpus-level.
 */
export interface RelationRow {
  from: string;
  to: string;
  /** HOLDS_POSITION's title (part of its key); '' for the other types. */
  title: string;
  evidence: string[];
  extractors: string[];
}

/** Everything one document says, grouped by the static label or type of each statement. */
export interface DocumentFacts {
  document: ExtractedDocument;
  entities: Record<EntityType, EntityRow[]>;
  mentions: MentionRow[];
  relations: Record<RelationType, RelationRow[]>;
}

/** Corpus-level lookups, used to refresh what a retracted document leaves behind. */
export interface CorpusIndex {
  entities: Map<string, { type: EntityType; row: EntityRow }>;
  /** Keyed by relationKey(). */
  relations: Map<string, { type: RelationType; extractors: string[] }>;
}

/** Everything the loader needs from one corpus extraction. */
export interface CorpusFacts {
  documents: DocumentFacts[];
  index: CorpusIndex;
}

/** The identity of a relationship in the graph: type, endpoints and (for HOLDS_POSITION) title. */
export function relationKey(type: RelationType, from: string, to: string, title: string): string {
  return JSON.stringify([type, from, to, title]);
}

/** Formats one span as the evidence string stored on relationships. */
export function evidenceString(span: Span): string {
  return `${span.document}:${span.start}:${span.end}`;
}

const byString = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
const sortedUnique = (values: Iterable<string>): string[] => [...new Set(values)].sort(byString);

function emptyByType<K extends string, V>(keys: readonly K[], make: () => V): Record<K, V> {
  return Object.fromEntries(keys.map((key) => [key, make()])) as Record<K, V>;
}

function titleOf(relation: ExtractedRelation): string {
  return isTitledRelation(relation.type) ? (relation.properties.title ?? '') : '';
}

function toEntityRow(entity: ExtractedEntity): EntityRow {
  return {
    id: entity.id,
    name: entity.name,
    aliases: sortedUnique(entity.aliases.filter((alias) => alias !== entity.name)),
    extractors: sortedUnique(entity.extractors),
  };
}

/** Per-document working set while rows are gathered. */
interface Gathered {
  entityIds: Set<string>;
  mentions: Map<string, MentionRow>;
  relations: Map<string, { type: RelationType; row: RelationRow }>;
}

/**
 * Splits a corpus extraction into the facts of each document: the entities it mentions or
 * relates (with their corpus-level properties), its mentions, and the relations it gives
 * evidence for (with only its own evidence). A relation without evidence is attributed to
 * the documents that mention its `from` entity.
 */
export function toCorpusFacts(extraction: Extraction): CorpusFacts {
  const entities = new Map<string, { type: EntityType; row: EntityRow }>();
  for (const entity of extraction.entities) entities.set(entity.id, { type: entity.type, row: toEntityRow(entity) });

  const gathered = new Map<string, Gathered>();
  for (const document of extraction.documents)
    gathered.set(document.id, { entityIds: new Set(), mentions: new Map(), relations: new Map() });
  const gatherFor = (documentId: string): Gathered | undefined => gathered.get(documentId);

  const mentionedIn = new Map<string, Set<string>>();
  for (const entity of extraction.entities) {
    for (const mention of entity.mentions) {
      const target = gatherFor(mention.document);
      if (!target) continue; // a span into a document the extraction does not list
      target.entityIds.add(entity.id);
      target.mentions.set(JSON.stringify([entity.id, mention.start, mention.end]), {
        id: entity.id,
        start: mention.start,
        end: mention.end,
      });
      let documents = mentionedIn.get(entity.id);
      if (!documents) mentionedIn.set(entity.id, (documents = new Set()));
      documents.add(mention.document);
    }
  }

  const corpusRelations = new Map<string, { type: RelationType; extractors: string[] }>();
  for (const relation of extraction.relations) {
    if (!entities.has(relation.from) || !entities.has(relation.to)) continue; // dangling: nothing to attach to
    const title = titleOf(relation);
    const key = relationKey(relation.type, relation.from, relation.to, title);
    const known = corpusRelations.get(key);
    corpusRelations.set(key, {
      type: relation.type,
      extractors: sortedUnique([...(known?.extractors ?? []), ...relation.extractors]),
    });

    const evidenceByDocument = new Map<string, string[]>();
    for (const span of relation.evidence) {
      if (!gathered.has(span.document)) continue;
      evidenceByDocument.set(span.document, [...(evidenceByDocument.get(span.document) ?? []), evidenceString(span)]);
    }
    if (relation.evidence.length === 0) {
      for (const documentId of mentionedIn.get(relation.from) ?? []) evidenceByDocument.set(documentId, []);
    }
    for (const [documentId, evidence] of evidenceByDocument) {
      const target = gatherFor(documentId)!;
      target.entityIds.add(relation.from);
      target.entityIds.add(relation.to);
      const existing = target.relations.get(key);
      const row: RelationRow = {
        from: relation.from,
        to: relation.to,
        title,
        evidence: sortedUnique([...(existing?.row.evidence ?? []), ...evidence]),
        extractors: [],
      };
      target.relations.set(key, { type: relation.type, row });
    }
  }

  const documents = [...extraction.documents]
    .sort((a, b) => byString(a.id, b.id))
    .map((document): DocumentFacts => {
      const target = gathered.get(document.id)!;
      const entityRows = emptyByType(ENTITY_TYPES, (): EntityRow[] => []);
      for (const id of [...target.entityIds].sort(byString)) {
        const entity = entities.get(id)!;
        entityRows[entity.type].push(entity.row);
      }
      const relationRows = emptyByType(RELATION_TYPES, (): RelationRow[] => []);
      const relationKeys = [...target.relations.keys()].sort(byString);
      for (const key of relationKeys) {
        const { type, row } = target.relations.get(key)!;
        relationRows[type].push({ ...row, extractors: corpusRelations.get(key)!.extractors });
      }
      const mentions = [...target.mentions.values()].sort(
        (a, b) => byString(a.id, b.id) || a.start - b.start || a.end - b.end,
      );
      return {
        document: { id: document.id, path: document.path, sha256: document.sha256 },
        entities: entityRows,
        mentions,
        relations: relationRows,
      };
    });

  return { documents, index: { entities, relations: corpusRelations } };
}
