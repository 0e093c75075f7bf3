// Calls the server this page came from (and nothing else). A server started with
// KG_SERVE_TOKEN answers 401 until the person enters the token, kept for this tab only.

const TOKEN_KEY = 'kg-serve-token';

/** An error answer of the API, with its message for a person. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;

  constructor(status: number, code: string, message: string) {
    super(message);
    this.status = status;
    this.code = code;
  }
}

/** Stores the bearer token for this tab. */
export function setToken(token: string): void {
  sessionStorage.setItem(TOKEN_KEY, token);
}

/** GETs `/api/<path>` as JSON; throws ApiError with the server's message. */
export async function getApi<T>(path: string): Promise<T> {
  const token = sessionStorage.getItem(TOKEN_KEY);
  const response = await fetch(`/api/${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  const body = (await response.json().catch(() => null)) as { error?: { code: string; message: string } } | null;
  if (!response.ok) {
    throw new ApiError(
      response.status,
      body?.error?.code ?? 'KG_HTTP',
      body?.error?.message ?? `The server answered ${response.status}`,
    );
  }
  return body as T;
}

/** What the API answers (the OpenAPI document at /api/openapi.json is the reference). */
export interface EntityRef {
  id: string;
  type: string;
  name: string;
}

export interface Span {
  document: string;
  path: string | null;
  start: number;
  end: number;
  quote: string | null;
  quoteStatus: string;
}

export interface Relationship {
  type: string;
  direction: 'out' | 'in';
  title: string;
  other: EntityRef;
  evidence: Span[];
  evidenceTotal: number;
}

export interface Entity extends EntityRef {
  aliases: string[];
  relationships: Relationship[];
  mentions: Span[];
  mentionsTotal: number;
}

export interface Organisation {
  root: EntityRef;
  departments: EntityRef[];
  agencies: EntityRef[];
  posts: { bodyId: string; person: EntityRef; title: string }[];
}

export interface Run {
  id: string;
  startedAt: string | null;
  seconds: number | null;
  documentsNew: number | null;
  documentsChanged: number | null;
  documentsUnchanged: number | null;
  documentsRemoved: number | null;
  documentsFailed: number | null;
  nodesCreated: number | null;
  nodesDeleted: number | null;
  relationshipsCreated: number | null;
  relationshipsDeleted: number | null;
}

export interface Status {
  nodes: Record<string, number>;
  relationships: Record<string, number>;
  lastRun: Run | null;
  dataQuality: Record<string, number>;
}

export interface AnalysisResult {
  analysis: string;
  columns: string[];
  rows: Record<string, unknown>[];
}
