// `npm run eval [-- --corpus DIR --gold DIR] [scorer options]`: extracts a corpus (default
// seeds/) and prints the shared scorer's table against its gold (default ../shared/eval/gold).
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { runExtraction } from '../pipeline/extract.ts';
import { SHARED_EVAL_DIR, scoreExtraction } from './eval/score.ts';
import { PROJECT_ROOT } from './neo4j/local-server.ts';

const { values, tokens } = parseArgs({
  options: { corpus: { type: 'string' }, gold: { type: 'string' } },
  strict: false,
  tokens: true,
});
const passThrough = tokens.filter((token) => token.kind !== 'option' || (token.name !== 'corpus' && token.name !== 'gold')).map((token) => ('rawName' in token ? token.rawName : token.kind === 'positional' ? token.value : ''));
const corpus = typeof values.corpus === 'string' ? values.corpus : join(PROJECT_ROOT, 'seeds');
const gold = typeof values.gold === 'string' ? values.gold : join(SHARED_EVAL_DIR, 'gold');
const extraction = await runExtraction({ paths: [corpus] });
const { output, status } = scoreExtraction(extraction, gold, passThrough.filter(Boolean));
process.stdout.write(output);
process.exitCode = status;
