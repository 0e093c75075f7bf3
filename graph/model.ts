// The graph's closed vocabulary (docs/graph-model.md): every label, relationship type,
// constraint and index this tool writes. Cypher text is built only from these unions.
import { ENTITY_TYPES, RELATION_TYPES, type EntityType, type RelationType } from '../extractors/types.ts';

export { ENTITY_TYPES, RELATION_TYPES, type EntityType, type RelationType };

/** The label every entity node carries besides its type, for one lookup and one full-text index. */
export const ENTITY_LABEL = 'Entity';

/** Every node label this tool writes; `kg reset` removes exactly these. */
export const NODE_LABELS = [...ENTITY_TYPES, 'Entity', 'Document', 'IngestRun', 'Source'] as const;
export type NodeLabel = (typeof NODE_LABELS)[number];

/** Every relationship type this tool writes: the extracted relations plus MENTIONED_IN. */
export const GRAPH_RELATIONSHIP_TYPES = [...RELATION_TYPES, 'MENTIONED_IN'] as const;
export type GraphRelationshipType = (typeof GRAPH_RELATIONSHIP_TYPES)[number];

/** Prefix of every constraint and index name this tool creates (and the only ones it drops). */
export const SCHEMA_NAME_PREFIX = 'kg_';

/** How many IngestRun nodes are kept. */
export const KEPT_INGEST_RUNS = 50;

/** True for relation types keyed by (from, to, title) rather than (from, to). */
export function isTitledRelation(type: RelationType): boolean {
  return type === 'HOLDS_POSITION';
}

/** Snake-case form of a label for schema names (`IngestRun` -> `ingest_run`). */
export function snakeCase(label: string): string {
  return label.replace(/([a-z])([A-Z])/g, '$1_$2').toLowerCase();
}
