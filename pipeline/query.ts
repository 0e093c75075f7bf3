// `kg query` as an API: find the analysis, type its parameters, run it read-only, then
// post-process its rows as its header asks (quotes from document files, JSON columns).
import { findAnalysis, isCypherPath, listAnalyses, type Analysis } from '../cypher/catalog.ts';
import type { ParamValue } from '../cypher/header.ts';
import { resolveParams } from '../cypher/params.ts';
import { assertNoWriteClause, runReadQuery } from '../graph/read-query.ts';
import type { Driver } from '../graph/driver.ts';
import type { PlainMap, PlainValue } from '../graph/values.ts';
import { ANALYSES_DIR, PROJECT_ROOT } from './project-root.ts';
import { addQuotes } from './quote-spans.ts';

/** Options of runQuery. */
export interface QueryOptions {
  driver: Driver;
  database: string | undefined;
  /** An analysis name or a path to a .cypher file. */
  analysis: string;
  /** `key=value` texts, as given to --param. */
  params?: readonly string[];
  /** Folders a relative Document.path is resolved against; default: cwd, then the project root. */
  documentRoots?: string[];
  /** Folder of named analyses; default cypher/. */
  analysesDir?: string;
  /** Cancel the query after this long (KG_QUERY_TIMEOUT); default: no limit of our own. */
  timeoutMs?: number | undefined;
}

/** What a query returns. */
export interface QueryOutput {
  analysis: Analysis;
  columns: string[];
  rows: PlainMap[];
}

function parseJsonCell(value: PlainValue): PlainValue {
  if (typeof value !== 'string') return value;
  try {
    return JSON.parse(value) as PlainValue;
  } catch {
    return value;
  }
}

/** An analysis with its typed parameters, checked for write clauses: ready to run. */
export interface PreparedQuery {
  analysis: Analysis;
  params: Record<string, ParamValue>;
  source: string;
}

/**
 * Everything `kg query` can check without a database: the analysis exists, its parameters
 * type-check, and its text holds no write clause. Throws KG_USAGE or KG_QUERY_REFUSED.
 */
export function prepareQuery(options: Pick<QueryOptions, 'analysis' | 'params' | 'analysesDir'>): PreparedQuery {
  const analysis = findAnalysis(options.analysis, options.analysesDir ?? ANALYSES_DIR);
  const source = isCypherPath(options.analysis) ? analysis.path : `analysis "${analysis.name}"`;
  const params = resolveParams(analysis.params, options.params ?? [], source);
  assertNoWriteClause(analysis.cypher, source);
  return { analysis, params, source };
}

/** Runs one analysis or .cypher file read-only and returns its rows as plain values. */
export async function runQuery(
  options: QueryOptions,
  prepared: PreparedQuery = prepareQuery(options),
): Promise<QueryOutput> {
  const { analysis, params, source } = prepared;
  const result = await runReadQuery(options.driver, analysis.cypher, params, {
    database: options.database,
    source,
    timeoutMs: options.timeoutMs,
  });
  const columns = [...result.columns];
  for (const row of result.rows) {
    for (const column of analysis.jsonColumns) if (column in row) row[column] = parseJsonCell(row[column] ?? null);
  }
  if (analysis.quote) {
    const added = addQuotes(result.rows, analysis.quote, {
      roots: options.documentRoots ?? [process.cwd(), PROJECT_ROOT],
    });
    for (const column of added) if (!columns.includes(column)) columns.push(column);
  }
  return { analysis, columns, rows: result.rows };
}

/** The named analyses, for `kg query --list`. */
export function describeAnalyses(dir: string = ANALYSES_DIR): Analysis[] {
  return listAnalyses(dir);
}
