// Errors with stable codes. The CLI's one reporter maps codes to exit codes.

/** Codes of the errors this tool raises on purpose; each maps to an exit code. */
export const ERROR_EXIT_CODES = {
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
} as const;

export type ErrorCode = keyof typeof ERROR_EXIT_CODES;

/** An expected failure: its message says what was wrong, where, and what to do. */
export class KgError extends Error {
  readonly code: ErrorCode;

  constructor(code: ErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'KgError';
    this.code = code;
  }
}

/** True when `error` is a KgError with the given code. */
export function isKgError(error: unknown, code?: ErrorCode): error is KgError {
  return error instanceof KgError && (code === undefined || error.code === code);
}
