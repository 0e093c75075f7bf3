// Corpus discovery and reading: .txt/.md/.markdown files under the given paths, sorted,
// yielded one at a time so a large corpus is never held in memory at once.
import { readFile, readdir, stat } from 'node:fs/promises';
import { sep } from 'node:path';
import { KgError } from './errors.ts';

/** One file to read: its stable id (relative to its corpus root) and its path. */
export interface CorpusFile {
  id: string;
  path: string;
}

const DOCUMENT_EXTENSIONS = /\.(txt|md|markdown)$/i;

/** The document files under `dir`, each with its path and its id (the path below `dir`, '/'-separated). */
async function walk(dir: string, prefix = ''): Promise<CorpusFile[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const out: CorpusFile[] = [];
  for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const path = `${dir}${sep}${entry.name}`;
    const id = `${prefix}${entry.name}`;
    if (entry.isDirectory()) out.push(...(await walk(path, `${id}/`)));
    else if (entry.isFile() && DOCUMENT_EXTENSIONS.test(entry.name)) out.push({ id, path });
  }
  return out;
}

/**
 * Lists the documents under the paths (folders searched recursively), sorted by id. With a
 * `source`, ids are `<source>/<path below the folder>`; two paths that give one id (the same
 * relative path under two folders) are refused rather than one silently dropped.
 */
export async function listCorpus(paths: string[], source?: string): Promise<CorpusFile[]> {
  const files = new Map<string, CorpusFile>();
  const add = (file: CorpusFile) => {
    const id = source === undefined ? file.id : `${source}/${file.id}`;
    const known = files.get(id);
    if (known && known.path !== file.path) {
      throw new KgError(
        'KG_USAGE',
        `"${known.path}" and "${file.path}" would both be document ${id}: ingest the folders as separate sources (kg ingest FOLDER --source NAME, once per folder)`,
      );
    }
    files.set(id, { id, path: file.path });
  };
  for (const given of paths) {
    let info;
    try {
      info = await stat(given);
    } catch (error) {
      throw new KgError(
        'KG_DOCUMENT_READ',
        `cannot read "${given}": ${(error as Error).message}. Check the path exists.`,
        { cause: error },
      );
    }
    if (info.isDirectory()) {
      for (const file of await walk(given)) add(file);
    } else {
      add({ id: given.split(sep).pop() ?? given, path: given });
    }
  }
  return [...files.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** Yields each document's bytes in id order, reading one file at a time. */
export async function* readCorpus(paths: string[]): AsyncGenerator<CorpusFile & { bytes: Uint8Array }> {
  for (const file of await listCorpus(paths)) {
    yield { ...file, bytes: await readFile(file.path) };
  }
}
