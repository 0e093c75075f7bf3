// GET /api/analyses and /api/analyses/:name: the named analyses of cypher/, run through
// `kg query`'s read-only path (static write check, EXPLAIN query type, READ transaction).
import type { FastifyInstance } from 'fastify';
import { listAnalyses, type Analysis } from '../../cypher/catalog.ts';
import type { ParamValue } from '../../cypher/header.ts';
import { resolveParams } from '../../cypher/params.ts';
import { assertNoWriteClause } from '../../graph/read-query.ts';
import { formatCsv } from '../format-rows.ts';
import { runQuery, type PreparedQuery } from '../query.ts';
import { HttpError } from './http-errors.ts';
import { analysisListSchema, analysisResultSchema, errorResponses } from './schemas.ts';
import type { ServeContext } from './context.ts';

const jsonParam = (value: ParamValue | undefined): string | number | boolean | null | undefined =>
  typeof value === 'bigint' ? Number(value) : value;

/** The public description of one analysis. */
export function describeAnalysis(analysis: Analysis) {
  return {
    name: analysis.name,
    description: analysis.description ?? '',
    params: analysis.params.map((spec) => ({
      name: spec.name,
      type: spec.type,
      nullable: spec.isNullable,
      required: spec.default === undefined,
      ...(spec.default === undefined ? {} : { default: jsonParam(spec.default) }),
    })),
  };
}

/**
 * Types the query string by the analysis header (the same rules as --param), reusing its
 * messages with the query-string spelling; `format` is the output format, not a parameter.
 */
export function prepareAnalysis(analysis: Analysis, query: Record<string, string>): PreparedQuery {
  const source = `analysis "${analysis.name}"`;
  const assignments = Object.entries(query).map(([key, value]) => `${key}=${value}`);
  let params: Record<string, ParamValue>;
  try {
    params = resolveParams(analysis.params, assignments, source);
  } catch (error) {
    if (error instanceof Error) error.message = error.message.replaceAll('--param ', '?');
    throw error;
  }
  assertNoWriteClause(analysis.cypher, source);
  return { analysis, params, source };
}

/** Registers the analysis routes. */
export function registerAnalysisRoutes(app: FastifyInstance, context: ServeContext): void {
  const names = listAnalyses(context.analysesDir).map((analysis) => analysis.name);

  app.get(
    '/api/analyses',
    {
      schema: {
        summary: 'The named analyses with their parameters, types and defaults',
        tags: ['analyses'],
        response: { 200: analysisListSchema, ...errorResponses },
      },
    },
    async () => listAnalyses(context.analysesDir).map(describeAnalysis),
  );

  app.get<{ Params: { name: string }; Querystring: Record<string, string> }>(
    '/api/analyses/:name',
    {
      schema: {
        summary: 'Run one named analysis read-only; other query parameters are its parameters, typed by its header',
        tags: ['analyses'],
        params: {
          type: 'object',
          required: ['name'],
          properties: {
            name: { type: 'string', pattern: '^[a-z][a-z0-9-]*$', description: `One of: ${names.join(', ')}` },
          },
        },
        querystring: {
          type: 'object',
          properties: {
            format: { type: 'string', enum: ['json', 'csv'], default: 'json', description: 'json (default) or csv' },
          },
          additionalProperties: { type: 'string' },
        },
        response: { 200: analysisResultSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const { format, ...query } = request.query;
      const analysis = listAnalyses(context.analysesDir).find((candidate) => candidate.name === request.params.name);
      if (!analysis)
        throw new HttpError(
          404,
          'KG_NOT_FOUND',
          `No analysis named "${request.params.name}"; GET /api/analyses lists them`,
        );
      const prepared = prepareAnalysis(analysis, query);
      // Quoted analyses read document files, which change apart from the graph: never cached.
      const isCacheable = analysis.quote === undefined && request.graphRunId !== undefined;
      const cached = isCacheable ? context.results.get(request.url, request.graphRunId!) : undefined;
      if (cached) return reply.type(cached.contentType).send(cached.body);
      const output = await runQuery(
        {
          driver: context.target.driver,
          database: context.target.database,
          analysis: analysis.name,
          timeoutMs: context.target.timeoutMs,
          documentRoots: context.documentRoots,
        },
        prepared,
      );
      const contentType = format === 'csv' ? 'text/csv; charset=utf-8' : 'application/json; charset=utf-8';
      const body =
        format === 'csv'
          ? formatCsv(output.columns, output.rows)
          : JSON.stringify({ analysis: analysis.name, columns: output.columns, rows: output.rows });
      if (isCacheable) context.results.set(request.url, request.graphRunId!, contentType, body);
      return reply.type(contentType).send(body);
    },
  );
}
