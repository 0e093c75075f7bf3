// Extraction throughput over one corpus: the project's extractDocument on one core, the
// worker pool on several, and compromise's tokenizer-only build over the same text as the
// ceiling (no rule-based extractor that tokenises can beat a bare tokenizer).
import nlp from 'compromise/one';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeDocument, extractDocument, type DocumentExtraction, type SourceDocument } from '../extractors/index.ts';
import { createExtractionPool } from '../pipeline/extract-workers.ts';

/** One throughput figure. MB are 10^6 bytes of the files as stored (UTF-8). */
export interface Throughput {
  documents: number;
  megabytes: number;
  seconds: number;
  mbPerSecond: number;
  docsPerSecond: number;
}

/** A corpus read and decoded once, so every measurement sees the same input. */
export interface LoadedCorpus {
  sources: SourceDocument[];
  bytes: number;
}

/** Reads and decodes every .txt/.md file of a (flat) corpus folder, in name order. */
export function loadCorpus(dir: string): LoadedCorpus {
  const sources: SourceDocument[] = [];
  let bytes = 0;
  for (const name of readdirSync(dir)
    .filter((file) => /\.(txt|md)$/.test(file))
    .sort()) {
    const data = readFileSync(join(dir, name));
    bytes += data.length;
    const decoded = decodeDocument({ id: name, path: join(dir, name), bytes: data });
    if (decoded.ok) sources.push(decoded.document);
  }
  return { sources, bytes };
}

function throughput(corpus: LoadedCorpus, seconds: number): Throughput {
  const megabytes = corpus.bytes / 1e6;
  return {
    documents: corpus.sources.length,
    megabytes,
    seconds,
    mbPerSecond: megabytes / seconds,
    docsPerSecond: corpus.sources.length / seconds,
  };
}

/**
 * extractDocument over every document on this thread, after a warm-up on other documents:
 * the JIT is warm, but no memo (tagger, name normaliser) holds the measured texts yet, as
 * for a user's new documents; a second pass over the same texts would flatter the rate.
 */
export function measureSingleThread(
  corpus: LoadedCorpus,
  warmUp: readonly SourceDocument[],
): {
  throughput: Throughput;
  extractions: DocumentExtraction[];
} {
  for (const source of warmUp) extractDocument(source);
  const startedAt = performance.now();
  const extractions = corpus.sources.map((source) => extractDocument(source));
  return { throughput: throughput(corpus, (performance.now() - startedAt) / 1000), extractions };
}

/**
 * The worker pool over every document, in steady state: the pool is started and warmed up
 * first (on other documents, as measureSingleThread), and that start-up (loading tsx and the extractors in each thread) is reported on
 * its own, since it is paid once per run, not per document. Also says whether the output
 * equals the single-threaded one.
 */
export async function measureWorkers(
  corpus: LoadedCorpus,
  workers: number,
  expected: DocumentExtraction[],
  warmUp: readonly SourceDocument[],
): Promise<{ throughput: Throughput; startupSeconds: number; isIdentical: boolean }> {
  let startedAt = performance.now();
  const pool = createExtractionPool({ workers, batchSize: 16 });
  try {
    await pool.extract([...warmUp]);
    const startupSeconds = (performance.now() - startedAt) / 1000;
    startedAt = performance.now();
    const outcomes = await pool.extract(corpus.sources);
    const seconds = (performance.now() - startedAt) / 1000;
    const isIdentical =
      outcomes.length === expected.length &&
      outcomes.every((outcome, i) => outcome.ok && JSON.stringify(outcome.extraction) === JSON.stringify(expected[i]));
    return { throughput: throughput(corpus, seconds), startupSeconds, isIdentical };
  } finally {
    await pool.close();
  }
}

/** compromise/one's tokenizer over the same normalised texts, on this thread. */
export function measureCompromiseTokenizer(corpus: LoadedCorpus): Throughput {
  let terms = 0;
  for (const source of corpus.sources.slice(0, 20)) terms += nlp.tokenize(source.text).terms().length;
  const startedAt = performance.now();
  for (const source of corpus.sources) terms += nlp.tokenize(source.text).terms().length;
  const seconds = (performance.now() - startedAt) / 1000;
  // `terms` is used so the tokenizer's work cannot be optimised away.
  if (terms < 0) throw new Error('unreachable');
  return throughput(corpus, seconds);
}
