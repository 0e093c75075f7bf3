// `kg serve` as an API: builds the fastify app (routes, schemas, OpenAPI, ETags, token,
// CORS, limits) over an open driver. Listening is the caller's job, so tests can inject.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import cors from '@fastify/cors';
import responseValidation from '@fastify/response-validation';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import Fastify, { type FastifyInstance, type FastifySchemaValidationError } from 'fastify';
import { listAnalyses } from '../../cypher/catalog.ts';
import { readLastIngestRunId } from '../../graph/dashboard-reads.ts';
import type { Driver } from '../../graph/driver.ts';
import { ANALYSES_DIR, PROJECT_ROOT } from '../project-root.ts';
import { registerAnalysisRoutes } from './analysis-routes.ts';
import { registerEntityRoutes } from './entity-routes.ts';
import { graphEtag, matchesIfNoneMatch } from './etag.ts';
import { HttpError, toErrorResponse } from './http-errors.ts';
import { isAuthorized } from './security.ts';
import type { ServeContext } from './context.ts';
import { ResultCache } from './result-cache.ts';
import { registerStatusRoutes } from './status-routes.ts';

/** Version of the API's answers; part of every ETag, so a changed answer shape invalidates caches. */
export const API_VERSION = '1';

/** Where the built dashboard page lives (scripts/build.mjs writes it). */
export const DASHBOARD_DIR = join(PROJECT_ROOT, 'dist', 'web');

/** Options of buildServer. */
export interface ServeOptions {
  driver: Driver;
  database: string | undefined;
  /** Bearer token every /api request must carry; undefined: none needed (loopback only, checked by the caller). */
  token?: string | undefined;
  /** The one origin allowed to call the API from a browser page elsewhere; undefined: CORS off. */
  corsOrigin?: string | undefined;
  /** A query still running after this long is cancelled by the server (504). */
  queryTimeoutMs: number;
  /** Largest request body accepted (none is needed: every route is GET). */
  bodyLimitBytes?: number;
  /** Folder of the named analyses; default cypher/. */
  analysesDir?: string;
  /** Folder of the built dashboard page; default dist/web. */
  dashboardDir?: string;
  /** Folders a relative Document.path is resolved against, for quotes; default: cwd, then the project root. */
  documentRoots?: string[];
  /** Receives unexpected errors (with stacks) for the server's log; default console.error. */
  logError?: (error: unknown) => void;
}

declare module 'fastify' {
  interface FastifyRequest {
    /** The newest ingest run's id when the request came in (null: none; undefined: not read, e.g. openapi.json). */
    graphRunId: string | null | undefined;
  }
}

/** One message naming every bad, unknown or missing parameter (ajv's default names none). */
export function formatValidationErrors(errors: FastifySchemaValidationError[], dataVar: string): Error {
  const parts = errors.map((error) => {
    const params = error.params as { additionalProperty?: string; missingProperty?: string };
    const where = `${dataVar}${error.instancePath.replaceAll('/', '.')}`;
    if (params.additionalProperty) return `unknown parameter "${params.additionalProperty}" in the ${dataVar}`;
    if (params.missingProperty) return `missing parameter "${params.missingProperty}" in the ${dataVar}`;
    return `${where} ${error.message ?? 'is invalid'}`;
  });
  return new Error(parts.join('; '));
}

/** Builds the app with every route registered; call `.listen()` or `.inject()` on it. */
export async function buildServer(options: ServeOptions): Promise<FastifyInstance> {
  const bodyLimit = options.bodyLimitBytes ?? 16 * 1024;
  const app = Fastify({
    logger: false,
    bodyLimit,
    // A request may not outlive its query by much.
    requestTimeout: options.queryTimeoutMs + 5_000,
    ajv: {
      customOptions: {
        allowUnionTypes: true,
        removeAdditional: false,
        coerceTypes: true,
        useDefaults: true,
        allErrors: true,
      },
    },
    schemaErrorFormatter: formatValidationErrors,
  });
  const logError = options.logError ?? ((error: unknown) => console.error(error));
  const context: ServeContext = {
    target: { driver: options.driver, database: options.database, timeoutMs: options.queryTimeoutMs },
    analysesDir: options.analysesDir ?? ANALYSES_DIR,
    documentRoots: options.documentRoots ?? [process.cwd(), PROJECT_ROOT],
    results: new ResultCache(),
  };
  // Fail at start, not on the first request, when an analysis header is broken.
  listAnalyses(context.analysesDir);

  app.setErrorHandler((error, _request, reply) => {
    const { status, body, isUnexpected } = toErrorResponse(error);
    if (isUnexpected) logError(error);
    return reply.code(status).type('application/json').send(body);
  });
  app.setNotFoundHandler((request, reply) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return reply
        .code(405)
        .header('allow', 'GET, HEAD')
        .send({
          error: { code: 'KG_METHOD', message: `${request.method} is not allowed: kg serve only reads (use GET)` },
        });
    }
    return reply.code(404).send({
      error: {
        code: 'KG_NOT_FOUND',
        message: `Nothing at ${request.url.split('?')[0]}; the API is described at /api/openapi.json`,
      },
    });
  });

  // No route takes a body; a large one is refused before it is read.
  app.addHook('onRequest', async (request) => {
    const length = Number(request.headers['content-length'] ?? 0);
    if (length > bodyLimit)
      throw new HttpError(
        413,
        'KG_BODY_TOO_LARGE',
        `The request body (${length} bytes) is larger than the ${bodyLimit} bytes allowed; no endpoint takes a body`,
      );
  });

  if (options.corsOrigin !== undefined) {
    await app.register(cors, {
      origin: options.corsOrigin,
      methods: ['GET', 'HEAD'],
      allowedHeaders: ['Authorization', 'If-None-Match'],
      exposedHeaders: ['ETag'],
    });
  }

  const token = options.token;
  app.decorateRequest('graphRunId', undefined);
  app.addHook('onRequest', async (request, reply) => {
    if (!request.url.startsWith('/api/')) return;
    if (request.method === 'OPTIONS') return; // CORS preflight carries no credentials
    if (token !== undefined && !isAuthorized(request.headers.authorization, token)) {
      reply.header('www-authenticate', 'Bearer');
      throw new HttpError(
        401,
        'KG_UNAUTHORIZED',
        'This server needs a token: send "Authorization: Bearer <KG_SERVE_TOKEN>"',
      );
    }
    if (request.url.startsWith('/api/openapi.json') || (request.method !== 'GET' && request.method !== 'HEAD')) return;
    const runId = await readLastIngestRunId(context.target);
    request.graphRunId = runId;
    const etag = graphEtag(runId, API_VERSION);
    reply.header('etag', etag);
    reply.header('cache-control', 'no-cache');
    if (matchesIfNoneMatch(request.headers['if-none-match'], etag)) return reply.code(304).send();
    return undefined;
  });

  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'kg-public-bodies',
        version: API_VERSION,
        description:
          'Read-only API over the public-bodies graph: named analyses, entities with evidence, full-text search, status.',
      },
      components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
      ...(token !== undefined ? { security: [{ bearer: [] }] } : {}),
    },
  });
  await app.register(responseValidation, { ajv: { coerceTypes: false, allowUnionTypes: true } });

  registerAnalysisRoutes(app, context);
  registerEntityRoutes(app, context);
  registerStatusRoutes(app, context);
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  // The page may load and call only this server: no CDN, no third party, no inline script
  // (inline styles are allowed: cytoscape positions its layers with them).
  app.addHook('onSend', async (request, reply, payload) => {
    if (!request.url.startsWith('/api/')) {
      reply.header(
        'content-security-policy',
        "default-src 'self'; img-src 'self' data: blob:; style-src 'self' 'unsafe-inline'; script-src 'self'; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'",
      );
      reply.header('x-content-type-options', 'nosniff');
    }
    return payload;
  });

  const dashboardDir = options.dashboardDir ?? DASHBOARD_DIR;
  if (existsSync(join(dashboardDir, 'index.html'))) {
    await app.register(fastifyStatic, {
      root: dashboardDir,
      prefix: '/',
      index: ['index.html'],
      dotfiles: 'deny',
      cacheControl: true,
      maxAge: 0,
    });
  } else {
    app.get('/', { schema: { hide: true } }, async (_request, reply) =>
      reply
        .code(503)
        .type('text/plain')
        .send(
          `The dashboard page is not built (no ${dashboardDir}/index.html): run npm run build. The API works: /api/openapi.json`,
        ),
    );
  }
  return app;
}
