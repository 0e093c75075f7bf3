// The loader: applies a plan's document actions concurrently (p-queue): written documents
// in batches, one managed write transaction per batch (a batch that fails is retried one
// document per transaction, so one bad document does not fail the others), retracted
// documents one transaction each. A document that fails is reported and the others go on;
// a lost connection stops the run with an error that names the URI.
import PQueue from 'p-queue';
import { GraphError } from './errors.ts';
import { describeConnectionError, isConnectionError, writeTransaction, type Driver } from './driver.ts';
import { applyDocumentAction, applyWriteBatch, type WriteContext } from './document-writes.ts';
import type { DocumentAction, DocumentOutcome, WriteAction } from './plan.ts';
import { addCounters, zeroCounters, type WriteCounters } from './runner.ts';
import { SET_RESOLUTION_STATES } from './statements/load.ts';

/** What happened to one document. */
export interface DocumentResult {
  id: string;
  outcome: DocumentOutcome;
  /** The write counters of its transaction; a batch's are reported on its first document. */
  counters: WriteCounters;
  seconds: number;
  /** Why it failed (outcome 'failed'). */
  error?: string | undefined;
}

/** Options of loadDocuments. */
export interface LoadOptions {
  driver: Driver;
  database: string | undefined;
  /** Named in connection errors. */
  uri: string;
  context: WriteContext;
  actions: DocumentAction[];
  /** Transactions running at the same time (default DEFAULT_CONCURRENCY). */
  concurrency?: number;
  /** Most documents written per transaction (default DEFAULT_BATCH_SIZE; see batchSizeFor). */
  batchSize?: number;
  /** Called after each document, in completion order. */
  onDocument?: (result: DocumentResult) => void;
}

/** Checks a concurrency option, echoing a bad value. */
export function validateConcurrency(value: number): number {
  if (!Number.isInteger(value) || value < 1 || value > 64) {
    throw new GraphError('KG_USAGE', `Expected concurrency to be an integer from 1 to 64, got ${String(value)}`);
  }
  return value;
}

/**
 * The default number of write transactions at once. Two keeps the server busy while the
 * client prepares the next batch; more only adds lock waits and deadlock retries on the
 * entities many documents share (measured on 2 cores: 4 was slower than 2).
 */
export const DEFAULT_CONCURRENCY = 2;

/**
 * The default upper bound of documents per write transaction (about 7,000 rows of the
 * benchmark corpus): on 1,000 documents, 100 wrote faster than 50 or 200.
 */
export const DEFAULT_BATCH_SIZE = 100;

/** Checks a batch size option, echoing a bad value. */
export function validateBatchSize(value: number): number {
  if (!Number.isInteger(value) || value < 1 || value > 1000) {
    throw new GraphError('KG_USAGE', `Expected batch size to be an integer from 1 to 1000, got ${String(value)}`);
  }
  return value;
}

/**
 * Documents per transaction for `writes` documents: at most `maxBatchSize`, and small
 * enough that every concurrent slot gets about two batches, so a small run still overlaps
 * its transactions and reports progress as it goes.
 */
export function batchSizeFor(writes: number, concurrency: number, maxBatchSize: number): number {
  return Math.max(1, Math.min(maxBatchSize, Math.ceil(writes / (concurrency * 2))));
}

/** Splits write actions (in plan order, i.e. sorted by id) into batches of `size`. */
function toBatches(actions: WriteAction[], size: number): WriteAction[][] {
  const batches: WriteAction[][] = [];
  for (let start = 0; start < actions.length; start += size) batches.push(actions.slice(start, start + size));
  return batches;
}

/**
 * Applies every write and retract action, `concurrency` transactions at a time (writes in
 * batches of up to `batchSize` documents, see batchSizeFor), and returns a result per action (skips and keeps included, in plan order). Throws KG_DB_UNAVAILABLE
 * once the queue has drained if the server went away; other failures are per document.
 */
export async function loadDocuments(options: LoadOptions): Promise<DocumentResult[]> {
  const results = new Map<string, DocumentResult>();
  let connectionError: unknown;

  const settle = (result: DocumentResult) => {
    results.set(result.id, result);
    options.onDocument?.(result);
  };

  const failedResult = (id: string, error: unknown, startedAt: number): DocumentResult => {
    // Queued work sees this and returns at once (clear() would strand their promises).
    if (isConnectionError(error)) connectionError ??= error;
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    return {
      id,
      outcome: 'failed',
      counters: zeroCounters(),
      seconds: (performance.now() - startedAt) / 1000,
      error: reason,
    };
  };
  const secondsSince = (startedAt: number) => (performance.now() - startedAt) / 1000;

  /** One document in its own transaction (retractions, and the retry of a failed batch). */
  const applyOne = async (action: DocumentAction) => {
    if (connectionError !== undefined) return;
    const startedAt = performance.now();
    try {
      // Counters start afresh on each attempt: a retried transaction counts once.
      const counters = await writeTransaction(options.driver, options.database, (runner) =>
        applyDocumentAction(runner, action, options.context),
      );
      settle({ id: action.id, outcome: action.outcome, counters, seconds: secondsSince(startedAt) });
    } catch (error) {
      settle(failedResult(action.id, error, startedAt));
    }
  };

  const applyBatch = async (batch: WriteAction[]) => {
    if (connectionError !== undefined) return;
    const startedAt = performance.now();
    try {
      const counters = await writeTransaction(options.driver, options.database, (runner) =>
        applyWriteBatch(runner, batch, options.context),
      );
      const seconds = secondsSince(startedAt);
      batch.forEach((action, index) =>
        settle({ id: action.id, outcome: action.outcome, counters: index === 0 ? counters : zeroCounters(), seconds }),
      );
    } catch (error) {
      if (isConnectionError(error)) {
        for (const action of batch) settle(failedResult(action.id, error, startedAt));
        return;
      }
      // Nothing of the batch was written: find the bad document(s) one transaction each.
      for (const action of batch) await applyOne(action);
    }
  };

  const writes = options.actions.filter((action): action is WriteAction => action.kind === 'write');
  const concurrency = validateConcurrency(options.concurrency ?? DEFAULT_CONCURRENCY);
  const batchSize = batchSizeFor(
    writes.length,
    concurrency,
    validateBatchSize(options.batchSize ?? DEFAULT_BATCH_SIZE),
  );
  const queue = new PQueue({ concurrency });
  const tasks: Promise<void>[] = [];
  const track = (task: Promise<void>) => {
    // Each task settles its own errors above; this catch is for p-queue's own rejections.
    tasks.push(
      task.catch((error: unknown) => {
        connectionError ??= error;
      }),
    );
  };
  for (const action of options.actions) {
    if (action.kind === 'skip' || action.kind === 'keep')
      settle({ id: action.id, outcome: action.outcome, counters: zeroCounters(), seconds: 0 });
  }
  for (const batch of toBatches(writes, batchSize)) track(queue.add(() => applyBatch(batch)));
  for (const action of options.actions) if (action.kind === 'retract') track(queue.add(() => applyOne(action)));
  await Promise.all(tasks);
  await queue.onIdle();

  if (connectionError !== undefined) {
    const failure = isConnectionError(connectionError)
      ? describeConnectionError(connectionError, options.uri)
      : new GraphError('KG_DB_QUERY', String(connectionError));
    const done = [...results.values()].filter(
      (result) => result.outcome !== 'failed' && result.outcome !== 'unchanged' && result.outcome !== 'skipped',
    ).length;
    throw new GraphError(
      failure.code,
      `${failure.message} The ingest stopped after writing ${done} document(s); run it again once the server is back, and it will finish the rest.`,
      { cause: connectionError },
    );
  }
  return options.actions.map(
    (action) =>
      results.get(action.id) ?? {
        id: action.id,
        outcome: 'failed',
        counters: zeroCounters(),
        seconds: 0,
        error: 'not attempted',
      },
  );
}

/** Sums the counters of many results. */
export function totalCounters(results: DocumentResult[]): WriteCounters {
  return results.reduce((total, result) => addCounters(total, result.counters), zeroCounters());
}

/** A Document node's new `resolutionState`, for the bytes (`sha256`) it describes. */
export interface ResolutionStateRow {
  id: string;
  sha256: string;
  resolutionState: string;
}

/**
 * Records the resolution states of documents a run did not rewrite (graph/statements/load.ts
 * SET_RESOLUTION_STATES), in one transaction; returns its write counters.
 */
export async function recordResolutionStates(
  driver: Driver,
  database: string | undefined,
  rows: readonly ResolutionStateRow[],
): Promise<WriteCounters> {
  if (rows.length === 0) return zeroCounters();
  const sorted = [...rows].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return writeTransaction(
    driver,
    database,
    async (runner) => (await runner.run(SET_RESOLUTION_STATES, { rows: sorted })).counters,
  );
}
