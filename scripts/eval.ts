// `npm run eval`: extracts seeds/ into a temporary file and prints the scorer's table
// (../shared/eval/score.mjs against ../shared/eval/gold).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runExtraction } from '../pipeline/extract.ts';

const dir = mkdtempSync(join(tmpdir(), 'kg-eval-'));
const pred = join(dir, 'extraction.json');
try {
  const extraction = await runExtraction({ paths: ['seeds'] });
  writeFileSync(pred, `${JSON.stringify(extraction, null, 2)}\n`);
  const extra = process.argv.slice(2);
  const result = spawnSync(process.execPath, ['../shared/eval/score.mjs', '--gold', '../shared/eval/gold', '--pred', pred, ...extra], { stdio: 'inherit' });
  process.exitCode = result.status ?? 1;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
