// An on-disk cache of per-document extractions, keyed by document id, file sha256 and
// extractor version, under the project's ignored .kg-cache/ (or KG_CACHE_DIR), never under
// the folder a command runs from. Only an optimisation: a missing, stale or unreadable
// entry means "extract again", never an error.
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from './project-root.ts';

/** The cache folder: KG_CACHE_DIR when set, else .kg-cache in the project root. */
export function defaultCacheDir(env: NodeJS.ProcessEnv = process.env): string {
  const configured = env.KG_CACHE_DIR?.trim();
  return configured ? configured : join(PROJECT_ROOT, '.kg-cache');
}

/** A JSON cache of values keyed by (document id, sha256, extractor version). */
export interface ExtractionCache<T> {
  get(id: string, sha256: string): T | undefined;
  set(id: string, sha256: string, value: T): void;
}

/** The folder of one extractor version's entries (a short hash: versions carry '+'). */
function versionFolder(folder: string, extractorVersion: string): string {
  return join(folder, 'extractions', createHash('sha256').update(extractorVersion).digest('hex').slice(0, 16));
}

/**
 * Deletes the entries of every other extractor version: after a rule change they can never
 * be read again. Best effort: a folder another process still writes to costs nothing to keep.
 */
export function dropOtherExtractorVersions(folder: string | undefined, extractorVersion: string): void {
  if (folder === undefined) return;
  const root = join(folder, 'extractions');
  const keep = versionFolder(folder, extractorVersion).slice(root.length + 1);
  let entries: string[];
  try {
    entries = readdirSync(root);
  } catch {
    return;
  }
  for (const entry of entries) {
    if (entry === keep) continue;
    try {
      rmSync(join(root, entry), { recursive: true, force: true });
    } catch {
      // Only space is lost.
    }
  }
}

/** Opens the cache folder for one extractor version; `undefined` folder disables caching. */
export function openExtractionCache<T>(folder: string | undefined, extractorVersion: string): ExtractionCache<T> {
  if (folder === undefined) return { get: () => undefined, set: () => {} };
  const directory = versionFolder(folder, extractorVersion);
  const fileOf = (id: string, sha256: string) =>
    join(
      directory,
      `${createHash('sha256')
        .update(JSON.stringify([id, sha256, extractorVersion]))
        .digest('hex')}.json`,
    );
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

/**
 * The folder of one corpus state: one per database and source, so that `kg start`, `kg
 * ingest` of other sources and the tests (another database) never evict each other's.
 */
export function corpusStateDir(
  folder: string,
  key: { uri: string; database: string | undefined; source: string },
): string {
  const digest = createHash('sha256')
    .update(JSON.stringify([key.uri, key.database ?? '', key.source]))
    .digest('hex')
    .slice(0, 16);
  return join(folder, 'states', `${key.source}-${digest}`);
}
