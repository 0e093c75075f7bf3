// What the route modules are given by buildServer (server.ts): apart from server.ts, so
// that the routes and the server do not import each other.
import type { ReadTarget } from '../../graph/dashboard-reads.ts';
import type { ResultCache } from './result-cache.ts';

/** What route modules need. */
export interface ServeContext {
  target: ReadTarget;
  analysesDir: string;
  documentRoots: string[];
  results: ResultCache;
}
