// `runIngest(options)`: the corpus extraction, diffed against the Document nodes, applied
// document by document. Orchestration only: the Cypher lives in graph/.
import { describeConnectionError, isConnectionError } from '../graph/driver.ts';
import {
  DEFAULT_CONCURRENCY,
  loadDocuments,
  recordResolutionStates,
  totalCounters,
  validateConcurrency,
  type DocumentResult,
  type ResolutionStateRow,
} from '../graph/loader.ts';
import {
  diffFacts,
  planIngest,
  predictGraphEffect,
  type DocumentAction,
  type DocumentOutcome,
  type FactsDiff,
  type GraphEffect,
} from '../graph/plan.ts';
import { readManyDocumentFacts, readResolutionStates, readStoredDocuments } from '../graph/reads.ts';
import { toCorpusFacts, type CorpusIndex } from '../graph/rows.ts';
import { recordIngestRun } from '../graph/runs.ts';
import { recordSourceRun } from '../graph/sources.ts';
import { addCounters, type WriteCounters } from '../graph/runner.ts';
import { ensureSchema } from '../graph/schema.ts';
import {
  extractCorpus as defaultExtractCorpus,
  isFolderCorpus,
  type CorpusExtraction,
  type DocumentFailure,
  type ExtractCorpus,
} from './corpus-extraction.ts';
import {
  corpusPathsKey,
  forgetCorpusState,
  toStoredResolution,
  writeCorpusState,
  type CorpusState,
} from './corpus-state.ts';
import type { Database } from './database.ts';
import { isKgError, KgError } from './errors.ts';
import { adoptUnsourced } from './adoption.ts';
import { corpusStateDir, defaultCacheDir, dropOtherExtractorVersions } from './extraction-cache.ts';
import { checkRemovals, type RemovalLimits } from './removal-guard.ts';
import { resolveSourceName, sourceFolders, validateSourceName, withSourcePaths } from './sources.ts';
import { extractorVersion as currentExtractorVersion } from './extractor-version.ts';
import { planIncrementalIngest } from './incremental-ingest.ts';
import type { ExtractionPool } from './extract-workers.ts';
import type { IngestSession } from './ingest-session.ts';

/** Options of runIngest. */
export interface IngestOptions extends RemovalLimits {
  database: Pick<Database, 'driver' | 'settings'>;
  /** Files or folders (default: seeds). */
  paths?: string[];
  /** The source the documents belong to (default: the base name of the single folder given; pipeline/sources.ts). */
  source?: string;
  /** Write transactions running at the same time (default graph/loader.ts DEFAULT_CONCURRENCY). */
  concurrency?: number;
  /** Most documents per write transaction (default graph/loader.ts DEFAULT_BATCH_SIZE). */
  batchSize?: number;
  /** Report what would change; write nothing (not even the schema). */
  isDryRun?: boolean;
  /** Retract documents of the source that its folders no longer have (default true; see RemovalLimits). */
  shouldPrune?: boolean;
  /** Extraction threads for cache misses (default: the cores Node may use; 1: this thread only). */
  workers?: number;
  /** A warm extraction thread kept across runs (see IncrementalIngestOptions.extractionPool); the caller closes it. */
  extractionPool?: ExtractionPool;
  /** What a process that ingests the source again and again keeps between runs (`kg ingest --watch`). */
  session?: IngestSession;
  /** Extraction cache folder (default: KG_CACHE_DIR, else .kg-cache in the project root; null disables it). */
  cacheDir?: string | null;
  /** Replaces the extractors (tests use hand-made extractions). */
  extractCorpus?: ExtractCorpus;
  /** Told once how many documents will be written, then after each one. */
  onStart?: (total: number) => void;
  onDocument?: (result: DocumentResult) => void;
  /** Told how many of the documents the full path has read or extracted, as it goes. */
  onExtracted?: (done: number, total: number) => void;
  /** One-line messages for the user (the adoption of documents written before sources). */
  onNotice?: (line: string) => void;
}

/** Per document: its outcome, and for a dry run the facts it would add and retract. */
export interface DocumentReport {
  id: string;
  outcome: DocumentOutcome;
  error?: string;
  diff?: FactsDiff | undefined;
}

/** What a run did (or, dry, would do). */
export interface IngestSummary {
  isDryRun: boolean;
  /** The source ingested. */
  source: string;
  /** Documents written before sources that this run adopted into the source. */
  adopted: number;
  documents: Record<DocumentOutcome, number>;
  nodesCreated: number;
  nodesDeleted: number;
  relationshipsCreated: number;
  relationshipsDeleted: number;
  propertiesSet: number;
  seconds: number;
  extractorVersion: string;
  cachedDocuments: number;
  /** Documents this run extracted (the others came from the cache or, on the incremental path, were not read). */
  extractedDocuments: number;
  /** 'incremental': planned from the saved corpus state; 'full': the whole corpus extracted and resolved. */
  path: 'full' | 'incremental';
  /** Why a run that keeps a corpus state took the full path. */
  fullPathReason?: string;
  reports: DocumentReport[];
  /** Dry run only: the graph-wide effect. */
  effect?: GraphEffect;
}

/** Wraps a driver failure as a KgError naming the URI; a coded error of any layer passes through. */
function asKgError(error: unknown, uri: string): unknown {
  if (isKgError(error)) return error;
  if (isConnectionError(error)) return describeConnectionError(error, uri);
  const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
  return new KgError('KG_DB_QUERY', `Neo4j at ${uri} refused a statement: ${reason}`, { cause: error });
}

function countOutcomes(reports: DocumentReport[]): Record<DocumentOutcome, number> {
  const counts: Record<DocumentOutcome, number> = {
    new: 0,
    changed: 0,
    unchanged: 0,
    removed: 0,
    skipped: 0,
    failed: 0,
  };
  for (const report of reports) counts[report.outcome] += 1;
  return counts;
}

/** What a run knows about itself beyond the options. */
interface RunIdentity {
  source: string;
  paths: string[];
  adopted: number;
}

/** Records the IngestRun and the Source node of a finished (not dry) run and returns its summary. */
async function finishRun(
  options: IngestOptions,
  identity: RunIdentity,
  run: {
    startedAt: Date;
    concurrency: number;
    reports: DocumentReport[];
    counters: WriteCounters;
    extractorVersion: string;
    cachedDocuments: number;
    extractedDocuments: number;
  },
): Promise<Omit<IngestSummary, 'path' | 'fullPathReason'>> {
  const { driver, settings } = options.database;
  const { startedAt, reports, counters } = run;
  const documents = countOutcomes(reports);
  const endedAt = new Date();
  const seconds = (endedAt.getTime() - startedAt.getTime()) / 1000;
  const id = `run-${startedAt.toISOString()}-${process.pid}`;
  await recordIngestRun(driver, settings.database, {
    id,
    startedAt: startedAt.toISOString(),
    endedAt: endedAt.toISOString(),
    source: identity.source,
    options: JSON.stringify({
      source: identity.source,
      paths: identity.paths,
      concurrency: run.concurrency,
      shouldPrune: options.shouldPrune ?? true,
    }),
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
  await recordSourceRun(driver, settings.database, {
    source: identity.source,
    folders: sourceFolders(identity.paths),
    runId: id,
    at: endedAt.toISOString(),
    summary: `${documents.new} new, ${documents.changed} changed, ${documents.unchanged} unchanged, ${documents.removed} removed, ${documents.failed} failed`,
  });
  return {
    isDryRun: false,
    source: identity.source,
    adopted: identity.adopted,
    documents,
    ...counters,
    seconds,
    extractorVersion: run.extractorVersion,
    cachedDocuments: run.cachedDocuments,
    extractedDocuments: run.extractedDocuments,
    reports: reports.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
  };
}

/** What applyActions needs besides the options. */
interface ApplyInput {
  startedAt: Date;
  concurrency: number;
  actions: DocumentAction[];
  index: CorpusIndex;
  failures: DocumentFailure[];
  extractorVersion: string;
  cachedCount: number;
  extractedCount: number;
  /** Documents not rewritten whose Document node's resolution state changes (recorded once every write succeeded). */
  restated: ResolutionStateRow[];
  path: IngestSummary['path'];
  fullPathReason?: string;
}

/** Writes a plan's actions, records the IngestRun; `isComplete` is false when a document failed to load. */
async function applyActions(
  options: IngestOptions,
  identity: RunIdentity,
  input: ApplyInput,
): Promise<{ summary: IngestSummary; isComplete: boolean }> {
  const { driver, settings } = options.database;
  const { actions, concurrency } = input;
  const writes = actions.filter((action) => action.kind === 'write' || action.kind === 'retract').length;
  if (writes > 0) await ensureSchema(driver, settings.database);
  options.onStart?.(writes);
  const results = await loadDocuments({
    driver,
    database: settings.database,
    uri: settings.uri,
    context: { extractorVersion: input.extractorVersion, index: input.index, source: identity.source },
    actions,
    concurrency,
    ...(options.batchSize === undefined ? {} : { batchSize: options.batchSize }),
    onDocument: (result) => {
      if (result.outcome !== 'unchanged' && result.outcome !== 'skipped') options.onDocument?.(result);
    },
  });
  const isComplete = results.every((result) => result.outcome !== 'failed');
  const counters = totalCounters(results);
  if (isComplete) addCounters(counters, await recordResolutionStates(driver, settings.database, input.restated));
  const reports: DocumentReport[] = [
    ...results.map((result) => ({
      id: result.id,
      outcome: result.outcome,
      ...(result.error === undefined ? {} : { error: result.error }),
    })),
    ...input.failures.map((failure): DocumentReport => ({ id: failure.id, outcome: 'failed', error: failure.reason })),
  ];
  const summary = await finishRun(options, identity, {
    startedAt: input.startedAt,
    concurrency,
    reports,
    counters,
    extractorVersion: input.extractorVersion,
    cachedDocuments: input.cachedCount,
    extractedDocuments: input.extractedCount,
  });
  return {
    summary: {
      ...summary,
      path: input.path,
      ...(input.fullPathReason === undefined ? {} : { fullPathReason: input.fullPathReason }),
    },
    isComplete,
  };
}

/**
 * The full path's write actions, each with the resolution state its Document node keeps for
 * runs without a local state (none for hand-made extractions, which keep no state).
 */
function withResolutionStates(actions: DocumentAction[], corpus: CorpusExtraction): DocumentAction[] {
  if (!corpus.state) return actions;
  const { lists } = corpus.state;
  const states = new Map(corpus.state.documents.map((document) => [document.id, document]));
  return actions.map((action) => {
    const document = action.kind === 'write' ? states.get(action.id) : undefined;
    return action.kind === 'write' && document
      ? { ...action, resolutionState: toStoredResolution(document, lists, corpus.extractorVersion) }
      : action;
  });
}

/**
 * The documents the full path skips whose Document node's resolution state is not the one a
 * clean ingest writes (another document began or stopped sharing one of their entities).
 */
async function restatedOnFullPath(
  options: IngestOptions,
  source: string,
  actions: DocumentAction[],
  corpus: CorpusExtraction,
): Promise<ResolutionStateRow[]> {
  if (!corpus.state) return [];
  const { driver, settings } = options.database;
  const skipped = new Set(actions.flatMap((action) => (action.kind === 'skip' ? [action.id] : [])));
  if (skipped.size === 0) return [];
  const stored = await readResolutionStates(driver, settings.database, source);
  const { lists } = corpus.state;
  return corpus.state.documents.flatMap((document) => {
    if (!skipped.has(document.id)) return [];
    const resolutionState = toStoredResolution(document, lists, corpus.extractorVersion);
    return stored.get(document.id) === resolutionState
      ? []
      : [{ id: document.id, sha256: document.sha256, resolutionState }];
  });
}

/**
 * Brings one source of the graph to what its documents say. Documents written before
 * sources whose files this run finds are adopted first (pipeline/adoption.ts). With a
 * cache folder and a corpus state that matches the graph, only the changed documents are
 * extracted and only the documents whose facts change are written
 * (pipeline/incremental-ingest.ts); without a saved state, the Document nodes' sha256 and
 * resolution states take its place. Otherwise the whole source is extracted
 * and resolved; documents whose sha256, extractor version and facts hash match their
 * Document node are skipped, the others rewritten, documents gone from the folders
 * retracted (only this source's, and a large share only with `allowRemovals`:
 * pipeline/removal-guard.ts); the run saves the corpus state for the next one. Every run
 * records an IngestRun and its Source node. A failed document is reported in the summary
 * (the caller decides the exit code); a lost server throws KG_DB_UNAVAILABLE.
 */
export async function runIngest(options: IngestOptions): Promise<IngestSummary> {
  const startedAt = new Date();
  const { driver, settings } = options.database;
  const concurrency = validateConcurrency(options.concurrency ?? DEFAULT_CONCURRENCY);
  const isDryRun = options.isDryRun ?? false;
  const paths = options.paths ?? ['seeds'];
  const source =
    options.source === undefined ? resolveSourceName(paths, undefined) : validateSourceName(options.source);
  const cacheDir = options.cacheDir === null ? undefined : (options.cacheDir ?? defaultCacheDir());
  // Only the real extractors are a function of the files; a hand-made extraction keeps no state.
  const stateDir =
    options.extractCorpus || cacheDir === undefined
      ? undefined
      : corpusStateDir(cacheDir, { uri: settings.uri, database: settings.database, source });
  // First thing: a run that fails from here on leaves the session nothing to trust.
  const warm = options.session?.take(stateDir);
  const identity: RunIdentity = { source, paths, adopted: 0 };
  const shouldPrune = (options.shouldPrune ?? true) && isFolderCorpus(paths);
  // Reads every stored document of the source, remembering how many there are for the removal guard.
  let storedCount = 0;
  const readStored = async () => {
    const stored = await readStoredDocuments(driver, settings.database, source);
    storedCount = stored.length;
    return stored;
  };

  try {
    if (!options.extractCorpus) {
      const adoption = await adoptUnsourced({ driver, database: settings.database, source, paths, isDryRun });
      identity.adopted = adoption.adopted;
      if (adoption.message) options.onNotice?.(adoption.message);
    }
  } catch (error) {
    throw asKgError(error, settings.uri);
  }
  dropOtherExtractorVersions(cacheDir, currentExtractorVersion());

  let fullPathReason: string | undefined;
  if (!isDryRun && stateDir !== undefined && cacheDir !== undefined) {
    try {
      const plan = await planIncrementalIngest({
        paths,
        source,
        cacheDir,
        stateDir,
        extractorVersion: currentExtractorVersion(),
        shouldPrune,
        readStored,
        readResolutionStates: () => readResolutionStates(driver, settings.database, source),
        ...(options.workers === undefined ? {} : { workers: options.workers }),
        ...(options.extractionPool === undefined ? {} : { extractionPool: options.extractionPool }),
        ...(warm === undefined ? {} : { warm }),
        ...(options.session ? { onStateSaved: (state: CorpusState) => options.session!.keep(stateDir, state) } : {}),
      });
      if (plan.kind === 'incremental') {
        checkRemovals(plan.actions, storedCount, source, options);
        const applying = applyActions(options, identity, {
          startedAt,
          concurrency,
          ...plan,
          extractorVersion: currentExtractorVersion(),
          path: 'incremental',
        });
        // Written while Neo4j works on the first statement; put in place only once every write
        // succeeded. A watcher writes it after the graph write instead: its next run takes the
        // state from memory, and its saves wait on the write, which Neo4j runs on the same cores.
        if (!options.session) plan.stage();
        const { summary, isComplete } = await applying.catch((error: unknown) => {
          plan.discard();
          throw error;
        });
        if (isComplete) plan.commit();
        else {
          plan.discard();
          forgetCorpusState(stateDir);
        }
        return summary;
      }
      fullPathReason = plan.reason;
    } catch (error) {
      // A refused run wrote nothing: the saved state still describes the graph.
      if (!isKgError(error, 'KG_REMOVALS_REFUSED')) forgetCorpusState(stateDir);
      throw asKgError(error, settings.uri);
    }
  }
  const corpus = await (options.extractCorpus ?? defaultExtractCorpus)({
    paths,
    source,
    cacheDir,
    ...(options.workers === undefined ? {} : { workers: options.workers }),
    ...(options.onExtracted ? { onExtracted: options.onExtracted } : {}),
  });
  const facts = toCorpusFacts(corpus.extraction);
  const documents = withSourcePaths(facts.documents, source);
  const failedIds = new Set(corpus.failures.map((failure) => failure.id));

  try {
    // A document that failed to extract keeps what the graph has for it: no action at all.
    const allStored = await readStored();
    const stored = allStored.filter((document) => !failedIds.has(document.id));
    const actions = planIngest({
      corpus: documents,
      stored,
      extractorVersion: corpus.extractorVersion,
      shouldPrune: (options.shouldPrune ?? true) && corpus.isWholeCorpus,
    });

    if (isDryRun) {
      const current = await readManyDocumentFacts(driver, settings.database, stored);
      const reports: DocumentReport[] = actions.map((action) => ({
        id: action.id,
        outcome: action.outcome,
        diff:
          action.kind === 'write'
            ? diffFacts(current.get(action.id), action.facts)
            : action.kind === 'retract'
              ? diffFacts(current.get(action.id), undefined)
              : undefined,
      }));
      const all = [
        ...reports,
        ...corpus.failures.map((failure): DocumentReport => ({
          id: failure.id,
          outcome: 'failed',
          error: failure.reason,
        })),
      ];
      return {
        isDryRun,
        source,
        adopted: 0,
        documents: countOutcomes(all),
        nodesCreated: 0,
        nodesDeleted: 0,
        relationshipsCreated: 0,
        relationshipsDeleted: 0,
        propertiesSet: 0,
        seconds: (Date.now() - startedAt.getTime()) / 1000,
        extractorVersion: corpus.extractorVersion,
        cachedDocuments: corpus.cachedCount,
        extractedDocuments: corpus.extraction.documents.length - corpus.cachedCount,
        path: 'full',
        reports: all,
        effect: predictGraphEffect(actions, current),
      };
    }

    checkRemovals(actions, storedCount, source, options);
    if (stateDir !== undefined) forgetCorpusState(stateDir);
    const { summary, isComplete } = await applyActions(options, identity, {
      startedAt,
      concurrency,
      actions: withResolutionStates(actions, corpus),
      restated: await restatedOnFullPath(options, source, actions, corpus),
      index: facts.index,
      failures: corpus.failures,
      extractorVersion: corpus.extractorVersion,
      cachedCount: corpus.cachedCount,
      extractedCount: corpus.extraction.documents.length - corpus.cachedCount,
      path: 'full',
      ...(fullPathReason === undefined ? {} : { fullPathReason }),
    });
    // The state must describe exactly what the graph now holds: a run saves it when every
    // document loaded, and a file that failed has nothing in the graph (a new bad file is
    // simply not in the state; one that kept an earlier version would contradict it).
    const isStateExact = isComplete && allStored.every((document) => !failedIds.has(document.id));
    if (stateDir !== undefined && corpus.state && isStateExact) {
      const factsHashes = new Map(
        actions.flatMap((action) =>
          action.kind === 'write' || action.kind === 'skip' ? [[action.id, action.factsHash] as const] : [],
        ),
      );
      const stateDocuments = new Map(
        corpus.state.documents.map((document) => [
          document.id,
          { ...document, factsHash: factsHashes.get(document.id) ?? '' },
        ]),
      );
      const state: CorpusState = {
        extractorVersion: corpus.extractorVersion,
        corpus: corpusPathsKey(paths),
        lists: corpus.state.lists,
        documents: stateDocuments,
      };
      writeCorpusState(stateDir, state);
      options.session?.keep(stateDir, state);
    }
    return summary;
  } catch (error) {
    throw asKgError(error, settings.uri);
  }
}
