// Extraction quality, measured with the shared scorer on each evaluation set
// (scripts/eval/sets.ts): the seeds, the real pages of ../shared/eval/real and the
// hand-annotated eval-dev fixtures, each held at the floor of quality-bars.ts. ../shared is
// read as CI has it (a read-only copy beside the clone); without it there is nothing to
// score against, so the suite skips.
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runExtraction } from '../../../pipeline/extract.ts';
import { SHARED_EVAL_DIR, scoreExtraction } from '../../../scripts/eval/score.ts';
import { evalSet } from '../../../scripts/eval/sets.ts';
import { QUALITY_BARS, SCORED_ENTITY_TYPES, SCORED_RELATION_TYPES, shortfalls } from './quality-bars.ts';

const SET_NAMES = Object.keys(QUALITY_BARS) as (keyof typeof QUALITY_BARS)[];

describe('quality bars table', () => {
  it.each(SET_NAMES)('%s: every floor is at or below its target', (name) => {
    const { target, floor } = QUALITY_BARS[name];
    // Read as a score, the target must reach every floor: a floor above its target is a typo.
    const targetAsScore = {
      entities: toRows(target.entityF1, target.entityTypeF1),
      relations: toRows(target.relationF1, target.relationTypeF1),
    };
    expect(shortfalls(targetAsScore, floor)).toEqual([]);
  });

  it('the real set has a per-type bar for every scored type', () => {
    const { target, floor } = QUALITY_BARS.real;
    for (const bars of [target, floor]) {
      expect(Object.keys(bars.entityTypeF1 ?? {}).sort()).toEqual([...SCORED_ENTITY_TYPES].sort());
      expect(Object.keys(bars.relationTypeF1 ?? {}).sort()).toEqual([...SCORED_RELATION_TYPES].sort());
    }
  });
});

function toRows(all: number, types: Record<string, number> | undefined): Record<string, { f1: number }> {
  return Object.fromEntries([['all', { f1: all }], ...Object.entries(types ?? {}).map(([type, f1]) => [type, { f1 }])]);
}

describe.skipIf(!existsSync(SHARED_EVAL_DIR))('extraction quality (shared scorer)', () => {
  it.each(SET_NAMES)(
    '%s holds its floor',
    async (name) => {
      const set = evalSet(name);
      const extraction = await runExtraction({ paths: [set.corpus] });
      const { score, output } = scoreExtraction(extraction, set.gold);
      expect(score, output).toBeDefined();
      // Which types the scorer reports must match the table, or a new type goes unguarded.
      expect(
        Object.keys(score!.entities)
          .filter((type) => type !== 'all')
          .sort(),
      ).toEqual([...SCORED_ENTITY_TYPES].sort());
      expect(
        Object.keys(score!.relations)
          .filter((type) => type !== 'all')
          .sort(),
      ).toEqual([...SCORED_RELATION_TYPES].sort());
      const table = scoreExtraction(extraction, set.gold, []).output;
      const short = shortfalls(score!, QUALITY_BARS[name].floor).map(
        ({ what, f1, bar }) => `${what}: F1 ${f1.toFixed(3)} < floor ${bar}`,
      );
      expect(short, `${name} (${set.corpus}) falls short of its floor; the scorer's table:\n${table}`).toEqual([]);
    },
    120_000,
  );
});
