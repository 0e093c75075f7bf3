// The corpus as one Extraction: files listed and read, each document extracted (or taken
// from the .kg-cache/ when its bytes and the extractor version are unchanged), then resolved
// across documents. A thin adapter over the extractors' public API (extractors/index.ts).
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, relative, sep } from 'node:path';
import type { DocumentExtraction, Extraction, SourceDocument } from '../extractors/types.ts';
import { decodeDocument } from '../extractors/decode.ts';
import { KgError } from './errors.ts';
import { openExtractionCache } from './extraction-cache.ts';

/** The extractors' entry points this adapter needs. */
interface ExtractorsApi {
  extractDocument(source: SourceDocument): DocumentExtraction;
  resolveCorpus(documents: DocumentExtraction[]): Extraction;
}

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

const DOCUMENT_FILE = /\.(txt|md|markdown)$/i;

/** One file of the corpus: its stable id (relative to its root folder, forward slashes) and path. */
interface CorpusFile {
  id: string;
  path: string;
}

function listFiles(paths: string[]): { files: CorpusFile[]; isWholeCorpus: boolean } {
  const files: CorpusFile[] = [];
  let isWholeCorpus = true;
  const walk = (root: string, folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      if (entry.name.startsWith('.')) continue;
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(root, path);
      else if (entry.isFile() && DOCUMENT_FILE.test(entry.name)) files.push({ id: relative(root, path).split(sep).join('/'), path });
    }
  };
  for (const path of paths) {
    let stats;
    try {
      stats = statSync(path);
    } catch (error) {
      throw new KgError('KG_DOCUMENT_READ', `Cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}. Give existing files or folders of .txt/.md documents.`);
    }
    if (stats.isDirectory()) walk(path, path);
    else {
      isWholeCorpus = false;
      files.push({ id: basename(path), path });
    }
  }
  const seen = new Map<string, string>();
  for (const file of files) {
    const other = seen.get(file.id);
    if (other !== undefined) throw new KgError('KG_USAGE', `Two documents would share the id "${file.id}": ${other} and ${file.path}. Ingest one folder at a time, or rename one.`);
    seen.set(file.id, file.path);
  }
  return { files, isWholeCorpus };
}

async function loadExtractors(): Promise<{ api: ExtractorsApi; extractorVersion: string }> {
  // Resolved at run time: the extractors land separately from the loader.
  const indexModule = '../extractors/index.ts';
  const versionModule = './extractor-version.ts';
  try {
    const api = (await import(indexModule)) as ExtractorsApi;
    const version = (await import(versionModule)) as { extractorVersion: string | (() => string) };
    const extractorVersion = typeof version.extractorVersion === 'function' ? version.extractorVersion() : version.extractorVersion;
    return { api, extractorVersion };
  } catch (error) {
    throw new KgError('KG_USAGE', `The extractors are not available yet (${(error as Error).message.split('\n')[0]}): kg ingest needs extractors/index.ts and pipeline/extractor-version.ts.`, { cause: error });
  }
}

/** Lists, reads, extracts (through the cache) and resolves a corpus. */
export const extractCorpus: ExtractCorpus = async (options) => {
  const { api, extractorVersion } = await loadExtractors();
  const { files, isWholeCorpus } = listFiles(options.paths);
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
      const extracted = api.extractDocument(decoded.document);
      cache.set(file.id, sha256, extracted);
      extractions.push(extracted);
    } catch (error) {
      failures.push({ id: file.id, path: file.path, reason: (error as Error).message.split('\n')[0] ?? String(error) });
    }
  }
  return { extraction: api.resolveCorpus(extractions), extractorVersion, failures, isWholeCorpus, cachedCount };
};
