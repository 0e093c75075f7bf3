// Progress of an ingest: a bar on a TTY (cli-progress, on stderr), plain lines otherwise.
import cliProgress from 'cli-progress';
import type { DocumentResult } from '../graph/loader.ts';

/** Callbacks runIngest takes, plus stop() to end the display. */
export interface ProgressReporter {
  onStart(total: number): void;
  onDocument(result: DocumentResult): void;
  stop(): void;
}

/** A reporter for `stream`: a bar when it is a TTY, one line per document otherwise. */
export function createProgressReporter(stream: NodeJS.WriteStream = process.stderr): ProgressReporter {
  if (!stream.isTTY) {
    let done = 0;
    let total = 0;
    return {
      onStart: (count) => {
        total = count;
      },
      onDocument: (result) => {
        done += 1;
        stream.write(`[${done}/${total}] ${result.outcome} ${result.id}${result.error ? `: ${result.error}` : ''}\n`);
      },
      stop: () => {},
    };
  }
  const bar = new cliProgress.SingleBar(
    { stream, format: 'ingest [{bar}] {value}/{total} documents | {last}', hideCursor: true, clearOnComplete: true },
    cliProgress.Presets.shades_classic,
  );
  let isRunning = false;
  return {
    onStart: (total) => {
      if (total === 0) return;
      bar.start(total, 0, { last: '' });
      isRunning = true;
    },
    onDocument: (result) => {
      if (isRunning) bar.increment(1, { last: `${result.outcome} ${result.id}` });
    },
    stop: () => {
      if (isRunning) bar.stop();
      isRunning = false;
    },
  };
}
