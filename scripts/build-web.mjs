// Builds the dashboard page `kg serve` serves at / into dist/web: web/src bundled with
// cytoscape by esbuild into one script, plus the page and its stylesheet. Nothing is loaded
// from elsewhere at run time.
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';

/** Bundles web/ into `outdir` (default dist/web under `root`). */
export async function buildWeb(root, outdir = join(root, 'dist', 'web')) {
  const { build } = await import('esbuild');
  mkdirSync(outdir, { recursive: true });
  await build({
    absWorkingDir: root,
    entryPoints: ['web/src/main.ts'],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: ['es2022'],
    minify: true,
    outfile: join(outdir, 'app.js'),
    logLevel: 'warning',
    legalComments: 'linked',
  });
  copyFileSync(join(root, 'web', 'index.html'), join(outdir, 'index.html'));
  copyFileSync(join(root, 'web', 'app.css'), join(outdir, 'app.css'));
  return outdir;
}
