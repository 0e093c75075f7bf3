// `kg export` as an API: read the graph's shape, then stream it into the chosen writer.
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Driver } from '../graph/driver.ts';
import { writeCsvExport } from '../graph/export-csv.ts';
import { writeGraphmlExport } from '../graph/export-graphml.ts';
import { writeJsonExport } from '../graph/export-json.ts';
import { readGraphShape } from '../graph/export-reader.ts';
import { KgError } from './errors.ts';

/** Export formats. */
export const EXPORT_FORMATS = ['json', 'csv', 'graphml'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** Options of runExport. */
export interface ExportOptions {
  driver: Driver;
  database: string | undefined;
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

/** Exports the whole graph, every property included, into `outDir` (created if missing). */
export async function runExport(options: ExportOptions): Promise<ExportSummary> {
  const outDir = resolve(options.outDir);
  try {
    mkdirSync(outDir, { recursive: true });
  } catch (error) {
    throw new KgError('KG_USAGE', `Cannot create the export folder ${outDir}: ${(error as Error).message}`, { cause: error });
  }
  const shape = await readGraphShape(options.driver, options.database);
  switch (options.format) {
    case 'json':
      return writeJsonExport(options.driver, options.database, shape, outDir);
    case 'csv':
      return writeCsvExport(options.driver, options.database, shape, outDir, options.arrayDelimiter);
    case 'graphml':
      return writeGraphmlExport(options.driver, options.database, shape, outDir);
  }
}
