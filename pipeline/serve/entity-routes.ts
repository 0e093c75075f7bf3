// GET /api/entities/:id (with evidence quotes), /api/entities/:id/organisation and
// /api/search: what the dashboard's entity page, org chart and search box read.
import type { FastifyInstance } from 'fastify';
import {
  readEntityDetails,
  readOrganisation,
  searchEntities,
  type EntityDetails,
} from '../../graph/dashboard-reads.ts';
import type { PlainMap } from '../../graph/values.ts';
import { addQuotes } from '../quote-spans.ts';
import { HttpError } from './http-errors.ts';
import { entitySchema, errorResponses, organisationSchema, searchSchema } from './schemas.ts';
import type { ServeContext } from './context.ts';

const QUOTE_SPEC = { path: 'path', sha256: 'sha256', start: 'start', end: 'end', into: 'quote' } as const;

/** How many spans one entity answer quotes (each quote reads and hashes a document file). */
export const ENTITY_SPAN_LIMITS = { mentions: 50, evidencePerRelationship: 5 } as const;

/**
 * Quotes every span of an entity in one pass (pipeline/quote-spans.ts), so that each
 * document file is read and hashed once however many facts it supports.
 */
function quoteEntity(details: EntityDetails, roots: string[]) {
  const rows: PlainMap[] = [
    ...details.relationships.flatMap((relationship) => relationship.evidence),
    ...details.mentions,
  ].map((span) => ({ ...span }));
  addQuotes(rows, QUOTE_SPEC, { roots });
  const quoted = rows.map(({ sha256: _sha256, ...rest }) => rest);
  let next = 0;
  const take = (count: number) => quoted.slice(next, (next += count));
  const relationships = details.relationships.map((relationship) => ({
    ...relationship,
    evidence: take(relationship.evidence.length),
  }));
  return { ...details, relationships, mentions: take(details.mentions.length) };
}

const idParams = {
  type: 'object',
  required: ['id'],
  properties: { id: { type: 'string', minLength: 1, maxLength: 500 } },
} as const;

/** Registers the entity and search routes. */
export function registerEntityRoutes(app: FastifyInstance, context: ServeContext): void {
  app.get<{ Params: { id: string } }>(
    '/api/entities/:id',
    {
      schema: {
        summary:
          'One entity: its relationships both ways (the first 5 evidence spans of each) and its first 50 mentions, each span with its quote',
        tags: ['entities'],
        params: idParams,
        response: { 200: entitySchema, ...errorResponses },
      },
    },
    async (request) => {
      const details = await readEntityDetails(context.target, request.params.id, ENTITY_SPAN_LIMITS);
      if (!details)
        throw new HttpError(
          404,
          'KG_NOT_FOUND',
          `No entity has the id "${request.params.id}"; /api/search?q= finds ids by name`,
        );
      return quoteEntity(details, context.documentRoots);
    },
  );

  app.get<{ Params: { id: string } }>(
    '/api/entities/:id/organisation',
    {
      schema: {
        summary:
          'The organisation under a body: departments, agencies directly under it, and posts held in it and its departments',
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
          properties: {
            q: { type: 'string', minLength: 1, maxLength: 500 },
            limit: { type: 'integer', minimum: 1, maximum: 200, default: 20 },
          },
        },
        response: { 200: searchSchema, ...errorResponses },
      },
    },
    async (request) => ({
      query: request.query.q,
      hits: await searchEntities(context.target, request.query.q, request.query.limit),
    }),
  );
}
