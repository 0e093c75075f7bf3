// Every named analysis, run through runQuery on the seed graph that the real pipeline
// ingests, with rows drawn from the seeds (gold: ../shared/eval/gold/).
import { describe, expect, it, vi } from 'vitest';
import { listAnalyses } from '../../cypher/catalog.ts';
import { ANALYSES_DIR } from '../../pipeline/project-root.ts';
import type { PlainMap } from '../../graph/values.ts';
import { main } from '../../pipeline/cli.ts';
import { runQuery } from '../../pipeline/query.ts';
import { testConnection } from './helpers/database.ts';
import { useSeedGraph } from './helpers/seed-graph.ts';
import { onDatabase } from '../../graph/driver.ts';

const MIIT = "Ministry of Industry and Information Technology of the People's Republic of China";

describe('named analyses on the seed graph', () => {
  const seedDriver = useSeedGraph();
  const query = async (analysis: string, params: string[] = []) =>
    runQuery({ driver: seedDriver(), database: testConnection().database, analysis, params });
  const pick = (rows: PlainMap[], ...columns: string[]) =>
    rows.map((row) => Object.fromEntries(columns.map((column) => [column, row[column]])));

  it('every analysis runs with its defaults', async () => {
    for (const analysis of listAnalyses(ANALYSES_DIR)) {
      const output = await query(analysis.name);
      expect(output.columns.length, analysis.name).toBeGreaterThan(0);
    }
  });

  it('departments-of-agency: the departments of MIIT, found by its short name, with their duties', async () => {
    const { rows } = await query('departments-of-agency', ['agency=ministry of industry and information technology']);
    expect(new Set(rows.map((row) => row.agency))).toEqual(new Set([MIIT]));
    expect(rows.length).toBeGreaterThanOrEqual(20);
    expect(pick(rows, 'department', 'responsibilityCount')).toEqual(
      expect.arrayContaining([
        { department: 'General Office', responsibilityCount: 1 },
        { department: 'Finance Division', responsibilityCount: 1 },
        { department: 'Agency Service Bureau', responsibilityCount: 10 },
        { department: 'Network Security Administration', responsibilityCount: 1 },
      ]),
    );
    const general = rows.find((row) => row.department === 'General Office');
    expect((general?.responsibilities as string[])[0]).toMatch(/^Be responsible for the operation of documents/);
  });

  it('post-holders: who holds a post in MIIT', async () => {
    const { rows } = await query('post-holders', [`body=${MIIT}`]);
    expect(pick(rows, 'person', 'title')).toEqual(
      expect.arrayContaining([
        { person: 'Jin Zhuanglong', title: 'Minister' },
        { person: 'Wang Jiangping', title: 'Vice Minister' },
        { person: 'Gao Dongsheng', title: 'Chief Economist' },
      ]),
    );
    const all = await query('post-holders');
    expect(pick(all.rows, 'person', 'title', 'bodyType')).toEqual(
      expect.arrayContaining([{ person: 'Gao Lin', title: 'deputy director', bodyType: 'Department' }]),
    );
  });

  it('chain-of-command: MIIT is under the State Council and has agencies and departments under it', async () => {
    const { rows } = await query('chain-of-command');
    expect(
      pick(
        rows.filter((row) => row.direction === 'above'),
        'body',
        'depth',
      ),
    ).toEqual([{ body: 'State Council', depth: 1 }]);
    const below = pick(
      rows.filter((row) => row.direction === 'below'),
      'type',
      'body',
      'depth',
    );
    expect(below).toEqual(
      expect.arrayContaining([
        { type: 'Agency', body: 'National Space Administration', depth: 1 },
        { type: 'Agency', body: 'China Institute of Information and Communication', depth: 1 },
        { type: 'Department', body: 'General Office', depth: 1 },
      ]),
    );
    const citic = await query('chain-of-command', ['agency=China Institute of Information and Communication']);
    expect(
      pick(
        citic.rows.filter((row) => row.direction === 'above'),
        'body',
        'depth',
        'via',
      ),
    ).toEqual([
      { body: MIIT, depth: 1, via: ['China Institute of Information and Communication', MIIT] },
      {
        body: 'State Council',
        depth: 2,
        via: ['China Institute of Information and Communication', MIIT, 'State Council'],
      },
    ]);
  });

  it('bodies-governed-by-law and laws-of-body', async () => {
    const governed = await query('bodies-governed-by-law', ['law=network security law']);
    expect(pick(governed.rows, 'body', 'bodyType')).toEqual(
      expect.arrayContaining([
        { body: 'Central Network Information Office', bodyType: 'Agency' },
        { body: 'China Institute of Information and Communication', bodyType: 'Agency' },
      ]),
    );
    const laws = await query('laws-of-body', ['body=Bureau of Science, Technology and Industrial Informatization']);
    expect(laws.rows.map((row) => row.law)).toEqual(
      expect.arrayContaining([expect.stringMatching(/Progress of Science and Technology/)]),
    );
  });

  it('search-responsibilities: ranked full-text hits on radio spectrum, with who holds them', async () => {
    const { rows } = await query('search-responsibilities', ['text="radio spectrum"', 'limit=5']);
    expect(rows.length).toBeGreaterThanOrEqual(2);
    const scores = rows.map((row) => row.score as number);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    for (const row of rows) expect(String(row.responsibility).toLowerCase()).toContain('radio');
    expect(rows.flatMap((row) => row.heldBy as string[])).toContain(MIIT);
  });

  it('most-connected: MIIT first; filtered by type', async () => {
    const { rows } = await query('most-connected', ['limit=3']);
    expect(rows).toHaveLength(3);
    expect(rows[0]).toMatchObject({ entity: MIIT, type: 'Agency', documents: 2 });
    const people = await query('most-connected', ['type=Person', 'limit=1']);
    expect(people.rows[0]).toMatchObject({ entity: 'Zhang Kejian', type: 'Person' });
  });

  it('provenance: the mention and the evidence of Jin Zhuanglong, quoted from the document file', async () => {
    const { rows, columns } = await query('provenance', ['entity=jin zhuanglong']);
    expect(columns).toEqual(expect.arrayContaining(['quote', 'quoteStatus']));
    const mention = rows.find((row) => row.kind === 'mention');
    expect(mention).toMatchObject({
      document: 'seeds/001_e15234533dad94e7.txt',
      quote: 'Jin Zhuanglong',
      quoteStatus: 'ok',
    });
    const minister = rows.find((row) => row.kind === 'relationship' && String(row.fact).includes('(Minister)'));
    expect(minister?.quoteStatus).toBe('ok');
    expect(minister?.quote).toMatch(/^Jin Zhuanglong/);
    expect(minister?.quote).toContain('Minister');
  });

  it('data-quality: agencies with no responsibilities, and once-mentioned entities on request', async () => {
    const { rows } = await query('data-quality');
    expect(pick(rows, 'check', 'entity')).toEqual(
      expect.arrayContaining([{ check: 'agency without responsibilities', entity: 'National Space Administration' }]),
    );
    expect(rows.some((row) => row.check === 'mentioned once' && row.type === 'Responsibility')).toBe(false);
    const withDuties = await query('data-quality', ['includeResponsibilities=true']);
    expect(withDuties.rows.some((row) => row.check === 'mentioned once' && row.type === 'Responsibility')).toBe(true);
  });

  it('last-ingest: five new documents, outcomes parsed from JSON', async () => {
    const { rows } = await query('last-ingest');
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ source: 'seeds', documentsNew: 5, documentsChanged: 0, documentsFailed: 0 });
    expect(rows[0]!.outcomes).toMatchObject({ 'seeds/001_e15234533dad94e7.txt': 'new' });
  });

  it('graph-summary counts the five documents', async () => {
    const { rows } = await query('graph-summary');
    expect(rows).toEqual(expect.arrayContaining([{ kind: 'node', name: 'Document', count: 5 }]));
  });

  it('shared-laws-and-duties: none on the seeds as extracted; a law two bodies share shows up', async () => {
    // The seeds name the Network Security Law in two forms the extraction keeps apart.
    expect((await query('shared-laws-and-duties')).rows).toEqual([]);
    await seedDriver().executeQuery(
      `MATCH (body:Agency {name: $body}), (law:Law {name: $law})
       MERGE (body)-[governed:GOVERNED_BY]->(law)
       ON CREATE SET governed.documents = [], governed.evidence = [], governed.extractors = ['test']`,
      { body: 'China Institute of Information and Communication', law: 'Network Security Law' },
      onDatabase(testConnection().database),
    );
    const { rows } = await query('shared-laws-and-duties');
    expect(rows).toEqual([expect.objectContaining({ sharedLaws: 1, sharedDuties: 0, laws: ['Network Security Law'] })]);
    expect(new Set([rows[0]!.body, rows[0]!.otherBody])).toEqual(
      new Set(['China Institute of Information and Communication', 'Central Network Information Office']),
    );
  });

  it('the CLI prints JSON, CSV and a table, and refuses unknown parameters with exit code 2', async () => {
    const connection = testConnection();
    vi.stubEnv('NEO4J_URI', connection.uri);
    vi.stubEnv('NEO4J_USERNAME', connection.username);
    vi.stubEnv('NEO4J_PASSWORD', connection.password);
    const printed: string[] = [];
    const log = vi.spyOn(console, 'log').mockImplementation((line: unknown) => void printed.push(String(line)));
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      expect(await main(['node', 'kg', 'query', 'post-holders', '--param', 'body=MIIT', '--format', 'json'])).toBe(0);
      expect(JSON.parse(printed.pop()!)).toEqual(
        expect.arrayContaining([expect.objectContaining({ person: 'Jin Zhuanglong', title: 'Minister' })]),
      );
      expect(await main(['node', 'kg', 'query', 'post-holders', '--param', 'body=MIIT', '--format', 'csv'])).toBe(0);
      expect(printed.pop()!.split('\n')[0]).toBe('person,title,body,bodyType');
      expect(await main(['node', 'kg', 'query', 'graph-summary'])).toBe(0);
      expect(printed.pop()).toMatch(/^kind +\| name +\| count\n/);
      expect(await main(['node', 'kg', 'query', 'post-holders', '--param', 'boddy=MIIT'])).toBe(2);
      expect(errors).toHaveBeenLastCalledWith(
        expect.stringContaining('has no parameter "boddy"; its parameters are body'),
      );
      expect(await main(['node', 'kg', 'query', '--list'])).toBe(0);
      expect(printed.pop()).toContain('departments-of-agency\n    Departments of an agency');
    } finally {
      log.mockRestore();
      errors.mockRestore();
      vi.unstubAllEnvs();
    }
  });
});
