// The re-run path: with the corpus state the last run saved (pipeline/corpus-state.ts), a
// re-run stats the files (hashing only those whose stamp moved), extracts only those that
// changed, re-resolves only what they reach (pipeline/incremental-resolution.ts) and plans
// writes for only the documents whose facts change. It is taken only when the state matches the graph's
// Document nodes; anything it cannot vouch for sends the run down the full path. Without a
// local state (a fresh clone, another machine, a cleared cache), the Document nodes' own
// `resolutionState`s stand in for it.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { resolve, sep } from 'node:path';
import type { ResolutionStateRow } from '../graph/loader.ts';
import { planIngest, type DocumentAction, type StoredDocument } from '../graph/plan.ts';
import type { CorpusIndex } from '../graph/rows.ts';
import { resolutionKeys, resolveCorpus } from '../extractors/resolution.ts';
import type { DocumentExtraction } from '../extractors/types.ts';
import { extractFiles, type DocumentFailure } from './corpus-extraction.ts';
import {
  advanceCorpusState,
  corpusPathsKey,
  corpusStateFile,
  fromStoredResolution,
  narrowShared,
  readCorpusState,
  StringLists,
  toStoredResolution,
  stageCorpusState,
  type CorpusState,
  type StagedState,
  type KeyGroups,
  type StateDocument,
} from './corpus-state.ts';
import { openExtractionCache } from './extraction-cache.ts';
import { stampFile } from './file-stamp.ts';
import { createExtractionPool, defaultWorkerCount, shouldUseWorkers, type ExtractionPool } from './extract-workers.ts';
import { resharedDocuments, resolveIncrementally, type IncrementalResolution } from './incremental-resolution.ts';
import { keyIndexOf, sharedWithin, type KeyIndex } from './key-index.ts';
import { listCorpus, type CorpusFile } from './read-corpus.ts';
import { storedPathOf, withSourcePaths } from './sources.ts';

/**
 * resolve() for the paths listCorpus gives (a folder, the separator, a file name), resolving
 * each folder once: resolving 10^4 paths on every watched run cost more than the rest of the
 * loop over the files. One per run (resolve depends on the working directory).
 */
function pathResolver(): (path: string) => string {
  const folders = new Map<string, string>();
  return (path) => {
    const cut = path.lastIndexOf(sep);
    const name = path.slice(cut + 1);
    if (cut <= 0 || name.includes('/') || name === '.' || name === '..') return resolve(path);
    const folder = path.slice(0, cut);
    let resolved = folders.get(folder);
    if (resolved === undefined) {
      resolved = resolve(folder);
      folders.set(folder, resolved);
    }
    return resolved.endsWith(sep) ? `${resolved}${name}` : `${resolved}${sep}${name}`;
  };
}

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
  /** The `resolutionState` of each of the source's Document nodes (graph/reads.ts). */
  readResolutionStates: () => Promise<Map<string, string | null>>;
  /** Extraction threads when many documents changed (default: the cores Node may use). */
  workers?: number;
  /**
   * A started extraction thread the caller keeps across runs (`kg ingest --watch`): a few
   * changed documents are extracted on it, already warm, instead of on a thread started (and
   * its extractors loaded) for this run. The caller closes it; runs using it must not overlap.
   */
  extractionPool?: ExtractionPool;
  /**
   * The state the previous run of this process saved (`kg ingest --watch`: IngestSession),
   * used instead of reading the file; with `changedFiles`, the files a watcher saw change
   * since (absolute paths), the only ones whose stamps are checked.
   */
  warm?: { state: CorpusState; changedFiles: ReadonlySet<string> | undefined };
  /** Told the state the run saves, once its actions all succeeded, unless a file failed (saveState). */
  onStateSaved?: (state: CorpusState) => void;
}

/** A plan for the documents a change touches, with every other document skipped; or why the full path must run. */
export type IncrementalPlan =
  | {
      kind: 'incremental';
      actions: DocumentAction[];
      index: CorpusIndex;
      failures: DocumentFailure[];
      cachedCount: number;
      /** Documents the run extracted (not taken from the cache). */
      extractedCount: number;
      /** Documents not rewritten whose Document node's resolution state changes. */
      restated: ResolutionStateRow[];
      /**
       * Writes the state the run leaves to a temporary file (the caller does this while the
       * graph write is in flight), for commit to put in place.
       */
      stage: () => void;
      /** Saves the state after the plan's actions all succeeded. */
      commit: () => void;
      /** Drops a staged state (the actions did not all succeed). */
      discard: () => void;
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
function isStoredAsState(
  stored: StoredDocument,
  state: StateDocument,
  extractorVersion: string,
  source: string,
): boolean {
  return (
    stored.sha256 === state.sha256 &&
    stored.path === storedPathOf(source, state.id, state.path) &&
    stored.factsHash === state.factsHash &&
    stored.extractorVersion === extractorVersion
  );
}

/**
 * The caller's warm extraction thread, or one started early so loading the extractors
 * overlaps the reads (none with `--workers 1`); `close` stops only a thread started here.
 */
function startEarlyPool(options: IncrementalIngestOptions): {
  pool: ExtractionPool | undefined;
  close: () => Promise<void>;
} {
  if (options.extractionPool) return { pool: options.extractionPool, close: async () => {} };
  const pool =
    (options.workers ?? defaultWorkerCount()) > 1 ? createExtractionPool({ workers: 1, batchSize: 1 }) : undefined;
  return { pool, close: async () => pool?.close() };
}

/**
 * Without a saved state (a fresh clone, another machine, a cleared cache), the graph itself
 * says what was ingested: when every file hashes to its Document node's sha256 under the
 * current extractor version and no document is missing, nothing changed and nothing is
 * written. Otherwise the Document nodes' `resolutionState`s make the state the last run
 * would have saved (every file whose bytes match its node trusted by its current stamp),
 * and the run goes on as from a saved state; a node without a usable one (written before
 * they were kept, or by another extractor version) needs the whole source resolved.
 */
async function planFromGraph(
  options: IncrementalIngestOptions,
  storedRead: Promise<StoredDocument[]>,
): Promise<IncrementalPlan> {
  const files = await listCorpus(options.paths, options.source);
  const storedList = await storedRead;
  const stored = new Map(storedList.map((document) => [document.id, document]));
  if (stored.size === 0) return { kind: 'full', reason: 'a first ingest of this source' };
  const actions: DocumentAction[] = [];
  const changed: string[] = [];
  const stamps = new Map<string, string>();
  for (const file of files) {
    const document = stored.get(file.id);
    // The stamp first: a write after it moves it, so the next run hashes the file again.
    const stamp = stampFile(file.path);
    if (
      document &&
      document.extractorVersion === options.extractorVersion &&
      document.path === storedPathOf(options.source, file.id, file.path) &&
      document.sha256 === fileSha256(file.path)
    ) {
      actions.push({ kind: 'skip', outcome: 'unchanged', id: file.id, factsHash: document.factsHash });
      stamps.set(file.id, stamp);
    } else changed.push(file.id);
  }
  const inCorpus = new Set(files.map((file) => file.id));
  const gone = storedList.filter((document) => !inCorpus.has(document.id)).map((document) => document.id);
  if (changed.length === 0 && (gone.length === 0 || !options.shouldPrune)) {
    for (const id of gone) actions.push({ kind: 'keep', outcome: 'skipped', id });
    actions.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    return {
      kind: 'incremental',
      actions,
      index: emptyIndex(),
      failures: [],
      cachedCount: 0,
      extractedCount: 0,
      restated: [],
      stage: () => {},
      commit: () => {},
      discard: () => {},
    };
  }

  // Documents kept without pruning would count as removed from the state.
  if (gone.length > 0 && !options.shouldPrune)
    return {
      kind: 'full',
      reason: `no saved corpus state here, and ${gone.length} document(s) are kept without pruning`,
    };
  const state = await stateFromGraph(options, storedList, files, stamps);
  if (typeof state === 'string') return { kind: 'full', reason: `no saved corpus state here, and ${state}` };
  const early = startEarlyPool(options);
  try {
    return await planFromState(options, state, storedRead, early.pool, files);
  } finally {
    await early.close();
  }
}

/** The corpus state the Document nodes' `resolutionState`s describe, or why there is none. */
async function stateFromGraph(
  options: IncrementalIngestOptions,
  stored: StoredDocument[],
  files: CorpusFile[],
  stamps: Map<string, string>,
): Promise<CorpusState | string> {
  const resolutionStates = await options.readResolutionStates();
  const filePaths = new Map(files.map((file) => [file.id, file.path]));
  const lists = new StringLists();
  const documents = new Map<string, StateDocument>();
  for (const document of stored) {
    if (document.extractorVersion !== options.extractorVersion)
      return `the graph's Document node ${document.id} was written by another extractor version`;
    const record = {
      id: document.id,
      path: filePaths.get(document.id) ?? document.path,
      sha256: document.sha256,
      stamp: stamps.get(document.id) ?? '',
      factsHash: document.factsHash,
    };
    const state = fromStoredResolution(resolutionStates.get(document.id), record, options.extractorVersion, lists);
    if (!state) return `the graph's Document node ${document.id} keeps no resolution state for its bytes`;
    documents.set(document.id, state);
  }
  return { extractorVersion: options.extractorVersion, corpus: corpusPathsKey(options.paths), lists, documents };
}

/**
 * Plans a re-run from the saved state (or, without one, from the graph's): only new,
 * changed and removed documents, and those a change ripples to, get write or retract
 * actions; every other document is skipped.
 */
export async function planIncrementalIngest(options: IncrementalIngestOptions): Promise<IncrementalPlan> {
  // The Document nodes are read while this thread reads the state and the files.
  const storedRead = options.readStored();
  storedRead.catch(() => {}); // awaited below, unless the run leaves for the full path first
  const warm = options.warm;
  if (!warm && !existsSync(corpusStateFile(options.stateDir))) return planFromGraph(options, storedRead);
  // One extraction thread starts loading the extractors now, while this one reads the state,
  // the files and the graph: a changed document is then extracted without waiting for them.
  const early = startEarlyPool(options);
  try {
    const corpus = corpusPathsKey(options.paths);
    const state =
      warm && warm.state.corpus === corpus && warm.state.extractorVersion === options.extractorVersion
        ? warm.state
        : await readCorpusState(options.stateDir, corpus, options.extractorVersion);
    if (!state)
      return { kind: 'full', reason: 'the saved corpus state is for other paths or another extractor version' };
    const changedFiles = state === warm?.state ? warm.changedFiles : undefined;
    return await planFromState(options, state, storedRead, early.pool, undefined, changedFiles);
  } finally {
    await early.close();
  }
}

async function planFromState(
  options: IncrementalIngestOptions,
  state: CorpusState,
  storedRead: Promise<StoredDocument[]>,
  pool: ExtractionPool | undefined,
  listed?: CorpusFile[],
  watched?: ReadonlySet<string>,
): Promise<IncrementalPlan> {
  const { cacheDir, extractorVersion, shouldPrune, source } = options;
  const files = listed ?? (await listCorpus(options.paths, source));
  const changedFiles: CorpusFile[] = [];
  const inCorpus = new Set<string>();
  // Files whose stamp moved but whose bytes did not: only their stamp is new.
  const restamped = new Map<string, string>();
  const absolutePath = pathResolver();
  for (const file of files) {
    inCorpus.add(file.id);
    const previous = state.documents.get(file.id);
    if (!previous || previous.path !== file.path) {
      changedFiles.push(file);
      continue;
    }
    // A file the watcher saw no write to since the state was saved keeps its stamp (one
    // stamped '' was too fresh to trust, and is looked at).
    if (watched && previous.stamp !== '' && !watched.has(absolutePath(file.path))) continue;
    const stamp = stampFile(file.path);
    if (stamp !== '' && stamp === previous.stamp) continue;
    if (previous.sha256 === fileSha256(file.path)) restamped.set(file.id, stamp);
    else changedFiles.push(file);
  }
  const removed = [...state.documents.keys()].filter((id) => !inCorpus.has(id));
  if (changedFiles.length + removed.length > Math.max(50, files.length * MAX_CHANGED_SHARE))
    return { kind: 'full', reason: 'too much of the corpus changed' };

  // Many changes get the usual pool of every core; a few, the thread already started.
  const workers = options.workers ?? defaultWorkerCount();
  const extracting =
    changedFiles.length === 0
      ? Promise.resolve({ extractions: [], stamps: new Map<string, string>(), failures: [], cachedCount: 0 })
      : extractFiles(changedFiles, {
          cacheDir,
          extractorVersion,
          workers,
          ...(pool && !shouldUseWorkers(changedFiles.length, workers) ? { pool } : {}),
        });
  // A change is resolved through the key index: built here, while the extraction runs.
  if (changedFiles.length + removed.length > 0) keyIndexOf(state.documents);
  const extracted = await extracting;
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
    if (!changedIds.has(id) && !storedIds.has(id))
      return { kind: 'full', reason: `the graph has no Document node for ${id}` };
  }

  const unchanged = (ids: Set<string>): DocumentAction[] =>
    [...state.documents.values()]
      .filter((document) => !ids.has(document.id) && !failedIds.has(document.id) && inCorpus.has(document.id))
      .map((document) => ({ kind: 'skip', outcome: 'unchanged', id: document.id, factsHash: document.factsHash }));
  if (changedIds.size === 0) {
    const commit = () => {
      if (restamped.size > 0)
        saveState(
          options,
          extracted.failures,
          advanceCorpusState(state, {
            removed: [],
            restamped,
            changed: [],
            reread: [],
            isShared: () => false,
            factsHashes: new Map(),
          }),
        );
      else if (extracted.failures.length === 0) options.onStateSaved?.(state);
    };
    return {
      kind: 'incremental',
      actions: [...unchanged(changedIds), ...keep],
      index: emptyIndex(),
      failures: extracted.failures,
      cachedCount: 0,
      extractedCount: 0,
      restated: [],
      stage: () => {},
      commit,
      discard: () => {},
    };
  }

  const keyIndex = keyIndexOf(state.documents);
  let staged: StagedState | undefined;
  const resolved = await resolveWithExtractions(options, state, keyIndex, {
    files,
    changed: extracted.extractions,
    removed,
    changedCount: changedFiles.length,
    pool,
  });
  if (!resolved.ok) return { kind: 'full', reason: resolved.reason };
  const { resolution } = resolved;

  const rewritten = new Set([...changedIds, ...resolution.rippled]);
  const planned = planIngest({
    corpus: withSourcePaths(resolution.documents, source),
    stored: stored.filter((document) => rewritten.has(document.id)),
    extractorVersion,
    shouldPrune,
  });
  // The state this run leaves, once every action succeeded; written documents keep theirs on their node too.
  const factsHashes = new Map(
    planned.flatMap((action) =>
      action.kind === 'write' || action.kind === 'skip' ? [[action.id, action.factsHash] as const] : [],
    ),
  );
  const changed = extracted.extractions.map((extraction) => ({
    extraction,
    stamp: extracted.stamps.get(extraction.document.id) ?? '',
    keyGroups: resolution.keyGroups.get(extraction.document.id)!,
  }));
  const next = advanceCorpusState(state, {
    removed,
    restamped,
    changed,
    reread: [...resolution.loaded.values()],
    isShared: resolution.isShared,
    factsHashes,
  });
  // Document nodes keep their state exact for the corpus as it is now, as a clean ingest
  // writes it: the written documents', and those of documents whose sharing the change flips.
  const written = new Set(planned.flatMap((action) => (action.kind === 'write' ? [action.id] : [])));
  const reshared = resharedDocuments(state.documents, resolution.keyGroups, removed, keyIndex).filter(
    (id) => !written.has(id) && next.documents.has(id) && !failedIds.has(id),
  );
  const outgoing = [...resolution.keyGroups.keys(), ...removed].flatMap((id) =>
    state.documents.has(id) ? [state.documents.get(id)!.keyGroups] : [],
  );
  const exact = exactResolutionStates(
    next,
    [...written, ...reshared],
    extractorVersion,
    // `next`'s key hashes: the state's, less the changed and removed documents' old ones, plus the new.
    (groups) => sharedWithin(keyIndex, groups, { removed: outgoing, added: [...resolution.keyGroups.values()] }),
  );
  const withStates = planned.map((action): DocumentAction =>
    action.kind === 'write' && exact.has(action.id) ? { ...action, resolutionState: exact.get(action.id)! } : action,
  );
  const restated = reshared.map((id) => ({
    id,
    sha256: next.documents.get(id)!.sha256,
    resolutionState: exact.get(id)!,
  }));
  const actions = [...withStates, ...unchanged(rewritten), ...keep].sort((a, b) =>
    a.id < b.id ? -1 : a.id > b.id ? 1 : 0,
  );
  return {
    kind: 'incremental',
    actions,
    index: resolution.index,
    failures: extracted.failures,
    cachedCount: extracted.cachedCount,
    extractedCount: extracted.extractions.length - extracted.cachedCount + resolved.extractedAgain,
    restated,
    stage: () => {
      staged ??= stageCorpusState(options.stateDir, next);
    },
    commit: () => saveState(options, extracted.failures, next, staged),
    discard: () => staged?.discard(),
  };
}

/**
 * Writes the state the run leaves and tells the caller, unless a file failed: the state
 * still has that file's old stamp, which only a stat tells apart from its fix.
 */
function saveState(
  options: IncrementalIngestOptions,
  failures: DocumentFailure[],
  state: CorpusState,
  staged?: StagedState,
): void {
  (staged ?? stageCorpusState(options.stateDir, state)).publish();
  if (failures.length === 0) options.onStateSaved?.(state);
}

/**
 * The `resolutionState` of each of `ids` as a clean ingest of the corpus `state` describes
 * writes it: its shared entities those that share a key with another document now (the
 * state holds at least those).
 */
function exactResolutionStates(
  state: CorpusState,
  ids: readonly string[],
  extractorVersion: string,
  sharedIn: (groups: KeyGroups[]) => Set<number>,
): Map<string, string> {
  const documents = ids.flatMap((id) => (state.documents.has(id) ? [state.documents.get(id)!] : []));
  const shared = sharedIn(documents.map((document) => document.keyGroups));
  return new Map(
    documents.map((document) => [
      document.id,
      toStoredResolution(
        narrowShared(document, (hash) => shared.has(hash)),
        state.lists,
        extractorVersion,
      ),
    ]),
  );
}

/** What resolveWithExtractions needs besides the options. */
interface ResolveInput {
  files: CorpusFile[];
  changed: DocumentExtraction[];
  removed: string[];
  /** Changed files: they count against the share of the corpus a re-run may read. */
  changedCount: number;
  pool: ExtractionPool | undefined;
}

/**
 * Resolves the change incrementally, reading unchanged documents' full extractions from the
 * cache; those the cache lacks (a run without it) are extracted again from their files,
 * which must still hash to the state's sha256, and the resolution retried. Counts those
 * extracted again.
 */
async function resolveWithExtractions(
  options: IncrementalIngestOptions,
  state: CorpusState,
  keyIndex: KeyIndex,
  input: ResolveInput,
): Promise<
  | { ok: true; resolution: Extract<IncrementalResolution, { ok: true }>; extractedAgain: number }
  | { ok: false; reason: string }
> {
  const { cacheDir, extractorVersion } = options;
  const cache = openExtractionCache<DocumentExtraction>(cacheDir, extractorVersion);
  const again = new Map<string, DocumentExtraction>();
  const filesById = new Map(input.files.map((file) => [file.id, file]));
  const budget = Math.max(50, input.files.length * MAX_CHANGED_SHARE) - input.changedCount;
  let extractedAgain = 0;
  for (;;) {
    const resolution = resolveIncrementally({
      previous: state.documents,
      keyIndex,
      lists: state.lists,
      changed: input.changed,
      removed: input.removed,
      loadExtraction: (document) => {
        const extraction = again.get(document.id) ?? cache.get(document.id, document.sha256);
        return extraction && { ...extraction, document: { ...extraction.document, path: document.path } };
      },
      resolveCorpus: (documents) => resolveCorpus(documents),
      resolutionKeys,
    });
    if (resolution.ok) return { ok: true, resolution, extractedAgain };
    const missing = resolution.missing?.filter((id) => !again.has(id)) ?? [];
    const files = missing.flatMap((id) => (filesById.has(id) ? [filesById.get(id)!] : []));
    if (missing.length === 0 || files.length < missing.length) return { ok: false, reason: resolution.reason };
    if (extractedAgain + files.length > budget)
      return { ok: false, reason: `${resolution.reason}, and extracting them again would read too much of the corpus` };
    const workers = options.workers ?? defaultWorkerCount();
    const extracted = await extractFiles(files, {
      cacheDir,
      extractorVersion,
      workers,
      ...(input.pool && !shouldUseWorkers(files.length, workers) ? { pool: input.pool } : {}),
    });
    for (const extraction of extracted.extractions) {
      const id = extraction.document.id;
      if (extraction.document.sha256 !== state.documents.get(id)?.sha256)
        return { ok: false, reason: `${id} changed while this run read it` };
      again.set(id, extraction);
    }
    if (extracted.failures.length > 0)
      return {
        ok: false,
        reason: `${extracted.failures[0]!.id} could not be extracted again: ${extracted.failures[0]!.reason}`,
      };
    extractedAgain += extracted.extractions.length - extracted.cachedCount;
  }
}
