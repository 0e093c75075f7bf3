// `npm run bench:serve [-- --seconds 30] [-- --clients 50]`: kg serve's latency on whatever
// graph the configured database holds (the same database kg commands use; ingest the
// 10,000-document bench corpus first to measure the bars): median of sequential
// GET /api/analyses/graph-summary (and its first, uncached answer), an entity page and a
// 304 revalidation, then N clients
// polling with If-None-Match for S seconds, counting errors. Reports, never asserts.
import { parseArgs } from 'node:util';
import { connectDatabase } from '../pipeline/database.ts';
import { buildServer } from '../pipeline/serve/server.ts';

const { values } = parseArgs({
  options: {
    seconds: { type: 'string', default: '30' },
    clients: { type: 'string', default: '50' },
    samples: { type: 'string', default: '40' },
  },
});
const seconds = Number(values.seconds);
const clients = Number(values.clients);
const samples = Number(values.samples);

const median = (numbers: number[]): number => {
  const sorted = [...numbers].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
};

async function timeRequests(url: string, headers: Record<string, string>, expectedStatus: number): Promise<number> {
  const times: number[] = [];
  for (let index = 0; index < samples; index += 1) {
    const started = performance.now();
    const response = await fetch(url, { headers });
    await response.arrayBuffer();
    if (response.status !== expectedStatus)
      throw new Error(`${url} answered ${response.status}, expected ${expectedStatus}`);
    times.push(performance.now() - started);
  }
  return median(times);
}

const database = await connectDatabase({ log: (line) => console.error(line) });
const app = await buildServer({
  driver: database.driver,
  database: database.settings.database,
  queryTimeoutMs: 30_000,
});
try {
  await app.listen({ host: '127.0.0.1', port: 0 });
  const address = app.server.address();
  const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  const connected = (await (await fetch(`${base}/api/analyses/most-connected?type=Agency&limit=1`)).json()) as {
    rows: { entity: string }[];
  };
  const name = connected.rows[0]?.entity;
  if (!name) throw new Error('the graph holds no agency: ingest something first');
  const hits = (await (await fetch(`${base}/api/search?q=${encodeURIComponent(name)}&limit=20`)).json()) as {
    hits: { id: string; name: string; type: string }[];
  };
  const id = hits.hits.find((hit) => hit.name === name && hit.type === 'Agency')?.id ?? hits.hits[0]!.id;
  const summaryUrl = `${base}/api/analyses/graph-summary`;
  // The first request computes the answer; later ones under the same ingest run are served from the server's cache.
  const firstStarted = performance.now();
  const first = await fetch(summaryUrl);
  await first.arrayBuffer();
  const graphSummaryFirstMs = performance.now() - firstStarted;
  const etag = first.headers.get('etag') ?? '';
  const figures: Record<string, number> = {
    graphSummaryFirstMs,
    graphSummaryMedianMs: await timeRequests(summaryUrl, {}, 200),
    entityPageMedianMs: await timeRequests(`${base}/api/entities/${encodeURIComponent(id)}`, {}, 200),
    revalidation304MedianMs: await timeRequests(summaryUrl, { 'if-none-match': etag }, 304),
  };
  let requests = 0;
  let errors = 0;
  const deadline = Date.now() + seconds * 1000;
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (Date.now() < deadline) {
        try {
          const response = await fetch(summaryUrl, { headers: { 'if-none-match': etag } });
          await response.arrayBuffer();
          if (response.status !== 304 && response.status !== 200) errors += 1;
        } catch {
          errors += 1;
        }
        requests += 1;
      }
    }),
  );
  figures.pollingClients = clients;
  figures.pollingSeconds = seconds;
  figures.pollingRequests = requests;
  figures.pollingErrors = errors;
  console.log(JSON.stringify({ graph: database.settings.uri, entity: id, ...figures }, null, 2));
} finally {
  await app.close();
  await database.close();
}
