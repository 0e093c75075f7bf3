// Extraction on several cores: a small pool of worker threads, each running the pure
// `extractDocument` on batches of documents. The output is the single-threaded output in
// the same order (structured clone of JSON-serialisable values), so callers can switch
// between the two freely; worker start-up (~0.5 s each, loading tsx and the extractors)
// only pays for itself on larger corpora, hence shouldUseWorkers().
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { DocumentExtraction, SourceDocument } from '../extractors/types.ts';

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

const WORKER_URL = new URL('./extract-worker.ts', import.meta.url);

/**
 * The worker's entry module: registers tsx in the worker thread, then loads the TypeScript
 * worker. (`execArgv: ['--import', 'tsx']` does not reach a worker's own entry on Node 20.)
 * Absolute URLs, so any working directory works.
 */
function bootstrapUrl(): URL {
  const code = `import { register } from ${JSON.stringify(import.meta.resolve('tsx/esm/api'))};\nregister();\nawait import(${JSON.stringify(WORKER_URL.href)});\n`;
  return new URL(`data:text/javascript,${encodeURIComponent(code)}`);
}

function startWorker(): Worker {
  return new Worker(bootstrapUrl());
}

/**
 * Extracts `sources` on `workers` threads and resolves to one outcome per source, in input
 * order. Rejects (after stopping every worker) if a worker dies; a document whose
 * extraction throws is an `{ ok: false }` outcome, as in the single-threaded loop.
 */
export async function extractInWorkers(sources: readonly SourceDocument[], options: ExtractWorkersOptions = {}): Promise<WorkerOutcome[]> {
  const workerCount = validateWorkerCount(options.workers ?? defaultWorkerCount());
  const batchSize = options.batchSize ?? 32;
  if (!Number.isInteger(batchSize) || batchSize < 1) throw new RangeError(`batchSize must be a positive integer, got ${String(batchSize)}`);

  const batches: ExtractionBatch[] = [];
  for (let start = 0; start < sources.length; start += batchSize) {
    batches.push({ batchId: batches.length, documents: sources.slice(start, start + batchSize) });
  }
  const outcomes: WorkerOutcome[][] = new Array<WorkerOutcome[]>(batches.length);
  if (batches.length === 0) return [];

  const workers = Array.from({ length: Math.min(workerCount, batches.length) }, startWorker);
  let nextBatch = 0;
  let pending = batches.length;
  try {
    await new Promise<void>((resolve, reject) => {
      const feed = (worker: Worker) => {
        const batch = batches[nextBatch];
        if (batch === undefined) return;
        nextBatch += 1;
        worker.postMessage(batch);
      };
      for (const worker of workers) {
        worker.on('message', (result: ExtractionBatchResult) => {
          outcomes[result.batchId] = result.outcomes;
          pending -= 1;
          if (pending === 0) resolve();
          else feed(worker);
        });
        worker.on('error', (error) => reject(new Error(`An extraction worker failed: ${error.message}`, { cause: error })));
        worker.on('exit', (code) => {
          if (pending > 0) reject(new Error(`An extraction worker exited with code ${code} before the corpus was extracted`));
        });
        feed(worker);
      }
    });
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
  return outcomes.flat();
}
