// `kg serve`: the read-only HTTP API and dashboard page, until Ctrl-C.
import { InvalidArgumentError, type Command } from 'commander';
import { connectDatabase } from '../database.ts';
import { KgError } from '../errors.ts';
import { assertServeAllowed } from '../serve/security.ts';

interface ServeFlags {
  host: string;
  port: number;
  cors?: string;
  queryTimeout: number;
}

function parseInteger(min: number, max: number) {
  return (value: string): number => {
    const number = Number(value);
    if (!Number.isInteger(number) || number < min || number > max)
      throw new InvalidArgumentError(`expected an integer from ${min} to ${max}, got "${value}"`);
    return number;
  };
}

/** Adds `serve` to the program. */
export function registerServeCommand(program: Command): void {
  program
    .command('serve')
    .description('serve a read-only HTTP API (/api/...) and a dashboard page (/) over the graph')
    .option('--host <host>', 'address to listen on (anything but loopback needs KG_SERVE_TOKEN)', '127.0.0.1')
    .option('--port <port>', 'port to listen on (0: any free port)', parseInteger(0, 65535), 7475)
    .option('--cors <origin>', 'allow browser pages of this one origin (e.g. http://localhost:3000) to call the API')
    .option('--query-timeout <ms>', 'cancel a query that runs longer than this', parseInteger(100, 3_600_000), 30_000)
    .action(async (flags: ServeFlags) => {
      const token = process.env.KG_SERVE_TOKEN || undefined;
      // Refuse an open bind before starting anything.
      assertServeAllowed(flags.host, token);
      const database = await connectDatabase({ log: (line) => console.error(line) });
      // Loaded here, not at the top: fastify and its plugins cost every other command about
      // a quarter of a second of start-up (eslint.config.js keeps it so).
      const { buildServer } = await import('../serve/server.ts');
      const app = await buildServer({
        driver: database.driver,
        database: database.settings.database,
        token,
        corsOrigin: flags.cors,
        queryTimeoutMs: flags.queryTimeout,
      });
      try {
        await app.listen({ host: flags.host, port: flags.port });
      } catch (error) {
        await database.close();
        const code = (error as { code?: unknown }).code;
        if (code === 'EADDRINUSE')
          throw new KgError('KG_USAGE', `Port ${flags.port} on ${flags.host} is taken: pass another --port`, {
            cause: error,
          });
        throw new KgError('KG_USAGE', `Cannot listen on ${flags.host}:${flags.port}: ${(error as Error).message}`, {
          cause: error,
        });
      }
      const address = app.server.address();
      const port = typeof address === 'object' && address ? address.port : flags.port;
      const host = flags.host.includes(':') ? `[${flags.host}]` : flags.host;
      console.log(
        `kg serve: dashboard at http://${host}:${port}/ and API at http://${host}:${port}/api/ (OpenAPI: /api/openapi.json); graph at ${database.settings.uri}${token ? '; bearer token required' : ''}. Ctrl-C stops.`,
      );
      await new Promise<void>((resolve) => {
        const stop = (): void => {
          process.off('SIGINT', stop);
          process.off('SIGTERM', stop);
          resolve();
        };
        process.on('SIGINT', stop);
        process.on('SIGTERM', stop);
      });
      await app.close();
      await database.close();
    });
}
