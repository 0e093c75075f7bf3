// Source nodes and the documents of a source: what `kg sources` lists, what a run records
// about itself, and the adoption of documents written before sources existed.
import { readTransaction, writeTransaction, type Driver } from './driver.ts';
import { ADOPT_DOCUMENT, DELETE_SOURCE, MERGE_SOURCE, READ_UNSOURCED_DOCUMENTS } from './statements/load.ts';
import { READ_SOURCES } from './statements/status.ts';

/** One source as `kg sources` shows it. */
export interface SourceRecord {
  name: string;
  /** The folders (or files) last ingested from; [] when no run recorded it. */
  folders: string[];
  documents: number;
  lastRunId: string | null;
  lastRunAt: string | null;
  /** One line: what the last run did. */
  lastRunSummary: string | null;
}

const textOrNull = (value: unknown): string | null => (typeof value === 'string' ? value : null);

/** Every source, by name. */
export async function readSources(driver: Driver, database: string | undefined): Promise<SourceRecord[]> {
  const result = await readTransaction(driver, database, (runner) => runner.run(READ_SOURCES));
  return result.records.map((record) => ({
    name: String(record.name),
    folders: Array.isArray(record.folders) ? record.folders.map(String) : [],
    documents: Number(record.documents ?? 0),
    lastRunId: textOrNull(record.lastRunId),
    lastRunAt: textOrNull(record.lastRunAt),
    lastRunSummary: textOrNull(record.lastRunSummary),
  }));
}

/** Records a source's last run on its Source node. */
export async function recordSourceRun(
  driver: Driver,
  database: string | undefined,
  run: { source: string; folders: string[]; runId: string; at: string; summary: string },
): Promise<void> {
  await writeTransaction(driver, database, (runner) => runner.run(MERGE_SOURCE, run));
}

/** Deletes a source's Source node. */
export async function deleteSourceNode(driver: Driver, database: string | undefined, source: string): Promise<void> {
  await writeTransaction(driver, database, (runner) => runner.run(DELETE_SOURCE, { source }));
}

/** A Document node written before sources existed. */
export interface UnsourcedDocument {
  id: string;
  path: string;
}

/** The Document nodes without a source, by id. */
export async function readUnsourcedDocuments(
  driver: Driver,
  database: string | undefined,
): Promise<UnsourcedDocument[]> {
  const result = await readTransaction(driver, database, (runner) => runner.run(READ_UNSOURCED_DOCUMENTS));
  return result.records.map((record) => ({
    id: String(record.id),
    path: typeof record.path === 'string' ? record.path : '',
  }));
}

/** Renames documents written before sources into `source` (one transaction each: they are few, once). */
export async function adoptDocuments(
  driver: Driver,
  database: string | undefined,
  source: string,
  renames: { from: string; to: string; path: string }[],
): Promise<void> {
  for (const rename of renames) {
    await writeTransaction(driver, database, (runner) => runner.run(ADOPT_DOCUMENT, { ...rename, source }));
  }
}
