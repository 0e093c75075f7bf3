// Runs `kg ingest <dir> --json` in a child process, as a user would, and measures it from
// outside: wall-clock seconds and the child's peak RSS (reported by bench/rss-probe.mjs,
// preloaded with --import, from getrusage: portable, and it counts worker threads too).
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../pipeline/project-root.ts';
import type { ConnectionSettings } from '../graph/driver.ts';

/** What one child ingest did and cost. */
export interface ChildIngest {
  seconds: number;
  peakRssMb: number;
  /** The summary `kg ingest --json` printed. */
  summary: Record<string, unknown>;
}

/** Options of runIngestChild. */
export interface ChildIngestOptions {
  corpusDir: string;
  /** Working directory of the child: holds its extraction cache (.kg-cache, through KG_CACHE_DIR). */
  workDir: string;
  settings: ConnectionSettings;
  /** Extra CLI arguments (e.g. ['--workers', '2']). */
  args?: string[];
  timeoutMs?: number;
}

/** Sum of the write counters of an ingest summary: zero means nothing was written. */
export function writesOf(summary: Record<string, unknown>): number {
  const keys = ['nodesCreated', 'nodesDeleted', 'relationshipsCreated', 'relationshipsDeleted', 'propertiesSet'];
  return keys.reduce((total, key) => total + (typeof summary[key] === 'number' ? summary[key] : 0), 0);
}

/** Runs one ingest in a child process and resolves once it has exited with code 0. */
export async function runIngestChild(options: ChildIngestOptions): Promise<ChildIngest> {
  mkdirSync(options.workDir, { recursive: true });
  const rssFile = join(options.workDir, `rss-${process.pid}.json`);
  rmSync(rssFile, { force: true });
  const probe = join(PROJECT_ROOT, 'bench', 'rss-probe.mjs');
  const args = [
    '--import',
    probe,
    join(PROJECT_ROOT, 'bin', 'kg.js'),
    'ingest',
    options.corpusDir,
    '--json',
    ...(options.args ?? []),
  ];
  const env = {
    ...process.env,
    NEO4J_URI: options.settings.uri,
    NEO4J_USERNAME: options.settings.username,
    NEO4J_PASSWORD: options.settings.password,
    KG_BENCH_RSS_FILE: rssFile,
    // The cache lives under the project root unless told otherwise: keep each run's own.
    KG_CACHE_DIR: join(options.workDir, '.kg-cache'),
  };
  const startedAt = performance.now();
  const { code, stdout, stderr } = await new Promise<{ code: number | null; stdout: string; stderr: string }>(
    (resolve, reject) => {
      const child = spawn(process.execPath, args, { cwd: options.workDir, env, stdio: ['ignore', 'pipe', 'pipe'] });
      let out = '';
      let err = '';
      child.stdout.setEncoding('utf8').on('data', (chunk: string) => (out += chunk));
      child.stderr.setEncoding('utf8').on('data', (chunk: string) => (err += chunk));
      const timer = setTimeout(() => child.kill('SIGTERM'), options.timeoutMs ?? 60 * 60_000);
      child.on('error', reject);
      child.on('close', (exitCode) => {
        clearTimeout(timer);
        resolve({ code: exitCode, stdout: out, stderr: err });
      });
    },
  );
  const seconds = (performance.now() - startedAt) / 1000;
  if (code !== 0) {
    throw new Error(
      `kg ingest ${options.corpusDir} exited with code ${String(code)}:\n${stderr.trim().split('\n').slice(-10).join('\n')}`,
    );
  }
  let summary: Record<string, unknown>;
  try {
    summary = JSON.parse(stdout) as Record<string, unknown>;
  } catch {
    throw new Error(`kg ingest --json printed something that is not JSON: ${stdout.slice(0, 300)}`);
  }
  const rss = JSON.parse(readFileSync(rssFile, 'utf8')) as { maxRssKb: number };
  return { seconds, peakRssMb: rss.maxRssKb / 1024, summary };
}
