// The project's root folder: the nearest folder above this module with a package.json. Found
// rather than counted, so the same code works from the TypeScript sources and from the
// bundle in dist/ (scripts/build.mjs).
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

function findProjectRoot(from: string): string {
  for (let folder = from; ; folder = dirname(folder)) {
    if (existsSync(join(folder, 'package.json'))) return folder;
    if (dirname(folder) === folder) throw new Error(`No package.json above ${from}: cannot tell where the project is`);
  }
}

/** The project's root folder. */
export const PROJECT_ROOT = findProjectRoot(dirname(fileURLToPath(import.meta.url)));

/** Folder of the named analyses (`kg query NAME`, `kg serve`'s /api/analyses). */
export const ANALYSES_DIR = join(PROJECT_ROOT, 'cypher');
