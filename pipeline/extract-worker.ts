// Entry of one extraction worker thread: receives batches of decoded documents, answers
// with each document's extraction (or the reason it failed). Loaded by extract-workers.ts
// through a bootstrap that registers tsx first, so it can import the TypeScript extractors.
import { parentPort } from 'node:worker_threads';
import { extractDocument } from '../extractors/index.ts';
import type { ExtractionBatch, ExtractionBatchResult, WorkerOutcome } from './extract-workers.ts';

if (parentPort === null)
  throw new Error('extract-worker.ts must run in a worker thread (see pipeline/extract-workers.ts)');
const port = parentPort;

port.on('message', (batch: ExtractionBatch) => {
  // Per-document failures are answers, not crashes: the caller records them as it would
  // in the single-threaded loop.
  const outcomes = batch.documents.map((source): WorkerOutcome => {
    try {
      return { ok: true, extraction: extractDocument(source) };
    } catch (error) {
      return {
        ok: false,
        reason: error instanceof Error ? (error.message.split('\n')[0] ?? error.message) : String(error),
      };
    }
  });
  const result: ExtractionBatchResult = { batchId: batch.batchId, outcomes };
  port.postMessage(result);
});
