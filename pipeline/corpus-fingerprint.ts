// Knowing that a corpus is exactly as last ingested without extracting it. A corpus's
// facts hashes are a pure function of its files (id, path, bytes) and the extractor
// version, so they are memoised in the cache folder under a fingerprint of those; a re-run
// whose fingerprint is known and whose Document nodes all match the memo writes nothing
// and needs no extraction, resolution or facts at all (only read and hash the files).
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { StoredDocument } from '../graph/plan.ts';
import { listCorpus } from './read-corpus.ts';

/** One document file as read now. */
export interface FingerprintedFile {
  id: string;
  path: string;
  sha256: string;
}

/** The files of a corpus and their fingerprint, or undefined when a file could not be read. */
export interface CorpusFingerprint {
  key: string;
  files: FingerprintedFile[];
}

/** The fingerprint of a corpus's files (sorted by id) under one extractor version. */
export function corpusKey(extractorVersion: string, files: readonly FingerprintedFile[]): string {
  const hash = createHash('sha256').update(extractorVersion);
  for (const file of [...files].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))) hash.update(`\u0000${file.id}\u0000${file.path}\u0000${file.sha256}`);
  return hash.digest('hex');
}

/** Reads and hashes every file of the corpus; undefined if one cannot be read. */
export async function fingerprintCorpus(paths: string[], extractorVersion: string): Promise<CorpusFingerprint | undefined> {
  const files: FingerprintedFile[] = [];
  for (const file of await listCorpus(paths)) {
    try {
      files.push({ id: file.id, path: file.path, sha256: createHash('sha256').update(readFileSync(file.path)).digest('hex') });
    } catch {
      return undefined;
    }
  }
  return { key: corpusKey(extractorVersion, files), files };
}

/** Facts hashes by document id, memoised by corpus fingerprint. */
export interface FactsHashMemo {
  get(key: string): Map<string, string> | undefined;
  set(key: string, hashes: Map<string, string>): void;
}

/** Opens the memo in the cache folder (one file: the last corpus seen); undefined folder disables it. */
export function openFactsHashMemo(folder: string | undefined): FactsHashMemo {
  if (folder === undefined) return { get: () => undefined, set: () => {} };
  const file = join(folder, 'facts-hashes.json');
  return {
    get(key) {
      try {
        const memo = JSON.parse(readFileSync(file, 'utf8')) as { key: string; hashes: Record<string, string> };
        return memo.key === key ? new Map(Object.entries(memo.hashes)) : undefined;
      } catch {
        return undefined;
      }
    },
    set(key, hashes) {
      try {
        mkdirSync(folder, { recursive: true });
        // Write then rename, so a killed process never leaves half a file behind.
        const temporary = `${file}.${process.pid}.tmp`;
        writeFileSync(temporary, JSON.stringify({ key, hashes: Object.fromEntries(hashes) }));
        renameSync(temporary, file);
      } catch {
        // A memo that cannot be written only costs time.
      }
    },
  };
}

/**
 * True when the graph holds exactly these files, each written from these bytes under this
 * extractor version with these facts: the plan would skip every document.
 */
export function isGraphCurrent(files: readonly FingerprintedFile[], hashes: Map<string, string>, stored: readonly StoredDocument[], extractorVersion: string): boolean {
  if (stored.length !== files.length) return false;
  const byId = new Map(stored.map((document) => [document.id, document]));
  return files.every((file) => {
    const document = byId.get(file.id);
    return (
      document !== undefined &&
      document.sha256 === file.sha256 &&
      document.path === file.path &&
      document.extractorVersion === extractorVersion &&
      document.factsHash === hashes.get(file.id)
    );
  });
}
