// The extractor version: a human version plus a SHA-256 over the sorted contents of every
// .ts file under extractors/ (stages/ included), so any change to the rules changes the
// version (and invalidates caches).
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from './project-root.ts';

const HUMAN_VERSION = '1.0.0';
const EXTRACTORS_DIR = join(PROJECT_ROOT, 'extractors');
let cached: string | undefined;

/** The extractor sources the version covers: paths relative to extractors/, with forward slashes, sorted. */
export function extractorSources(): string[] {
  const out: string[] = [];
  const walk = (folder: string, prefix: string): void => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      if (entry.isDirectory()) walk(join(folder, entry.name), `${prefix}${entry.name}/`);
      else if (entry.name.endsWith('.ts')) out.push(`${prefix}${entry.name}`);
    }
  };
  walk(EXTRACTORS_DIR, '');
  return out.sort();
}

/** Returns "1.0.0+<12 hex digits>" computed from the extractors' sources. */
export function extractorVersion(): string {
  if (cached) return cached;
  const hash = createHash('sha256');
  for (const name of extractorSources()) {
    hash
      .update(name)
      .update('\u0000')
      .update(readFileSync(join(EXTRACTORS_DIR, name)))
      .update('\u0000');
  }
  cached = `${HUMAN_VERSION}+${hash.digest('hex').slice(0, 12)}`;
  return cached;
}
