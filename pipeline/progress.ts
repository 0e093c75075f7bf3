// Progress of an ingest: a bar on a TTY (cli-progress, on stderr), plain lines otherwise.
import cliProgress from 'cli-progress';
import type { DocumentResult } from '../graph/loader.ts';

/** Callbacks runIngest takes, plus stop() to end the display. */
export interface ProgressReporter {
  /** Extraction before the first write: a line every EXTRACTION_LINE_MS while it lasts. */
  onExtracted(done: number, total: number): void;
  onStart(total: number): void;
  onDocument(result: DocumentResult): void;
  stop(): void;
}

/** A reporter for `stream`: a bar when it is a TTY, one line per document otherwise. */
export function createProgressReporter(stream: NodeJS.WriteStream = process.stderr): ProgressReporter {
  const onExtracted = extractionLines(stream);
  if (!stream.isTTY) {
    let done = 0;
    let total = 0;
    return {
      onExtracted,
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
    onExtracted,
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

/** How often a long extraction says how far it got. */
const EXTRACTION_LINE_MS = 10_000;

/** Plain lines, at most one per EXTRACTION_LINE_MS, while documents are read and extracted (a cold 10,000 take minutes before the first write). */
function extractionLines(stream: NodeJS.WriteStream): (done: number, total: number) => void {
  const startedAt = performance.now();
  let lastLineAt = startedAt;
  return (done, total) => {
    const now = performance.now();
    if (now - lastLineAt < EXTRACTION_LINE_MS || done >= total) return;
    lastLineAt = now;
    stream.write(
      `extracting: ${done}/${total} documents read or extracted (${Math.round((now - startedAt) / 1000)} s)\n`,
    );
  };
}
