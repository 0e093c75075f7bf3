// The one module that imports neo4j-driver: opening drivers, checking a server, and
// turning driver failures into GraphErrors that name the URI (never the password).
import neo4j, { type Driver, type ManagedTransaction, type QueryResult, type RecordShape } from 'neo4j-driver';
import { GraphError } from './errors.ts';
import type { CypherRunner, Statement, StatementResult } from './runner.ts';

export type { Driver, ManagedTransaction, QueryResult, RecordShape };
export { neo4j };
// Type guards for the values a result carries (graph/values.ts turns them into plain JSON).
export {
  Integer,
  isDate,
  isDateTime,
  isDuration,
  isInt,
  isLocalDateTime,
  isLocalTime,
  isNode,
  isPath,
  isPathSegment,
  isPoint,
  isRelationship,
  isTime,
  isUnboundRelationship,
} from 'neo4j-driver';

/** What a driver needs to reach one database. */
export interface ConnectionSettings {
  uri: string;
  username: string;
  password: string;
  database: string | undefined;
}

/** Version facts a server reports about itself. */
export interface ServerInfo {
  address: string;
  version: string;
  edition: string;
  protocolVersion: string | undefined;
}

const CONNECT_TIMEOUT_MS = 10_000;

/** Opens a driver; connecting happens lazily, so call checkServer() to fail fast. */
export function openDriver(settings: ConnectionSettings): Driver {
  return neo4j.driver(settings.uri, neo4j.auth.basic(settings.username, settings.password), {
    connectionTimeout: CONNECT_TIMEOUT_MS,
    connectionAcquisitionTimeout: 20_000,
    maxTransactionRetryTime: 30_000,
    disableLosslessIntegers: false,
    userAgent: 'kg-public-bodies',
  });
}

/**
 * Closes a driver, giving up after `timeoutMs`: against a server that accepted a connection
 * and never answered, close() waits on that connection forever, and a command must still end.
 */
export async function closeDriver(driver: Driver, timeoutMs = 2_000): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, timeoutMs);
    timer.unref();
  });
  try {
    await Promise.race([driver.close().catch(() => {}), deadline]);
  } finally {
    clearTimeout(timer);
  }
}

/** Neo4j's own status code of a driver error, if it has one. */
export function neo4jErrorCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

/** Maps a connection failure to a GraphError whose message names the URI and what to do. */
export function describeConnectionError(error: unknown, uri: string): GraphError {
  const code = neo4jErrorCode(error);
  const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
  if (code === 'Neo.ClientError.Security.Unauthorized' || code === 'Neo.ClientError.Security.AuthenticationRateLimit') {
    return new GraphError('KG_DB_AUTH', `Neo4j at ${uri} rejected the credentials: check NEO4J_USERNAME and NEO4J_PASSWORD (${code})`, { cause: error });
  }
  return new GraphError(
    'KG_DB_UNAVAILABLE',
    `Cannot reach Neo4j at ${uri}: ${reason}. Is the server running? Check NEO4J_URI, or unset it to use the local server (npm run neo4j:start).`,
    { cause: error },
  );
}

/**
 * Connects once and asks the server what it is, within `timeoutMs`; throws a GraphError that
 * names the URI when it cannot.
 */
export async function checkServer(driver: Driver, settings: ConnectionSettings, timeoutMs = 15_000): Promise<ServerInfo> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${Math.round(timeoutMs / 1000)} s`)), timeoutMs);
  });
  try {
    const info = await Promise.race([driver.getServerInfo({ database: settings.database }), deadline]);
    const components = await Promise.race([
      driver.executeQuery('CALL dbms.components() YIELD name, versions, edition RETURN versions[0] AS version, edition', {}, {
        database: settings.database,
        routing: neo4j.routing.READ,
      }),
      deadline,
    ]);
    const record = components.records[0];
    return {
      address: info.address ?? settings.uri,
      version: String(record?.get('version') ?? 'unknown'),
      edition: String(record?.get('edition') ?? 'unknown'),
      protocolVersion: info.protocolVersion === undefined ? undefined : String(info.protocolVersion),
    };
  } catch (error) {
    if (error instanceof GraphError) throw error;
    throw describeConnectionError(error, settings.uri);
  } finally {
    clearTimeout(timer);
  }
}

/** True for driver errors that mean the server went away (as opposed to a bad statement). */
export function isConnectionError(error: unknown): boolean {
  const code = neo4jErrorCode(error);
  return code === 'ServiceUnavailable' || code === 'SessionExpired' || code === 'Neo.TransientError.General.DatabaseUnavailable';
}

/** Neo4j values as plain JSON-friendly values: Integers to numbers, temporals to ISO strings. */
export function toPlain(value: unknown): unknown {
  if (neo4j.isInt(value)) return (value as neo4j.Integer).toNumber();
  if (Array.isArray(value)) return value.map(toPlain);
  if (value === null || typeof value !== 'object') return value;
  if (neo4j.isDateTime(value) || neo4j.isDate(value) || neo4j.isLocalDateTime(value) || neo4j.isTime(value) || neo4j.isLocalTime(value) || neo4j.isDuration(value)) {
    return String(value);
  }
  if (value instanceof neo4j.types.Node) return { labels: value.labels, properties: toPlain(value.properties) };
  if (value instanceof neo4j.types.Relationship) return { type: value.type, properties: toPlain(value.properties) };
  return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, toPlain(inner)]));
}

function toStatementResult(result: QueryResult): StatementResult {
  const updates = result.summary.counters.updates();
  return {
    records: result.records.map((record) => toPlain(record.toObject()) as Record<string, unknown>),
    counters: {
      nodesCreated: updates.nodesCreated,
      nodesDeleted: updates.nodesDeleted,
      relationshipsCreated: updates.relationshipsCreated,
      relationshipsDeleted: updates.relationshipsDeleted,
      propertiesSet: updates.propertiesSet,
    },
  };
}

/**
 * Parameters as Neo4j values: integral numbers become Integers (JavaScript numbers would
 * travel as floats, which offsets, counts, SKIP and LIMIT must not be).
 */
export function toParameters(value: unknown): unknown {
  if (typeof value === 'number' && Number.isSafeInteger(value)) return neo4j.int(value);
  if (Array.isArray(value)) return value.map(toParameters);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, toParameters(inner)]));
}

/** A CypherRunner over one managed transaction. */
export function runnerFor(tx: ManagedTransaction): CypherRunner {
  return {
    run: async (statement, parameters = {}) => toStatementResult(await tx.run(statement.text, toParameters(parameters) as Record<string, unknown>)),
  };
}

/**
 * Runs `work` in one managed write transaction, which the driver retries on transient
 * errors (deadlocks, leader changes, lost connections) up to maxTransactionRetryTime: so
 * `work` must be idempotent and must not keep state across attempts.
 */
export async function writeTransaction<T>(driver: Driver, database: string | undefined, work: (runner: CypherRunner) => Promise<T>): Promise<T> {
  const session = driver.session({ database, defaultAccessMode: neo4j.session.WRITE });
  try {
    return await session.executeWrite((tx) => work(runnerFor(tx)));
  } finally {
    await session.close();
  }
}

/** Runs `work` in one managed read transaction, which the server cancels after `timeoutMs` when given. */
export async function readTransaction<T>(
  driver: Driver,
  database: string | undefined,
  work: (runner: CypherRunner) => Promise<T>,
  options: { timeoutMs?: number } = {},
): Promise<T> {
  const session = driver.session({ database, defaultAccessMode: neo4j.session.READ });
  try {
    return await session.executeRead((tx) => work(runnerFor(tx)), options.timeoutMs === undefined ? undefined : { timeout: options.timeoutMs });
  } finally {
    await session.close();
  }
}

/** Runs one schema statement (constraint or index DDL) in its own transaction. */
export async function runSchemaStatement(driver: Driver, database: string | undefined, statement: Statement): Promise<StatementResult> {
  return toStatementResult(await driver.executeQuery(statement.text, {}, { database }));
}
