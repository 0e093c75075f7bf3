#!/usr/bin/env node
// Entry of the `kg` command: runs the bundle in dist/ when it was built from the sources as
// they are now (scripts/build.mjs), else registers the TypeScript loader and runs the sources.
// KG_FROM_SOURCES=1 always runs the sources.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { sourceStamp } from './source-stamp.js';

const root = fileURLToPath(new URL('..', import.meta.url));

// A reader that stops early (`kg extract --explain DOC | head -3`) closes the pipe: stop
// quietly with exit code 0, as command-line tools do, rather than crash on EPIPE with a
// stack trace. Any other error on stdout is still thrown.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

function isBundleCurrent() {
  if (process.env.KG_FROM_SOURCES === '1') return false;
  try {
    return JSON.parse(readFileSync(new URL('../dist/build.json', import.meta.url), 'utf8')).stamp === sourceStamp(root);
  } catch {
    return false;
  }
}

let main;
if (isBundleCurrent()) {
  ({ main } = await import('../dist/cli.js'));
} else {
  const { register } = await import('tsx/esm/api');
  register();
  ({ main } = await import('../pipeline/cli.ts'));
}
process.exitCode = await main(process.argv);
// The command is done: a socket a silent server never answered must not keep the process
// alive (a cron job would hang). Unref'd, so a process with nothing left exits at once.
globalThis.setTimeout(() => process.exit(), 1_000).unref();
