// The `kg` command line: a thin argv -> API shell. Each subcommand lives in
// pipeline/commands/; this file wires them and owns the one error reporter.
import { Command, CommanderError } from 'commander';
import { isConnectionError } from '../graph/driver.ts';
import { ServerSilentError } from '../graph/errors.ts';
import { ERROR_EXIT_CODES, isKgError, KgError } from './errors.ts';
import { registerExtractCommand } from './commands/extract.ts';
import { registerIngestCommands } from './commands/ingest.ts';
import { registerQueryCommands } from './commands/query.ts';
import { registerServeCommand } from './commands/serve.ts';

/** Builds the command tree; exported so tests can inspect options without running anything. */
export function buildProgram(): Command {
  const program = new Command('kg')
    .description('Turn documents about public bodies into a clean, queryable Neo4j graph.')
    .version('0.1.0')
    .showHelpAfterError('(run kg --help for usage)')
    .exitOverride();
  registerExtractCommand(program);
  registerIngestCommands(program);
  registerQueryCommands(program);
  registerServeCommand(program);
  return program;
}

/** Prints an error for a person and returns the process exit code it maps to. */
export function reportError(error: unknown): number {
  if (error instanceof CommanderError) {
    // Commander already printed its message (or the help text).
    return error.exitCode === 0 ? 0 : ERROR_EXIT_CODES.KG_USAGE;
  }
  if (isKgError(error)) {
    console.error(`kg: ${error.message} [${error.code}]`);
    return ERROR_EXIT_CODES[error.code];
  }
  if (isConnectionError(error)) {
    // A lost or silent server that the command did not describe itself (kg status, kg
    // sources ...) is still no bug: exit code 5 as everywhere else. A silent server's message names it.
    const reason = error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error);
    const what = error instanceof ServerSilentError ? reason : `Lost the connection to Neo4j: ${reason}`;
    return reportError(new KgError('KG_DB_UNAVAILABLE', `${what}. Is the server still running?`, { cause: error }));
  }
  console.error('kg: unexpected error (a bug; please report it):');
  console.error(error);
  return 1;
}

/** Runs the CLI with process-style argv and resolves to the exit code. */
export async function main(argv: string[]): Promise<number> {
  try {
    await buildProgram().parseAsync(argv);
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (error) {
    return reportError(error);
  }
}
