// JSON Schemas of the API: fastify validates requests with them, @fastify/response-validation
// checks answers against them, and @fastify/swagger turns them into /api/openapi.json.

const nullable = (type: string) => ({ type: [type, 'null'] });

/** `{ error: { code, message } }`. */
export const errorSchema = {
  type: 'object',
  required: ['error'],
  properties: {
    error: {
      type: 'object',
      required: ['code', 'message'],
      properties: { code: { type: 'string' }, message: { type: 'string' } },
    },
  },
} as const;

const errorRef = errorSchema;

/** The error answers every API route may give. */
export const errorResponses = {
  400: { description: 'Bad request: the message names the parameter', ...errorRef },
  401: { description: 'Missing or wrong bearer token', ...errorRef },
  404: { description: 'No such analysis or entity', ...errorRef },
  500: { description: 'The query failed', ...errorRef },
  503: { description: 'The database is unreachable', ...errorRef },
  504: { description: 'The query took longer than the server allows and was cancelled', ...errorRef },
} as const;

const entityRef = {
  type: 'object',
  required: ['id', 'type', 'name'],
  properties: { id: { type: 'string' }, type: { type: 'string' }, name: { type: 'string' } },
} as const;

/** A document span with the text it quotes (null unless quoteStatus is "ok"). */
const evidenceSpan = {
  type: 'object',
  required: ['document', 'path', 'start', 'end', 'quote', 'quoteStatus'],
  properties: {
    document: { type: 'string' },
    path: nullable('string'),
    start: { type: 'integer' },
    end: { type: 'integer' },
    quote: nullable('string'),
    quoteStatus: {
      type: 'string',
      enum: ['ok', 'no span', 'file missing', 'file changed since ingest', 'span out of range'],
    },
  },
} as const;

const paramValue = { type: ['string', 'number', 'boolean', 'null'] } as const;

export const analysisListSchema = {
  type: 'array',
  items: {
    type: 'object',
    required: ['name', 'description', 'params'],
    properties: {
      name: { type: 'string' },
      description: { type: 'string' },
      params: {
        type: 'array',
        items: {
          type: 'object',
          required: ['name', 'type', 'nullable', 'required'],
          properties: {
            name: { type: 'string' },
            type: { type: 'string', enum: ['string', 'integer', 'float', 'boolean'] },
            nullable: { type: 'boolean' },
            required: { type: 'boolean' },
            default: paramValue,
          },
        },
      },
    },
  },
} as const;

export const analysisResultSchema = {
  type: 'object',
  required: ['analysis', 'columns', 'rows'],
  properties: {
    analysis: { type: 'string' },
    columns: { type: 'array', items: { type: 'string' } },
    rows: { type: 'array', items: { type: 'object', additionalProperties: true } },
  },
} as const;

export const entitySchema = {
  type: 'object',
  required: ['id', 'type', 'name', 'aliases', 'relationships', 'mentions', 'mentionsTotal'],
  properties: {
    id: { type: 'string' },
    type: { type: 'string' },
    name: { type: 'string' },
    aliases: { type: 'array', items: { type: 'string' } },
    relationships: {
      type: 'array',
      items: {
        type: 'object',
        required: ['type', 'direction', 'title', 'other', 'evidence', 'evidenceTotal'],
        properties: {
          type: { type: 'string' },
          direction: { type: 'string', enum: ['out', 'in'] },
          title: { type: 'string' },
          other: entityRef,
          evidence: { type: 'array', items: evidenceSpan },
          evidenceTotal: {
            type: 'integer',
            description: 'How many spans support the fact; evidence holds the first few',
          },
        },
      },
    },
    mentions: { type: 'array', items: evidenceSpan },
    mentionsTotal: { type: 'integer', description: 'How many mentions the entity has; mentions holds the first 50' },
  },
} as const;

export const organisationSchema = {
  type: 'object',
  required: ['root', 'departments', 'agencies', 'posts'],
  properties: {
    root: entityRef,
    departments: { type: 'array', items: entityRef },
    agencies: { type: 'array', items: entityRef },
    posts: {
      type: 'array',
      items: {
        type: 'object',
        required: ['bodyId', 'person', 'title'],
        properties: { bodyId: { type: 'string' }, person: entityRef, title: { type: 'string' } },
      },
    },
  },
} as const;

export const searchSchema = {
  type: 'object',
  required: ['query', 'hits'],
  properties: {
    query: { type: 'string' },
    hits: {
      type: 'array',
      items: {
        type: 'object',
        required: ['id', 'type', 'name', 'score'],
        properties: { ...entityRef.properties, score: { type: 'number' } },
      },
    },
  },
} as const;

const runSchema = {
  type: 'object',
  required: ['id', 'startedAt'],
  properties: {
    id: { type: 'string' },
    startedAt: nullable('string'),
    endedAt: nullable('string'),
    seconds: nullable('number'),
    documentsNew: nullable('integer'),
    documentsChanged: nullable('integer'),
    documentsUnchanged: nullable('integer'),
    documentsRemoved: nullable('integer'),
    documentsSkipped: nullable('integer'),
    documentsFailed: nullable('integer'),
    nodesCreated: nullable('integer'),
    nodesDeleted: nullable('integer'),
    relationshipsCreated: nullable('integer'),
    relationshipsDeleted: nullable('integer'),
  },
} as const;

export const runsSchema = { type: 'array', items: runSchema } as const;

const countMap = { type: 'object', additionalProperties: { type: 'integer' } } as const;

export const statusSchema = {
  type: 'object',
  required: ['nodes', 'relationships', 'lastRun', 'dataQuality'],
  properties: {
    nodes: countMap,
    relationships: countMap,
    lastRun: { anyOf: [runSchema, { type: 'null' }] },
    dataQuality: countMap,
  },
} as const;
