// The corpus as one Extraction: files listed and read, each document extracted (or taken
// from the .kg-cache/ when its bytes and the extractor version are unchanged), then resolved
// across documents. A thin adapter over the extractors' public API (extractors/index.ts).
// Files are read a window at a time; once a window has enough cache misses to pay for
// them, the misses are extracted on a pool of worker threads (pipeline/extract-workers.ts),
// with the same output as on this thread.
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import type { DocumentExtraction, Extraction, SourceDocument } from '../extractors/types.ts';
import { decodeDocument, resolutionKeys, resolveCorpus } from '../extractors/resolution.ts';
import { stampFile } from './file-stamp.ts';
import { loadExtractors } from './load-extractors.ts';
import { openExtractionCache } from './extraction-cache.ts';
import {
  createExtractionPool,
  defaultWorkerCount,
  shouldUseWorkers,
  validateWorkerCount,
  type ExtractionPool,
  type WorkerOutcome,
} from './extract-workers.ts';
import { extractorVersion as currentExtractorVersion } from './extractor-version.ts';
import { listCorpus, type CorpusFile } from './read-corpus.ts';
import { stateDocumentsOf, type StateDocument, type StringLists } from './corpus-state.ts';

/** A document that could not be read or extracted; it keeps what the graph has for it. */
export interface DocumentFailure {
  id: string;
  path: string;
  reason: string;
}

/** The corpus as the loader needs it. */
export interface CorpusExtraction {
  extraction: Extraction;
  extractorVersion: string;
  failures: DocumentFailure[];
  /** True when every path given was a folder: only then may absent documents be pruned. */
  isWholeCorpus: boolean;
  /** Documents taken from the cache rather than extracted. */
  cachedCount: number;
  /** Each extracted document as the corpus state keeps it (absent for hand-made extractions). */
  state?: { lists: StringLists; documents: StateDocument[] };
}

/** Options of extractCorpus. */
export interface ExtractCorpusOptions {
  paths: string[];
  /** The source the documents belong to: their ids are `<source>/<path below the folder>` (pipeline/sources.ts). */
  source?: string;
  /** Cache folder; undefined disables the cache. */
  cacheDir: string | undefined;
  /** Extraction threads for cache misses (default: the cores Node may use; 1: this thread only). */
  workers?: number;
  /** Told how many of the files are done (read from the cache, extracted or failed), as they get done. */
  onExtracted?: (done: number, total: number) => void;
}

/** Produces the corpus extraction for a set of paths. */
export type ExtractCorpus = (options: ExtractCorpusOptions) => Promise<CorpusExtraction>;

/** True when every path is a folder: only then may documents absent from it be pruned. */
export function isFolderCorpus(paths: string[]): boolean {
  return paths.every((path) => {
    try {
      return statSync(path).isDirectory();
    } catch {
      return false;
    }
  });
}

/** Files read, hashed and looked up in the cache before their misses are extracted. */
const WINDOW_DOCUMENTS = 512;

function firstLine(error: unknown): string {
  return error instanceof Error ? (error.message.split('\n')[0] ?? error.message) : String(error);
}

/** Extracts on this thread, loading the extractors (and compromise) on first use. */
async function extractHere(
  sources: readonly SourceDocument[],
  onDone?: (documents: number) => void,
): Promise<WorkerOutcome[]> {
  if (sources.length === 0) return [];
  const { extractDocument } = await loadExtractors();
  return sources.map((source): WorkerOutcome => {
    try {
      return { ok: true, extraction: extractDocument(source) };
    } catch (error) {
      return { ok: false, reason: firstLine(error) };
    } finally {
      onDone?.(1);
    }
  });
}

/** What extractFiles gives: extractions and failures, each in file order. */
export interface ExtractedFiles {
  extractions: DocumentExtraction[];
  /** Each read file's stamp (pipeline/file-stamp.ts), taken before it was read. */
  stamps: Map<string, string>;
  failures: DocumentFailure[];
  /** Documents taken from the cache rather than extracted. */
  cachedCount: number;
}

/** Options of extractFiles. */
export interface ExtractFilesOptions {
  cacheDir: string | undefined;
  extractorVersion: string;
  /** Extraction threads for cache misses (default: the cores Node may use; 1: this thread only). */
  workers?: number;
  /** A started pool to extract every miss on, however few (the caller closes it); overrides `workers`. */
  pool?: ExtractionPool;
  /** See ExtractCorpusOptions.onExtracted. */
  onExtracted?: (done: number, total: number) => void;
}

/**
 * Reads and extracts files (through the cache), unresolved. Memory stays bounded by a
 * window of files (bytes and decoded text) plus the extractions themselves.
 */
export async function extractFiles(
  files: readonly CorpusFile[],
  options: ExtractFilesOptions,
): Promise<ExtractedFiles> {
  const workers = validateWorkerCount(options.workers ?? defaultWorkerCount());
  const cache = openExtractionCache<DocumentExtraction>(options.cacheDir, options.extractorVersion);
  const extractions: DocumentExtraction[] = [];
  const failures: DocumentFailure[] = [];
  const stamps = new Map<string, string>();
  let cachedCount = 0;
  let done = 0;
  const advance = (documents: number) => {
    done += documents;
    options.onExtracted?.(done, files.length);
  };
  let pool: ExtractionPool | undefined = options.pool;
  try {
    for (let start = 0; start < files.length; start += WINDOW_DOCUMENTS) {
      // Each slot keeps its file's place, so extractions and failures come out in file order.
      const slots: ({ extraction: DocumentExtraction } | { failure: DocumentFailure } | { source: SourceDocument })[] =
        [];
      for (const file of files.slice(start, start + WINDOW_DOCUMENTS)) {
        try {
          stamps.set(file.id, stampFile(file.path));
          const bytes = readFileSync(file.path);
          const sha256 = createHash('sha256').update(bytes).digest('hex');
          const cached = cache.get(file.id, sha256);
          if (cached) {
            cachedCount += 1;
            slots.push({ extraction: { ...cached, document: { ...cached.document, path: file.path } } });
            continue;
          }
          const decoded = decodeDocument({ id: file.id, path: file.path, bytes });
          slots.push(
            decoded.ok
              ? { source: decoded.document }
              : { failure: { id: file.id, path: file.path, reason: decoded.diagnostic.message } },
          );
        } catch (error) {
          slots.push({ failure: { id: file.id, path: file.path, reason: firstLine(error) } });
        }
      }
      const sources = slots.flatMap((slot) => ('source' in slot ? [slot.source] : []));
      // Start the threads once a window has enough misses to pay for them (a first ingest),
      // never for the few misses of a re-run; once started, they serve every later window.
      if (!pool && shouldUseWorkers(sources.length, workers)) pool = createExtractionPool({ workers, batchSize: 16 });
      advance(slots.length - sources.length);
      const outcomes = pool ? await pool.extract(sources, advance) : await extractHere(sources, advance);
      let next = 0;
      for (const slot of slots) {
        if ('extraction' in slot) extractions.push(slot.extraction);
        else if ('failure' in slot) failures.push(slot.failure);
        else {
          const outcome = outcomes[next++];
          const { id, path, sha256 } = slot.source;
          if (outcome?.ok) {
            cache.set(id, sha256, outcome.extraction);
            extractions.push(outcome.extraction);
          } else failures.push({ id, path, reason: outcome?.reason ?? 'no result from the extraction worker' });
        }
      }
    }
  } finally {
    if (pool !== options.pool) await pool?.close();
  }
  return { extractions, stamps, failures, cachedCount };
}

/** Lists, reads, extracts (through the cache) and resolves a corpus. */
export const extractCorpus: ExtractCorpus = async (options) => {
  const extractorVersion = currentExtractorVersion();
  const files = await listCorpus(options.paths, options.source);
  const { extractions, stamps, failures, cachedCount } = await extractFiles(files, {
    cacheDir: options.cacheDir,
    extractorVersion,
    ...(options.workers === undefined ? {} : { workers: options.workers }),
    ...(options.onExtracted ? { onExtracted: options.onExtracted } : {}),
  });
  const extraction = resolveCorpus(extractions);
  const state = stateDocumentsOf(extractions, stamps, resolutionKeys);
  return { extraction, extractorVersion, failures, isWholeCorpus: isFolderCorpus(options.paths), cachedCount, state };
};
