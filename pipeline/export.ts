// `kg export` as an API: read the graph's shape, then stream it into the chosen writer.
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describeConnectionError, isConnectionError, neo4jErrorCode, type Driver } from '../graph/driver.ts';
import { readGraphShape } from '../graph/export/reader.ts';
import { KgError } from './errors.ts';

/** Export formats. */
export const EXPORT_FORMATS = ['json', 'csv', 'graphml'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** Options of runExport. */
export interface ExportOptions {
  driver: Driver;
  database: string | undefined;
  /** The server's URI, named in the error a lost or silent server ends the export with. */
  uri?: string;
  format: ExportFormat;
  outDir: string;
  /** CSV only: separator of list elements; default ';'. */
  arrayDelimiter?: string;
}

/** What an export wrote. */
export interface ExportSummary {
  files: string[];
  nodes: number;
  relationships: number;
}

/**
 * Exports the whole graph, every property included, into `outDir` (created if missing). A
 * lost or silent server ends it with KG_DB_UNAVAILABLE, a statement the server refuses with
 * KG_DB_QUERY, as in every other database command.
 */
export async function runExport(options: ExportOptions): Promise<ExportSummary> {
  try {
    return await writeExport(options);
  } catch (error) {
    throw asExportError(error, options.uri ?? 'the database');
  }
}

/** A driver failure as a coded error the CLI maps to an exit code (a GraphError, or a KgError for a refused statement); anything else (a file that cannot be written) as it is. */
function asExportError(error: unknown, uri: string): unknown {
  if (isConnectionError(error)) return describeConnectionError(error, uri);
  if (!neo4jErrorCode(error)?.startsWith('Neo.')) return error;
  const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
  return new KgError('KG_DB_QUERY', `Neo4j at ${uri} refused a statement of the export: ${reason}`, { cause: error });
}

async function writeExport(options: ExportOptions): Promise<ExportSummary> {
  const outDir = resolve(options.outDir);
  try {
    mkdirSync(outDir, { recursive: true });
  } catch (error) {
    throw new KgError('KG_USAGE', `Cannot create the export folder ${outDir}: ${(error as Error).message}`, {
      cause: error,
    });
  }
  const shape = await readGraphShape(options.driver, options.database);
  // Each writer is loaded when asked for: their libraries cost every other command's start.
  switch (options.format) {
    case 'json':
      return (await import('../graph/export/json.ts')).writeJsonExport(options.driver, options.database, shape, outDir);
    case 'csv':
      return (await import('../graph/export/csv.ts')).writeCsvExport(
        options.driver,
        options.database,
        shape,
        outDir,
        options.arrayDelimiter,
      );
    case 'graphml':
      return (await import('../graph/export/graphml.ts')).writeGraphmlExport(
        options.driver,
        options.database,
        shape,
        outDir,
      );
  }
}
