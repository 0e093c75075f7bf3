// `kg ingest`, `kg status`, `kg reset`, `kg start`: loading into Neo4j and reporting on it.
import { join } from 'node:path';
import { InvalidArgumentError, type Command } from 'commander';
import { runQuery } from '../query.ts';
import { formatTable } from '../format-rows.ts';
import { PROJECT_ROOT } from '../project-root.ts';
import { DEFAULT_CONCURRENCY } from '../../graph/loader.ts';
import { resetGraph } from '../../graph/reset.ts';
import { readGraphStatus } from '../../graph/status.ts';
import { connectDatabase, type Database } from '../database.ts';
import { KgError, isKgError } from '../errors.ts';
import { runIngest, type IngestSummary } from '../ingest.ts';
import { createExtractionPool, defaultWorkerCount, type ExtractionPool } from '../extract-workers.ts';
import { IngestSession } from '../ingest-session.ts';
import { createProgressReporter } from '../progress.ts';
import { removeSource } from '../remove-source.ts';
import { resolveSourceName, SEEDS_SOURCE } from '../sources.ts';
import { readSources } from '../../graph/sources.ts';

interface IngestFlags {
  source?: string;
  allowRemovals?: boolean;
  yes?: boolean;
  maxRemovalShare?: number;
  verbose?: boolean;
  dryRun?: boolean;
  json?: boolean;
  prune: boolean;
  concurrency: number;
  workers?: number;
  watch?: boolean;
}

function parseWorkers(value: string): number {
  const number = Number(value);
  if (!Number.isInteger(number) || number < 1 || number > 256)
    throw new InvalidArgumentError(`expected an integer from 1 to 256, got "${value}"`);
  return number;
}

function parseShare(value: string): number {
  const number = Number(value);
  if (value.trim() === '' || !Number.isFinite(number) || number < 0 || number > 1)
    throw new InvalidArgumentError(`expected a share from 0 to 1 (e.g. 0.25), got "${value}"`);
  return number;
}

function parseConcurrency(value: string): number {
  const number = Number(value);
  if (!Number.isInteger(number) || number < 1 || number > 64)
    throw new InvalidArgumentError(`expected an integer from 1 to 64, got "${value}"`);
  return number;
}

const log = (line: string) => console.error(line);

/** The human summary of a run; a dry run lists each document's facts only when `isVerbose`. */
export function formatSummary(summary: IngestSummary, isVerbose = false): string {
  const d = summary.documents;
  const lines = [
    `${summary.isDryRun ? 'Dry run (nothing written): ' : ''}source ${summary.source}: ${d.new} new, ${d.changed} changed, ${d.unchanged} unchanged, ${d.removed} removed, ${d.skipped} skipped, ${d.failed} failed`,
  ];
  if (!summary.isDryRun) {
    lines.push(
      `nodes: ${summary.nodesCreated} created, ${summary.nodesDeleted} deleted; relationships: ${summary.relationshipsCreated} created, ${summary.relationshipsDeleted} deleted`,
    );
  } else if (summary.effect) {
    const e = summary.effect;
    lines.push(
      `would create ${e.entitiesCreated.length} and delete ${e.entitiesDeleted.length} entities; create ${e.relationshipsCreated.length} and delete ${e.relationshipsDeleted.length} relationships`,
    );
    const touched = summary.reports.filter((report) => report.diff && report.outcome !== 'unchanged');
    if (!isVerbose && touched.length > 0) {
      const count = (verb: 'add' | 'retract') =>
        touched.reduce(
          (total, report) => total + report.diff![verb].entities.length + report.diff![verb].relations.length,
          0,
        );
      lines.push(
        `  ${touched.length} document(s) would change: ${touched
          .map((report) => `${report.outcome} ${report.id}`)
          .slice(0, 10)
          .join(', ')}${touched.length > 10 ? ` and ${touched.length - 10} more` : ''}`,
      );
      lines.push(
        `  facts: +${count('add')} -${count('retract')} (entities and relations; --verbose lists them per document)`,
      );
    }
    for (const report of isVerbose ? summary.reports : []) {
      if (!report.diff) continue;
      lines.push(`  ${report.outcome} ${report.id}`);
      for (const [verb, set] of [
        ['+', report.diff.add],
        ['-', report.diff.retract],
      ] as const) {
        for (const entity of set.entities) lines.push(`    ${verb} entity ${entity}`);
        for (const relation of set.relations) lines.push(`    ${verb} relation ${relation}`);
        if (set.mentions.length > 0) lines.push(`    ${verb} ${set.mentions.length} mention(s)`);
      }
    }
  }
  for (const report of summary.reports)
    if (report.outcome === 'failed') lines.push(`  failed ${report.id}: ${report.error ?? 'unknown error'}`);
  const path =
    summary.path === 'incremental'
      ? 'incremental path: only what changed was extracted and planned'
      : `full path, whole source resolved${summary.fullPathReason ? `: ${summary.fullPathReason}` : ''}`;
  lines.push(
    `${summary.seconds.toFixed(2)} s (extractor ${summary.extractorVersion}, ${summary.extractedDocuments} document(s) extracted, ${summary.cachedDocuments} from the cache; ${path})`,
  );
  return lines.join('\n');
}

async function ingestOnce(
  database: Database,
  paths: string[],
  flags: IngestFlags,
  extractionPool?: ExtractionPool,
  session?: IngestSession,
): Promise<IngestSummary> {
  const progress = flags.json || flags.dryRun ? undefined : createProgressReporter();
  try {
    return await runIngest({
      database,
      paths,
      ...(flags.source === undefined ? {} : { source: flags.source }),
      allowRemovals: flags.allowRemovals === true || flags.yes === true,
      ...(flags.maxRemovalShare === undefined ? {} : { maxRemovalShare: flags.maxRemovalShare }),
      onNotice: log,
      concurrency: flags.concurrency,
      ...(flags.workers === undefined ? {} : { workers: flags.workers }),
      ...(extractionPool === undefined ? {} : { extractionPool }),
      ...(session === undefined ? {} : { session }),
      isDryRun: flags.dryRun ?? false,
      shouldPrune: flags.prune,
      ...(progress
        ? { onStart: progress.onStart, onDocument: progress.onDocument, onExtracted: progress.onExtracted }
        : {}),
    });
  } finally {
    progress?.stop();
  }
}

function printSummary(summary: IngestSummary, flags: IngestFlags): void {
  console.log(flags.json ? JSON.stringify(summary, null, 2) : formatSummary(summary, flags.verbose));
}

function failIfAnyFailed(summary: IngestSummary): void {
  if (summary.documents.failed > 0) {
    const failed = summary.reports.filter((report) => report.outcome === 'failed').map((report) => report.id);
    throw new KgError(
      'KG_INGEST_FAILED',
      `${failed.length} document(s) failed (${failed.join(', ')}); the others were ingested. Fix them and run kg ingest again.`,
    );
  }
}

/** The named analyses `kg start` prints after ingesting (see cypher/). */
const START_ANALYSES = [
  { title: 'What the graph holds', analysis: 'graph-summary', params: [] },
  { title: 'Most connected entities', analysis: 'most-connected', params: ['limit=8'] },
  { title: 'Who holds which post', analysis: 'post-holders', params: [] },
] as const satisfies readonly { title: string; analysis: string; params: readonly string[] }[];

/** Adds the database-writing and reporting commands to the program. */
export function registerIngestCommands(program: Command): void {
  program
    .command('ingest')
    .description('extract documents and load them idempotently into Neo4j')
    .argument('[paths...]', 'files or folders of .txt/.md documents', ['seeds'])
    .option(
      '--source <name>',
      'the source these documents form (default: the name of the single folder given); a run only ever prunes its own source',
    )
    .option(
      '--allow-removals',
      "confirm a run that removes many of the source's documents (all of them, or more than half of more than 10)",
    )
    .option('--yes', 'same as --allow-removals')
    .option(
      '--max-removal-share <share>',
      "share (0 to 1) of the source's documents a run may remove without --allow-removals",
      parseShare,
    )
    .option('--dry-run', 'show what would change; write nothing (--verbose: the facts per document)')
    .option('--verbose', 'with --dry-run: list the facts each document adds and retracts')
    .option('--json', 'print the summary as JSON')
    .option('--no-prune', 'keep documents that are no longer in the given folders')
    .option(
      '--concurrency <n>',
      'write transactions at the same time (each a batch of documents)',
      parseConcurrency,
      DEFAULT_CONCURRENCY,
    )
    .option(
      '--workers <n>',
      'extraction threads for uncached documents (default: all cores; used from 200 uncached documents)',
      parseWorkers,
    )
    .option('--watch', 'keep running and re-ingest shortly after a file changes')
    .action(async (paths: string[], flags: IngestFlags) => {
      // Usage errors (a missing --source) before any database work.
      flags.source = resolveSourceName(paths, flags.source);
      const database = await connectDatabase({ log });
      try {
        if (!flags.watch) {
          const summary = await ingestOnce(database, paths, flags);
          printSummary(summary, flags);
          failIfAnyFailed(summary);
          return;
        }
        // One extraction thread for the whole watch: a saved file is extracted on a thread
        // whose extractors are loaded already, not on one started (and loaded) for each run.
        // Runs never overlap (watch.ts), as the pool requires. None with --workers 1.
        const extractionPool =
          (flags.workers ?? defaultWorkerCount()) > 1 ? createExtractionPool({ workers: 1, batchSize: 1 }) : undefined;
        // The corpus state stays in memory between runs, and each run stats only the files
        // the watcher saw change (every file in the first run, and after a watcher error).
        const session = new IngestSession();
        const run = async (changes: { files: ReadonlySet<string>; isComplete: boolean }) => {
          session.setChangedFiles(changes.isComplete ? changes.files : undefined);
          try {
            const summary = await ingestOnce(database, paths, flags, extractionPool, session);
            // Watched runs follow one another for hours: each says when it happened.
            if (!flags.json) console.log(`${new Date().toISOString()} re-ingested:`);
            printSummary(summary, flags);
          } catch (error) {
            if (!isKgError(error)) throw error;
            log(`${new Date().toISOString()} kg: ${error.message} [${error.code}]`);
          }
        };
        try {
          const until = new Promise<void>((resolve) => {
            process.once('SIGINT', () => resolve());
            process.once('SIGTERM', () => resolve());
          });
          const { watchPaths } = await import('../watch.ts'); // @parcel/watcher only for --watch
          // watchPaths runs once as soon as it watches, so no save in between goes unseen.
          await watchPaths({ paths, run, until, onReady: () => log(`Watching ${paths.join(', ')} (Ctrl-C to stop)`) });
        } finally {
          await extractionPool?.close();
        }
      } finally {
        await database.close();
      }
    });

  program
    .command('status')
    .description('show the database this tool writes to and what it holds')
    .option('--json', 'print JSON')
    .action(async (options: { json?: boolean }) => {
      const database = await connectDatabase({ log });
      try {
        const graph = await readGraphStatus(database.driver, database.settings.database);
        const summary = {
          uri: database.settings.uri,
          version: database.server.version,
          edition: database.server.edition,
          ...graph,
        };
        if (options.json) {
          console.log(JSON.stringify(summary, null, 2));
          return;
        }
        console.log(`Neo4j ${summary.version} ${summary.edition} at ${summary.uri}`);
        console.log(
          `nodes: ${Object.entries(graph.nodes)
            .map(([label, count]) => `${label} ${count}`)
            .join(', ')}`,
        );
        console.log(
          `relationships: ${Object.entries(graph.relationships)
            .map(([type, count]) => `${type} ${count}`)
            .join(', ')}`,
        );
        console.log(`documents (${graph.documents.length}):`);
        for (const document of graph.documents)
          console.log(
            `  ${document.id}  sha256 ${document.sha256.slice(0, 12)}  ingested ${document.ingestedAt ?? '?'}`,
          );
        console.log('last runs:');
        for (const run of graph.runs) {
          console.log(
            `  ${String(run.startedAt)}  ${run.documentsNew} new, ${run.documentsChanged} changed, ${run.documentsUnchanged} unchanged, ${run.documentsRemoved} removed, ${run.documentsFailed} failed  ${Number(run.seconds).toFixed(2)} s`,
          );
        }
      } finally {
        await database.close();
      }
    });

  program
    .command('sources')
    .description('list the sources in the graph: folder last ingested from, documents, last run and when')
    .option('--json', 'print JSON')
    .action(async (options: { json?: boolean }) => {
      const database = await connectDatabase({ log });
      try {
        const sources = await readSources(database.driver, database.settings.database);
        if (options.json) {
          console.log(JSON.stringify(sources, null, 2));
          return;
        }
        if (sources.length === 0) {
          console.log('No sources yet: kg ingest FOLDER [--source NAME] adds one.');
          return;
        }
        const rows = sources.map((source) => ({
          source: source.name,
          documents: source.documents,
          folder: source.folders.join(', ') || '?',
          'last run': source.lastRunSummary ?? '?',
          when: source.lastRunAt ?? '?',
        }));
        console.log(formatTable(['source', 'documents', 'folder', 'last run', 'when'], rows));
      } finally {
        await database.close();
      }
    });

  program
    .command('remove')
    .description('retract every document of one source (what other sources support stays)')
    .requiredOption('--source <name>', 'the source to remove (kg sources lists them)')
    .option('--yes', 'confirm')
    .action(async (options: { source: string; yes?: boolean }) => {
      if (!options.yes) {
        throw new KgError(
          'KG_USAGE',
          `kg remove retracts every document of source "${options.source}" from the graph (the files stay); run "kg remove --source ${options.source} --yes" to confirm.`,
        );
      }
      const database = await connectDatabase({ log });
      try {
        const removal = await removeSource({ database, source: options.source });
        console.log(
          `Removed source ${removal.source}: ${removal.documentsRemoved} document(s); nodes ${removal.nodesDeleted} deleted, relationships ${removal.relationshipsDeleted} deleted.`,
        );
      } finally {
        await database.close();
      }
    });

  program
    .command('reset')
    .description('remove everything this tool wrote, constraints included')
    .option('--yes', 'confirm')
    .action(async (options: { yes?: boolean }) => {
      if (!options.yes) {
        throw new KgError(
          'KG_USAGE',
          'kg reset deletes every node this tool wrote and its kg_ constraints and indexes; run "kg reset --yes" to confirm.',
        );
      }
      const database = await connectDatabase({ log });
      try {
        const result = await resetGraph(database.driver, database.settings.database);
        console.log(
          `Deleted ${result.nodesDeleted} node(s) and ${result.schemaDropped.length} constraint(s)/index(es) from ${database.settings.uri}.`,
        );
      } finally {
        await database.close();
      }
    });

  program
    .command('start')
    .description(
      `ingest seeds/ as source "${SEEDS_SOURCE}" and print a summary and a few analyses (what npm start runs); other sources are never touched`,
    )
    .action(async () => {
      const database = await connectDatabase({ log });
      try {
        log(
          `Ingesting seeds/ as source "${SEEDS_SOURCE}" into Neo4j ${database.server.version} at ${database.settings.uri}`,
        );
        const summary = await ingestOnce(database, [join(PROJECT_ROOT, 'seeds')], {
          source: SEEDS_SOURCE,
          prune: true,
          concurrency: DEFAULT_CONCURRENCY,
        });
        console.log(formatSummary(summary));
        for (const { title, analysis, params } of START_ANALYSES) {
          const output = await runQuery({
            driver: database.driver,
            database: database.settings.database,
            analysis,
            params,
          });
          console.log(`\n${title} (kg query ${analysis}${params.map((param) => ` --param ${param}`).join('')})`);
          console.log(output.rows.length === 0 ? '  (none)' : formatTable(output.columns, output.rows));
        }
        failIfAnyFailed(summary);
      } finally {
        await database.close();
      }
    });
}
