// `kg extract`: documents -> extraction JSON (no database).
import type { Command } from 'commander';
import { notAvailableYet } from './not-yet.ts';

/** Adds `extract` to the program. */
export function registerExtractCommand(program: Command): void {
  program
    .command('extract')
    .description('extract entities and relations from documents into JSON (no database needed)')
    .argument('[paths...]', 'files or folders of .txt/.md documents', ['seeds'])
    .option('-o, --out <file>', 'output file, or - for stdout', '-')
    .action(() => notAvailableYet('extract', 'extraction'));
}
