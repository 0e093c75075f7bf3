// Loads seeds/ into the test database with the real pipeline (runIngest), from an empty graph.
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Driver } from '../../../graph/driver.ts';
import { runIngest } from '../../../pipeline/ingest.ts';
import { PROJECT_ROOT } from '../../../pipeline/project-root.ts';
import { afterAll, beforeAll } from 'vitest';
import { openTestDriver, testConnection, wipeDatabase } from './database.ts';

/** Wipes the database and ingests seeds/; the extraction cache is shared by the files that call this. */
export async function ingestSeeds(driver: Driver): Promise<void> {
  await wipeDatabase(driver);
  await runIngest({
    database: { driver, settings: testConnection() },
    paths: [join(PROJECT_ROOT, 'seeds')],
    cacheDir: join(tmpdir(), 'kg-analysis-tests-cache'),
  });
}

/**
 * Registers the hooks of a suite that reads the seed graph: a driver and the seeds ingested
 * before its tests, the database wiped and the driver closed after them. Call inside
 * `describe`; the returned function gives the driver once the hooks have run.
 */
export function useSeedGraph(): () => Driver {
  let driver: Driver | undefined;
  beforeAll(async () => {
    driver = openTestDriver();
    await ingestSeeds(driver);
  });
  afterAll(async () => {
    if (!driver) return;
    await wipeDatabase(driver);
    await driver.close();
  });
  return () => {
    if (!driver) throw new Error('useSeedGraph: the driver is only there once beforeAll has run');
    return driver;
  };
}
