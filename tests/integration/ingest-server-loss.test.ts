// Issue 5's acceptance criterion 5: Neo4j stopping in the middle of an ingest makes
// kg ingest fail with a clear message, and a re-run after a restart repairs the graph. Runs
// on a SEPARATE local instance (its own port and data) that this file starts and stops.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDriver, type ConnectionSettings, type Driver } from '../../graph/driver.ts';
import { runIngest } from '../../pipeline/ingest.ts';
import {
  localConnection,
  localInstance,
  startLocalNeo4j,
  stopLocalNeo4j,
  type LocalInstance,
} from '../../pipeline/local-neo4j.ts';
import { spawnKg, tempCorpus, waitFor } from './helpers/cli.ts';
import { fingerprint } from './helpers/fingerprint.ts';

const PORT = process.env.KG_LOSS_TEST_NEO4J_PORT ?? '7697';

/** The "test" instance moved to PORT (a moved port has its own data folder). */
function lossInstance(): LocalInstance {
  const saved = process.env.KG_TEST_NEO4J_PORT;
  process.env.KG_TEST_NEO4J_PORT = PORT;
  try {
    return localInstance('test');
  } finally {
    if (saved === undefined) delete process.env.KG_TEST_NEO4J_PORT;
    else process.env.KG_TEST_NEO4J_PORT = saved;
  }
}

describe('kg ingest when Neo4j stops (acceptance 5)', () => {
  const instance = lossInstance();
  let settings: ConnectionSettings;
  let driver: Driver | undefined;

  beforeAll(async () => {
    await startLocalNeo4j(instance);
    settings = localConnection(instance);
    driver = openDriver(settings);
    await driver.executeQuery('MATCH (n) DETACH DELETE n');
  }, 240_000);
  afterAll(async () => {
    await driver?.close();
    await stopLocalNeo4j(instance);
  }, 120_000);

  it('fails with a message naming the URI, and the next run repairs the graph', async () => {
    const corpus = tempCorpus(8);
    const victim = spawnKg(['ingest', corpus, '--concurrency', '2'], settings);
    await waitFor(
      () => /\[2\/\d+\]/.test(victim.stderr()) || victim.child.exitCode !== null,
      240_000,
      'two documents written',
    );
    await driver!.close();
    driver = undefined;
    await stopLocalNeo4j(instance);
    const code = await victim.exited;
    const stderr = victim.stderr();
    console.log(`kg ingest after the server stopped: exit ${code}: ${stderr.trim().split('\n').at(-1)}`);
    expect(code).toBe(5);
    expect(stderr).toContain(settings.uri);
    expect(stderr).toContain('KG_DB_UNAVAILABLE');
    expect(stderr).not.toContain(settings.password);

    await startLocalNeo4j(instance);
    driver = openDriver(settings);
    const database = { driver, settings };
    const repair = await runIngest({ database, paths: [corpus] });
    expect(repair.documents.failed).toBe(0);
    const repaired = await fingerprint(driver);
    await driver.executeQuery('MATCH (n) DETACH DELETE n');
    await runIngest({ database, paths: [corpus] });
    expect(repaired).toEqual(await fingerprint(driver));
  }, 600_000);
});
