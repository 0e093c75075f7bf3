// `kg ingest`, `kg status`, `kg reset`, `kg start`: loading into Neo4j and reporting on it.
import type { Command } from 'commander';
import { connectDatabase } from '../database.ts';
import { notAvailableYet } from './not-yet.ts';

/** Adds the database-writing and reporting commands to the program. */
export function registerIngestCommands(program: Command): void {
  program
    .command('ingest')
    .description('extract documents and load them idempotently into Neo4j')
    .argument('[paths...]', 'files or folders of .txt/.md documents', ['seeds'])
    .action(() => notAvailableYet('ingest', 'loading'));

  program
    .command('status')
    .description('show the database this tool writes to and what it holds')
    .option('--json', 'print JSON')
    .action(async (options: { json?: boolean }) => {
      const database = await connectDatabase({ log: (line) => console.error(line) });
      try {
        const summary = { uri: database.settings.uri, version: database.server.version, edition: database.server.edition };
        console.log(options.json ? JSON.stringify(summary, null, 2) : `Neo4j ${summary.version} ${summary.edition} at ${summary.uri}`);
      } finally {
        await database.close();
      }
    });

  program
    .command('reset')
    .description('remove everything this tool wrote, constraints included')
    .option('--yes', 'confirm')
    .action(() => notAvailableYet('reset', 'loading'));

  program
    .command('start')
    .description('ingest seeds/ and print a summary and a few analyses (what npm start runs)')
    .action(() => notAvailableYet('start', 'loading'));
}
