// Answers of the named analyses, kept per graph version: an analysis reads only the graph,
// and the graph changes only through an ingest run, so an answer computed under the newest
// run's id stays right until the next run (the same promise the ETag makes). Pollers that
// do not send If-None-Match (Grafana, scripts) then cost one tiny read, not a full query.

interface Entry {
  runId: string | null;
  contentType: string;
  body: string;
}

/** A small least-recently-used map from request URL to the answer computed under one graph version. */
export class ResultCache {
  private readonly entries = new Map<string, Entry>();

  constructor(
    private readonly maxEntries = 64,
    private readonly maxBodyChars = 2_000_000,
  ) {}

  /** The answer for `url` if it was computed under `runId`. */
  get(url: string, runId: string | null): Entry | undefined {
    const entry = this.entries.get(url);
    if (!entry || entry.runId !== runId) return undefined;
    this.entries.delete(url);
    this.entries.set(url, entry);
    return entry;
  }

  /** Keeps an answer (unless it is too large), dropping the least recently used beyond the limit. */
  set(url: string, runId: string | null, contentType: string, body: string): void {
    if (body.length > this.maxBodyChars) return;
    this.entries.delete(url);
    this.entries.set(url, { runId, contentType, body });
    while (this.entries.size > this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
  }
}
