// `runIngest(options)`: the corpus extraction, diffed against the Document nodes, applied
// document by document. Orchestration only: the Cypher lives in graph/.
import { describeConnectionError, isConnectionError } from '../graph/driver.ts';
import { DEFAULT_CONCURRENCY, loadDocuments, totalCounters, validateConcurrency, type DocumentResult } from '../graph/loader.ts';
import { diffFacts, planIngest, predictGraphEffect, type DocumentOutcome, type FactsDiff, type GraphEffect } from '../graph/plan.ts';
import { readManyDocumentFacts, readStoredDocuments } from '../graph/reads.ts';
import { toCorpusFacts } from '../graph/rows.ts';
import { recordIngestRun } from '../graph/runs.ts';
import { zeroCounters, type WriteCounters } from '../graph/runner.ts';
import { ensureSchema } from '../graph/schema.ts';
import { extractCorpus as defaultExtractCorpus, type ExtractCorpus } from './corpus-extraction.ts';
import type { Database } from './database.ts';
import { KgError } from './errors.ts';
import { corpusKey, fingerprintCorpus, isGraphCurrent, openFactsHashMemo, type FactsHashMemo } from './corpus-fingerprint.ts';
import { DEFAULT_CACHE_DIR } from './extraction-cache.ts';
import { extractorVersion as currentExtractorVersion } from './extractor-version.ts';

/** Options of runIngest. */
export interface IngestOptions {
  database: Pick<Database, 'driver' | 'settings'>;
  /** Files or folders (default: seeds). */
  paths?: string[];
  /** Write transactions running at the same time (default graph/loader.ts DEFAULT_CONCURRENCY). */
  concurrency?: number;
  /** Most documents per write transaction (default graph/loader.ts DEFAULT_BATCH_SIZE). */
  batchSize?: number;
  /** Report what would change; write nothing (not even the schema). */
  isDryRun?: boolean;
  /** Retract documents a folder no longer has (default true). */
  shouldPrune?: boolean;
  /** Extraction threads for cache misses (default: the cores Node may use; 1: this thread only). */
  workers?: number;
  /** Extraction cache folder (default .kg-cache; null disables it). */
  cacheDir?: string | null;
  /** Replaces the extractors (tests use hand-made extractions). */
  extractCorpus?: ExtractCorpus;
  /** Told once how many documents will be written, then after each one. */
  onStart?: (total: number) => void;
  onDocument?: (result: DocumentResult) => void;
}

/** Per document: its outcome, and for a dry run the facts it would add and retract. */
export interface DocumentReport {
  id: string;
  outcome: DocumentOutcome;
  error?: string;
  diff?: FactsDiff;
}

/** What a run did (or, dry, would do). */
export interface IngestSummary {
  isDryRun: boolean;
  documents: Record<DocumentOutcome, number>;
  nodesCreated: number;
  nodesDeleted: number;
  relationshipsCreated: number;
  relationshipsDeleted: number;
  propertiesSet: number;
  seconds: number;
  extractorVersion: string;
  cachedDocuments: number;
  reports: DocumentReport[];
  /** Dry run only: the graph-wide effect. */
  effect?: GraphEffect;
}

/** Wraps a driver failure as a KgError naming the URI. */
function asKgError(error: unknown, uri: string): unknown {
  if (error instanceof KgError) return error;
  if (isConnectionError(error)) return describeConnectionError(error, uri);
  const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
  return new KgError('KG_DB_QUERY', `Neo4j at ${uri} refused a statement: ${reason}`, { cause: error });
}

function countOutcomes(reports: DocumentReport[]): Record<DocumentOutcome, number> {
  const counts: Record<DocumentOutcome, number> = { new: 0, changed: 0, unchanged: 0, removed: 0, skipped: 0, failed: 0 };
  for (const report of reports) counts[report.outcome] += 1;
  return counts;
}

/** Records the IngestRun of a finished (not dry) run and returns its summary. */
async function finishRun(
  options: IngestOptions,
  run: { startedAt: Date; concurrency: number; reports: DocumentReport[]; counters: WriteCounters; extractorVersion: string; cachedDocuments: number },
): Promise<IngestSummary> {
  const { driver, settings } = options.database;
  const { startedAt, reports, counters } = run;
  const documents = countOutcomes(reports);
  const endedAt = new Date();
  const seconds = (endedAt.getTime() - startedAt.getTime()) / 1000;
  await recordIngestRun(driver, settings.database, {
    id: `run-${startedAt.toISOString()}-${process.pid}`,
    startedAt: startedAt.toISOString(),
    endedAt: endedAt.toISOString(),
    options: JSON.stringify({ paths: options.paths ?? ['seeds'], concurrency: run.concurrency, shouldPrune: options.shouldPrune ?? true }),
    outcomes: JSON.stringify(Object.fromEntries(reports.map((report) => [report.id, report.outcome]))),
    documentsNew: documents.new,
    documentsChanged: documents.changed,
    documentsUnchanged: documents.unchanged,
    documentsRemoved: documents.removed,
    documentsSkipped: documents.skipped,
    documentsFailed: documents.failed,
    nodesCreated: counters.nodesCreated,
    nodesDeleted: counters.nodesDeleted,
    relationshipsCreated: counters.relationshipsCreated,
    relationshipsDeleted: counters.relationshipsDeleted,
    seconds,
  });
  return {
    isDryRun: false,
    documents,
    ...counters,
    seconds,
    extractorVersion: run.extractorVersion,
    cachedDocuments: run.cachedDocuments,
    reports: reports.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
  };
}

/**
 * The unchanged re-run without extraction: when the files' fingerprint has memoised facts
 * hashes and every Document node matches them, every document would be skipped. Returns
 * the reports, or undefined when the full path must run.
 */
async function findUnchangedCorpus(options: IngestOptions, memo: FactsHashMemo, extractorVersion: string): Promise<DocumentReport[] | undefined> {
  const fingerprint = await fingerprintCorpus(options.paths ?? ['seeds'], extractorVersion);
  const hashes = fingerprint && memo.get(fingerprint.key);
  if (!fingerprint || !hashes) return undefined;
  const stored = await readStoredDocuments(options.database.driver, options.database.settings.database);
  if (!isGraphCurrent(fingerprint.files, hashes, stored, extractorVersion)) return undefined;
  return fingerprint.files.map((file) => ({ id: file.id, outcome: 'unchanged' }));
}

/**
 * Brings the graph to what the documents say: extracts the corpus, skips documents whose
 * sha256, extractor version and facts hash match their Document node, rewrites the others
 * one transaction each, retracts documents gone from a folder, and records an IngestRun.
 * A failed document is reported in the summary (the caller decides the exit code); a lost
 * server throws KG_DB_UNAVAILABLE.
 */
export async function runIngest(options: IngestOptions): Promise<IngestSummary> {
  const startedAt = new Date();
  const { driver, settings } = options.database;
  const concurrency = validateConcurrency(options.concurrency ?? DEFAULT_CONCURRENCY);
  const isDryRun = options.isDryRun ?? false;
  const cacheDir = options.cacheDir === null ? undefined : (options.cacheDir ?? DEFAULT_CACHE_DIR);
  // Only the real extractors are a function of the files; a hand-made extraction is not memoised.
  const memo = openFactsHashMemo(options.extractCorpus ? undefined : cacheDir);
  if (!isDryRun && !options.extractCorpus && cacheDir !== undefined) {
    const extractorVersion = currentExtractorVersion();
    try {
      const unchanged = await findUnchangedCorpus(options, memo, extractorVersion);
      if (unchanged) return await finishRun(options, { startedAt, concurrency, reports: unchanged, counters: zeroCounters(), extractorVersion, cachedDocuments: unchanged.length });
    } catch (error) {
      throw asKgError(error, settings.uri);
    }
  }
  const corpus = await (options.extractCorpus ?? defaultExtractCorpus)({
    paths: options.paths ?? ['seeds'],
    cacheDir,
    ...(options.workers === undefined ? {} : { workers: options.workers }),
  });
  const facts = toCorpusFacts(corpus.extraction);
  const failedIds = new Set(corpus.failures.map((failure) => failure.id));

  try {
    if (!isDryRun) await ensureSchema(driver, settings.database);
    // A document that failed to extract keeps what the graph has for it: no action at all.
    const stored = (await readStoredDocuments(driver, settings.database)).filter((document) => !failedIds.has(document.id));
    const actions = planIngest({
      corpus: facts.documents,
      stored,
      extractorVersion: corpus.extractorVersion,
      shouldPrune: (options.shouldPrune ?? true) && corpus.isWholeCorpus,
    });
    if (!options.extractCorpus && corpus.failures.length === 0) {
      const hashes = new Map(actions.flatMap((action) => (action.kind === 'write' || action.kind === 'skip' ? [[action.id, action.factsHash] as const] : [])));
      memo.set(corpusKey(corpus.extractorVersion, corpus.extraction.documents), hashes);
    }
    const failureReports: DocumentReport[] = corpus.failures.map((failure) => ({ id: failure.id, outcome: 'failed', error: failure.reason }));

    if (isDryRun) {
      const current = await readManyDocumentFacts(driver, settings.database, stored);
      const reports: DocumentReport[] = actions.map((action) => ({
        id: action.id,
        outcome: action.outcome,
        diff: action.kind === 'write' ? diffFacts(current.get(action.id), action.facts) : action.kind === 'retract' ? diffFacts(current.get(action.id), undefined) : undefined,
      }));
      const all = [...reports, ...failureReports];
      return {
        isDryRun,
        documents: countOutcomes(all),
        nodesCreated: 0,
        nodesDeleted: 0,
        relationshipsCreated: 0,
        relationshipsDeleted: 0,
        propertiesSet: 0,
        seconds: (Date.now() - startedAt.getTime()) / 1000,
        extractorVersion: corpus.extractorVersion,
        cachedDocuments: corpus.cachedCount,
        reports: all,
        effect: predictGraphEffect(actions, current),
      };
    }

    options.onStart?.(actions.filter((action) => action.kind === 'write' || action.kind === 'retract').length);
    const results = await loadDocuments({
      driver,
      database: settings.database,
      uri: settings.uri,
      context: { extractorVersion: corpus.extractorVersion, index: facts.index },
      actions,
      concurrency,
      ...(options.batchSize === undefined ? {} : { batchSize: options.batchSize }),
      onDocument: (result) => {
        if (result.outcome !== 'unchanged' && result.outcome !== 'skipped') options.onDocument?.(result);
      },
    });
    const reports: DocumentReport[] = [
      ...results.map((result) => ({ id: result.id, outcome: result.outcome, ...(result.error === undefined ? {} : { error: result.error }) })),
      ...failureReports,
    ];
    return await finishRun(options, { startedAt, concurrency, reports, counters: totalCounters(results), extractorVersion: corpus.extractorVersion, cachedDocuments: corpus.cachedCount });
  } catch (error) {
    throw asKgError(error, settings.uri);
  }
}
