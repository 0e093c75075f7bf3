// `kg ingest <dir> --watch` measured from outside (issue 12: "<= 0.5 s from a save to the
// graph"): the watcher runs as a child process, as a user starts it; once it is idle, one
// document is saved at a time and the Document node is polled until it carries the saved
// bytes' sha256. The loader writes a document's facts and its Document node in one
// transaction, so that hash is visible exactly when the change is in the graph.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Readable } from 'node:stream';
import { readTransaction, type ConnectionSettings, type Driver } from '../graph/driver.ts';
import type { Statement } from '../graph/runner.ts';
import { PROJECT_ROOT } from '../pipeline/project-root.ts';

/** One save, and when the graph and the watcher's output showed it. */
export interface WatchSample {
  document: string;
  /** From the end of the file write until the Document node holds the new sha256. */
  seconds: number;
  /** From the end of the file write until the watcher printed its timestamped "re-ingested:" line. */
  runDoneSeconds: number;
}

/** Options of measureWatchLatency. */
export interface WatchLatencyOptions {
  driver: Driver;
  database: string | undefined;
  settings: ConnectionSettings;
  corpusDir: string;
  /** Working directory of the watcher (its KG_CACHE_DIR lives there). */
  workDir: string;
  /** Each edit: the document's path below corpusDir and the text to save. */
  edits: { path: string; text: string }[];
  log: (line: string) => void;
  pollIntervalMs?: number;
  /** Longest wait for the watcher to be ready, and for one change to reach the graph. */
  timeoutMs?: number;
  /** Options for the watcher's Node (e.g. `--cpu-prof` to see where its time goes). */
  nodeArgs?: string[];
}

/** The sha256 the graph holds for one Document node (a keyed lookup: cheap enough to poll). */
const READ_DOCUMENT_SHA256: Statement = {
  name: 'bench-document-sha256',
  text: 'MATCH (d:Document {id: $id}) RETURN d.sha256 AS sha256',
};

const sha256Of = (text: string): string => createHash('sha256').update(text).digest('hex');
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function readDocumentSha256(
  driver: Driver,
  database: string | undefined,
  id: string,
): Promise<string | undefined> {
  const result = await readTransaction(driver, database, (runner) => runner.run(READ_DOCUMENT_SHA256, { id }));
  const value = result.records[0]?.sha256;
  return typeof value === 'string' ? value : undefined;
}

/** Output lines of the watcher, and a way to wait for one. */
class WatcherOutput {
  readonly lines: { stream: 'stdout' | 'stderr'; text: string; at: number }[] = [];
  private waiters: (() => void)[] = [];

  constructor(child: { stdout: Readable; stderr: Readable }) {
    for (const stream of ['stdout', 'stderr'] as const) {
      let rest = '';
      child[stream].setEncoding('utf8').on('data', (chunk: string) => {
        const parts = (rest + chunk).split('\n');
        rest = parts.pop() ?? '';
        const at = Date.now();
        for (const text of parts) this.lines.push({ stream, text, at });
        for (const wake of this.waiters.splice(0)) wake();
      });
    }
  }

  /** Resolves with the first line from index `from` on that matches, or rejects after `timeoutMs`. */
  async waitFor(pattern: RegExp, from: number, timeoutMs: number, exited: () => string | undefined): Promise<number> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const index = this.lines.findIndex((line, i) => i >= from && pattern.test(line.text));
      if (index >= 0) return index;
      const exit = exited();
      if (exit !== undefined)
        throw new Error(`kg ingest --watch exited (${exit}) before printing ${String(pattern)}:\n${this.tail()}`);
      if (Date.now() > deadline)
        throw new Error(
          `kg ingest --watch printed no ${String(pattern)} within ${timeoutMs / 1000} s:\n${this.tail()}`,
        );
      await new Promise<void>((resolve) => {
        this.waiters.push(resolve);
        setTimeout(resolve, 200);
      });
    }
  }

  tail(): string {
    return this.lines
      .slice(-10)
      .map((line) => line.text)
      .join('\n');
  }
}

/**
 * Starts `kg ingest corpusDir --watch`, waits until it watches (its first run done), saves
 * each edit in turn and times save → graph; stops the watcher with SIGTERM (as Ctrl-C would)
 * and expects it to exit with code 0.
 */
export async function measureWatchLatency(options: WatchLatencyOptions): Promise<WatchSample[]> {
  const timeoutMs = options.timeoutMs ?? 15 * 60_000;
  const pollIntervalMs = options.pollIntervalMs ?? 10;
  const source = basename(options.corpusDir);
  mkdirSync(options.workDir, { recursive: true });
  const env = {
    ...process.env,
    NEO4J_URI: options.settings.uri,
    NEO4J_USERNAME: options.settings.username,
    NEO4J_PASSWORD: options.settings.password,
    KG_CACHE_DIR: join(options.workDir, '.kg-cache'),
  };
  const child = spawn(
    process.execPath,
    [...(options.nodeArgs ?? []), join(PROJECT_ROOT, 'bin', 'kg.js'), 'ingest', options.corpusDir, '--watch'],
    { cwd: options.workDir, env, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let exit: string | undefined;
  const closed = new Promise<number | null>((resolve) => {
    child.on('close', (code, signal) => {
      exit = signal ? `signal ${signal}` : `code ${String(code)}`;
      resolve(code);
    });
  });
  child.on('error', (error) => {
    exit = error.message;
  });
  const output = new WatcherOutput(child);
  const samples: WatchSample[] = [];
  try {
    await output.waitFor(/^Watching /, 0, timeoutMs, () => exit);
    options.log(`watch: the watcher is idle; ${options.edits.length} saves, one at a time`);
    for (const edit of options.edits) {
      const id = `${source}/${edit.path}`;
      const expected = sha256Of(edit.text);
      const before = output.lines.length;
      writeFileSync(join(options.corpusDir, edit.path), edit.text);
      const savedAt = performance.now();
      const savedAtMs = Date.now();
      const deadline = savedAt + timeoutMs;
      while ((await readDocumentSha256(options.driver, options.database, id)) !== expected) {
        if (exit !== undefined)
          throw new Error(`kg ingest --watch exited (${exit}) while ${id} was being ingested:\n${output.tail()}`);
        if (performance.now() > deadline)
          throw new Error(`${id} did not reach the graph within ${timeoutMs / 1000} s of its save:\n${output.tail()}`);
        await sleep(pollIntervalMs);
      }
      const seconds = (performance.now() - savedAt) / 1000;
      // The run is over (IngestRun recorded, corpus state saved) once its summary line is
      // out: only then is the watcher idle again for the next save.
      const done = await output.waitFor(/ re-ingested:$/, before, timeoutMs, () => exit);
      const stamp = Date.parse(output.lines[done]!.text.split(' ')[0] ?? '');
      samples.push({ document: edit.path, seconds, runDoneSeconds: (stamp - savedAtMs) / 1000 });
      options.log(
        `watch: ${edit.path} in the graph ${seconds.toFixed(3)} s after its save (run done after ${((stamp - savedAtMs) / 1000).toFixed(3)} s)`,
      );
      await output.waitFor(/ s \(extractor /, done, timeoutMs, () => exit);
    }
  } finally {
    if (exit === undefined) child.kill('SIGTERM');
    const killer = setTimeout(() => child.kill('SIGKILL'), 30_000);
    await closed;
    clearTimeout(killer);
  }
  // Reached only when every save was measured: then the watcher must also have stopped cleanly.
  if (exit !== 'code 0')
    throw new Error(`kg ingest --watch did not stop cleanly on SIGTERM (${exit ?? '?'}):\n${output.tail()}`);
  return samples;
}
