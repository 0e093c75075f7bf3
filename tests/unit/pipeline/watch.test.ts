// The watcher behind `kg ingest --watch` on a real folder: a first run that must look at
// every file, then runs told which files changed, and a file written in pieces ingested once,
// whole.
import { closeSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { watchPaths, WRITE_FINISH_MS, type WatchedChanges } from '../../../pipeline/watch.ts';

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/** Starts watchPaths on `folder`; each run records what it was told and what `file` then held. */
async function startWatch(folder: string, file: string) {
  const runs: { changes: WatchedChanges; text: string | undefined }[] = [];
  let stop!: () => void;
  const until = new Promise<void>((resolve) => (stop = resolve));
  let ready!: () => void;
  const isReady = new Promise<void>((resolve) => (ready = resolve));
  const watching = watchPaths({
    paths: [folder],
    run: async (changes) => {
      let text: string | undefined;
      try {
        text = readFileSync(file, 'utf8');
      } catch {
        text = undefined;
      }
      runs.push({ changes, text });
    },
    until,
    onReady: ready,
  });
  await isReady;
  return { runs, stop: async () => (stop(), await watching) };
}

async function waitForRuns(runs: unknown[], count: number): Promise<void> {
  for (let waited = 0; runs.length < count && waited < 20_000; waited += 20) await sleep(20);
}

describe('watchPaths', () => {
  const folders: string[] = [];
  afterEach(() => {
    for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
  });

  it('runs once it watches (every file to be looked at), then with the files that changed', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'kg-watch-'));
    folders.push(folder);
    const file = join(folder, 'a.txt');
    writeFileSync(file, 'first');
    const watch = await startWatch(folder, file);
    try {
      expect(watch.runs).toEqual([{ changes: { files: new Set(), isComplete: false }, text: 'first' }]);
      writeFileSync(file, 'second');
      await waitForRuns(watch.runs, 2);
      expect(watch.runs[1]).toEqual({ changes: { files: new Set([file]), isComplete: true }, text: 'second' });
      rmSync(file);
      await waitForRuns(watch.runs, 3);
      expect(watch.runs[2]).toEqual({ changes: { files: new Set([file]), isComplete: true }, text: undefined });
    } finally {
      await watch.stop();
    }
  });

  it('waits for a file written in pieces and runs once, on the whole file', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'kg-watch-'));
    folders.push(folder);
    const file = join(folder, 'b.txt');
    const watch = await startWatch(folder, file);
    try {
      const descriptor = openSync(file, 'w');
      // Pauses under WRITE_FINISH_MS between the pieces, as a slow copy makes them, but
      // longer than the debounce: only waiting for the write to finish keeps them one run.
      for (const piece of ['The Ministry ', 'of Pieces ', 'is under the State Council.']) {
        writeSync(descriptor, piece);
        await sleep(WRITE_FINISH_MS / 2);
      }
      closeSync(descriptor);
      await waitForRuns(watch.runs, 2);
      await sleep(WRITE_FINISH_MS * 5); // room for a second, unwanted run
      expect(watch.runs.slice(1)).toEqual([
        {
          changes: { files: new Set([file]), isComplete: true },
          text: 'The Ministry of Pieces is under the State Council.',
        },
      ]);
    } finally {
      await watch.stop();
    }
  });

  it('asks the next run to look at every file when a folder comes or goes', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'kg-watch-'));
    folders.push(folder);
    const watch = await startWatch(folder, join(folder, 'sub', 'c.txt'));
    try {
      mkdirSync(join(folder, 'sub'));
      await waitForRuns(watch.runs, 2);
      expect(watch.runs[1]!.changes.isComplete).toBe(false);
    } finally {
      await watch.stop();
    }
  });

  it('refuses a folder that cannot be watched, with a coded error', async () => {
    const missing = join(tmpdir(), 'kg-watch-missing', 'nowhere');
    await expect(watchPaths({ paths: [missing], run: async () => {}, until: Promise.resolve() })).rejects.toMatchObject(
      { code: 'KG_DOCUMENT_READ' },
    );
  });
});
