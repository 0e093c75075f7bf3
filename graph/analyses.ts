// Three small analyses `kg start` prints after ingesting: entities per type, the agencies
// with the most departments, and who holds which post.
import { readTransaction, type Driver } from './driver.ts';
import type { Statement } from './runner.ts';

/** A named read-only analysis. */
export interface Analysis {
  title: string;
  statement: Statement;
}

export const START_ANALYSES: Analysis[] = [
  {
    title: 'Entities per type',
    statement: {
      name: 'entities-per-type',
      text: "MATCH (n:Entity) WITH [label IN labels(n) WHERE label <> 'Entity'][0] AS type RETURN type, count(*) AS entities ORDER BY entities DESC, type",
    },
  },
  {
    title: 'Agencies with the most departments',
    statement: {
      name: 'agencies-by-departments',
      text: 'MATCH (a:Agency)-[:HAS_DEPARTMENT]->(d:Department) RETURN a.name AS agency, count(d) AS departments ORDER BY departments DESC, agency LIMIT 10',
    },
  },
  {
    title: 'Who holds which post',
    statement: {
      name: 'posts',
      text: 'MATCH (p:Person)-[r:HOLDS_POSITION]->(b:Entity) RETURN p.name AS person, r.title AS title, b.name AS body ORDER BY person, title, body LIMIT 20',
    },
  },
];

/** Runs each analysis and returns its rows. */
export async function runAnalyses(driver: Driver, database: string | undefined, analyses: Analysis[] = START_ANALYSES): Promise<{ title: string; rows: Record<string, unknown>[] }[]> {
  return readTransaction(driver, database, async (runner) => {
    const results = [];
    for (const analysis of analyses) results.push({ title: analysis.title, rows: (await runner.run(analysis.statement)).records });
    return results;
  });
}
