// `kg serve`'s API against the real Neo4j holding the seed graph: every endpoint's answer is
// checked against the database and against the OpenAPI document the server publishes, and
// bad input (unknown analysis, bad parameters, writes smuggled in, huge bodies, traversal)
// gets the right 4xx with the graph unchanged.
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Validator } from '@seriousme/openapi-schema-validator';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { parse } from 'csv-parse/sync';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ANALYSES_DIR } from '../../pipeline/project-root.ts';
import { onDatabase, type Driver } from '../../graph/driver.ts';
import { recordIngestRun } from '../../graph/runs.ts';
import { buildServer, type ServeOptions } from '../../pipeline/serve/server.ts';
import { spawnKg } from './helpers/cli.ts';
import { openTestDriver, testConnection, wipeDatabase } from './helpers/database.ts';
import { fingerprint, type Fingerprint } from './helpers/fingerprint.ts';
import { ingestSeeds } from './helpers/seed-graph.ts';

const MIIT = "Ministry of Industry and Information Technology of the People's Republic of China";

/** Sends `bytes` of body with a plain HTTP request; resolves to the status, or 413-equivalent when the server cut the upload. */
function sendWithBody(method: string, url: string, bytes: number): Promise<number | string> {
  return new Promise((resolve) => {
    const request = httpRequest(
      url,
      { method, headers: { 'content-type': 'text/plain', 'content-length': String(bytes) } },
      (response) => {
        response.resume();
        resolve(response.statusCode ?? 0);
      },
    );
    request.on('error', (error) => resolve(error.message));
    request.end(Buffer.alloc(bytes, 120));
  });
}

interface Served {
  app: FastifyInstance;
  base: string;
}

describe('kg serve API on the seed graph', () => {
  let driver: Driver;
  let before: Fingerprint;
  const servers: FastifyInstance[] = [];
  let main: Served;
  let analysesDir: string;

  async function serve(options: Partial<ServeOptions> = {}): Promise<Served> {
    const app = await buildServer({
      driver,
      database: testConnection().database,
      queryTimeoutMs: 20_000,
      logError: (error) => console.error('server error', error),
      ...options,
    });
    servers.push(app);
    await app.listen({ host: '127.0.0.1', port: 0 });
    const address = app.server.address();
    if (typeof address !== 'object' || !address) throw new Error('no address');
    return { app, base: `http://127.0.0.1:${address.port}` };
  }

  const getJson = async (served: Served, path: string, headers: Record<string, string> = {}) => {
    const response = await fetch(`${served.base}${path}`, { headers });
    return {
      response,
      body: (await response.json()) as Record<string, unknown> & { error?: { code: string; message: string } },
    };
  };

  beforeAll(async () => {
    driver = openTestDriver();
    await ingestSeeds(driver);
    before = await fingerprint(driver);
    // The named analyses plus two made for these tests: one with a required parameter, one that runs for minutes.
    analysesDir = mkdtempSync(join(tmpdir(), 'kg-serve-analyses-'));
    cpSync(ANALYSES_DIR, analysesDir, { recursive: true });
    writeFileSync(
      join(analysesDir, 'needs-text.cypher'),
      '// name: needs-text\n// param: text string\n// param: limit integer = 3\nRETURN $text AS text, $limit AS limit\n',
    );
    writeFileSync(
      join(analysesDir, 'runaway.cypher'),
      '// name: runaway\nUNWIND range(1, 2000000000) AS x WITH x WHERE x % 7 = 3 RETURN count(x) AS n\n',
    );
    const dashboardDir = mkdtempSync(join(tmpdir(), 'kg-serve-page-'));
    writeFileSync(join(dashboardDir, 'index.html'), '<!doctype html><title>test page</title>');
    main = await serve({ analysesDir, dashboardDir });
  });

  afterAll(async () => {
    for (const app of servers) await app.close();
    await wipeDatabase(driver);
    await driver.close();
  });

  it('publishes a valid OpenAPI 3.1 document, and every answer matches its response schema', async () => {
    const { body: openapi } = await getJson(main, '/api/openapi.json');
    const validator = new Validator();
    const result = await validator.validate(openapi as unknown as Parameters<Validator['validate']>[0]);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    const paths = openapi.paths as Record<
      string,
      { get: { responses: Record<string, { content: Record<string, { schema: object }> }> } }
    >;
    expect(Object.keys(paths).sort()).toEqual(
      [
        '/api/analyses',
        '/api/analyses/{name}',
        '/api/entities/{id}',
        '/api/entities/{id}/organisation',
        '/api/runs',
        '/api/search',
        '/api/status',
      ].sort(),
    );
    const miitId = await entityIdByName(MIIT);
    const ajv = new Ajv2020({ strict: false, allowUnionTypes: true });
    const samples: [string, string][] = [
      ['/api/analyses', '/api/analyses'],
      ['/api/analyses/{name}', '/api/analyses/post-holders?body=MIIT'],
      ['/api/entities/{id}', `/api/entities/${encodeURIComponent(miitId)}`],
      ['/api/entities/{id}/organisation', `/api/entities/${encodeURIComponent(miitId)}/organisation`],
      ['/api/runs', '/api/runs'],
      ['/api/search', '/api/search?q=radio'],
      ['/api/status', '/api/status'],
    ];
    for (const [template, path] of samples) {
      const { response, body } = await getJson(main, path);
      expect(response.status, path).toBe(200);
      const validate = ajv.compile(paths[template]!.get.responses['200']!.content['application/json']!.schema);
      expect(validate(body) ? [] : validate.errors, path).toEqual([]);
      const { body: error } = await getJson(main, template === '/api/search' ? '/api/search' : '/api/runs?limit=0');
      const validateError = ajv.compile(paths[template]!.get.responses['400']!.content['application/json']!.schema);
      expect(validateError(error), path).toBe(true);
    }
  });

  async function entityIdByName(name: string): Promise<string> {
    const result = await driver.executeQuery(
      'MATCH (n:Entity {name: $name}) RETURN n.id AS id',
      { name },
      onDatabase(testConnection().database),
    );
    return String(result.records[0]!.get('id'));
  }

  it('status and runs: the counts and runs the database holds', async () => {
    const { body } = await getJson(main, '/api/status');
    const { database } = testConnection();
    for (const label of ['Agency', 'Department', 'Person', 'Law', 'Responsibility', 'Document']) {
      // Labels come from this fixed list, not from input.
      const count = await driver.executeQuery(`MATCH (n:${label}) RETURN count(n) AS count`, {}, onDatabase(database));
      expect((body.nodes as Record<string, number>)[label], label).toBe(count.records[0]!.get('count').toNumber());
    }
    const relationships = await driver.executeQuery(
      'MATCH ()-[r:HAS_DEPARTMENT]->() RETURN count(r) AS count',
      {},
      onDatabase(database),
    );
    expect((body.relationships as Record<string, number>).HAS_DEPARTMENT).toBe(
      relationships.records[0]!.get('count').toNumber(),
    );
    const runs = await driver.executeQuery(
      'MATCH (run:IngestRun) RETURN run.id AS id, run.documentsNew AS documentsNew',
      {},
      onDatabase(database),
    );
    expect((body.lastRun as { id: string }).id).toBe(runs.records[0]!.get('id'));
    expect((body.lastRun as { documentsNew: number }).documentsNew).toBe(5);
    const quality = (body.dataQuality as Record<string, number>)['agency without responsibilities'];
    const agencies = await driver.executeQuery(
      'MATCH (a:Agency) WHERE NOT (a)-[:HAS_RESPONSIBILITY]->() RETURN count(a) AS count',
      {},
      onDatabase(database),
    );
    expect(quality).toBe(agencies.records[0]!.get('count').toNumber());
    const { body: list } = await getJson(main, '/api/runs');
    expect((list as unknown as { id: string }[]).map((run) => run.id)).toEqual([runs.records[0]!.get('id')]);
  });

  it('analyses: listed with typed parameters; run as JSON or CSV with header-typed parameters', async () => {
    const { body: list } = await getJson(main, '/api/analyses');
    const mostConnected = (list as unknown as { name: string; params: unknown[] }[]).find(
      (analysis) => analysis.name === 'most-connected',
    );
    expect(mostConnected?.params).toEqual([
      { name: 'type', type: 'string', nullable: true, required: false, default: null },
      { name: 'limit', type: 'integer', nullable: false, required: false, default: 10 },
    ]);
    const { body } = await getJson(main, '/api/analyses/post-holders?body=MIIT');
    expect(body.columns).toEqual(['person', 'title', 'body', 'bodyType']);
    expect(body.rows).toEqual(
      expect.arrayContaining([{ person: 'Jin Zhuanglong', title: 'Minister', body: MIIT, bodyType: 'Agency' }]),
    );
    const csv = await fetch(`${main.base}/api/analyses/post-holders?body=MIIT&format=csv`);
    expect(csv.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(parse(await csv.text(), { columns: true })).toEqual(body.rows);
    // `limit` is an integer parameter: "3" arrives as 3 and limits the rows.
    const { body: limited } = await getJson(main, '/api/analyses/most-connected?limit=3');
    expect((limited.rows as unknown[]).length).toBe(3);
    // A quoted analysis gets its quotes.
    const { body: provenance } = await getJson(main, '/api/analyses/provenance?entity=Jin%20Zhuanglong');
    expect((provenance.rows as { quoteStatus: string }[]).every((row) => row.quoteStatus === 'ok')).toBe(true);
  });

  it('bad requests: 400 naming the parameter, 404 for unknown names, never a stack trace', async () => {
    const cases: [string, number, RegExp][] = [
      ['/api/analyses/post-holders?bdy=MIIT', 400, /no parameter "bdy"; its parameters are body/],
      ['/api/analyses/needs-text', 400, /needs parameter "text" \(string\)/],
      ['/api/analyses/most-connected?limit=ten', 400, /"limit" is a integer/],
      ['/api/analyses/most-connected?format=xml', 400, /format/],
      ['/api/analyses/no-such-analysis', 404, /No analysis named "no-such-analysis"/],
      ['/api/analyses/..%2F..%2Fpackage.json', 400, /params.name/],
      ['/api/search', 400, /missing parameter "q"/],
      ['/api/search?q=radio&lmit=3', 400, /unknown parameter "lmit"/],
      ['/api/runs?limit=-1', 400, /limit/],
      ['/api/entities/no-such-entity', 404, /No entity has the id "no-such-entity"/],
      ['/api/nothing-here', 404, /openapi.json/],
    ];
    for (const [path, status, message] of cases) {
      const { response, body } = await getJson(main, path);
      expect(response.status, path).toBe(status);
      expect(body.error?.message, path).toMatch(message);
      expect(JSON.stringify(body), path).not.toMatch(/\n\s+at |\.ts:\d+/);
    }
    const { body: required } = await getJson(main, '/api/analyses/needs-text?text=hello&limit=5');
    expect(required.rows).toEqual([{ text: 'hello', limit: 5 }]);
  });

  it('nothing can write: writes in parameters stay data, POST is refused, a 10 MB body is refused, static paths do not escape', async () => {
    const smuggled = encodeURIComponent("x' }) MATCH (n) DETACH DELETE n //");
    const { response } = await getJson(main, `/api/analyses/post-holders?body=${smuggled}`);
    expect(response.status).toBe(200);
    const writeLike = await getJson(
      main,
      `/api/analyses/laws-of-body?body=${encodeURIComponent("') CREATE (:Hack) //")}`,
    );
    expect(writeLike.response.status).toBe(200);
    expect(writeLike.body.rows).toEqual([]);
    const post = await fetch(`${main.base}/api/analyses/post-holders`, { method: 'POST', body: 'CREATE (:Hack)' });
    expect(post.status).toBe(405);
    expect(await sendWithBody('POST', `${main.base}/api/status`, 10 * 1024 * 1024)).toBe(413);
    // A GET carrying a 10 MB body (fetch will not send one): refused from its Content-Length.
    expect(await sendWithBody('GET', `${main.base}/api/status`, 10 * 1024 * 1024)).toBe(413);
    for (const path of ['/..%2f..%2fpackage.json', '/%2e%2e/%2e%2e/package.json', '/..%5c..%5cpackage.json']) {
      const traversal = await fetch(`${main.base}${path}`);
      expect(traversal.status, path).toBeGreaterThanOrEqual(400);
      expect(traversal.status, path).toBeLessThan(500);
      expect(await traversal.text(), path).not.toContain('kg-public-bodies');
    }
    expect((await fetch(`${main.base}/`)).status).toBe(200);
    expect(await fingerprint(driver)).toEqual(before);
  });

  it('ETag: stable while the graph is, If-None-Match answers 304, a new ingest run changes it', async () => {
    const first = await fetch(`${main.base}/api/analyses/graph-summary`);
    const etag = first.headers.get('etag');
    expect(etag).toMatch(/^W\/"[0-9a-f]{20}"$/);
    const second = await fetch(`${main.base}/api/status`);
    expect(second.headers.get('etag')).toBe(etag);
    const cached = await fetch(`${main.base}/api/analyses/graph-summary`, { headers: { 'if-none-match': etag! } });
    expect(cached.status).toBe(304);
    expect(await cached.text()).toBe('');
    await recordIngestRun(driver, testConnection().database, {
      id: 'run-serve-test',
      source: 'seeds',
      startedAt: new Date(Date.now() + 60_000).toISOString(),
      endedAt: new Date(Date.now() + 61_000).toISOString(),
      options: '{}',
      outcomes: '{}',
      documentsNew: 0,
      documentsChanged: 0,
      documentsUnchanged: 5,
      documentsRemoved: 0,
      documentsSkipped: 0,
      documentsFailed: 0,
      nodesCreated: 0,
      nodesDeleted: 0,
      relationshipsCreated: 0,
      relationshipsDeleted: 0,
      seconds: 1,
    });
    const changed = await fetch(`${main.base}/api/analyses/graph-summary`, { headers: { 'if-none-match': etag! } });
    expect(changed.status).toBe(200);
    expect(changed.headers.get('etag')).not.toBe(etag);
    // The answer is recomputed under the new run, not served from the server's cache of the old one.
    const runsCounted = (body: { rows: { kind: string; name: string; count: number }[] }) =>
      body.rows.find((row) => row.kind === 'node' && row.name === 'IngestRun')?.count;
    const before = runsCounted((await first.json()) as never);
    expect(runsCounted((await changed.json()) as never)).toBe(before! + 1);
  });

  it('a runaway analysis is cancelled by the server after the query timeout (504), and no transaction is left running', async () => {
    const impatient = await serve({ analysesDir, queryTimeoutMs: 1_500 });
    const started = Date.now();
    const { response, body } = await getJson(impatient, '/api/analyses/runaway');
    expect(response.status).toBe(504);
    expect(body.error?.code).toBe('KG_QUERY_TIMEOUT');
    expect(Date.now() - started).toBeLessThan(15_000);
    await new Promise((resolve) => setTimeout(resolve, 500));
    const running = await driver.executeQuery(
      "SHOW TRANSACTIONS YIELD currentQuery WHERE currentQuery CONTAINS 'x % 7 = 3' AND NOT currentQuery CONTAINS 'SHOW' RETURN count(*) AS count",
      {},
      onDatabase(testConnection().database),
    );
    expect(running.records[0]!.get('count').toNumber()).toBe(0);
  });

  it('token: required on every API route when set; CORS only for the --cors origin', async () => {
    const secured = await serve({ token: 'a-long-test-token-0123456789' });
    expect((await fetch(`${secured.base}/api/status`)).status).toBe(401);
    expect((await fetch(`${secured.base}/api/status`, { headers: { authorization: 'Bearer wrong' } })).status).toBe(
      401,
    );
    expect(
      (await fetch(`${secured.base}/api/status`, { headers: { authorization: 'Bearer a-long-test-token-0123456789' } }))
        .status,
    ).toBe(200);

    const plain = await fetch(`${main.base}/api/status`, { headers: { origin: 'http://example.test' } });
    expect(plain.headers.get('access-control-allow-origin')).toBeNull();
    const withCors = await serve({ corsOrigin: 'http://dash.example.test' });
    const allowed = await fetch(`${withCors.base}/api/status`, { headers: { origin: 'http://dash.example.test' } });
    expect(allowed.headers.get('access-control-allow-origin')).toBe('http://dash.example.test');
    const preflight = await fetch(`${withCors.base}/api/status`, {
      method: 'OPTIONS',
      headers: { origin: 'http://dash.example.test', 'access-control-request-method': 'GET' },
    });
    expect(preflight.status).toBeLessThan(300);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('http://dash.example.test');
    const other = await fetch(`${withCors.base}/api/status`, { headers: { origin: 'http://evil.example.test' } });
    expect(other.headers.get('access-control-allow-origin')).not.toBe('http://evil.example.test');
  });

  it('kg serve refuses to listen beyond loopback without KG_SERVE_TOKEN, with a message saying what to do', async () => {
    const env = { ...testConnection() };
    const kg = spawnKg(['serve', '--host', '0.0.0.0', '--port', '0'], env);
    kg.child.stdin?.end();
    const code = await kg.exited;
    expect(code).toBe(2);
    expect(kg.stderr()).toMatch(/will not listen on 0\.0\.0\.0 without a token.*KG_SERVE_TOKEN/);
  });
});
