// Runs user-supplied Cypher so that it cannot change the database. Three guards, each
// enough on its own for the statements it covers: the static check of cypher/write-check.ts
// (a clear message before anything reaches the server), EXPLAIN (the planner's query type
// must be 'r': this catches writing procedures and anything the text check misses), and a
// READ session whose transactions the server refuses to write in.
import { findWriteClause } from '../cypher/write-check.ts';
import { GraphError } from './errors.ts';
import {
  inSession,
  isConnectionError,
  neo4j,
  neo4jErrorCode,
  onDatabase,
  toPlainMap,
  whileAnswering,
  type Driver,
} from './driver.ts';
import { explainText } from './statements/query.ts';
import type { PlainMap } from './values.ts';

/** Values a read query's parameters take (integers as bigint, which Neo4j receives as INTEGER). */
export type ReadParamValue = string | bigint | number | boolean | null;

/** Rows of a read query, converted to plain JSON values, and its column names in order. */
export interface ReadQueryResult {
  columns: string[];
  rows: PlainMap[];
}

/** Options of runReadQuery. */
export interface ReadQueryOptions {
  database: string | undefined;
  /** Names the query in messages (an analysis name or a file path). */
  source: string;
  /** The server cancels the transaction after this long (KG_QUERY_TIMEOUT); default: the server's own limit. */
  timeoutMs?: number | undefined;
}

const REFUSAL_HINT = 'kg query only reads; use kg ingest to change the graph';

/** Throws KG_QUERY_REFUSED when the text holds a write or admin clause (strings and comments ignored). */
export function assertNoWriteClause(cypher: string, source: string): void {
  const clause = findWriteClause(cypher);
  if (clause) {
    throw new GraphError(
      'KG_QUERY_REFUSED',
      `${source} line ${clause.line}, column ${clause.column}: ${clause.clause} writes to the database; ${REFUSAL_HINT}`,
    );
  }
}

/** Maps a driver error of a read to a GraphError naming `source` (refusal, timeout, missing parameter, or query failure). */
export function describeQueryError(error: unknown, source: string): GraphError {
  const code = neo4jErrorCode(error);
  const reason = error instanceof Error ? error.message : String(error);
  if (code === 'Neo.ClientError.Statement.AccessMode' || code === 'Neo.ClientError.Security.Forbidden') {
    return new GraphError(
      'KG_QUERY_REFUSED',
      `${source}: the server refused to write in a read transaction (${code}); ${REFUSAL_HINT}`,
      { cause: error },
    );
  }
  if (
    code?.startsWith('Neo.ClientError.Transaction.TransactionTimedOut') ||
    code === 'Neo.TransientError.Transaction.Terminated' ||
    code === 'Neo.ClientError.Transaction.Terminated'
  ) {
    return new GraphError('KG_QUERY_TIMEOUT', `${source} took too long and was cancelled by the server (${code})`, {
      cause: error,
    });
  }
  if (isConnectionError(error)) {
    return new GraphError(
      'KG_DB_UNAVAILABLE',
      `${source}: ${reason.split('\n')[0]}. Is the server running? Run it again once it answers.`,
      { cause: error },
    );
  }
  if (code?.startsWith('Neo.ClientError.Statement.ParameterMissing')) {
    return new GraphError('KG_USAGE', `${source}: ${reason} (pass it with --param NAME=VALUE)`, { cause: error });
  }
  return new GraphError('KG_DB_QUERY', `${source} failed: ${reason}${code ? ` (${code})` : ''}`, { cause: error });
}

/**
 * Runs one statement in a READ session after checking, statically and with EXPLAIN, that it
 * only reads; returns every row as plain values. Throws KG_QUERY_REFUSED for writes,
 * KG_DB_QUERY for other failures. Nothing is ever interpolated: `params` travel as parameters.
 */
export async function runReadQuery(
  driver: Driver,
  cypher: string,
  params: Record<string, ReadParamValue>,
  options: ReadQueryOptions,
): Promise<ReadQueryResult> {
  assertNoWriteClause(cypher, options.source);
  const session = driver.session({ ...onDatabase(options.database), defaultAccessMode: neo4j.session.READ });
  const config = options.timeoutMs === undefined ? undefined : { timeout: options.timeoutMs };
  try {
    return await inSession(session, async () => {
      const plan = await whileAnswering(
        driver,
        'READ',
        session.executeRead((tx) => tx.run(explainText(cypher), params), config),
      );
      const queryType = plan.summary.queryType;
      if (queryType !== 'r') {
        throw new GraphError(
          'KG_QUERY_REFUSED',
          `${options.source}: Neo4j plans this statement as query type "${queryType}" (not read-only); ${REFUSAL_HINT}`,
        );
      }
      return whileAnswering(
        driver,
        'READ',
        session.executeRead(async (tx) => {
          const result = tx.run(cypher, params);
          const columns = (await result.keys()).map(String);
          const { records } = await result;
          return { columns, rows: records.map((record) => toPlainMap(record.toObject())) };
        }, config),
      );
    });
  } catch (error) {
    if (error instanceof GraphError) throw error;
    throw describeQueryError(error, options.source);
  }
}
