// Loads seeds/ into the test database with the real pipeline (runIngest), from an empty graph.
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Driver } from '../../../graph/driver.ts';
import { runIngest } from '../../../pipeline/ingest.ts';
import { PROJECT_ROOT } from '../../../scripts/neo4j/local-server.ts';
import { testConnection, wipeDatabase } from './database.ts';

/** Wipes the database and ingests seeds/; the extraction cache is shared by the files that call this. */
export async function ingestSeeds(driver: Driver): Promise<void> {
  await wipeDatabase(driver);
  await runIngest({
    database: { driver, settings: testConnection() },
    paths: [join(PROJECT_ROOT, 'seeds')],
    cacheDir: join(tmpdir(), 'kg-analysis-tests-cache'),
  });
}
