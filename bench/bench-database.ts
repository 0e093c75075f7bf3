// The benchmark's own Neo4j: a local instance on its own port (7695 unless
// KG_BENCH_NEO4J_PORT says otherwise) with its own data folder (.neo4j/bench), so a
// benchmark run can wipe it freely and never touches the user's data or the test database.
import { join } from 'node:path';
import {
  checkServer,
  openDriver,
  writeTransaction,
  type ConnectionSettings,
  type Driver,
  type ServerInfo,
} from '../graph/driver.ts';
import type { Statement } from '../graph/runner.ts';
import { KgError } from '../pipeline/errors.ts';
import { PROJECT_ROOT } from '../pipeline/project-root.ts';
import {
  localConnection,
  localInstance,
  startLocalNeo4j,
  stopLocalNeo4j,
  type LocalInstance,
} from '../pipeline/local-neo4j.ts';

const DEFAULT_BENCH_PORT = 7695;

/** An open connection to the benchmark instance. */
export interface BenchDatabase {
  driver: Driver;
  settings: ConnectionSettings;
  server: ServerInfo;
  instance: LocalInstance;
  /** True when this run started the server (and so should stop it). */
  wasStarted: boolean;
  close(): Promise<void>;
}

/** Describes the benchmark instance: the test instance's shape, on its own port and folder. */
export function benchInstance(root = PROJECT_ROOT, env: NodeJS.ProcessEnv = process.env): LocalInstance {
  const text = env.KG_BENCH_NEO4J_PORT;
  const port = text === undefined || text === '' ? DEFAULT_BENCH_PORT : Number(text);
  if (!Number.isInteger(port) || port < 1024 || port > 65535) {
    throw new KgError(
      'KG_CONFIG',
      `KG_BENCH_NEO4J_PORT="${String(text)}" is not a usable port: give a number from 1024 to 65535`,
    );
  }
  const home = join(root, '.neo4j', 'bench');
  return {
    ...localInstance('test', root),
    boltPort: port,
    portVariable: 'KG_BENCH_NEO4J_PORT',
    home,
    pidFile: join(home, 'server.pid'),
    logFile: join(home, 'server.log'),
    uri: `bolt://127.0.0.1:${port}`,
  };
}

/** Starts (if needed) and connects to the benchmark instance. */
export async function openBenchDatabase(log: (line: string) => void): Promise<BenchDatabase> {
  const instance = benchInstance();
  const started = await startLocalNeo4j(instance, log);
  if (!started.wasRunning)
    log(`Started the benchmark Neo4j ${started.server.version} at ${started.uri} in ${started.seconds.toFixed(1)} s`);
  const settings = localConnection(instance);
  const driver = openDriver(settings);
  try {
    const server = await checkServer(driver, settings);
    return { driver, settings, server, instance, wasStarted: !started.wasRunning, close: () => driver.close() };
  } catch (error) {
    await driver.close();
    throw error;
  }
}

/** Stops the benchmark instance. */
export async function stopBenchDatabase(instance: LocalInstance): Promise<void> {
  await stopLocalNeo4j(instance);
}

/** Deletes up to $limit nodes of any label; run until it deletes none. */
const CLEAR_BATCH: Statement = {
  name: 'bench-clear',
  text: 'MATCH (n) WITH n LIMIT $limit DETACH DELETE n RETURN count(*) AS deleted',
};

/** Empties the benchmark database (schema kept), a bounded transaction at a time. */
export async function clearBenchDatabase(driver: Driver, database: string | undefined): Promise<void> {
  for (;;) {
    const result = await writeTransaction(driver, database, (runner) => runner.run(CLEAR_BATCH, { limit: 5000 }));
    if (Number(result.records[0]?.deleted ?? 0) === 0) return;
  }
}
