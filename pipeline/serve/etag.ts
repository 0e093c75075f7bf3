// ETags for polling dashboards: every API answer is a function of the graph, and the graph
// changes only through an ingest run, so the newest IngestRun id names the graph's version.
// An unchanged graph answers If-None-Match with 304 after one tiny read.
import { createHash } from 'node:crypto';

/** The ETag of every API answer while the newest ingest run is `runId` (null: no run yet). */
export function graphEtag(runId: string | null, apiVersion: string): string {
  return `W/"${createHash('sha256')
    .update(`${apiVersion}\u0000${runId ?? ''}`)
    .digest('hex')
    .slice(0, 20)}"`;
}

/** True when an If-None-Match header matches `etag` (weak comparison, lists and `*` allowed). */
export function matchesIfNoneMatch(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  const bare = (tag: string): string => tag.trim().replace(/^W\//, '');
  return header.split(',').some((tag) => tag.trim() === '*' || bare(tag) === bare(etag));
}
