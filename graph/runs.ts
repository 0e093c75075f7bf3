// IngestRun nodes: one per run, the newest KEPT_INGEST_RUNS kept.
import { writeTransaction, type Driver } from './driver.ts';
import { KEPT_INGEST_RUNS } from './model.ts';
import type { CypherRunner } from './runner.ts';
import { CREATE_INGEST_RUN, PRUNE_INGEST_RUNS } from './statements/load.ts';
import { READ_INGEST_RUNS } from './statements/status.ts';

/** What an IngestRun node records (docs/graph-model.md). */
export interface IngestRunRecord {
  id: string;
  startedAt: string;
  endedAt: string;
  /** The source the run ingested. */
  source: string;
  options: string;
  outcomes: string;
  documentsNew: number;
  documentsChanged: number;
  documentsUnchanged: number;
  documentsRemoved: number;
  documentsSkipped: number;
  documentsFailed: number;
  nodesCreated: number;
  nodesDeleted: number;
  relationshipsCreated: number;
  relationshipsDeleted: number;
  seconds: number;
}

/** Writes one IngestRun node and drops the oldest beyond the kept number. */
export async function recordIngestRun(
  driver: Driver,
  database: string | undefined,
  run: IngestRunRecord,
): Promise<void> {
  const { id, startedAt, endedAt, ...properties } = run;
  await writeTransaction(driver, database, async (runner) => {
    await runner.run(CREATE_INGEST_RUN, { id, startedAt, endedAt, properties });
    await runner.run(PRUNE_INGEST_RUNS, { keep: KEPT_INGEST_RUNS });
  });
}

/** The newest runs, newest first. */
export async function readIngestRuns(runner: CypherRunner, limit: number): Promise<Record<string, unknown>[]> {
  return (await runner.run(READ_INGEST_RUNS, { limit })).records;
}
