import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../../../pipeline/project-root.ts';
import { EVAL_SETS, evalSet, missingPart } from '../../../../scripts/eval/sets.ts';

describe('evaluation sets', () => {
  it('names seeds, real and eval-dev, in the order npm run eval prints them', () => {
    expect(EVAL_SETS.map((set) => set.name)).toEqual(['seeds', 'real', 'eval-dev']);
    expect(evalSet('real').corpus).toBe(join(PROJECT_ROOT, '..', 'shared', 'eval', 'real', 'docs'));
    expect(evalSet('eval-dev').gold).toBe(join(PROJECT_ROOT, 'tests', 'fixtures', 'eval-dev-gold'));
  });

  it('an unknown name is an error that lists the known ones', () => {
    expect(() => evalSet('reel')).toThrow('unknown evaluation set "reel": expected one of seeds, real, eval-dev');
  });

  it.skipIf(missingPart(evalSet('eval-dev')) !== undefined)('says which part of a set is missing', () => {
    expect(missingPart({ corpus: '/nowhere/docs', gold: evalSet('eval-dev').gold })).toBe(
      'its documents /nowhere/docs are missing',
    );
    expect(missingPart({ corpus: evalSet('eval-dev').corpus, gold: '/nowhere/gold' })).toBe(
      'its gold /nowhere/gold is missing',
    );
  });
});
