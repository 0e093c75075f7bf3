// Extraction of one very large document and of hostile ones (markdown nested thousands of
// levels deep), on this thread: the large one must extract at about the rate of the corpus
// it is made of (no pass that grows faster than the document), the hostile ones in seconds.
// Run alone: `npx tsx bench/large-documents.ts [MB]` prints the figures as JSON.
import { decodeDocument, extractDocument, type SourceDocument } from '../extractors/index.ts';
import type { Throughput } from './extraction-throughput.ts';
import { largeDocument, markerRun, mixedNesting, quotedList, staircaseList } from './hostile-documents.ts';

/** One hostile document's figure. */
export interface HostileFigure {
  name: string;
  megabytes: number;
  seconds: number;
  diagnostics: number;
}

/** The figures of measureLargeDocuments. */
export interface LargeDocumentFigures {
  /** One plain-text document of `megabytes` made of the benchmark corpus's documents. */
  large: Throughput;
  hostile: HostileFigure[];
}

function sourceOf(id: string, text: string): SourceDocument {
  const decoded = decodeDocument({ id, path: id, bytes: Buffer.from(text) });
  if (!decoded.ok) throw new Error(`${id}: ${decoded.diagnostic.message}`);
  return decoded.document;
}

function timed(source: SourceDocument): { seconds: number; diagnostics: number } {
  const startedAt = performance.now();
  const extraction = extractDocument(source);
  return { seconds: (performance.now() - startedAt) / 1000, diagnostics: extraction.diagnostics.length };
}

/** Extracts a `megabytes` MB document and the hostile documents, one at a time, on this thread. */
export function measureLargeDocuments(megabytes: number, seed: number): LargeDocumentFigures {
  const text = largeDocument(megabytes * 1e6, seed);
  const large = sourceOf('large.txt', text);
  // Warm-up on a small slice, so the JIT is not billed to the large document.
  extractDocument(sourceOf('warm-up.txt', text.slice(0, 200_000)));
  const { seconds } = timed(large);
  const bytes = Buffer.byteLength(text);
  const hostile: HostileFigure[] = [
    ['5,000 list markers on one line', markerRun(5000)],
    ['5,000 levels of `> -` on one line', mixedNesting(2500, 1)],
    ['1,000 units 2,000 blockquotes deep', quotedList(2000, 1000)],
    ['1,000-item staircase list', staircaseList(1000)],
  ].map(([name, body]) => {
    const figure = timed(sourceOf('hostile.md', body as string));
    return { name: name as string, megabytes: Buffer.byteLength(body as string) / 1e6, ...figure };
  });
  return {
    large: {
      documents: 1,
      megabytes: bytes / 1e6,
      seconds,
      mbPerSecond: bytes / 1e6 / seconds,
      docsPerSecond: 1 / seconds,
    },
    hostile,
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const megabytes = Number(process.argv[2] ?? 20);
  process.stdout.write(`${JSON.stringify(measureLargeDocuments(megabytes, 20240607), null, 2)}\n`);
}
