import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { sourceStamp } from '../../../bin/source-stamp.js';
import { ensureCurrentBundle, isBundleCurrent } from '../../../bench/cli-bundle.ts';

let root: string | undefined;
afterEach(() => {
  if (root) rmSync(root, { recursive: true, force: true });
  root = undefined;
});

/** A project with one source file per folder the stamp covers, and a dist/ built from them. */
function builtProject(): string {
  const dir = mkdtempSync(join(tmpdir(), 'kg-cli-bundle-'));
  for (const folder of ['pipeline', 'extractors', 'graph', 'cypher']) {
    mkdirSync(join(dir, folder));
    writeFileSync(join(dir, folder, 'a.ts'), `export const folder = '${folder}';\n`);
  }
  mkdirSync(join(dir, 'dist'));
  writeFileSync(join(dir, 'dist', 'build.json'), JSON.stringify({ stamp: sourceStamp(dir) }));
  return dir;
}

describe('the bench times the bundle a user runs', () => {
  it('takes a bundle built from the sources as they are as current', () => {
    root = builtProject();
    expect(isBundleCurrent(root)).toBe(true);
    expect(ensureCurrentBundle(() => {}, root)).toBe('bundle');
  });

  it('sees a bundle as stale once a source changes, and says so when it cannot rebuild it', () => {
    root = builtProject();
    writeFileSync(join(root, 'extractors', 'a.ts'), "export const folder = 'edited';\n");
    expect(isBundleCurrent(root)).toBe(false);
    const lines: string[] = [];
    // This project has no scripts/build.mjs: the rebuild fails and the children would run the sources.
    expect(ensureCurrentBundle((line) => lines.push(line), root)).toBe('sources');
    expect(lines.join('\n')).toMatch(/older than the sources: rebuilding/);
  });

  it('sees no bundle at all as not current', () => {
    root = builtProject();
    rmSync(join(root, 'dist'), { recursive: true });
    expect(isBundleCurrent(root)).toBe(false);
  });
});
