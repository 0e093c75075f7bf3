// runExtraction: read a corpus, extract each document, resolve across documents.
// Orchestration only; the rules live in extractors/.
import type { Diagnostic, DocumentExtraction, Extraction } from '../extractors/types.ts';
import { extractorVersion } from './extractor-version.ts';
import { loadExtractors } from './load-extractors.ts';
import { runExtractionInWorkers } from './extract-workers.ts';
import { readCorpus } from './read-corpus.ts';

/** Options of runExtraction. */
export interface RunExtractionOptions {
  /** Files or folders of .txt/.md/.markdown documents. */
  paths: string[];
  /** Extraction worker threads (pipeline/extract-workers.ts); unset or 1: this thread only. */
  workers?: number;
}

/** Extracts a corpus into one Extraction; unreadable files become diagnostics, not failures. */
export async function runExtraction(options: RunExtractionOptions): Promise<Extraction> {
  // Same output either way; the pool decides whether the corpus is large enough for threads.
  if (options.workers !== undefined && options.workers > 1)
    return runExtractionInWorkers(options.paths, options.workers);
  const { decodeDocument, extractDocument, resolveCorpus } = await loadExtractors();
  const extractions: DocumentExtraction[] = [];
  const diagnostics: Diagnostic[] = [];
  for await (const file of readCorpus(options.paths)) {
    const decoded = decodeDocument(file);
    if (!decoded.ok) {
      diagnostics.push(decoded.diagnostic);
      continue;
    }
    try {
      extractions.push(extractDocument(decoded.document));
    } catch (error) {
      // A bug in a rule must not sink the whole run: the document is reported and skipped.
      diagnostics.push({
        code: 'KG_EXTRACTION_FAILED',
        message: `extraction failed: ${(error as Error).message.split('\n')[0]}`,
        document: file.id,
        path: file.path,
      });
    }
  }
  return resolveCorpus(extractions, { extractorVersion: extractorVersion(), diagnostics });
}

/** The `--explain` lines: the stage list, then every document under the paths (a document that cannot be read says why). */
export async function explainCorpus(paths: string[]): Promise<string[]> {
  const { decodeDocument, explainDocument, explainStages } = await loadExtractors();
  const lines: string[] = [...explainStages(), ''];
  for await (const file of readCorpus(paths)) {
    const decoded = decodeDocument(file);
    lines.push(
      ...(decoded.ok
        ? explainDocument(decoded.document)
        : [`document ${file.id}: skipped: ${decoded.diagnostic.message}`]),
      '',
    );
  }
  return lines;
}
