// `npm run neo4j:start|stop|status [-- --instance test]`: manages the project's local Neo4j.
import { Command } from 'commander';
import { isKgError } from '../pipeline/errors.ts';
import {
  localInstance,
  localStatus,
  startLocalNeo4j,
  stopLocalNeo4j,
  type InstanceName,
} from '../pipeline/local-neo4j.ts';

function instanceOption(value: string): InstanceName {
  if (value !== 'dev' && value !== 'test') throw new Error(`--instance must be "dev" or "test", not "${value}"`);
  return value;
}

const program = new Command('neo4j')
  .description('Manage the local Neo4j Community server (127.0.0.1, authentication on)')
  .option(
    '--instance <name>',
    'dev (used by kg commands) or test (used by the integration tests)',
    instanceOption,
    'dev',
  );

program
  .command('start')
  .description('download (first time), start and wait until Bolt answers')
  .action(async () => {
    const instance = localInstance(program.opts<{ instance: InstanceName }>().instance);
    const result = await startLocalNeo4j(instance, (line) => console.log(line));
    const what = result.wasRunning ? 'already running' : `started in ${result.seconds.toFixed(1)} s`;
    console.log(`Neo4j ${result.server.version} ${result.server.edition} (${instance.name}) ${what} at ${result.uri}`);
  });

program
  .command('stop')
  .description('stop the server (data is kept)')
  .action(async () => {
    const instance = localInstance(program.opts<{ instance: InstanceName }>().instance);
    console.log(
      (await stopLocalNeo4j(instance))
        ? `Neo4j (${instance.name}) stopped.`
        : `Neo4j (${instance.name}) was not running.`,
    );
  });

program
  .command('status')
  .description('tell whether the server runs and answers; exit 1 if not')
  .action(async () => {
    const instance = localInstance(program.opts<{ instance: InstanceName }>().instance);
    const status = await localStatus(instance);
    if (!status.isRunning) {
      console.log(
        `Neo4j (${instance.name}) is not running (would listen at ${instance.uri}; data in ${instance.home}/data).`,
      );
      process.exitCode = 1;
    } else if (status.server) {
      console.log(
        `Neo4j ${status.server.version} ${status.server.edition} (${instance.name}) is running as pid ${status.pid} at ${instance.uri}; data in ${instance.home}/data.`,
      );
    } else {
      console.log(
        `Neo4j (${instance.name}) process ${status.pid} is running but does not answer at ${instance.uri}: ${status.problem}`,
      );
      process.exitCode = 1;
    }
  });

try {
  await program.parseAsync(process.argv);
} catch (error) {
  console.error(isKgError(error) ? `error [${error.code}]: ${error.message}` : error);
  process.exitCode = 1;
}
