// Named sources: every Document belongs to exactly one source, a named collection of
// documents ingested from one folder (or a few). A document's id is the source name, '/',
// then its path relative to the folder it was found in, so two folders never collide and
// the same files on two machines give the same ids. Pruning only touches one source.
import { existsSync, statSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import type { DocumentFacts } from '../graph/rows.ts';
import { KgError } from './errors.ts';

/** A source name: letters, digits, '.', '_' and '-', starting with a letter or digit (no '/': it ends the name inside an id). */
const SOURCE_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/;

/** The source npm start / kg start ingests seeds/ as. */
export const SEEDS_SOURCE = 'seeds';

/** Checks a source name, echoing a bad one. */
export function validateSourceName(name: string): string {
  if (!SOURCE_NAME.test(name)) {
    throw new KgError(
      'KG_USAGE',
      `"${name}" is not a source name: use 1 to 100 letters, digits, ".", "_" or "-", starting with a letter or digit (e.g. --source my-docs)`,
    );
  }
  return name;
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/**
 * The source a run ingests: `--source` when given, else the base name of the single folder
 * given. Several paths without `--source` are a usage error (which name would they share?).
 */
export function resolveSourceName(paths: readonly string[], given: string | undefined): string {
  if (given !== undefined) return validateSourceName(given);
  if (paths.length !== 1) {
    throw new KgError(
      'KG_USAGE',
      `${paths.length} paths given without --source: name the source they form together, e.g. "kg ingest ${paths.join(' ')} --source my-docs" (each folder on its own is also fine: "kg ingest ${paths[0] ?? 'FOLDER'}")`,
    );
  }
  const only = paths[0]!;
  if (!existsSync(only))
    throw new KgError(
      'KG_DOCUMENT_READ',
      `cannot read "${only}": there is no such file or folder (from ${process.cwd()}). Check the path.`,
    );
  if (!isFolder(only)) {
    throw new KgError(
      'KG_USAGE',
      `"${only}" is not a folder: name the source the file belongs to with --source NAME (e.g. "kg ingest ${only} --source my-docs")`,
    );
  }
  const name = basename(resolve(only));
  if (!SOURCE_NAME.test(name)) {
    throw new KgError(
      'KG_USAGE',
      `the folder name "${name}" cannot be a source name (letters, digits, ".", "_", "-"): choose one with --source NAME`,
    );
  }
  return name;
}

/** The id of a document of `source` at `relativePath` ('/'-separated, below the source's folder). */
export function documentIdOf(source: string, relativePath: string): string {
  return `${source}/${relativePath}`;
}

/** The path below the source's folder that a document id carries, or undefined for an id of another source. */
export function relativePathOf(source: string, documentId: string): string | undefined {
  const prefix = `${source}/`;
  return documentId.startsWith(prefix) ? documentId.slice(prefix.length) : undefined;
}

/** The folders (absolute) a source was ingested from, as the Source node records them. */
export function sourceFolders(paths: readonly string[]): string[] {
  return paths.map((path) => resolve(path));
}

/**
 * What a Document node records as `path`: the path below the source's folder, the same on
 * every machine (ids of hand-made extractions, outside the source's prefix, keep `path`).
 */
export function storedPathOf(source: string, documentId: string, path: string): string {
  return relativePathOf(source, documentId) ?? path;
}

/** A run's document facts with `document.path` as the Document node records it (storedPathOf). */
export function withSourcePaths(documents: DocumentFacts[], source: string): DocumentFacts[] {
  return documents.map((facts) => ({
    ...facts,
    document: { ...facts.document, path: storedPathOf(source, facts.document.id, facts.document.path) },
  }));
}
