// `kg query` and `kg export`: named analyses and whole-graph exports.
import type { Command } from 'commander';
import { notAvailableYet } from './not-yet.ts';

/** Adds `query` and `export` to the program. */
export function registerQueryCommands(program: Command): void {
  program
    .command('query')
    .description('run a named analysis or a .cypher file in a read session')
    .argument('[name]', 'analysis name or .cypher file')
    .action(() => notAvailableYet('query', 'the analyses'));

  program
    .command('export')
    .description('export the whole graph as JSON, CSV or GraphML')
    .action(() => notAvailableYet('export', 'export'));
}
