// A canonical picture of the graph for equality checks: every node (labels and properties)
// and every relationship (type, endpoint ids, properties) as sorted JSON strings. IngestRun
// and Source nodes (records of runs: when, from which folder on which machine) and
// timestamps (ingestedAt) are left out: they differ between equal graphs.
import { onDatabase, toPlainMap, type Driver } from '../../../graph/driver.ts';
import { testConnection, wipeDatabase } from './database.ts';

/** The graph as sorted lists of canonical strings (a multiset: duplicates show). */
export interface Fingerprint {
  nodes: string[];
  relationships: string[];
}

const VOLATILE = new Set(['ingestedAt']);

function canonical(value: unknown): string {
  const sortKeys = (inner: unknown): unknown => {
    if (Array.isArray(inner)) return inner.map(sortKeys);
    if (inner === null || typeof inner !== 'object') return inner;
    return Object.fromEntries(
      Object.entries(inner)
        .filter(([key]) => !VOLATILE.has(key))
        .sort(([a], [b]) => (a < b ? -1 : 1))
        .map(([key, nested]) => [key, sortKeys(nested)]),
    );
  };
  return JSON.stringify(sortKeys(value));
}

/** Reads the whole graph (IngestRun and Source excluded) as a Fingerprint. */
export async function fingerprint(driver: Driver): Promise<Fingerprint> {
  const { database } = testConnection();
  const nodes = await driver.executeQuery(
    'MATCH (n) WHERE NOT n:IngestRun AND NOT n:Source RETURN labels(n) AS labels, properties(n) AS properties',
    {},
    onDatabase(database),
  );
  const relationships = await driver.executeQuery(
    'MATCH (a)-[r]->(b) WHERE NOT a:IngestRun AND NOT b:IngestRun AND NOT a:Source AND NOT b:Source RETURN type(r) AS type, a.id AS from, b.id AS to, properties(r) AS properties',
    {},
    onDatabase(database),
  );
  return {
    nodes: nodes.records
      .map((record) =>
        canonical({
          labels: [...(record.get('labels') as string[])].sort(),
          ...toPlainMap(record.get('properties') as Record<string, unknown>),
        }),
      )
      .sort(),
    relationships: relationships.records.map((record) => canonical(toPlainMap(record.toObject()))).sort(),
  };
}

/** Ids that more than one node carries (should be none). */
export async function duplicateNodeIds(driver: Driver): Promise<string[]> {
  const { database } = testConnection();
  const result = await driver.executeQuery(
    'MATCH (n) WHERE n.id IS NOT NULL WITH n.id AS id, count(*) AS copies WHERE copies > 1 RETURN id ORDER BY id',
    {},
    onDatabase(database),
  );
  return result.records.map((record) => String(record.get('id')));
}

/** Lines in `b` but not in `a`, and in `a` but not in `b` (multiset difference). */
export function diffFingerprints(a: Fingerprint, b: Fingerprint): { added: Fingerprint; removed: Fingerprint } {
  const minus = (x: string[], y: string[]) => {
    const counts = new Map<string, number>();
    for (const value of y) counts.set(value, (counts.get(value) ?? 0) + 1);
    return x.filter((value) => {
      const left = counts.get(value) ?? 0;
      if (left > 0) {
        counts.set(value, left - 1);
        return false;
      }
      return true;
    });
  };
  return {
    added: { nodes: minus(b.nodes, a.nodes), relationships: minus(b.relationships, a.relationships) },
    removed: { nodes: minus(a.nodes, b.nodes), relationships: minus(a.relationships, b.relationships) },
  };
}

/** The fingerprint a clean run of `ingest` gives: empties the database, runs it, fingerprints. */
export async function cleanFingerprint(driver: Driver, ingest: () => Promise<unknown>): Promise<Fingerprint> {
  await wipeDatabase(driver);
  await ingest();
  return fingerprint(driver);
}
