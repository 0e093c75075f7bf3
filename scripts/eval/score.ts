// Scores an extraction with the shared scorer (../shared/eval/score.mjs), so `npm run eval`
// and the quality tests read the very numbers the team is judged by.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Extraction } from '../../extractors/types.ts';
import { PROJECT_ROOT } from '../../pipeline/project-root.ts';

/** Where the shared scorer and the seeds' gold live (beside the repository). */
export const SHARED_EVAL_DIR = join(PROJECT_ROOT, '..', 'shared', 'eval');

/** One row of the scorer's table. */
export interface ScoreRow {
  gold: number;
  pred: number;
  tp: number;
  precision: number;
  recall: number;
  f1: number;
}

/** The scorer's JSON: per entity and relation type, plus `all`. */
export interface Score {
  entities: Record<string, ScoreRow>;
  relations: Record<string, ScoreRow>;
}

/** Runs the shared scorer on `extraction` against the gold files in `goldDir`. */
export function scoreExtraction(
  extraction: Extraction,
  goldDir: string,
  extraArgs: string[] = ['--json'],
): { score: Score | undefined; output: string; status: number } {
  const dir = mkdtempSync(join(tmpdir(), 'kg-score-'));
  try {
    const pred = join(dir, 'extraction.json');
    writeFileSync(pred, JSON.stringify(extraction));
    const result = spawnSync(
      process.execPath,
      [join(SHARED_EVAL_DIR, 'score.mjs'), '--gold', goldDir, '--pred', pred, ...extraArgs],
      { encoding: 'utf8' },
    );
    const output = `${result.stdout}${result.stderr}`;
    const score =
      extraArgs.includes('--json') && result.status === 0 ? (JSON.parse(result.stdout) as Score) : undefined;
    return { score, output, status: result.status ?? 1 };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
