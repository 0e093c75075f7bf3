// Extraction that generalises survives meaning-preserving rewrites: each rewrite of
// scripts/eval/perturb/ (neutral heading, bold lead on its own line, name line + title line,
// markdown <-> text, bullets -> table, profile blocks, heading level shift) is applied to the
// real pages of ../shared/eval/real (read at test time, never copied) and the eval-dev
// fixtures. Every document a rewrite changes is extracted as it is and rewritten, both are
// scored by the shared scorer against the same gold, and neither its entity F1 nor its
// relation F1 may move by more than 2 points (issue 11, item 5). `npm run eval:perturb`
// prints the same table without vitest.
import { existsSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { REWRITES } from '../../../scripts/eval/perturb/index.ts';
import {
  formatDeltaTable,
  MAX_F1_MOVE,
  measureRewrites,
  planRewrites,
  type DeltaRow,
} from '../../../scripts/eval/perturb/measure.ts';
import { SHARED_EVAL_DIR } from '../../../scripts/eval/score.ts';
import { evalSet } from '../../../scripts/eval/sets.ts';

const hasShared = existsSync(SHARED_EVAL_DIR);
// Planning only reads and rewrites pages (no extraction), so the cases are known up front.
const { planned, counts } = hasShared
  ? planRewrites([evalSet('real'), evalSet('eval-dev')])
  : { planned: [], counts: [] };

describe.skipIf(!hasShared)(
  'perturbation: meaning-preserving rewrites move no document F1 by more than 2 points',
  () => {
    let rows: DeltaRow[] = [];

    beforeAll(async () => {
      rows = await measureRewrites(planned);
      console.log(formatDeltaTable(rows, counts));
    }, 240_000);

    it.each(REWRITES.map((rewrite) => [rewrite.id]))(
      '%s changes at least one document (else it tests nothing)',
      (id) => {
        const changed = counts.filter((count) => count.rewrite === id).reduce((sum, count) => sum + count.changed, 0);
        expect(changed).toBeGreaterThan(0);
      },
    );

    it.each(REWRITES.flatMap((rewrite) => (['real', 'eval-dev'] as const).map((set) => [rewrite.id, set] as const)))(
      '%s on %s: no document moves beyond ±2 points',
      (rewrite, set) => {
        const beyond = rows.filter((row) => row.rewrite === rewrite && row.set === set && isBeyond(row));
        expect(beyond, `documents beyond ±${MAX_F1_MOVE * 100} points:\n${formatDeltaTable(beyond)}`).toEqual([]);
      },
    );
  },
);

function isBeyond(row: DeltaRow): boolean {
  // A float's rounding is no move.
  return (
    Math.abs(row.after.entityF1 - row.before.entityF1) > MAX_F1_MOVE + 1e-9 ||
    Math.abs(row.after.relationF1 - row.before.relationF1) > MAX_F1_MOVE + 1e-9
  );
}
