// What the graph holds, for `kg status`: counts per label and type, documents, last runs.
import { readTransaction, type Driver } from './driver.ts';
import { GRAPH_RELATIONSHIP_TYPES, NODE_LABELS } from './model.ts';
import { readDocumentRecords, type DocumentRecord } from './reads.ts';
import { readIngestRuns } from './runs.ts';
import { COUNT_NODES, COUNT_RELATIONSHIPS } from './statements/status.ts';

/** The status report. */
export interface GraphStatus {
  nodes: Record<string, number>;
  relationships: Record<string, number>;
  documents: DocumentRecord[];
  runs: Record<string, unknown>[];
}

/** Reads counts, documents and the newest `runLimit` runs in one read transaction. */
export async function readGraphStatus(
  driver: Driver,
  database: string | undefined,
  runLimit = 5,
): Promise<GraphStatus> {
  return readTransaction(driver, database, async (runner) => {
    const nodes: Record<string, number> = {};
    for (const label of NODE_LABELS)
      nodes[label] = Number((await runner.run(COUNT_NODES[label])).records[0]?.count ?? 0);
    const relationships: Record<string, number> = {};
    for (const type of GRAPH_RELATIONSHIP_TYPES)
      relationships[type] = Number((await runner.run(COUNT_RELATIONSHIPS[type])).records[0]?.count ?? 0);
    return {
      nodes,
      relationships,
      documents: await readDocumentRecords(runner),
      runs: await readIngestRuns(runner, runLimit),
    };
  });
}
