// `npm run eval [-- --set NAME[,NAME]] [--corpus DIR --gold DIR] [scorer options]`: extracts
// each evaluation set (scripts/eval/sets.ts: seeds, real, eval-dev; all of them by default)
// and prints the shared scorer's table for each, under a header line naming the set.
// --corpus/--gold add an ad-hoc set; other options (--per-document, --verbose, --json,
// --min-entity-f1 X ...) go to the scorer. Exit status: 0 scored; the scorer's status when
// it fails (1 below a --min-* bar, 2 bad input); 2 for an unknown set, a failed extraction or
// a set the user named whose files are missing.
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { PROJECT_ROOT } from '../pipeline/project-root.ts';
import { runExtraction } from '../pipeline/extract.ts';
import { SHARED_EVAL_DIR, scoreExtraction } from './eval/score.ts';
import { EVAL_SETS, evalSet, missingPart, type EvalSet } from './eval/sets.ts';

const OWN_OPTIONS = new Set(['set', 'corpus', 'gold']);

const { values, tokens } = parseArgs({
  options: { set: { type: 'string', multiple: true }, corpus: { type: 'string' }, gold: { type: 'string' } },
  strict: false,
  allowPositionals: true,
  tokens: true,
});
const passThrough: string[] = [];
for (const token of tokens) {
  if (token.kind === 'option' && !OWN_OPTIONS.has(token.name)) {
    passThrough.push(token.rawName);
    if (token.inlineValue && token.value !== undefined) passThrough.push(String(token.value));
  } else if (token.kind === 'positional') passThrough.push(token.value);
}

/** A path as the user would type it from the project folder. */
function shown(path: string): string {
  return relative(PROJECT_ROOT, path) || '.';
}

function chosenSets(): { sets: EvalSet[]; isExplicit: boolean } {
  const names = (values.set ?? [])
    .flatMap((value) => String(value).split(','))
    .map((name) => name.trim())
    .filter(Boolean);
  const sets = names.map(evalSet);
  if (typeof values.corpus === 'string' || typeof values.gold === 'string') {
    const corpus = typeof values.corpus === 'string' ? values.corpus : join(PROJECT_ROOT, 'seeds');
    const gold = typeof values.gold === 'string' ? values.gold : join(SHARED_EVAL_DIR, 'gold');
    sets.push({ name: 'custom', corpus, gold, isShared: false });
  }
  return sets.length > 0 ? { sets, isExplicit: true } : { sets: [...EVAL_SETS], isExplicit: false };
}

async function main(): Promise<number> {
  let chosen;
  try {
    chosen = chosenSets();
  } catch (error) {
    process.stderr.write(`eval: ${(error as Error).message}\n`);
    return 2;
  }
  let status = 0;
  for (const [index, set] of chosen.sets.entries()) {
    if (index > 0) process.stdout.write('\n');
    process.stdout.write(`== ${set.name}: ${shown(set.corpus)} against ${shown(set.gold)}\n`);
    const missing = missingPart(set);
    if (missing) {
      // Skipping a default set is not an error (a clone without ../shared); a named one is.
      process.stdout.write(`skipped: ${missing}\n`);
      if (chosen.isExplicit) status = 2;
      continue;
    }
    let extraction;
    try {
      extraction = await runExtraction({ paths: [set.corpus] });
    } catch (error) {
      process.stdout.write(`extraction failed: ${(error as Error).message}\n`);
      status = 2;
      continue;
    }
    const { output, status: scoreStatus } = scoreExtraction(extraction, set.gold, passThrough);
    process.stdout.write(output);
    if (scoreStatus !== 0) status = Math.max(status, scoreStatus);
  }
  return status;
}

process.exitCode = await main();
