// One JSON shape for every failure, `{ error: { code, message } }`, with the HTTP status
// that fits its code. Stack traces stay in the server's log.
import { isKgError, type ErrorCode } from '../errors.ts';

/** The body of every error answer. */
export interface ErrorBody {
  error: { code: string; message: string };
}

const STATUS_OF_CODE: Partial<Record<ErrorCode, number>> = {
  KG_USAGE: 400,
  KG_QUERY_REFUSED: 403,
  KG_QUERY_TIMEOUT: 504,
  KG_DB_UNAVAILABLE: 503,
  KG_DB_AUTH: 503,
  KG_DB_QUERY: 500,
};

/** An error a route raises on purpose with its HTTP status (404 for an unknown entity, ...). */
export class HttpError extends Error {
  readonly statusCode: number;
  readonly code: string;

  constructor(statusCode: number, code: string, message: string) {
    super(message);
    this.name = 'HttpError';
    this.statusCode = statusCode;
    this.code = code;
  }
}

/** Maps any error to a status and body; `isUnexpected` says the server should log it. */
export function toErrorResponse(error: unknown): { status: number; body: ErrorBody; isUnexpected: boolean } {
  if (error instanceof HttpError)
    return {
      status: error.statusCode,
      body: { error: { code: error.code, message: error.message } },
      isUnexpected: false,
    };
  if (isKgError(error)) {
    const status = STATUS_OF_CODE[error.code] ?? 500;
    return { status, body: { error: { code: error.code, message: error.message } }, isUnexpected: status === 500 };
  }
  const fastifyError = error as { statusCode?: unknown; code?: unknown; message?: unknown; validation?: unknown };
  if (typeof fastifyError.statusCode === 'number' && fastifyError.statusCode >= 400 && fastifyError.statusCode < 500) {
    const code = fastifyError.validation
      ? 'KG_USAGE'
      : typeof fastifyError.code === 'string'
        ? fastifyError.code
        : 'KG_USAGE';
    return {
      status: fastifyError.statusCode,
      body: { error: { code, message: String(fastifyError.message) } },
      isUnexpected: false,
    };
  }
  return {
    status: 500,
    body: {
      error: { code: 'KG_INTERNAL', message: 'The server failed to answer (a bug; the server log has the details).' },
    },
    isUnexpected: true,
  };
}
