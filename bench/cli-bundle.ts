// The `kg` children the bench times must run what a user's install runs: the dist/ bundle
// (scripts/build.mjs, built by `npm ci`). bin/kg.js falls back to compiling the sources the
// moment one is edited, which adds about a second to every cold command; a bench run after
// an edit would time that instead. So the bench rebuilds a stale bundle before it measures.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sourceStamp } from '../bin/source-stamp.js';
import { PROJECT_ROOT } from '../pipeline/project-root.ts';

/** What the bench's `kg` children ran: the bundle, or the sources when it could not be built. */
export type CliBuild = 'bundle' | 'sources';

/** True when dist/ was built from the sources as they are now. */
export function isBundleCurrent(root = PROJECT_ROOT): boolean {
  try {
    const built = JSON.parse(readFileSync(join(root, 'dist', 'build.json'), 'utf8')) as { stamp?: unknown };
    return built.stamp === sourceStamp(root);
  } catch {
    return false;
  }
}

/** Rebuilds dist/ when it does not match the sources; says what the children will run. */
export function ensureCurrentBundle(log: (line: string) => void, root = PROJECT_ROOT): CliBuild {
  if (isBundleCurrent(root)) return 'bundle';
  log('the kg bundle (dist/) is older than the sources: rebuilding it, so the timed runs are what npm ci installs');
  spawnSync(process.execPath, [join(root, 'scripts', 'build.mjs')], { cwd: root, stdio: 'inherit' });
  return isBundleCurrent(root) ? 'bundle' : 'sources';
}
