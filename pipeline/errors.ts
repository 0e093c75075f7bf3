// Error codes and exit codes. Each layer throws its own coded errors (graph/errors.ts,
// cypher/errors.ts, KgError below for the pipeline's own); the CLI's one reporter maps any
// of their codes to an exit code with ERROR_EXIT_CODES.
import type { AnalysisErrorCode } from '../cypher/errors.ts';
import type { GraphErrorCode } from '../graph/errors.ts';

/** Every code any layer throws: the pipeline's own and those of the layers below it. */
export type ErrorCode =
  | GraphErrorCode
  | AnalysisErrorCode
  | 'KG_CONFIG'
  | 'KG_DOCUMENT_READ'
  | 'KG_LOCAL_NEO4J'
  | 'KG_INGEST_FAILED'
  | 'KG_REMOVALS_REFUSED';

/** The exit code of each error code (the README's table). */
export const ERROR_EXIT_CODES: Readonly<Record<ErrorCode, number>> = {
  KG_USAGE: 2,
  KG_CONFIG: 3,
  KG_DOCUMENT_READ: 4,
  KG_DB_UNAVAILABLE: 5,
  KG_DB_AUTH: 6,
  KG_DB_QUERY: 7,
  KG_LOCAL_NEO4J: 8,
  KG_INGEST_FAILED: 9,
  KG_QUERY_REFUSED: 10,
  KG_REMOVALS_REFUSED: 11,
  KG_QUERY_TIMEOUT: 12,
};

/** An error of any layer that carries one of the codes above. */
export interface CodedError extends Error {
  readonly code: ErrorCode;
}

/** An expected failure of the pipeline itself: its message says what was wrong, where, and what to do. */
export class KgError extends Error implements CodedError {
  readonly code: ErrorCode;

  constructor(code: ErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'KgError';
    this.code = code;
  }
}

/**
 * True when `error` is a coded error of any layer (a GraphError, an AnalysisError, a
 * KgError ...), with the given code if one is asked for. Recognised by its code rather than
 * its class, so that the layers below need not share a class with this one.
 */
export function isKgError(error: unknown, code?: ErrorCode): error is CodedError {
  if (!(error instanceof Error)) return false;
  const own: unknown = (error as { code?: unknown }).code;
  return typeof own === 'string' && Object.hasOwn(ERROR_EXIT_CODES, own) && (code === undefined || own === code);
}
