// `kg ingest --watch`: runs an ingest once it watches, then again shortly after documents
// under the given paths are saved, added or removed. Runs never overlap; changes during a run
// trigger one more. Each run is told which files changed since the one before, so it need
// not stat the others. @parcel/watcher reports each changed path (inotify, FSEvents, ...);
// chokidar, used before, re-read and lstat-ed a whole folder on every change, which cost
// about half a second of CPU per save in a folder of 10,000 documents.
import { realpathSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import parcelWatcher from '@parcel/watcher';
import { KgError } from './errors.ts';

/**
 * How long a file's size and mtime must stay the same before its change counts: a file
 * still being written is not ingested half-written. A writer that pauses longer than this
 * mid-file looks like two saves (the second run brings the graph to the finished file).
 */
export const WRITE_FINISH_MS = 100;
/** How often a changing file is stat-ed until it is stable. */
const WRITE_POLL_MS = 20;
/** Quiet time after the last finished change before a run starts: gathers a burst (a checkout) into one run. */
const DEFAULT_DEBOUNCE_MS = 30;
/** The documents read-corpus.ts lists. */
const DOCUMENT_EXTENSIONS = /\.(txt|md|markdown)$/i;

/** What changed since the previous run. */
export interface WatchedChanges {
  /** Absolute paths of the documents added, changed or removed. */
  files: Set<string>;
  /**
   * False when the watcher cannot vouch for the list (the first run, a folder added or
   * removed, a watcher error): the run must look at every file.
   */
  isComplete: boolean;
}

/** Options of watchPaths. */
export interface WatchOptions {
  paths: string[];
  /** Quiet time after the last change before a run starts. */
  debounceMs?: number;
  /** One ingest; its errors are the caller's to report (the watch goes on). */
  run: (changes: WatchedChanges) => Promise<void>;
  /** Resolves when watching should stop (e.g. on SIGINT). */
  until: Promise<void>;
  /** Called once the first run is over and the watcher is idle. */
  onReady?: () => void;
}

/** A file's size and mtime, or undefined when it is gone (or is no file). */
function sizeAndTime(path: string): string | undefined {
  try {
    const stat = statSync(path);
    return stat.isFile() ? `${stat.size}:${stat.mtimeMs}` : undefined;
  } catch {
    return undefined;
  }
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** The folder to subscribe to for a given path, and the one file wanted there (a file path). */
function watchTarget(path: string): { dir: string; file: string | undefined; isExact: boolean } {
  const absolute = resolve(path);
  const dir = isDirectory(absolute) ? absolute : dirname(absolute);
  let real = dir;
  try {
    real = realpathSync(dir);
  } catch {
    // Not there (yet): the watcher reports the error.
  }
  // Reported paths are real paths: through a symlink they differ from the ones the run
  // lists, so the run is never told to trust them.
  return { dir, file: dir === absolute ? undefined : absolute, isExact: real === dir };
}

/** Subscribes to a folder's changes; a folder that cannot be watched is the user's to fix. */
async function subscribe(dir: string, onEvents: parcelWatcher.SubscribeCallback) {
  try {
    return await parcelWatcher.subscribe(dir, onEvents);
  } catch (error) {
    throw new KgError(
      'KG_DOCUMENT_READ',
      `cannot watch "${dir}": ${error instanceof Error ? error.message : String(error)}. Check the path exists.`,
      { cause: error },
    );
  }
}

/**
 * Watches `paths`, calls `run` once the watch is set up (told that any file may have
 * changed: a save before the watch began has no event), then after each burst of changes
 * until `until` resolves.
 */
export async function watchPaths(options: WatchOptions): Promise<void> {
  const debounceMs = options.debounceMs ?? DEFAULT_DEBOUNCE_MS;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  let isPending = false;
  let changes: WatchedChanges = { files: new Set(), isComplete: false };
  /** Files written lately, until they are stable: what they looked like, and since when. */
  const settling = new Map<string, { seen: string | undefined; sinceMs: number }>();
  let poller: NodeJS.Timeout | undefined;

  const start = () => {
    if (running) {
      isPending = true;
      return;
    }
    // The run takes what changed so far; what changes while it runs is the next run's.
    const taken = changes;
    changes = { files: new Set(), isComplete: true };
    running = options.run(taken).finally(() => {
      running = undefined;
      if (isPending) {
        isPending = false;
        start();
      }
    });
  };
  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(start, debounceMs);
  };
  const poll = () => {
    poller = undefined;
    const now = Date.now();
    for (const [path, entry] of settling) {
      const seen = sizeAndTime(path);
      if (seen !== entry.seen) settling.set(path, { seen, sinceMs: now });
      else if (seen === undefined || now - entry.sinceMs >= WRITE_FINISH_MS) {
        // Stable, or gone (a removal is final at once).
        settling.delete(path);
        changes.files.add(path);
        schedule();
      }
    }
    if (settling.size > 0) poller = setTimeout(poll, WRITE_POLL_MS);
  };
  const onChange = (path: string, isExact: boolean) => {
    if (!isExact) changes.isComplete = false;
    const seen = sizeAndTime(path);
    settling.set(path, { seen, sinceMs: Date.now() });
    poller ??= setTimeout(poll, WRITE_POLL_MS);
  };

  const targets = options.paths.map(watchTarget);
  const subscribed = await Promise.allSettled(
    targets.map((target) =>
      subscribe(target.dir, (error, events) => {
        if (error) {
          changes.isComplete = false;
          schedule();
          return;
        }
        for (const event of events) {
          if (target.file !== undefined && event.path !== target.file) continue;
          if (DOCUMENT_EXTENSIONS.test(event.path) && !isDirectory(event.path)) {
            onChange(event.path, target.isExact);
          } else if (event.type === 'delete' || isDirectory(event.path)) {
            // A folder came or went (or something that may have been one): look at everything.
            changes.isComplete = false;
            schedule();
          }
        }
      }),
    ),
  );
  const subscriptions = subscribed.flatMap((result) => (result.status === 'fulfilled' ? [result.value] : []));
  const failed = subscribed.find((result) => result.status === 'rejected');
  if (failed) {
    // The watches that did start would keep the process alive.
    await Promise.all(subscriptions.map((subscription) => subscription.unsubscribe()));
    throw failed.reason;
  }
  try {
    start();
    while (running) await running;
    options.onReady?.();
    await options.until;
  } finally {
    clearTimeout(timer);
    clearTimeout(poller);
    await Promise.all(subscriptions.map((subscription) => subscription.unsubscribe()));
    await running;
  }
}
