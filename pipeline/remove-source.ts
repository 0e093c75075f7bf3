// `kg remove --source NAME`: retracts every document of one source, exactly as a run that
// no longer finds them would. Entities and relationships that documents of another source
// support keep that support and stay.
import { loadDocuments, totalCounters, DEFAULT_CONCURRENCY } from '../graph/loader.ts';
import type { DocumentAction } from '../graph/plan.ts';
import { readStoredDocuments } from '../graph/reads.ts';
import type { WriteCounters } from '../graph/runner.ts';
import { deleteSourceNode, readSources } from '../graph/sources.ts';
import { forgetCorpusState } from './corpus-state.ts';
import type { Database } from './database.ts';
import { KgError } from './errors.ts';
import { corpusStateDir, defaultCacheDir } from './extraction-cache.ts';
import { extractorVersion } from './extractor-version.ts';
import { validateSourceName } from './sources.ts';

/** What removing a source did. */
export interface SourceRemoval extends WriteCounters {
  source: string;
  documentsRemoved: number;
}

/** Retracts every document of `source` and deletes its Source node; a source the graph does not know is a usage error. */
export async function removeSource(options: {
  database: Pick<Database, 'driver' | 'settings'>;
  source: string;
  cacheDir?: string | null;
}): Promise<SourceRemoval> {
  const { driver, settings } = options.database;
  const source = validateSourceName(options.source);
  const known = await readSources(driver, settings.database);
  if (!known.some((record) => record.name === source)) {
    const names = known.map((record) => record.name);
    throw new KgError(
      'KG_USAGE',
      `the graph has no source "${source}" (${names.length === 0 ? 'it has none yet' : `it has ${names.join(', ')}`}); kg sources lists them`,
    );
  }
  const stored = await readStoredDocuments(driver, settings.database, source);
  const actions = stored
    .map((document): DocumentAction => ({ kind: 'retract', outcome: 'removed', id: document.id }))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const cacheDir = options.cacheDir === null ? undefined : (options.cacheDir ?? defaultCacheDir());
  // The saved state would describe documents the graph no longer has.
  if (cacheDir !== undefined)
    forgetCorpusState(corpusStateDir(cacheDir, { uri: settings.uri, database: settings.database, source }));
  const results = await loadDocuments({
    driver,
    database: settings.database,
    uri: settings.uri,
    // No corpus index: what the removal leaves keeps the properties the other sources wrote.
    context: { extractorVersion: extractorVersion(), index: { entities: new Map(), relations: new Map() }, source },
    actions,
    concurrency: DEFAULT_CONCURRENCY,
  });
  const failed = results.filter((result) => result.outcome === 'failed');
  if (failed.length > 0) {
    throw new KgError(
      'KG_INGEST_FAILED',
      `${failed.length} document(s) of source "${source}" could not be removed (${failed.map((result) => `${result.id}: ${result.error ?? '?'}`).join('; ')}); run kg remove again.`,
    );
  }
  await deleteSourceNode(driver, settings.database, source);
  return { source, documentsRemoved: results.length, ...totalCounters(results) };
}
