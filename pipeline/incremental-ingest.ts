// The re-run path: with the corpus state the last run saved (pipeline/corpus-state.ts), a
// re-run stats the files (hashing only those whose stamp moved), extracts only those that
// changed, re-resolves only what they reach (pipeline/incremental-resolution.ts) and plans
// writes for only the documents whose facts change. It is taken only when the state matches the graph's
// Document nodes; anything it cannot vouch for sends the run down the full path.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { planIngest, type DocumentAction, type StoredDocument } from '../graph/plan.ts';
import type { CorpusIndex } from '../graph/rows.ts';
import { resolutionKeys, resolveCorpus } from '../extractors/resolution.ts';
import type { DocumentExtraction } from '../extractors/types.ts';
import { extractFiles, type DocumentFailure } from './corpus-extraction.ts';
import { advanceCorpusState, corpusPathsKey, corpusStateFile, readCorpusState, writeCorpusState, type StateDocument } from './corpus-state.ts';
import { openExtractionCache } from './extraction-cache.ts';
import { stampFile } from './file-stamp.ts';
import { createExtractionPool, defaultWorkerCount, shouldUseWorkers, type ExtractionPool } from './extract-workers.ts';
import { resolveIncrementally } from './incremental-resolution.ts';
import { listCorpus, type CorpusFile } from './read-corpus.ts';
import { storedPathOf, withSourcePaths } from './sources.ts';

/** Options of planIncrementalIngest. */
export interface IncrementalIngestOptions {
  paths: string[];
  /** The source ingested: document ids are `<source>/<path>`, Document.path the path. */
  source: string;
  /** The extraction cache folder. */
  cacheDir: string;
  /** The folder of this source's corpus state (extraction-cache.ts corpusStateDir). */
  stateDir: string;
  extractorVersion: string;
  shouldPrune: boolean;
  /** The graph's Document nodes. */
  readStored: () => Promise<StoredDocument[]>;
  /** Extraction threads when many documents changed (default: the cores Node may use). */
  workers?: number;
}

/** A plan for the documents a change touches, with every other document skipped; or why the full path must run. */
export type IncrementalPlan =
  | {
      kind: 'incremental';
      actions: DocumentAction[];
      index: CorpusIndex;
      failures: DocumentFailure[];
      cachedCount: number;
      /** Saves the state after the plan's actions all succeeded. */
      commit: () => void;
    }
  | { kind: 'full'; reason: string };

/** Above this share of the corpus changed, re-resolving everything is as cheap. */
const MAX_CHANGED_SHARE = 0.25;

const emptyIndex = (): CorpusIndex => ({ entities: new Map(), relations: new Map() });

function fileSha256(path: string): string | undefined {
  try {
    return createHash('sha256').update(readFileSync(path)).digest('hex');
  } catch {
    return undefined; // extractFiles reads it again and reports why it cannot
  }
}

/** True when the Document node says what the state says about this document. */
function isStoredAsState(stored: StoredDocument, state: StateDocument, extractorVersion: string, source: string): boolean {
  return stored.sha256 === state.sha256 && stored.path === storedPathOf(source, state.id, state.path) && stored.factsHash === state.factsHash && stored.extractorVersion === extractorVersion;
}

/**
 * Without a saved state (a fresh clone, another machine, a cleared cache), the graph itself
 * says what was ingested: when every file hashes to its Document node's sha256 under the
 * current extractor version and no document is missing, nothing changed and nothing is
 * written. Anything else needs the whole source resolved (the full path), which saves a
 * state for the next run.
 */
async function planFromGraph(options: IncrementalIngestOptions): Promise<IncrementalPlan> {
  const storedRead = options.readStored();
  storedRead.catch(() => {});
  const files = await listCorpus(options.paths, options.source);
  const stored = new Map((await storedRead).map((document) => [document.id, document]));
  if (stored.size === 0) return { kind: 'full', reason: 'a first ingest of this source' };
  const actions: DocumentAction[] = [];
  const changed: string[] = [];
  for (const file of files) {
    const document = stored.get(file.id);
    if (
      document &&
      document.extractorVersion === options.extractorVersion &&
      document.path === storedPathOf(options.source, file.id, file.path) &&
      document.sha256 === fileSha256(file.path)
    ) {
      actions.push({ kind: 'skip', outcome: 'unchanged', id: file.id, factsHash: document.factsHash });
    } else changed.push(file.id);
    stored.delete(file.id);
  }
  const gone = [...stored.keys()];
  if (changed.length > 0 || (gone.length > 0 && options.shouldPrune)) {
    return { kind: 'full', reason: `no saved corpus state here, and ${changed.length + (options.shouldPrune ? gone.length : 0)} document(s) differ from the graph` };
  }
  for (const id of gone) actions.push({ kind: 'keep', outcome: 'skipped', id });
  actions.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { kind: 'incremental', actions, index: emptyIndex(), failures: [], cachedCount: 0, commit: () => {} };
}

/**
 * Plans a re-run from the saved state: only new, changed and removed documents, and those
 * a change ripples to, get write or retract actions; every other document is skipped.
 */
export async function planIncrementalIngest(options: IncrementalIngestOptions): Promise<IncrementalPlan> {
  if (!existsSync(corpusStateFile(options.stateDir))) return planFromGraph(options);
  // One extraction thread starts loading the extractors now, while this one reads the state,
  // the files and the graph: a changed document is then extracted without waiting for them.
  // (`--workers 1` keeps everything on this thread.)
  const pool = (options.workers ?? defaultWorkerCount()) > 1 ? createExtractionPool({ workers: 1, batchSize: 1 }) : undefined;
  try {
    return await planWithPool(options, pool);
  } finally {
    await pool?.close();
  }
}

async function planWithPool(options: IncrementalIngestOptions, pool: ExtractionPool | undefined): Promise<IncrementalPlan> {
  const { cacheDir, stateDir, extractorVersion, shouldPrune, source } = options;
  const corpus = corpusPathsKey(options.paths);
  // The Document nodes are read while this thread reads the state and the files.
  const storedRead = options.readStored();
  storedRead.catch(() => {}); // awaited below, unless the run leaves for the full path first
  const state = await readCorpusState(stateDir, corpus, extractorVersion);
  if (!state) return { kind: 'full', reason: 'the saved corpus state is for other paths or another extractor version' };

  const files = await listCorpus(options.paths, source);
  const changedFiles: CorpusFile[] = [];
  const inCorpus = new Set<string>();
  // Files whose stamp moved but whose bytes did not: only their stamp is new.
  const restamped = new Map<string, string>();
  for (const file of files) {
    inCorpus.add(file.id);
    const previous = state.documents.get(file.id);
    if (!previous || previous.path !== file.path) {
      changedFiles.push(file);
      continue;
    }
    const stamp = stampFile(file.path);
    if (stamp !== '' && stamp === previous.stamp) continue;
    if (previous.sha256 === fileSha256(file.path)) restamped.set(file.id, stamp);
    else changedFiles.push(file);
  }
  const removed = [...state.documents.keys()].filter((id) => !inCorpus.has(id));
  if (changedFiles.length + removed.length > Math.max(50, files.length * MAX_CHANGED_SHARE)) return { kind: 'full', reason: 'too much of the corpus changed' };

  // Many changes get the usual pool of every core; a few, the thread already started.
  const workers = options.workers ?? defaultWorkerCount();
  const extracted =
    changedFiles.length === 0
      ? { extractions: [], stamps: new Map<string, string>(), failures: [], cachedCount: 0 }
      : await extractFiles(changedFiles, { cacheDir, extractorVersion, workers, ...(pool && !shouldUseWorkers(changedFiles.length, workers) ? { pool } : {}) });
  // A document that fails keeps what the graph (and the state) has for it.
  const changedIds = new Set([...extracted.extractions.map((extraction) => extraction.document.id), ...removed]);
  const failedIds = new Set(extracted.failures.map((failure) => failure.id));

  const stored = await storedRead;
  const storedIds = new Set<string>();
  const keep: DocumentAction[] = [];
  for (const document of stored) {
    storedIds.add(document.id);
    if (changedIds.has(document.id)) continue;
    const previous = state.documents.get(document.id);
    if (previous && isStoredAsState(document, previous, extractorVersion, source)) continue;
    if (!previous && !shouldPrune) keep.push({ kind: 'keep', outcome: 'skipped', id: document.id });
    else return { kind: 'full', reason: `the graph's Document node ${document.id} differs from the saved state` };
  }
  for (const id of state.documents.keys()) {
    if (!changedIds.has(id) && !storedIds.has(id)) return { kind: 'full', reason: `the graph has no Document node for ${id}` };
  }

  const unchanged = (ids: Set<string>): DocumentAction[] =>
    [...state.documents.values()].filter((document) => !ids.has(document.id) && !failedIds.has(document.id) && inCorpus.has(document.id)).map((document) => ({ kind: 'skip', outcome: 'unchanged', id: document.id, factsHash: document.factsHash }));
  if (changedIds.size === 0) {
    const commit = () => {
      if (restamped.size > 0) writeCorpusState(stateDir, advanceCorpusState(state, { removed: [], restamped, changed: [], reread: [], isShared: () => false, factsHashes: new Map() }));
    };
    return { kind: 'incremental', actions: [...unchanged(changedIds), ...keep], index: emptyIndex(), failures: extracted.failures, cachedCount: 0, commit };
  }

  const cache = openExtractionCache<DocumentExtraction>(cacheDir, extractorVersion);
  const resolution = resolveIncrementally({
    previous: state.documents,
    lists: state.lists,
    changed: extracted.extractions,
    removed,
    loadExtraction: (document) => {
      const cached = cache.get(document.id, document.sha256);
      return cached && { ...cached, document: { ...cached.document, path: document.path } };
    },
    resolveCorpus: (documents) => resolveCorpus(documents),
    resolutionKeys,
  });
  if (!resolution.ok) return { kind: 'full', reason: resolution.reason };

  const rewritten = new Set([...changedIds, ...resolution.rippled]);
  const planned = planIngest({ corpus: withSourcePaths(resolution.documents, source), stored: stored.filter((document) => rewritten.has(document.id)), extractorVersion, shouldPrune });
  const actions = [...planned, ...unchanged(rewritten), ...keep].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

  const commit = () => {
    const factsHashes = new Map(planned.flatMap((action) => (action.kind === 'write' || action.kind === 'skip' ? [[action.id, action.factsHash] as const] : [])));
    const changed = extracted.extractions.map((extraction) => ({ extraction, stamp: extracted.stamps.get(extraction.document.id) ?? '', keyGroups: resolution.keyGroups.get(extraction.document.id)! }));
    writeCorpusState(stateDir, advanceCorpusState(state, { removed, restamped, changed, reread: [...resolution.loaded.values()], isShared: resolution.isShared, factsHashes }));
  };
  return { kind: 'incremental', actions, index: resolution.index, failures: extracted.failures, cachedCount: extracted.cachedCount, commit };
}
