// GET /api/entities/:id (with evidence quotes), /api/entities/:id/organisation and
// /api/search: what the dashboard's entity page, org chart and search box read.
import type { FastifyInstance } from 'fastify';
import { readEntityDetails, readOrganisation, searchEntities, type EvidenceSpan } from '../../graph/dashboard-reads.ts';
import type { PlainMap } from '../../graph/values.ts';
import { addQuotes } from '../quote-spans.ts';
import { HttpError } from './http-errors.ts';
import { entitySchema, errorResponses, organisationSchema, searchSchema } from './schemas.ts';
import type { ServeContext } from './server.ts';

const QUOTE_SPEC = { path: 'path', sha256: 'sha256', start: 'start', end: 'end', into: 'quote' } as const;

/** Quoted spans: the text each span points to, read back from its document file (pipeline/quote-spans.ts). */
function quoteSpans(spans: EvidenceSpan[], roots: string[]): PlainMap[] {
  const rows: PlainMap[] = spans.map((span) => ({ ...span }));
  addQuotes(rows, QUOTE_SPEC, { roots });
  return rows.map(({ sha256: _sha256, ...rest }) => rest);
}

const idParams = { type: 'object', required: ['id'], properties: { id: { type: 'string', minLength: 1, maxLength: 500 } } } as const;

/** Registers the entity and search routes. */
export function registerEntityRoutes(app: FastifyInstance, context: ServeContext): void {
  app.get<{ Params: { id: string } }>(
    '/api/entities/:id',
    {
      schema: {
        summary: 'One entity: its relationships both ways and its mentions, each with document spans and quotes',
        tags: ['entities'],
        params: idParams,
        response: { 200: entitySchema, ...errorResponses },
      },
    },
    async (request) => {
      const details = await readEntityDetails(context.target, request.params.id);
      if (!details) throw new HttpError(404, 'KG_NOT_FOUND', `No entity has the id "${request.params.id}"; /api/search?q= finds ids by name`);
      return {
        ...details,
        relationships: details.relationships.map((relationship) => ({ ...relationship, evidence: quoteSpans(relationship.evidence, context.documentRoots) })),
        mentions: quoteSpans(details.mentions, context.documentRoots),
      };
    },
  );

  app.get<{ Params: { id: string } }>(
    '/api/entities/:id/organisation',
    {
      schema: {
        summary: 'The organisation under a body: departments, agencies directly under it, and posts held in it and its departments',
        tags: ['entities'],
        params: idParams,
        response: { 200: organisationSchema, ...errorResponses },
      },
    },
    async (request) => {
      const organisation = await readOrganisation(context.target, request.params.id);
      if (!organisation) throw new HttpError(404, 'KG_NOT_FOUND', `No entity has the id "${request.params.id}"`);
      return organisation;
    },
  );

  app.get<{ Querystring: { q: string; limit: number } }>(
    '/api/search',
    {
      schema: {
        summary: 'Full-text search over entity names and aliases (the kg_entity_fulltext index), best match first',
        tags: ['entities'],
        querystring: {
          type: 'object',
          required: ['q'],
          additionalProperties: false,
          properties: { q: { type: 'string', minLength: 1, maxLength: 500 }, limit: { type: 'integer', minimum: 1, maximum: 200, default: 20 } },
        },
        response: { 200: searchSchema, ...errorResponses },
      },
    },
    async (request) => ({ query: request.query.q, hits: await searchEntities(context.target, request.query.q, request.query.limit) }),
  );
}
