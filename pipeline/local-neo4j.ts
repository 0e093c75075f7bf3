// The project's local Neo4j: obtained from Maven Central with the machine's Maven, cached
// in the ignored .neo4j/ folder, run on 127.0.0.1 with authentication on. Each instance
// ("dev" for commands, "test" for the integration tests) has its own port and data. Its
// Maven and Java assets (pom.xml, Launcher.java) stay in scripts/neo4j/, read as files.
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import {
  appendFileSync,
  existsSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
  closeSync,
} from 'node:fs';
import { createConnection } from 'node:net';
import { join } from 'node:path';
import { readDotenv } from './config.ts';
import { PROJECT_ROOT } from './project-root.ts';
import { KgError } from './errors.ts';
import { checkServer, openDriver, type ConnectionSettings, type ServerInfo } from '../graph/driver.ts';

export const NEO4J_VERSION = '5.26.30';
const PASSWORD_KEY = 'NEO4J_LOCAL_PASSWORD';
const START_TIMEOUT_MS = 180_000;
const STOP_TIMEOUT_MS = 60_000;
const MAVEN_TIMEOUT_MS = 20 * 60_000;

export type InstanceName = 'dev' | 'test';

/** Where one local instance lives and listens. */
export interface LocalInstance {
  name: InstanceName;
  boltPort: number;
  /** The environment variable that moves this instance's port (named when the port is taken). */
  portVariable: string;
  /** Folder of this instance: data/, logs, pid file. */
  home: string;
  pidFile: string;
  logFile: string;
  uri: string;
}

/** Paths shared by every instance: the Maven cache, the resolved classpath, and the Maven and Java assets in scripts/neo4j/. */
export function cachePaths(root: string) {
  const base = join(root, '.neo4j');
  return {
    base,
    mavenRepo: join(base, 'm2'),
    classpathFile: join(base, `classpath-${NEO4J_VERSION}.txt`),
    classesDir: join(base, 'launcher-classes'),
    pom: join(root, 'scripts', 'neo4j', 'pom.xml'),
    launcherSource: join(root, 'scripts', 'neo4j', 'Launcher.java'),
  };
}

function portFromEnv(key: string, fallback: number): number {
  const text = process.env[key];
  if (text === undefined || text === '') return fallback;
  const port = Number(text);
  if (!Number.isInteger(port) || port < 1024 || port > 65535) {
    throw new KgError('KG_CONFIG', `${key}="${text}" is not a usable port: give a number from 1024 to 65535`);
  }
  return port;
}

/** Describes the named instance; ports can be moved with KG_LOCAL_NEO4J_PORT / KG_TEST_NEO4J_PORT. */
export function localInstance(name: InstanceName, root = PROJECT_ROOT): LocalInstance {
  const portVariable = name === 'dev' ? 'KG_LOCAL_NEO4J_PORT' : 'KG_TEST_NEO4J_PORT';
  const boltPort = portFromEnv(portVariable, name === 'dev' ? 7687 : 7688);
  const defaultPort = name === 'dev' ? 7687 : 7688;
  // The dev instance holds the user's graph: moving its port must not move (and so seem to
  // lose) its data. A moved test port gets its own folder, so parallel test runs never share a store.
  const home = join(root, '.neo4j', name === 'dev' || boltPort === defaultPort ? name : `${name}-${boltPort}`);
  return {
    name,
    boltPort,
    portVariable,
    home,
    pidFile: join(home, 'server.pid'),
    logFile: join(home, 'server.log'),
    uri: `bolt://127.0.0.1:${boltPort}`,
  };
}

/** Returns the local password from .env, generating and storing one on first use. */
export function ensureLocalPassword(root = PROJECT_ROOT): string {
  const existing = readDotenv(root)[PASSWORD_KEY];
  if (existing) return existing;
  const password = randomBytes(24).toString('base64url');
  const envFile = join(root, '.env');
  const prefix = existsSync(envFile) && !readFileSync(envFile, 'utf8').endsWith('\n') ? '\n' : '';
  appendFileSync(
    envFile,
    `${prefix}# Generated for the local Neo4j (scripts/neo4j). Never commit this file.\n${PASSWORD_KEY}=${password}\n`,
    { mode: 0o600 },
  );
  return password;
}

/** Connection settings for a local instance. */
export function localConnection(instance: LocalInstance, root = PROJECT_ROOT): ConnectionSettings {
  return { uri: instance.uri, username: 'neo4j', password: ensureLocalPassword(root), database: undefined };
}

function readPid(instance: LocalInstance): number | undefined {
  try {
    const pid = Number(readFileSync(instance.pidFile, 'utf8').trim());
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

function readRunningPort(portFile: string): number | undefined {
  try {
    const port = Number(readFileSync(portFile, 'utf8').trim());
    return Number.isInteger(port) && port > 0 ? port : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Earlier versions kept a dev instance on a moved port in `.neo4j/dev-<port>/`: say loudly
 * where that data is, since the dev instance now keeps `.neo4j/dev/` whatever the port.
 */
function warnAboutPortFolders(root: string, log: (line: string) => void): void {
  let names: string[];
  try {
    names = readdirSync(join(root, '.neo4j')).filter((name) => /^dev-\d+$/.test(name));
  } catch {
    return;
  }
  for (const name of names) {
    log(
      `NOTE: ${join(root, '.neo4j', name)} holds the data of a local Neo4j that earlier versions ran on port ${name.slice(4)}; the local Neo4j now keeps its data in ${join(root, '.neo4j', 'dev')} whatever KG_LOCAL_NEO4J_PORT says. To use that graph, stop the server and move ${name}/data to dev/data.`,
    );
  }
}

/** True when `pid` is alive and is our launcher (guards against a recycled pid). */
function isOurLauncher(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('Launcher');
  } catch {
    return true; // no /proc: trust the signal check
  }
}

function isPortInUse(port: number): Promise<boolean> {
  return new Promise((resolvePromise) => {
    const socket = createConnection({ host: '127.0.0.1', port });
    socket.setTimeout(2000);
    socket.once('connect', () => {
      socket.destroy();
      resolvePromise(true);
    });
    socket.once('timeout', () => {
      socket.destroy();
      resolvePromise(true);
    });
    socket.once('error', () => resolvePromise(false));
  });
}

function commandVersion(command: string, args: string[]): string | undefined {
  const result = spawnSync(command, args, { encoding: 'utf8' });
  if (result.error || result.status !== 0) return undefined;
  return `${result.stdout}${result.stderr}`;
}

/** Throws a clear KgError unless Java 17+ is on PATH. */
export function checkJava(): void {
  const output = commandVersion('java', ['-version']);
  if (output === undefined) {
    throw new KgError(
      'KG_LOCAL_NEO4J',
      'Java was not found on PATH: the local Neo4j 5.26 needs Java 17 or 21 (for example: apt-get install openjdk-17-jre-headless). Or set NEO4J_URI to use a server you already have.',
    );
  }
  const major = Number(/version "(\d+)/.exec(output)?.[1]);
  if (!(major >= 17)) {
    throw new KgError(
      'KG_LOCAL_NEO4J',
      `Java ${Number.isNaN(major) ? '(unknown version)' : major} was found, but Neo4j 5.26 needs Java 17 or 21: put a newer JDK first on PATH.`,
    );
  }
}

function tail(file: string, lines = 15): string {
  try {
    return readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return '(no log)';
  }
}

/** Bytes under a folder (0 when it is missing): how far a download has got. */
function folderBytes(folder: string): number {
  let total = 0;
  let entries;
  try {
    entries = readdirSync(folder, { withFileTypes: true });
  } catch {
    return 0;
  }
  for (const entry of entries) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) total += folderBytes(path);
    else if (entry.isFile()) total += statSync(path, { throwIfNoEntry: false })?.size ?? 0;
  }
  return total;
}

/** Runs Maven, calling `onProgress` every 15 s meanwhile (a first download is long and Maven -q is silent). */
function runMaven(
  args: string[],
  onProgress: (seconds: number) => void,
): Promise<{ status: number | null; stdout: string; stderr: string; error?: Error }> {
  return new Promise((resolve) => {
    const startedAt = performance.now();
    const child = spawn('mvn', args, { stdio: ['ignore', 'pipe', 'pipe'], timeout: MAVEN_TIMEOUT_MS });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const ticker = setInterval(() => onProgress(Math.round((performance.now() - startedAt) / 1000)), 15_000);
    const finish = (status: number | null, error?: Error) => {
      clearInterval(ticker);
      resolve({ status, stdout, stderr, ...(error ? { error } : {}) });
    };
    child.once('error', (error) => finish(null, error));
    child.once('close', (status) => finish(status));
  });
}

/** Resolves the Neo4j jars with Maven (once; cached in .neo4j/) and returns the classpath. */
export async function ensureClasspath(root = PROJECT_ROOT, log: (line: string) => void = () => {}): Promise<string> {
  const paths = cachePaths(root);
  if (existsSync(paths.classpathFile)) {
    const classpath = readFileSync(paths.classpathFile, 'utf8').trim();
    if (classpath && classpath.split(':').every((jar) => existsSync(jar))) return classpath;
  }
  if (commandVersion('mvn', ['-v']) === undefined) {
    throw new KgError(
      'KG_LOCAL_NEO4J',
      'Maven (mvn) was not found on PATH: it downloads Neo4j from Maven Central (for example: apt-get install maven). Or set NEO4J_URI to use a server you already have.',
    );
  }
  mkdirSync(paths.base, { recursive: true });
  log(`Downloading Neo4j Community ${NEO4J_VERSION} from Maven Central (first start only, about 150 MB)...`);
  const result = await runMaven(
    [
      '-B',
      '-q',
      '-f',
      paths.pom,
      `-Dmaven.repo.local=${paths.mavenRepo}`,
      'dependency:build-classpath',
      `-Dmdep.outputFile=${paths.classpathFile}`,
    ],
    (seconds) =>
      log(
        `  still downloading: ${Math.round(folderBytes(paths.mavenRepo) / 1e6)} MB in ${paths.mavenRepo} after ${seconds} s`,
      ),
  );
  if (result.error || result.status !== 0 || !existsSync(paths.classpathFile)) {
    rmSync(paths.classpathFile, { force: true });
    const detail = `${result.stdout ?? ''}${result.stderr ?? ''}`.trim().split('\n').slice(-10).join('\n');
    throw new KgError(
      'KG_LOCAL_NEO4J',
      `Could not download Neo4j ${NEO4J_VERSION} from Maven Central with Maven${result.error ? ` (${result.error.message})` : ''}:\n${detail}\nCheck network access to Maven Central, then run npm run neo4j:start again.`,
    );
  }
  return readFileSync(paths.classpathFile, 'utf8').trim();
}

/** Compiles Launcher.java when its class is missing or older than the source. */
function ensureLauncherCompiled(root: string, classpath: string): string {
  const paths = cachePaths(root);
  const classFile = join(paths.classesDir, 'Launcher.class');
  if (existsSync(classFile) && statSync(classFile).mtimeMs >= statSync(paths.launcherSource).mtimeMs)
    return paths.classesDir;
  mkdirSync(paths.classesDir, { recursive: true });
  const result = spawnSync('javac', ['-nowarn', '-cp', classpath, '-d', paths.classesDir, paths.launcherSource], {
    encoding: 'utf8',
  });
  if (result.error || result.status !== 0) {
    throw new KgError(
      'KG_LOCAL_NEO4J',
      `Could not compile the Neo4j launcher (is a JDK with javac installed?): ${result.error?.message ?? result.stderr}`,
    );
  }
  return paths.classesDir;
}

/** State of a local instance as seen from outside. */
export interface LocalStatus {
  instance: LocalInstance;
  pid: number | undefined;
  isRunning: boolean;
  server: ServerInfo | undefined;
  problem: string | undefined;
}

/** Tells whether the instance runs and answers over Bolt with the stored password. */
export async function localStatus(instance: LocalInstance, root = PROJECT_ROOT): Promise<LocalStatus> {
  const pid = readPid(instance);
  if (pid === undefined || !isOurLauncher(pid)) {
    return { instance, pid: undefined, isRunning: false, server: undefined, problem: undefined };
  }
  try {
    const server = await probeBolt(localConnection(instance, root), 10_000);
    return { instance, pid, isRunning: true, server, problem: undefined };
  } catch (error) {
    return { instance, pid, isRunning: true, server: undefined, problem: (error as Error).message };
  }
}

async function probeBolt(settings: ConnectionSettings, timeoutMs: number): Promise<ServerInfo> {
  const driver = openDriver(settings);
  try {
    return await checkServer(driver, settings, timeoutMs);
  } finally {
    await driver.close();
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Result of a start: whether it was already up, what answers, and how long it took. */
export interface StartResult {
  wasRunning: boolean;
  server: ServerInfo;
  seconds: number;
  uri: string;
}

/**
 * Starts the instance unless it already runs, and resolves once Bolt answers with the
 * stored password. Fails with a KgError (never hangs) on missing Java/Maven, a failed
 * download, a taken port or a server that does not come up.
 */
export async function startLocalNeo4j(
  instance: LocalInstance,
  log: (line: string) => void = () => {},
  root = PROJECT_ROOT,
): Promise<StartResult> {
  const startedAt = performance.now();
  const elapsed = () => (performance.now() - startedAt) / 1000;
  const settings = localConnection(instance, root);
  const existingPid = readPid(instance);
  const portFile = join(instance.home, 'server.port');
  if (existingPid !== undefined && isOurLauncher(existingPid)) {
    const runningPort = readRunningPort(portFile);
    if (runningPort !== undefined && runningPort !== instance.boltPort) {
      throw new KgError(
        'KG_LOCAL_NEO4J',
        `The local Neo4j (${instance.name}, data in ${instance.home}) already runs on port ${runningPort}, not ${instance.boltPort}: stop it first (${instance.portVariable}=${runningPort} npm run neo4j:stop), then start it on the new port.`,
      );
    }
    const server = await waitForBolt(instance, settings, existingPid, startedAt);
    return { wasRunning: true, server, seconds: elapsed(), uri: instance.uri };
  }
  rmSync(instance.pidFile, { force: true });
  if (instance.name === 'dev') warnAboutPortFolders(root, log);
  checkJava();
  if (await isPortInUse(instance.boltPort)) {
    throw new KgError(
      'KG_LOCAL_NEO4J',
      `Port ${instance.boltPort} on 127.0.0.1 is already in use by another program, so the local Neo4j (${instance.name}) cannot listen there. Stop that program, or choose another port with ${instance.portVariable}.`,
    );
  }
  const classpath = await ensureClasspath(root, log);
  const classesDir = ensureLauncherCompiled(root, classpath);
  mkdirSync(instance.home, { recursive: true });
  const logFd = openSync(instance.logFile, 'a');
  const child = spawn(
    'java',
    [
      '-Xms256m',
      `-Xmx${process.env.KG_NEO4J_HEAP ?? '2g'}`,
      '-XX:+UseG1GC',
      '-Dfile.encoding=UTF-8',
      '-cp',
      `${classesDir}:${classpath}`,
      'Launcher',
    ],
    {
      cwd: instance.home,
      detached: true,
      stdio: ['ignore', logFd, logFd],
      env: {
        ...process.env,
        KG_NEO4J_HOME: instance.home,
        KG_NEO4J_BOLT_PORT: String(instance.boltPort),
        KG_NEO4J_PASSWORD: settings.password,
      },
    },
  );
  closeSync(logFd);
  if (child.pid === undefined) throw new KgError('KG_LOCAL_NEO4J', 'Could not start java for the local Neo4j.');
  writeFileSync(instance.pidFile, `${child.pid}\n`);
  writeFileSync(portFile, `${instance.boltPort}\n`);
  child.unref();
  const server = await waitForBolt(instance, settings, child.pid, startedAt);
  return { wasRunning: false, server, seconds: elapsed(), uri: instance.uri };
}

async function waitForBolt(
  instance: LocalInstance,
  settings: ConnectionSettings,
  pid: number,
  startedAt: number,
): Promise<ServerInfo> {
  let lastError = '';
  while (performance.now() - startedAt < START_TIMEOUT_MS) {
    if (!isOurLauncher(pid)) {
      rmSync(instance.pidFile, { force: true });
      throw new KgError(
        'KG_LOCAL_NEO4J',
        `The local Neo4j (${instance.name}) exited during start-up. Last lines of ${instance.logFile}:\n${tail(instance.logFile)}`,
      );
    }
    try {
      return await probeBolt(settings, 5000);
    } catch (error) {
      lastError = (error as Error).message;
    }
    await sleep(500);
  }
  throw new KgError(
    'KG_LOCAL_NEO4J',
    `The local Neo4j (${instance.name}) did not answer on ${instance.uri} within ${START_TIMEOUT_MS / 1000} s (${lastError}). It is left running as pid ${pid}; see ${instance.logFile} and run npm run neo4j:stop.`,
  );
}

/** Stops the instance (SIGTERM, then SIGKILL after a minute); returns false if it was not running. */
export async function stopLocalNeo4j(instance: LocalInstance): Promise<boolean> {
  const pid = readPid(instance);
  if (pid === undefined || !isOurLauncher(pid)) {
    rmSync(instance.pidFile, { force: true });
    return false;
  }
  process.kill(pid, 'SIGTERM');
  const deadline = performance.now() + STOP_TIMEOUT_MS;
  while (isOurLauncher(pid) && performance.now() < deadline) await sleep(250);
  if (isOurLauncher(pid)) {
    process.kill(pid, 'SIGKILL');
    while (isOurLauncher(pid)) await sleep(100);
  }
  rmSync(instance.pidFile, { force: true });
  return true;
}
