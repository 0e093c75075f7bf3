// Never hang (issue 12): a server that answered at first and then falls silent mid-run (a
// hung process, a network that drops packets) ends every database command within 30 s,
// with a clear message and a non-zero exit; a long statement on a server that still
// answers is not cut short. A TCP proxy in front of the real test Neo4j plays the server
// that falls silent.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { isConnectionError, openDriver, readTransaction, type ConnectionSettings } from '../../graph/driver.ts';
import { ServerSilentError } from '../../graph/errors.ts';
import { LOCK_DOCUMENTS } from '../../graph/statements/load.ts';
import { ERROR_EXIT_CODES } from '../../pipeline/errors.ts';
import { spawnKg, tempCorpus } from './helpers/cli.ts';
import { testConnection } from './helpers/database.ts';
import { startSilencingProxy, type SilencingProxy } from './helpers/silencing-proxy.ts';

/** The test server, as host and port. */
function target(): { host: string; port: number } {
  const url = new URL(testConnection().uri.replace(/^[a-z+]+:/, 'http:'));
  return { host: url.hostname, port: Number(url.port || 7687) };
}

/** Settings that reach the test server through `proxy`. */
function through(proxy: SilencingProxy): ConnectionSettings {
  return { ...testConnection(), uri: `bolt://127.0.0.1:${proxy.port}` };
}

// About 3 s of work on this machine: long enough for several checks at the short limits below.
const SLOW = { name: 'slow-count', text: 'UNWIND range(1, $n) AS x WITH x WHERE x % 7 = 0 RETURN count(*) AS sevens' };
const SLOW_N = 20_000_000;

describe('a server that stops answering mid-run', () => {
  let proxy: SilencingProxy | undefined;
  afterEach(async () => {
    // Dropping the connections makes the server roll back what the silenced run left open.
    await proxy?.close();
    proxy = undefined;
  });

  it('ends kg ingest within 30 s with exit code 5 and a message naming the URI', async () => {
    // Falls silent when the third batch of documents starts: the server has answered the
    // run's reads, the schema and the first writes.
    proxy = await startSilencingProxy(target(), { silenceOn: { text: LOCK_DOCUMENTS.text.slice(0, 40), times: 3 } });
    const settings = through(proxy);
    const run = spawnKg(['ingest', tempCorpus(8), '--source', 'silent'], settings, {
      KG_CACHE_DIR: mkdtempSync(join(tmpdir(), 'kg-silent-cache-')),
    });
    const code = await run.exited;
    const endedAt = Date.now();
    const silencedAt = proxy.silencedAt();
    expect(silencedAt, `the run ended before the server fell silent: ${run.stdout()}${run.stderr()}`).toBeDefined();
    const seconds = (endedAt - silencedAt!) / 1000;
    console.log(
      `kg ingest ended ${seconds.toFixed(1)} s after the server fell silent: ${run.stderr().trim().split('\n').at(-1)}`,
    );
    expect(code, run.stderr()).toBe(ERROR_EXIT_CODES.KG_DB_UNAVAILABLE);
    expect(seconds).toBeLessThan(30);
    expect(run.stderr()).toContain(`Neo4j at ${settings.uri} stopped answering`);
    expect(run.stderr()).toContain('[KG_DB_UNAVAILABLE]');
    expect(run.stderr()).not.toContain(settings.password);
  }, 240_000);

  it('ends kg export and kg status within 30 s with exit code 5, not as an unexpected error', async () => {
    // Each falls silent at its first statement after the connection check, in parallel.
    const commands = [
      {
        args: ['export', '--format', 'json', '--out', mkdtempSync(join(tmpdir(), 'kg-silent-export-'))],
        firstStatement: 'count(CASE WHEN n.id',
      },
      { args: ['status'], firstStatement: 'RETURN count(n) AS count' },
    ];
    const proxies = await Promise.all(
      commands.map((command) =>
        startSilencingProxy(target(), { silenceOn: { text: command.firstStatement, times: 1 } }),
      ),
    );
    try {
      await Promise.all(
        commands.map(async (command, index) => {
          const settings = through(proxies[index]!);
          const run = spawnKg(command.args, settings);
          const code = await run.exited;
          const silencedAt = proxies[index]!.silencedAt();
          expect(
            silencedAt,
            `kg ${command.args[0]} ended before the server fell silent: ${run.stdout()}${run.stderr()}`,
          ).toBeDefined();
          expect((Date.now() - silencedAt!) / 1000).toBeLessThan(30);
          expect(code, run.stderr()).toBe(ERROR_EXIT_CODES.KG_DB_UNAVAILABLE);
          expect(run.stderr()).toContain(`Neo4j at ${settings.uri} stopped answering`);
          expect(run.stderr()).not.toContain('unexpected error');
        }),
      );
    } finally {
      await Promise.all(proxies.map((one) => one.close()));
    }
  }, 120_000);

  it('ends a statement within the limits set, as a lost connection', async () => {
    proxy = await startSilencingProxy(target());
    const driver = openDriver(through(proxy), { checkAfterMs: 300, checkTimeoutMs: 2_000 });
    try {
      const statement = readTransaction(driver, testConnection().database, (runner) => runner.run(SLOW, { n: SLOW_N }));
      setTimeout(() => proxy!.silence(), 500);
      const failure = await statement.then(
        () => undefined,
        (error: unknown) => error,
      );
      const seconds = (Date.now() - proxy.silencedAt()!) / 1000;
      expect(failure).toBeInstanceOf(ServerSilentError);
      expect(isConnectionError(failure)).toBe(true);
      expect((failure as Error).message).toContain(`bolt://127.0.0.1:${proxy.port}`);
      // At most one check's wait and its time limit after the silence began.
      expect(seconds).toBeLessThan(0.3 + 2 + 1);
    } finally {
      void driver.close().catch(() => {});
    }
  });

  it('lets a long statement finish while the server answers the checks', async () => {
    proxy = await startSilencingProxy(target(), { count: ['RETURN 1'] });
    const driver = openDriver(through(proxy), { checkAfterMs: 300, checkTimeoutMs: 2_000 });
    try {
      const result = await readTransaction(driver, testConnection().database, (runner) =>
        runner.run(SLOW, { n: SLOW_N }),
      );
      expect(result.records).toEqual([{ sevens: Math.floor(SLOW_N / 7) }]);
      expect(proxy.sent('RETURN 1')).toBeGreaterThan(0); // it was checked on, and let be
    } finally {
      await driver.close();
    }
  });
});
