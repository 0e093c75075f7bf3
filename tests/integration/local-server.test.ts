// The project's own scripts manage a real Neo4j: start is idempotent, status tells the
// truth, data survives stop/start, and a taken port is a clear error. Uses its own
// instance on a separate port so the shared test server is never stopped.
import { spawnSync } from 'node:child_process';
import { createServer, type Server } from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { openDriver } from '../../graph/driver.ts';
import { isKgError } from '../../pipeline/errors.ts';
import {
  localConnection,
  localInstance,
  localStatus,
  startLocalNeo4j,
  stopLocalNeo4j,
} from '../../pipeline/local-neo4j.ts';

const PORT = '7698';

function runScript(command: string) {
  return spawnSync(process.execPath, ['--import', 'tsx', 'scripts/neo4j.ts', '--instance', 'test', command], {
    env: { ...process.env, KG_TEST_NEO4J_PORT: PORT },
    encoding: 'utf8',
    timeout: 240_000,
  });
}

describe('npm run neo4j:start / status / stop', () => {
  process.env.KG_TEST_NEO4J_PORT = PORT;
  const instance = localInstance('test');
  delete process.env.KG_TEST_NEO4J_PORT;

  afterAll(async () => {
    await stopLocalNeo4j(instance);
  });

  it('starts, starts again, reports status, and keeps data across a restart', async () => {
    const first = runScript('start');
    expect(first.status, first.stderr).toBe(0);
    expect(first.stdout).toMatch(/Neo4j 5\.26\.\d+ community \(test\) (started in [\d.]+ s|already running)/);

    const second = runScript('start');
    expect(second.status, second.stderr).toBe(0);
    expect(second.stdout).toMatch(/already running/);

    const running = runScript('status');
    expect(running.status).toBe(0);
    expect(running.stdout).toMatch(/is running as pid \d+ at bolt:\/\/127\.0\.0\.1:7698/);

    const settings = localConnection(instance);
    const marker = `persisted-${Date.now()}`;
    let driver = openDriver(settings);
    await driver.executeQuery('MERGE (m:RestartProbe {id: $id})', { id: marker });
    await driver.close();

    expect(runScript('stop').stdout).toMatch(/stopped/);
    const stopped = runScript('status');
    expect(stopped.status).toBe(1);
    expect(stopped.stdout).toMatch(/not running/);
    expect((await localStatus(instance)).isRunning).toBe(false);

    const restart = await startLocalNeo4j(instance);
    expect(restart.wasRunning).toBe(false);
    driver = openDriver(settings);
    try {
      const result = await driver.executeQuery('MATCH (m:RestartProbe {id: $id}) RETURN count(m) AS n', { id: marker });
      expect(Number(result.records[0]?.get('n'))).toBe(1);
      await driver.executeQuery('MATCH (m:RestartProbe) DELETE m');
    } finally {
      await driver.close();
    }
  });

  it('fails with a clear message when the port is taken by another program', async () => {
    await stopLocalNeo4j(instance);
    const blocker: Server = createServer();
    await new Promise<void>((resolve) => blocker.listen(Number(PORT), '127.0.0.1', resolve));
    try {
      const failure = await startLocalNeo4j(instance).then(
        () => undefined,
        (error: unknown) => error,
      );
      expect(isKgError(failure, 'KG_LOCAL_NEO4J')).toBe(true);
      expect((failure as Error).message).toMatch(/Port 7698 on 127\.0\.0\.1 is already in use/);
    } finally {
      await new Promise((resolve) => blocker.close(resolve));
    }
  });
});
