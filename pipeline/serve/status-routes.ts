// GET /api/status and /api/runs: what the graph holds and what the last ingest runs changed.
import type { FastifyInstance } from 'fastify';
import { readGraphCounts, readRecentRuns } from '../../graph/dashboard-reads.ts';
import { runQuery } from '../query.ts';
import { errorResponses, runsSchema, statusSchema } from './schemas.ts';
import type { ServeContext } from './context.ts';

/** Registers the status routes. */
export function registerStatusRoutes(app: FastifyInstance, context: ServeContext): void {
  app.get(
    '/api/status',
    {
      schema: {
        summary:
          'Nodes per label, relationships per type, the last ingest run, and how many entities each data-quality check flags',
        tags: ['status'],
        response: { 200: statusSchema, ...errorResponses },
      },
    },
    async () => {
      const counts = await readGraphCounts(context.target);
      const [lastRun] = await readRecentRuns(context.target, 1);
      // The data-quality analysis is the one definition of each check; here only counted.
      const quality = await runQuery({
        driver: context.target.driver,
        database: context.target.database,
        analysis: 'data-quality',
        analysesDir: context.analysesDir,
        timeoutMs: context.target.timeoutMs,
      });
      const dataQuality: Record<string, number> = {};
      for (const row of quality.rows) dataQuality[String(row.check)] = (dataQuality[String(row.check)] ?? 0) + 1;
      return { ...counts, lastRun: lastRun ?? null, dataQuality };
    },
  );

  app.get<{ Querystring: { limit: number } }>(
    '/api/runs',
    {
      schema: {
        summary: 'The newest ingest runs, newest first, with what each changed',
        tags: ['status'],
        querystring: {
          type: 'object',
          additionalProperties: false,
          properties: { limit: { type: 'integer', minimum: 1, maximum: 50, default: 10 } },
        },
        response: { 200: runsSchema, ...errorResponses },
      },
    },
    async (request) => readRecentRuns(context.target, request.query.limit),
  );
}
