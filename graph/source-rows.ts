// What several sources say about one entity or relationship, combined (pure). Resolution
// runs per source, so two sources that share an entity may give it different spellings,
// aliases and extractors. Each source's row is kept on the node (`sourceRows`) and the
// stored `name`, `aliases` and `extractors` are computed from all of them by one rule, so
// they depend only on which sources support the entity, never on which wrote last.
import { pickCanonical } from '../extractors/local-graph.ts';
import { normaliseName } from '../extractors/normalise-name.ts';
import { toCellSafeJson } from './cell-safe-json.ts';
import type { EntityRow } from './rows.ts';

/** One source's row of an entity. */
export interface SourceRow {
  source: string;
  name: string;
  aliases: string[];
  extractors: string[];
}

/** The name, aliases and extractors an entity shows, computed from its sources' rows. */
export type CombinedRow = Pick<EntityRow, 'name' | 'aliases' | 'extractors'>;

const byString = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The rows of an entity's `sourceRows` property: one JSON string (a list property would
 * hold names, and a `kg export --format csv` list cell cannot hold the `;` many duties have)
 * of `[source, name, aliases, extractors]` tuples sorted by source. Null or unreadable
 * (a node written before rows were kept per source): none.
 */
export function parseSourceRows(text: unknown): SourceRow[] {
  if (typeof text !== 'string') return [];
  try {
    return (JSON.parse(text) as [string, string, string[], string[]][]).map(([source, name, aliases, extractors]) => ({
      source,
      name,
      aliases,
      extractors,
    }));
  } catch {
    return [];
  }
}

/**
 * The `sourceRows` text of `rows`, sorted by source so equal sets give equal text
 * (toCellSafeJson: `kg export --format csv` writes it into one cell).
 */
export function formatSourceRows(rows: readonly SourceRow[]): string {
  const sorted = [...rows].sort((a, b) => byString(a.source, b.source));
  return toCellSafeJson(sorted.map((row) => [row.source, row.name, row.aliases, row.extractors]));
}

/** `rows` with `source`'s row replaced by `row` (or removed when `row` is undefined). */
export function withSourceRow(rows: readonly SourceRow[], source: string, row: CombinedRow | undefined): SourceRow[] {
  const others = rows.filter((candidate) => candidate.source !== source);
  return row ? [...others, { source, name: row.name, aliases: row.aliases, extractors: row.extractors }] : others;
}

/** True when `rows` hold exactly `row` for `source` (none when `row` is undefined). */
export function hasSourceRow(rows: readonly SourceRow[], source: string, row: CombinedRow | undefined): boolean {
  const own = rows.filter((candidate) => candidate.source === source);
  if (!row) return own.length === 0;
  return (
    own.length === 1 &&
    JSON.stringify([own[0]!.name, own[0]!.aliases, own[0]!.extractors]) ===
      JSON.stringify([row.name, row.aliases, row.extractors])
  );
}

/**
 * The entity as every source together describes it, by the rule resolveCorpus applies
 * within one source: the canonical name is the fullest of the sources' names
 * (pickCanonical, which is what resolving the sources together would choose); the aliases
 * are every other spelling the sources give, one per normalised form (the first in code
 * unit order) and none that normalises to the name; the extractors are the union. With one
 * source, that source's row unchanged. Undefined when there is no row.
 */
export function combineSourceRows(rows: readonly SourceRow[]): CombinedRow | undefined {
  if (rows.length === 0) return undefined;
  const name = pickCanonical(rows.map((row) => row.name));
  const nameKey = normaliseName(name);
  const spellings = new Map<string, string>();
  for (const spelling of rows.flatMap((row) => [row.name, ...row.aliases])) {
    const key = normaliseName(spelling);
    if (spelling === name || key === nameKey) continue;
    const known = spellings.get(key);
    if (known === undefined || spelling < known) spellings.set(key, spelling);
  }
  return {
    name,
    aliases: [...spellings.values()].sort(byString),
    extractors: [...new Set(rows.flatMap((row) => row.extractors))].sort(byString),
  };
}

/** The start of every `sourceExtractors` entry of `source` on a relationship: `<source> <extractor>`. */
export function sourceExtractorPrefix(source: string): string {
  return `${source} `;
}
