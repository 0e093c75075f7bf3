// `kg reset`'s deletes: this tool's nodes, kind by kind, in batches. (Its constraints and
// indexes are dropped by the statements of schema.ts.)
import { ENTITY_TYPES, type EntityType } from '../model.ts';
import type { Statement } from '../runner.ts';
import { statement } from './statement.ts';

/** The node kinds `kg reset` removes, in order. */
export const RESET_LABELS = [...ENTITY_TYPES, 'Document', 'IngestRun', 'Source'] as const;

export type ResetLabel = (typeof RESET_LABELS)[number];

/**
 * Per node kind: delete up to $batch of this tool's nodes (kg reset); returns how many.
 * Entities are matched with their Entity label and Documents by the properties only this
 * tool sets, so a user's own :Agency or :Document node in the same database is left alone.
 */
export const DELETE_LABEL_BATCH: Record<ResetLabel, Statement> = {
  ...(Object.fromEntries(
    ENTITY_TYPES.map((label) => [
      label,
      statement(
        `delete-${label}`,
        `MATCH (n:Entity:${label}) WITH n LIMIT $batch DETACH DELETE n RETURN count(*) AS deleted`,
      ),
    ]),
  ) as Record<EntityType, Statement>),
  Document: statement(
    'delete-Document',
    'MATCH (n:Document) WHERE n.sha256 IS NOT NULL AND n.extractorVersion IS NOT NULL WITH n LIMIT $batch DETACH DELETE n RETURN count(*) AS deleted',
  ),
  IngestRun: statement(
    'delete-IngestRun',
    'MATCH (n:IngestRun) WITH n LIMIT $batch DETACH DELETE n RETURN count(*) AS deleted',
  ),
  Source: statement(
    'delete-Source',
    'MATCH (n:Source) WHERE n.lastRunId IS NOT NULL WITH n LIMIT $batch DETACH DELETE n RETURN count(*) AS deleted',
  ),
};
