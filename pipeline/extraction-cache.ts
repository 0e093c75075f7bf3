// An on-disk cache of per-document extractions under an ignored .kg-cache/ folder, keyed by
// document id, file sha256 and extractor version. Only an optimisation: a missing, stale
// or unreadable entry means "extract again", never an error.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The default cache folder, relative to the working directory. */
export const DEFAULT_CACHE_DIR = '.kg-cache';

/** A JSON cache of values keyed by (document id, sha256, extractor version). */
export interface ExtractionCache<T> {
  get(id: string, sha256: string): T | undefined;
  set(id: string, sha256: string, value: T): void;
}

/** Opens the cache folder for one extractor version; `undefined` folder disables caching. */
export function openExtractionCache<T>(folder: string | undefined, extractorVersion: string): ExtractionCache<T> {
  if (folder === undefined) return { get: () => undefined, set: () => {} };
  const directory = join(folder, 'extractions');
  const fileOf = (id: string, sha256: string) => join(directory, `${createHash('sha256').update(JSON.stringify([id, sha256, extractorVersion])).digest('hex')}.json`);
  return {
    get(id, sha256) {
      try {
        return JSON.parse(readFileSync(fileOf(id, sha256), 'utf8')) as T;
      } catch {
        return undefined;
      }
    },
    set(id, sha256, value) {
      try {
        mkdirSync(directory, { recursive: true });
        const file = fileOf(id, sha256);
        // Write then rename, so a killed process never leaves half a file behind.
        const temporary = `${file}.${process.pid}.tmp`;
        writeFileSync(temporary, JSON.stringify(value));
        renameSync(temporary, file);
      } catch {
        // A cache that cannot be written only costs time.
      }
    },
  };
}
