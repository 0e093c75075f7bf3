// The one module that imports neo4j-driver: opening drivers, checking a server, and
// turning driver failures into GraphErrors that name the URI (never the password).
import neo4j, { type Driver, type ManagedTransaction, type QueryResult } from 'neo4j-driver';
import { GraphError, ServerSilentError } from './errors.ts';
import type { CypherRunner, Statement, StatementResult, StreamingCypherRunner } from './runner.ts';
import { SERVER_ANSWERS, SERVER_COMPONENTS } from './statements/status.ts';
import type { PlainMap, PlainValue } from './values.ts';

export type { Driver, ManagedTransaction, QueryResult };
export { neo4j };

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

/** The `database` option of a driver call: left out when unset, so the server's default database is used. */
export function onDatabase(database: string | undefined): { database?: string } {
  return database === undefined ? {} : { database };
}

/**
 * How a driver tells a server that stopped answering from one that is busy (see
 * whileAnswering): an operation that has waited `checkAfterMs` makes the driver ask the
 * server, on another connection, for `RETURN 1`; no answer within `checkTimeoutMs` ends
 * the operation as a lost connection, an answer lets it wait on (and ask again later).
 * The defaults end an operation at most about 20 s after the server went silent, whatever
 * it was doing, and never cut a long statement short while the server answers.
 */
export interface SilenceOptions {
  checkAfterMs?: number;
  checkTimeoutMs?: number;
}

const DEFAULT_CHECK_AFTER_MS = 8_000;
const DEFAULT_CHECK_TIMEOUT_MS = 12_000;

/** Per driver: what whileAnswering needs, and the check in flight (one per access mode). */
interface SilenceWatch {
  uri: string;
  database: string | undefined;
  checkAfterMs: number;
  checkTimeoutMs: number;
  /** Undefined when the server answered, else why it did not. */
  checks: Map<'READ' | 'WRITE', Promise<string | undefined>>;
}

const watches = new WeakMap<Driver, SilenceWatch>();

/** Opens a driver; connecting happens lazily, so call checkServer() to fail fast. */
export function openDriver(settings: ConnectionSettings, silence: SilenceOptions = {}): Driver {
  const driver = neo4j.driver(settings.uri, neo4j.auth.basic(settings.username, settings.password), {
    connectionTimeout: CONNECT_TIMEOUT_MS,
    connectionAcquisitionTimeout: 20_000,
    maxTransactionRetryTime: 30_000,
    disableLosslessIntegers: false,
    userAgent: 'kg-public-bodies',
  });
  watches.set(driver, {
    uri: settings.uri,
    database: settings.database,
    checkAfterMs: silence.checkAfterMs ?? DEFAULT_CHECK_AFTER_MS,
    checkTimeoutMs: silence.checkTimeoutMs ?? DEFAULT_CHECK_TIMEOUT_MS,
    checks: new Map(),
  });
  return driver;
}

/** Resolves after `ms` (unref'd: a pending check never keeps a finished command alive). */
function delay(ms: number): Promise<'timeout'> {
  return new Promise((resolve) => setTimeout(() => resolve('timeout'), ms).unref());
}

/**
 * Asks the server for `RETURN 1` within the watch's check timeout (one check at a time per
 * access mode): undefined when it answers, else why it did not.
 */
function checkAnswers(driver: Driver, watch: SilenceWatch, mode: 'READ' | 'WRITE'): Promise<string | undefined> {
  let check = watch.checks.get(mode);
  if (!check) {
    const answer = runQuery(driver, watch.database, mode, SERVER_ANSWERS).then(
      () => undefined,
      // A refusal is an answer; a lost or refused connection is not.
      (error: unknown) =>
        isConnectionError(error)
          ? `failed (${error instanceof Error ? error.message.split('\n')[0] : String(error)})`
          : undefined,
    );
    const seconds = `${Math.round(watch.checkTimeoutMs / 100) / 10} s`;
    check = Promise.race([answer, delay(watch.checkTimeoutMs).then(() => `got no answer within ${seconds}`)]);
    watch.checks.set(mode, check);
    void check.finally(() => watch.checks.delete(mode));
  }
  return check;
}

/**
 * Settles as `work` does, unless the server stops answering meanwhile: once `work` has
 * waited the driver's checkAfterMs, the server is asked (on another connection, with the
 * same access mode) whether it still answers; if it does not within checkTimeoutMs (or
 * that connection fails), this rejects with a ServerSilentError naming the URI, leaving
 * `work` to the driver (whose retries of a lost connection take up to 30 s more). A socket
 * that receives nothing gives no error of its own (the driver waits as long as the server's
 * `connection.recv_timeout_seconds` hint says, 120 s by default, then retries), so this
 * is what ends a command within 30 s of the server going silent.
 */
export async function whileAnswering<T>(driver: Driver, mode: 'READ' | 'WRITE', work: Promise<T>): Promise<T> {
  const watch = watches.get(driver);
  if (!watch) return work;
  let timer: NodeJS.Timeout | undefined;
  let isSettled = false;
  const silent = new Promise<never>((_, reject) => {
    const check = () => {
      void checkAnswers(driver, watch, mode).then((failure) => {
        if (isSettled) return;
        if (failure === undefined) timer = setTimeout(check, watch.checkAfterMs);
        else
          reject(
            new ServerSilentError(
              `Neo4j at ${watch.uri} stopped answering: a request waited ${Math.round(watch.checkAfterMs / 100) / 10} s, then a check on another connection ${failure}`,
            ),
          );
      });
    };
    timer = setTimeout(check, watch.checkAfterMs);
  });
  silent.catch(() => {}); // only raced
  try {
    return await Promise.race([work, silent]);
  } finally {
    isSettled = true;
    clearTimeout(timer);
  }
}

/**
 * Runs `work` on `session`, then closes it; after a ServerSilentError the session is closed
 * without waiting (a silent server never acknowledges the rollback).
 */
export async function inSession<T>(session: ReturnType<Driver['session']>, work: () => Promise<T>): Promise<T> {
  let isSilent = false;
  try {
    return await work();
  } catch (error) {
    isSilent = error instanceof ServerSilentError;
    throw error;
  } finally {
    if (isSilent) void session.close().catch(() => {});
    else await session.close();
  }
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
    return new GraphError(
      'KG_DB_AUTH',
      `Neo4j at ${uri} rejected the credentials: check NEO4J_USERNAME and NEO4J_PASSWORD (${code})`,
      { cause: error },
    );
  }
  if (error instanceof ServerSilentError)
    return new GraphError('KG_DB_UNAVAILABLE', `${error.message}. Is the server still running?`, { cause: error });
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
export async function checkServer(
  driver: Driver,
  settings: ConnectionSettings,
  timeoutMs = 15_000,
): Promise<ServerInfo> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${Math.round(timeoutMs / 1000)} s`)), timeoutMs);
  });
  try {
    const info = await Promise.race([driver.getServerInfo(onDatabase(settings.database)), deadline]);
    const components = await Promise.race([runQuery(driver, settings.database, 'READ', SERVER_COMPONENTS), deadline]);
    const record = components.records[0];
    return {
      address: info.address ?? settings.uri,
      version: String(record?.version ?? 'unknown'),
      edition: String(record?.edition ?? 'unknown'),
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
  return (
    code === 'ServiceUnavailable' ||
    code === 'SessionExpired' ||
    code === 'Neo.TransientError.General.DatabaseUnavailable'
  );
}

/*
 * Neo4j values -> plain JSON values, for every record this tool reads: integers become
 * numbers (or decimal strings beyond 2^53), temporal values ISO 8601 strings, points
 * {srid, x, y[, z]}, nodes {labels, properties}, relationships {type, properties}, paths
 * {nodes, relationships}; lists and maps are converted element by element.
 */

/** True for a JavaScript value with no prototype beyond Object (a Cypher map as the driver returns it). */
function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

/** Converts a map's values, keeping key order. */
export function toPlainMap(map: Record<string, unknown>): PlainMap {
  const out: PlainMap = {};
  for (const [key, value] of Object.entries(map)) out[key] = toPlainValue(value);
  return out;
}

/**
 * Converts one value a Neo4j result carries into a plain JSON value. The contract: the
 * output survives JSON.stringify unchanged, and equal graph values give equal output.
 */
export function toPlainValue(value: unknown): PlainValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : String(value);
  if (typeof value === 'bigint') return Number.isSafeInteger(Number(value)) ? Number(value) : value.toString();
  if (neo4j.isInt(value)) return value.inSafeRange() ? value.toNumber() : value.toString();
  if (neo4j.isNode(value)) return { labels: [...value.labels], properties: toPlainMap(value.properties) };
  if (neo4j.isRelationship(value) || neo4j.isUnboundRelationship(value))
    return { type: value.type, properties: toPlainMap(value.properties) };
  if (neo4j.isPath(value)) {
    return {
      nodes: [toPlainValue(value.start), ...value.segments.map((segment) => toPlainValue(segment.end))],
      relationships: value.segments.map((segment) => toPlainValue(segment.relationship)),
    };
  }
  if (neo4j.isPathSegment(value)) {
    return {
      start: toPlainValue(value.start),
      relationship: toPlainValue(value.relationship),
      end: toPlainValue(value.end),
    };
  }
  if (neo4j.isPoint(value)) {
    const point: PlainMap = { srid: toPlainValue(value.srid), x: value.x, y: value.y };
    if (value.z !== undefined) point.z = value.z;
    return point;
  }
  if (
    neo4j.isDate(value) ||
    neo4j.isDateTime(value) ||
    neo4j.isLocalDateTime(value) ||
    neo4j.isLocalTime(value) ||
    neo4j.isTime(value) ||
    neo4j.isDuration(value)
  ) {
    return value.toString();
  }
  if (Array.isArray(value)) return value.map((item) => toPlainValue(item));
  if (value instanceof Int8Array || value instanceof Uint8Array)
    return Buffer.from(value.buffer, value.byteOffset, value.byteLength).toString('base64');
  if (isPlainObject(value)) return toPlainMap(value);
  throw new TypeError(`Cannot convert a ${Object.prototype.toString.call(value)} from Neo4j to JSON`);
}

function toStatementResult(result: QueryResult): StatementResult {
  const updates = result.summary.counters.updates();
  return {
    records: result.records.map((record) => toPlainMap(record.toObject())),
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
    run: async (statement, parameters = {}) =>
      toStatementResult(await tx.run(statement.text, toParameters(parameters) as Record<string, unknown>)),
  };
}

/**
 * Runs `work` in one managed write transaction, which the driver retries on transient
 * errors (deadlocks, leader changes, lost connections) up to maxTransactionRetryTime: so
 * `work` must be idempotent and must not keep state across attempts.
 */
export async function writeTransaction<T>(
  driver: Driver,
  database: string | undefined,
  work: (runner: CypherRunner) => Promise<T>,
): Promise<T> {
  const session = driver.session({ ...onDatabase(database), defaultAccessMode: neo4j.session.WRITE });
  return inSession(session, () =>
    whileAnswering(
      driver,
      'WRITE',
      session.executeWrite((tx) => work(runnerFor(tx))),
    ),
  );
}

/** Runs `work` in one managed read transaction, which the server cancels after `timeoutMs` when given. */
export async function readTransaction<T>(
  driver: Driver,
  database: string | undefined,
  work: (runner: CypherRunner) => Promise<T>,
  options: { timeoutMs?: number } = {},
): Promise<T> {
  const session = driver.session({ ...onDatabase(database), defaultAccessMode: neo4j.session.READ });
  const config = options.timeoutMs === undefined ? undefined : { timeout: options.timeoutMs };
  return inSession(session, () =>
    whileAnswering(
      driver,
      'READ',
      session.executeRead((tx) => work(runnerFor(tx)), config),
    ),
  );
}

/** How a statementRunner's statements are routed: to a reader or to the leader. */
export type AccessMode = 'READ' | 'WRITE';

/** Runs one statement as its own managed transaction, routed by `access` (no silence watch: the callers bound it). */
async function runQuery(
  driver: Driver,
  database: string | undefined,
  access: AccessMode,
  statement: Statement,
  parameters: Record<string, unknown> = {},
): Promise<StatementResult> {
  return toStatementResult(
    await driver.executeQuery(statement.text, toParameters(parameters) as Record<string, unknown>, {
      ...onDatabase(database),
      routing: access === 'READ' ? neo4j.routing.READ : neo4j.routing.WRITE,
    }),
  );
}

/**
 * A CypherRunner outside any explicit transaction: each statement runs as its own managed
 * transaction (executeQuery, retried on transient errors): schema DDL, which cannot share
 * a transaction with writes, and one-off reads. `stream` pulls a read's records 1,000 at a
 * time in an auto-commit session, never retried, since its records have gone to the
 * consumer: a slow consumer slows the pull, and a large graph is never held in memory.
 * Both end within about 30 s of the server going silent (whileAnswering).
 */
export function statementRunner(
  driver: Driver,
  database: string | undefined,
  access: AccessMode,
): StreamingCypherRunner {
  return {
    run: (statement, parameters = {}) =>
      whileAnswering(driver, access, runQuery(driver, database, access, statement, parameters)),
    stream: async (statement, visit) => {
      const session = driver.session({
        ...onDatabase(database),
        defaultAccessMode: access === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
        fetchSize: 1000,
      });
      let count = 0;
      const pull = async (): Promise<void> => {
        for await (const record of session.run(statement.text)) {
          await visit(toPlainMap(record.toObject()));
          count += 1;
        }
      };
      await inSession(session, () => whileAnswering(driver, access, pull()));
      return count;
    },
  };
}
