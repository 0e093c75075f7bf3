// The errors graph/ throws on purpose, each with a stable code. The CLI's reporter
// (pipeline/cli.ts) maps the code to an exit code; nothing here knows about exit codes.

/** Codes of the failures the graph layer reports. */
export type GraphErrorCode =
  'KG_USAGE' | 'KG_DB_UNAVAILABLE' | 'KG_DB_AUTH' | 'KG_DB_QUERY' | 'KG_QUERY_REFUSED' | 'KG_QUERY_TIMEOUT';

/** An expected failure of a database operation: its message says what was wrong, where, and what to do. */
export class GraphError extends Error {
  readonly code: GraphErrorCode;

  constructor(code: GraphErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'GraphError';
    this.code = code;
  }
}

/**
 * The error an operation ends with when the server stopped answering (graph/driver.ts,
 * whileAnswering): coded like the driver's own lost connection (isConnectionError), so
 * callers stop as they do for one, and describeConnectionError turns it into a GraphError.
 */
export class ServerSilentError extends Error {
  readonly code = 'ServiceUnavailable';
}
