// The evaluation sets: a corpus of documents and the hand-written gold that judges it. One
// list, so `npm run eval`, the quality test and the perturbation report name the same sets.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../../pipeline/project-root.ts';
import { SHARED_EVAL_DIR } from './score.ts';

/** One evaluation set: where its documents and its gold files are. */
export interface EvalSet {
  name: string;
  corpus: string;
  gold: string;
  /** True when the set lives in ../shared (read-only, beside the clone), so it may be absent. */
  isShared: boolean;
}

const FIXTURES = join(PROJECT_ROOT, 'tests', 'fixtures');

/** The named sets, in the order `npm run eval` prints them. */
export const EVAL_SETS: readonly EvalSet[] = [
  { name: 'seeds', corpus: join(PROJECT_ROOT, 'seeds'), gold: join(SHARED_EVAL_DIR, 'gold'), isShared: true },
  {
    name: 'real',
    corpus: join(SHARED_EVAL_DIR, 'real', 'docs'),
    gold: join(SHARED_EVAL_DIR, 'real', 'gold'),
    isShared: true,
  },
  { name: 'eval-dev', corpus: join(FIXTURES, 'eval-dev'), gold: join(FIXTURES, 'eval-dev-gold'), isShared: false },
];

/** The set named `name`; throws with the known names when there is none. */
export function evalSet(name: string): EvalSet {
  const found = EVAL_SETS.find((set) => set.name === name);
  if (!found)
    throw new Error(`unknown evaluation set "${name}": expected one of ${EVAL_SETS.map((set) => set.name).join(', ')}`);
  return found;
}

/** Why `set` cannot be scored here (its corpus, gold or the shared scorer is missing), or undefined. */
export function missingPart(set: Pick<EvalSet, 'corpus' | 'gold'>): string | undefined {
  if (!existsSync(join(SHARED_EVAL_DIR, 'score.mjs')))
    return `the shared scorer ${join(SHARED_EVAL_DIR, 'score.mjs')} is missing: check out ../shared beside this repository`;
  if (!existsSync(set.corpus))
    return `its documents ${set.corpus} are missing${set.corpus.startsWith(SHARED_EVAL_DIR) ? ': check out ../shared beside this repository' : ''}`;
  if (!existsSync(set.gold))
    return `its gold ${set.gold} is missing${set.gold.startsWith(SHARED_EVAL_DIR) ? ': check out ../shared beside this repository' : ''}`;
  return undefined;
}
