// A fingerprint of the facts one document contributes, stored on its Document node so that a
// re-run can tell, without reading the facts back, whether the graph already says them.
import { createHash } from 'node:crypto';
import type { DocumentFacts } from './rows.ts';

/**
 * How a document's facts are written to the graph. Part of the hash, so that changing it
 * rewrites every document once: format 2 keeps each source's entity rows and relationship
 * extractors apart (graph/source-rows.ts) and records each Document's `resolutionState`.
 */
const WRITE_FORMAT = 2;

/**
 * SHA-256 (hex) of a document's facts: its id, entity rows, mentions and relation rows,
 * which toCorpusFacts() already sorts, and the write format. The file's sha256 and path
 * are left out: they are compared on their own, so a byte change that changes no fact
 * rewrites no fact.
 */
export function hashFacts(facts: DocumentFacts): string {
  return createHash('sha256')
    .update(`${WRITE_FORMAT}\n${factsText(facts)}`)
    .digest('hex');
}

/** The canonical text hashFacts() hashes: equal texts, equal facts. */
export function factsText(facts: DocumentFacts): string {
  return JSON.stringify([facts.document.id, facts.entities, facts.mentions, facts.relations]);
}
