// The corpus as one Extraction: files listed and read, each document extracted (or taken
// from the .kg-cache/ when its bytes and the extractor version are unchanged), then resolved
// across documents. A thin adapter over the extractors' public API (extractors/index.ts).
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { decodeDocument, extractDocument, resolveCorpus } from '../extractors/index.ts';
import type { DocumentExtraction, Extraction } from '../extractors/types.ts';
import { openExtractionCache } from './extraction-cache.ts';
import { extractorVersion as currentExtractorVersion } from './extractor-version.ts';
import { listCorpus } from './read-corpus.ts';

/** A document that could not be read or extracted; it keeps what the graph has for it. */
export interface DocumentFailure {
  id: string;
  path: string;
  reason: string;
}

/** The corpus as the loader needs it. */
export interface CorpusExtraction {
  extraction: Extraction;
  extractorVersion: string;
  failures: DocumentFailure[];
  /** True when every path given was a folder: only then may absent documents be pruned. */
  isWholeCorpus: boolean;
  /** Documents taken from the cache rather than extracted. */
  cachedCount: number;
}

/** Options of extractCorpus. */
export interface ExtractCorpusOptions {
  paths: string[];
  /** Cache folder; undefined disables the cache. */
  cacheDir: string | undefined;
}

/** Produces the corpus extraction for a set of paths. */
export type ExtractCorpus = (options: ExtractCorpusOptions) => Promise<CorpusExtraction>;

/** True when every path is a folder: only then may documents absent from it be pruned. */
function isFolderCorpus(paths: string[]): boolean {
  return paths.every((path) => {
    try {
      return statSync(path).isDirectory();
    } catch {
      return false;
    }
  });
}

/** Lists, reads, extracts (through the cache) and resolves a corpus. */
export const extractCorpus: ExtractCorpus = async (options) => {
  const extractorVersion = currentExtractorVersion();
  const files = await listCorpus(options.paths);
  const isWholeCorpus = isFolderCorpus(options.paths);
  const cache = openExtractionCache<DocumentExtraction>(options.cacheDir, extractorVersion);
  const extractions: DocumentExtraction[] = [];
  const failures: DocumentFailure[] = [];
  let cachedCount = 0;
  for (const file of files) {
    try {
      const bytes = readFileSync(file.path);
      const sha256 = createHash('sha256').update(bytes).digest('hex');
      const cached = cache.get(file.id, sha256);
      if (cached) {
        cachedCount += 1;
        extractions.push({ ...cached, document: { ...cached.document, path: file.path } });
        continue;
      }
      const decoded = decodeDocument({ id: file.id, path: file.path, bytes });
      if (!decoded.ok) {
        failures.push({ id: file.id, path: file.path, reason: decoded.diagnostic.message });
        continue;
      }
      const extracted = extractDocument(decoded.document);
      cache.set(file.id, sha256, extracted);
      extractions.push(extracted);
    } catch (error) {
      failures.push({ id: file.id, path: file.path, reason: (error as Error).message.split('\n')[0] ?? String(error) });
    }
  }
  return { extraction: resolveCorpus(extractions), extractorVersion, failures, isWholeCorpus, cachedCount };
};
