// Extraction on several cores: a small pool of worker threads, each running the pure
// `extractDocument` on batches of documents. The output is the single-threaded output in
// the same order (structured clone of JSON-serialisable values), so callers can switch
// between the two freely; worker start-up (~0.5 s each, loading tsx and the extractors)
// only pays for itself on larger corpora, hence shouldUseWorkers().
import { readFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Diagnostic, DocumentExtraction, Extraction, SourceDocument } from '../extractors/types.ts';
import { extractorVersion } from './extractor-version.ts';
import { loadExtractors } from './load-extractors.ts';
import { listCorpus } from './read-corpus.ts';

/** One document's result: its extraction, or why extracting it threw. */
export type WorkerOutcome = { ok: true; extraction: DocumentExtraction } | { ok: false; reason: string };

/** Message to a worker: a batch of decoded documents. */
export interface ExtractionBatch {
  batchId: number;
  documents: SourceDocument[];
}

/** Message from a worker: one outcome per document of the batch, in order. */
export interface ExtractionBatchResult {
  batchId: number;
  outcomes: WorkerOutcome[];
}

/** Options of extractInWorkers. */
export interface ExtractWorkersOptions {
  /** Worker threads (default: the machine's available parallelism). */
  workers?: number;
  /** Documents per message (default 32): fewer messages, still fine-grained balancing. */
  batchSize?: number;
}

/** Below this many documents, workers cost more to start than they save. */
export const MIN_DOCUMENTS_FOR_WORKERS = 200;

/** The default worker count: the cores Node may use. */
export function defaultWorkerCount(): number {
  return availableParallelism();
}

/** Validates a worker count, with a message that echoes the bad value. */
export function validateWorkerCount(value: number): number {
  if (!Number.isInteger(value) || value < 1 || value > 256) {
    throw new RangeError(`workers must be an integer from 1 to 256, got ${String(value)}`);
  }
  return value;
}

/** True when a corpus of `documentCount` documents is worth extracting with `workers` threads. */
export function shouldUseWorkers(documentCount: number, workers: number): boolean {
  return workers > 1 && documentCount >= MIN_DOCUMENTS_FOR_WORKERS;
}

/** True when this code runs from the bundle in dist/ (scripts/build.mjs), not from the TypeScript sources. */
const IS_BUNDLED = import.meta.url.endsWith('.js');

/**
 * The worker's entry. From the bundle: dist/extract-worker.js, plain JavaScript. From the
 * sources: a bootstrap that registers tsx in the worker thread, then loads the TypeScript
 * worker (`execArgv: ['--import', 'tsx']` does not reach a worker's own entry on Node 20).
 * Absolute URLs, so any working directory works.
 */
function workerUrl(): URL {
  if (IS_BUNDLED) return new URL('./extract-worker.js', import.meta.url);
  const worker = new URL('./extract-worker.ts', import.meta.url);
  const code = `import { register } from ${JSON.stringify(import.meta.resolve('tsx/esm/api'))};\nregister();\nawait import(${JSON.stringify(worker.href)});\n`;
  return new URL(`data:text/javascript,${encodeURIComponent(code)}`);
}

function startWorker(): Worker {
  return new Worker(workerUrl());
}

/** A started pool: extract() may be called many times; close() stops the threads. */
export interface ExtractionPool {
  extract(sources: readonly SourceDocument[], onBatch?: (documents: number) => void): Promise<WorkerOutcome[]>;
  close(): Promise<void>;
}

/**
 * Starts `workers` threads that stay up across extract() calls. Each call resolves to one
 * outcome per source, in input order, and rejects if a worker dies; a document whose
 * extraction throws is an `{ ok: false }` outcome, as in the single-threaded loop.
 * Calls must not overlap.
 */
export function createExtractionPool(options: ExtractWorkersOptions = {}): ExtractionPool {
  const workerCount = validateWorkerCount(options.workers ?? defaultWorkerCount());
  const batchSize = options.batchSize ?? 32;
  if (!Number.isInteger(batchSize) || batchSize < 1)
    throw new RangeError(`batchSize must be a positive integer, got ${String(batchSize)}`);
  const workers = Array.from({ length: workerCount }, startWorker);
  let current:
    { onMessage: (worker: Worker, result: ExtractionBatchResult) => void; fail: (error: Error) => void } | undefined;
  let failure: Error | undefined;
  for (const worker of workers) {
    worker.on('message', (result: ExtractionBatchResult) => current?.onMessage(worker, result));
    worker.on('error', (error) => {
      failure = new Error(`An extraction worker failed: ${error.message}`, { cause: error });
      current?.fail(failure);
    });
    worker.on('exit', (code) => {
      failure ??= new Error(`An extraction worker exited with code ${code}`);
      current?.fail(failure);
    });
  }
  let isClosed = false;

  return {
    extract(sources, onBatch) {
      if (isClosed) return Promise.reject(new Error('extract() called on a closed extraction pool'));
      if (failure) return Promise.reject(failure);
      const batches: ExtractionBatch[] = [];
      for (let start = 0; start < sources.length; start += batchSize) {
        batches.push({ batchId: batches.length, documents: sources.slice(start, start + batchSize) });
      }
      if (batches.length === 0) return Promise.resolve([]);
      const outcomes = new Array<WorkerOutcome[]>(batches.length);
      let nextBatch = 0;
      let pending = batches.length;
      const feed = (worker: Worker) => {
        const batch = batches[nextBatch];
        if (batch === undefined) return;
        nextBatch += 1;
        worker.postMessage(batch);
      };
      return new Promise<WorkerOutcome[]>((resolve, reject) => {
        current = {
          onMessage: (worker, result) => {
            outcomes[result.batchId] = result.outcomes;
            onBatch?.(result.outcomes.length);
            pending -= 1;
            if (pending === 0) {
              current = undefined;
              resolve(outcomes.flat());
            } else feed(worker);
          },
          fail: (error) => {
            current = undefined;
            reject(error);
          },
        };
        for (const worker of workers) feed(worker);
      });
    },
    async close() {
      isClosed = true;
      current = undefined;
      await Promise.all(workers.map((worker) => worker.terminate()));
    },
  };
}

/** Extracts `sources` on a pool started for this call (see createExtractionPool). */
export async function extractInWorkers(
  sources: readonly SourceDocument[],
  options: ExtractWorkersOptions = {},
): Promise<WorkerOutcome[]> {
  if (sources.length === 0) return [];
  const batchSize = options.batchSize ?? 32;
  const workers = Math.min(options.workers ?? defaultWorkerCount(), Math.ceil(sources.length / batchSize));
  const pool = createExtractionPool({ ...options, workers: validateWorkerCount(workers) });
  try {
    return await pool.extract(sources);
  } finally {
    await pool.close();
  }
}

/** Documents read and decoded before each hand-over to the pool: bounds memory on big corpora. */
const READ_AHEAD_DOCUMENTS = 512;

/**
 * runExtraction's loop (pipeline/extract.ts) with extraction on worker threads: the same
 * Extraction, diagnostics included and in the same order. Small corpora (see
 * shouldUseWorkers) are extracted on this thread, where workers would not pay for themselves.
 */
export async function runExtractionInWorkers(paths: string[], workers: number): Promise<Extraction> {
  const { decodeDocument, extractDocument, resolveCorpus } = await loadExtractors();
  const files = await listCorpus(paths);
  const inThread = !shouldUseWorkers(files.length, validateWorkerCount(workers));
  const pool = inThread ? undefined : createExtractionPool({ workers, batchSize: 16 });
  const extractions: DocumentExtraction[] = [];
  const diagnostics: Diagnostic[] = [];
  try {
    for (let start = 0; start < files.length; start += READ_AHEAD_DOCUMENTS) {
      // Each slot keeps its file's place, so diagnostics come out in file order.
      const slots: ({ diagnostic: Diagnostic } | { source: SourceDocument })[] = [];
      for (const file of files.slice(start, start + READ_AHEAD_DOCUMENTS)) {
        const decoded = decodeDocument({ ...file, bytes: await readFile(file.path) });
        slots.push(decoded.ok ? { source: decoded.document } : { diagnostic: decoded.diagnostic });
      }
      const sources = slots.flatMap((slot) => ('source' in slot ? [slot.source] : []));
      const outcomes = pool
        ? await pool.extract(sources)
        : sources.map((source) => extractHere(extractDocument, source));
      let next = 0;
      for (const slot of slots) {
        if ('diagnostic' in slot) {
          diagnostics.push(slot.diagnostic);
          continue;
        }
        const outcome = outcomes[next++];
        if (outcome?.ok) extractions.push(outcome.extraction);
        else {
          const reason = outcome?.reason ?? 'no result from the worker';
          diagnostics.push({
            code: 'KG_EXTRACTION_FAILED',
            message: `extraction failed: ${reason}`,
            document: slot.source.id,
            path: slot.source.path,
          });
        }
      }
    }
  } finally {
    await pool?.close();
  }
  return resolveCorpus(extractions, { extractorVersion: extractorVersion(), diagnostics });
}

function extractHere(
  extractDocument: (source: SourceDocument) => DocumentExtraction,
  source: SourceDocument,
): WorkerOutcome {
  try {
    return { ok: true, extraction: extractDocument(source) };
  } catch (error) {
    return {
      ok: false,
      reason: error instanceof Error ? (error.message.split('\n')[0] ?? error.message) : String(error),
    };
  }
}
