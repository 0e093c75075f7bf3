// Opens the database a command works on: the configured server, or the project's local
// one (started on demand). Fails fast, naming the URI and never the password.
import {
  checkServer,
  closeDriver,
  openDriver,
  type ConnectionSettings,
  type Driver,
  type ServerInfo,
} from '../graph/driver.ts';
import { resolveDatabaseTarget } from './config.ts';
import { PROJECT_ROOT } from './project-root.ts';
import { localConnection, localInstance, startLocalNeo4j } from './local-neo4j.ts';

/** An open, checked connection; close() when done. */
export interface Database {
  driver: Driver;
  settings: ConnectionSettings;
  server: ServerInfo;
  close(): Promise<void>;
}

/** Options of connectDatabase. */
export interface ConnectOptions {
  projectRoot?: string;
  env?: NodeJS.ProcessEnv;
  /** Progress lines (e.g. "starting the local Neo4j"); defaults to nothing. */
  log?: (line: string) => void;
}

/** Resolves the target, starts the local server if that is the target, connects and checks. */
export async function connectDatabase(options: ConnectOptions = {}): Promise<Database> {
  const root = options.projectRoot ?? PROJECT_ROOT;
  const target = resolveDatabaseTarget(root, options.env ?? process.env);
  let settings: ConnectionSettings;
  if (target.kind === 'configured') {
    settings = { uri: target.uri, username: target.username, password: target.password, database: target.database };
  } else {
    const instance = localInstance('dev', root);
    const started = await startLocalNeo4j(instance, options.log, root);
    if (!started.wasRunning)
      options.log?.(
        `Started the local Neo4j ${started.server.version} at ${started.uri} in ${started.seconds.toFixed(1)} s`,
      );
    settings = { ...localConnection(instance, root), database: target.database };
  }
  const driver = openDriver(settings);
  try {
    const server = await checkServer(driver, settings);
    return { driver, settings, server, close: () => closeDriver(driver) };
  } catch (error) {
    await closeDriver(driver);
    throw error;
  }
}
