// What the relation stages read and write once bodies, laws and people are entities: the
// document's text and mentions, its keyed body and law mentions, its subject, and the
// LocalGraph the facts go into. Its own module, so rule modules (relations-sentences.ts)
// can take it without importing the composition that builds it.
import type { DocumentMentions } from './mentions.ts';
import { responsibilityKey, type LocalGraph } from './local-graph.ts';
import type { RangeIndex } from './range-index.ts';
import type { ExtractorRule } from './rules.ts';
import type { DocumentModel, TextRange } from './types.ts';

/** A body mention with its entity key; `parent` is Y's range for "X of the Y". */
export interface KeyedBody {
  range: TextRange;
  key: string;
  parent?: TextRange;
}

/** A law mention with its entity key. */
export interface KeyedLaw {
  range: TextRange;
  key: string;
}

/** Everything the relation rules need to look up entities by place or name. */
export interface DocumentContext {
  model: DocumentModel;
  text: string;
  mentions: DocumentMentions;
  graph: LocalGraph;
  /** Entity key of the organisation mention at exactly this range. */
  orgKeyAt: Map<string, string>;
  /** Organisation mentions with their keys, sorted by start. */
  orgs: KeyedBody[];
  laws: KeyedLaw[];
  mainAgency: string | null;
  orgIndex: RangeIndex<KeyedBody>;
}

/** The key under which orgKeyAt stores a range. */
export const rangeKey = (r: TextRange): string => `${r.start}:${r.end}`;

/** The first organisation named inside a range (a heading, an intro sentence), if any. */
export function ownerOf(ctx: Pick<DocumentContext, 'orgIndex'>, range: TextRange | null | undefined): string | null {
  if (!range) return null;
  return ctx.orgIndex.within(range)[0]?.key ?? null;
}

/** Adds a Responsibility and the owner's HAS_RESPONSIBILITY to it, both named by one rule. */
export function addDuty(
  graph: LocalGraph,
  owner: string,
  dutyText: string,
  range: TextRange,
  extractor: ExtractorRule,
): void {
  const key = responsibilityKey(owner, dutyText);
  graph.addEntity(key, 'Responsibility', dutyText, range, extractor);
  graph.addRelation('HAS_RESPONSIBILITY', owner, key, range, extractor);
}
