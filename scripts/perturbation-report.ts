// `npm run eval:perturb [-- --set NAME[,NAME]] [--rewrite ID[,ID]]`: prints what each
// meaning-preserving rewrite (scripts/eval/perturb/) does to each document's entity and
// relation F1, without vitest. Sets default to real and eval-dev. Exit status: 0 when every
// move is within 2 points, 1 when some are not, 2 when the sets cannot be read.
import { parseArgs } from 'node:util';
import { exceedsBound, formatDeltaTable, measureRewrites, planRewrites } from './eval/perturb/measure.ts';
import { REWRITES } from './eval/perturb/index.ts';
import { evalSet, missingPart } from './eval/sets.ts';

const DEFAULT_SETS = ['real', 'eval-dev'];

function listOption(values: (string | boolean)[] | undefined): string[] {
  return (values ?? [])
    .flatMap((value) => String(value).split(','))
    .map((name) => name.trim())
    .filter(Boolean);
}

async function main(): Promise<number> {
  let values;
  let sets;
  try {
    ({ values } = parseArgs({
      options: { set: { type: 'string', multiple: true }, rewrite: { type: 'string', multiple: true } },
    }));
    sets = (listOption(values.set).length > 0 ? listOption(values.set) : DEFAULT_SETS).map(evalSet);
  } catch (error) {
    process.stderr.write(`eval:perturb: ${(error as Error).message}\n`);
    return 2;
  }
  const wanted = listOption(values.rewrite);
  const unknown = wanted.filter((id) => !REWRITES.some((rewrite) => rewrite.id === id));
  if (unknown.length > 0) {
    process.stderr.write(
      `eval:perturb: unknown rewrite ${unknown.join(', ')}: expected one of ${REWRITES.map((rewrite) => rewrite.id).join(', ')}\n`,
    );
    return 2;
  }
  for (const set of sets) {
    const missing = missingPart(set);
    if (missing) {
      process.stderr.write(`eval:perturb: cannot read set ${set.name}: ${missing}\n`);
      return 2;
    }
  }
  const rewrites = wanted.length > 0 ? REWRITES.filter((rewrite) => wanted.includes(rewrite.id)) : REWRITES;
  const { planned, counts } = planRewrites(sets, rewrites);
  const rows = await measureRewrites(planned);
  process.stdout.write(`${formatDeltaTable(rows, counts)}\n`);
  const broken = rows.filter(exceedsBound).length;
  process.stdout.write(`\n${broken} of ${rows.length} rewritten documents move an F1 by more than 2 points\n`);
  return broken > 0 ? 1 : 0;
}

process.exitCode = await main();
