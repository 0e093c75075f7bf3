// `kg ingest --watch`: re-runs an ingest shortly after files under the given paths are
// saved, added or removed. Runs never overlap; changes during a run trigger one more.
import chokidar from 'chokidar';

/** Options of watchPaths. */
export interface WatchOptions {
  paths: string[];
  /** Quiet time after the last change before a run starts. */
  debounceMs?: number;
  /** One ingest; its errors are the caller's to report (the watch goes on). */
  run: () => Promise<void>;
  /** Resolves when watching should stop (e.g. on SIGINT). */
  until: Promise<void>;
  onReady?: () => void;
}

/** Watches `paths` and calls `run` after each burst of changes until `until` resolves. */
export async function watchPaths(options: WatchOptions): Promise<void> {
  const debounceMs = options.debounceMs ?? 300;
  const watcher = chokidar.watch(options.paths, {
    ignoreInitial: true,
    awaitWriteFinish: { stabilityThreshold: 100, pollInterval: 50 },
  });
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  let isPending = false;

  const start = () => {
    if (running) {
      isPending = true;
      return;
    }
    running = options.run().finally(() => {
      running = undefined;
      if (isPending) {
        isPending = false;
        start();
      }
    });
  };
  watcher.on('all', () => {
    clearTimeout(timer);
    timer = setTimeout(start, debounceMs);
  });
  await new Promise<void>((resolve) => watcher.once('ready', () => resolve()));
  options.onReady?.();
  await options.until;
  clearTimeout(timer);
  await watcher.close();
  await running;
}
