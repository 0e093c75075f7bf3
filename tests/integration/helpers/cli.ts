// Runs the real `kg` command (node bin/kg.js) against a given database, and builds
// temporary corpora from the seeds.
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ConnectionSettings } from '../../../graph/driver.ts';
import { PROJECT_ROOT } from '../../../pipeline/project-root.ts';

/** The environment a spawned kg needs to reach `settings`. */
export function cliEnv(settings: ConnectionSettings): NodeJS.ProcessEnv {
  return {
    ...process.env,
    NEO4J_URI: settings.uri,
    NEO4J_USERNAME: settings.username,
    NEO4J_PASSWORD: settings.password,
    FORCE_COLOR: '0',
  };
}

/** A running kg process with its output so far. */
export interface CliProcess {
  child: ChildProcess;
  stdout: () => string;
  stderr: () => string;
  exited: Promise<number | null>;
}

/** Spawns `node bin/kg.js ...args` in the project root (`env` adds variables). */
export function spawnKg(args: string[], settings: ConnectionSettings, env: NodeJS.ProcessEnv = {}): CliProcess {
  const child = spawn(process.execPath, [join(PROJECT_ROOT, 'bin', 'kg.js'), ...args], {
    cwd: PROJECT_ROOT,
    env: { ...cliEnv(settings), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, stdout: () => stdout, stderr: () => stderr, exited };
}

/** Resolves once `predicate` holds (polled), or rejects after `timeoutMs`. */
export async function waitFor(
  predicate: () => boolean | Promise<boolean>,
  timeoutMs: number,
  what: string,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await predicate()) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
}

/** A fresh temporary folder holding a copy of seeds/ (and `copies` renamed duplicates of it). */
export function tempCorpus(copies = 0): string {
  const folder = mkdtempSync(join(tmpdir(), 'kg-corpus-'));
  const seeds = join(PROJECT_ROOT, 'seeds');
  cpSync(seeds, folder, { recursive: true });
  for (let copy = 1; copy <= copies; copy += 1) {
    for (const name of readdirSync(seeds))
      cpSync(join(seeds, name), join(folder, `copy${String(copy).padStart(3, '0')}-${name}`));
  }
  return folder;
}

/** Writes a file into a corpus folder (creating sub-folders). */
export function writeDocument(folder: string, name: string, text: string): void {
  mkdirSync(join(folder, name, '..'), { recursive: true });
  writeFileSync(join(folder, name), text);
}

/** Runs kg to its end: exit code and output. */
export async function runKg(
  args: string[],
  settings: ConnectionSettings,
  env: NodeJS.ProcessEnv = {},
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const run = spawnKg(args, settings, env);
  const code = await run.exited;
  return { code, stdout: run.stdout(), stderr: run.stderr() };
}
