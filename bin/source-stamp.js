// A hash over the TypeScript sources the `kg` bundle is built from (scripts/build.mjs), so
// bin/kg.js runs dist/ only while it matches the sources and falls back to them (through
// tsx) the moment one changes. About 150 small files: a few milliseconds per start.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const SOURCE_FOLDERS = ['pipeline', 'extractors', 'graph', 'cypher'];

function listSources(root, folder, out) {
  for (const entry of readdirSync(join(root, folder), { withFileTypes: true })) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) listSources(root, path, out);
    else if (entry.name.endsWith('.ts') || entry.name.endsWith('.mjs')) out.push(path);
  }
  return out;
}

/** The sources' stamp: SHA-256 over each source file's path and bytes, in path order. */
export function sourceStamp(root) {
  const hash = createHash('sha256');
  const files = SOURCE_FOLDERS.flatMap((folder) => listSources(root, folder, [])).sort();
  for (const path of files)
    hash
      .update(path)
      .update('\0')
      .update(readFileSync(join(root, path)))
      .update('\0');
  return hash.digest('hex');
}
