// The loader: applies a plan's document actions concurrently (p-queue), one managed write
// transaction per document. A document that fails is reported and the others go on; a
// lost connection stops the run with an error that names the URI.
import PQueue from 'p-queue';
import { KgError } from '../pipeline/errors.ts';
import { describeConnectionError, isConnectionError, writeTransaction, type Driver } from './driver.ts';
import { applyDocumentAction, type WriteContext } from './document-writes.ts';
import type { DocumentAction, DocumentOutcome } from './plan.ts';
import { addCounters, zeroCounters, type WriteCounters } from './runner.ts';

/** What happened to one document. */
export interface DocumentResult {
  id: string;
  outcome: DocumentOutcome;
  counters: WriteCounters;
  seconds: number;
  /** Why it failed (outcome 'failed'). */
  error?: string;
}

/** Options of loadDocuments. */
export interface LoadOptions {
  driver: Driver;
  database: string | undefined;
  /** Named in connection errors. */
  uri: string;
  context: WriteContext;
  actions: DocumentAction[];
  /** Documents written at the same time (default 4). */
  concurrency?: number;
  /** Called after each document, in completion order. */
  onDocument?: (result: DocumentResult) => void;
}

/** Checks a concurrency option, echoing a bad value. */
export function validateConcurrency(value: number): number {
  if (!Number.isInteger(value) || value < 1 || value > 64) {
    throw new KgError('KG_USAGE', `Expected concurrency to be an integer from 1 to 64, got ${String(value)}`);
  }
  return value;
}

/**
 * Applies every write and retract action, `concurrency` documents at a time, and returns a
 * result per action (skips and keeps included, in plan order). Throws KG_DB_UNAVAILABLE
 * once the queue has drained if the server went away; other failures are per document.
 */
export async function loadDocuments(options: LoadOptions): Promise<DocumentResult[]> {
  const queue = new PQueue({ concurrency: validateConcurrency(options.concurrency ?? 4) });
  const results = new Map<string, DocumentResult>();
  let connectionError: unknown;

  const settle = (result: DocumentResult) => {
    results.set(result.id, result);
    options.onDocument?.(result);
  };

  const tasks: Promise<void>[] = [];
  for (const action of options.actions) {
    if (action.kind === 'skip' || action.kind === 'keep') {
      settle({ id: action.id, outcome: action.outcome, counters: zeroCounters(), seconds: 0 });
      continue;
    }
    const task = queue.add(async () => {
      if (connectionError !== undefined) return;
      const startedAt = performance.now();
      try {
        // Counters start afresh on each attempt: a retried transaction counts once.
        const counters = await writeTransaction(options.driver, options.database, (runner) => applyDocumentAction(runner, action, options.context));
        settle({ id: action.id, outcome: action.outcome, counters, seconds: (performance.now() - startedAt) / 1000 });
      } catch (error) {
        // Queued documents see this and return at once (clear() would strand their promises).
        if (isConnectionError(error)) connectionError ??= error;
        const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
        settle({ id: action.id, outcome: 'failed', counters: zeroCounters(), seconds: (performance.now() - startedAt) / 1000, error: reason });
      }
    });
    // Each task settles its own errors above; this catch is for p-queue's own rejections.
    tasks.push(task.catch((error: unknown) => {
      connectionError ??= error;
    }));
  }
  await Promise.all(tasks);
  await queue.onIdle();

  if (connectionError !== undefined) {
    const failure = isConnectionError(connectionError) ? describeConnectionError(connectionError, options.uri) : new KgError('KG_DB_QUERY', String(connectionError));
    const done = [...results.values()].filter((result) => result.outcome !== 'failed' && result.outcome !== 'unchanged' && result.outcome !== 'skipped').length;
    throw new KgError(failure.code, `${failure.message} The ingest stopped after writing ${done} document(s); run it again once the server is back, and it will finish the rest.`, { cause: connectionError });
  }
  return options.actions.map((action) => results.get(action.id) ?? { id: action.id, outcome: 'failed', counters: zeroCounters(), seconds: 0, error: 'not attempted' });
}

/** Sums the counters of many results. */
export function totalCounters(results: DocumentResult[]): WriteCounters {
  return results.reduce((total, result) => addCounters(total, result.counters), zeroCounters());
}
