// kg export on the ingested seed graph (plus a probe node with every property type the
// importer round-trips): the CSV files load into an empty database with LOAD CSV, reading
// their neo4j-admin headers, and give back the same nodes, relationships and properties;
// GraphML parses as XML with the right counts; JSON holds every element.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { create } from 'xmlbuilder2';
import { onDatabase, type Driver } from '../../graph/driver.ts';
import type { CsvManifest } from '../../graph/export/csv.ts';
import { toPlainValue } from '../../graph/driver.ts';
import type { PlainValue } from '../../graph/values.ts';
import { main } from '../../pipeline/cli.ts';
import { runExport } from '../../pipeline/export.ts';
import { openTestDriver, testConnection, wipeDatabase } from './helpers/database.ts';
import { ingestSeeds } from './helpers/seed-graph.ts';

interface Column {
  header: string;
  name: string;
  type: string;
  isArray: boolean;
}

// Parses a neo4j-admin header into the property columns LOAD CSV must convert.
function propertyColumns(headers: string[]): Column[] {
  return headers.flatMap((header): Column[] => {
    const id = /^(\w+):ID\(/.exec(header);
    if (id) return [{ header, name: id[1]!, type: 'string', isArray: false }];
    if (header.startsWith(':')) return [];
    const [name, typeText = 'string'] = header.split(':') as [string, string?];
    return [{ header, name, type: typeText.replace('[]', ''), isArray: typeText.endsWith('[]') }];
  });
}

// Converts a cell by its header type; a list by splitting on the manifest's delimiter.
const CONVERT = `
  WITH target, row, column, row[column.header] AS text
  WHERE text IS NOT NULL
  WITH target, column, CASE WHEN column.isArray THEN split(text, $delimiter) ELSE [text] END AS texts
  WITH target, column, [value IN texts | CASE column.type
      WHEN 'long' THEN toInteger(value) WHEN 'double' THEN toFloat(value) WHEN 'boolean' THEN toBoolean(value)
      WHEN 'datetime' THEN datetime(value) WHEN 'date' THEN date(value) WHEN 'localdatetime' THEN localdatetime(value)
      WHEN 'localtime' THEN localtime(value) WHEN 'time' THEN time(value) WHEN 'duration' THEN duration(value)
      ELSE value END] AS values
  SET target[column.name] = CASE WHEN column.isArray THEN values ELSE values[0] END`;

describe('kg export', () => {
  let driver: Driver;
  let counts: { nodes: number; relationships: number };
  let before: string[];
  const database = () => testConnection().database;
  const outRoot = mkdtempSync(join(tmpdir(), 'kg-export-'));

  // Every node and relationship with labels and properties, in a canonical order. Empty
  // lists count as absent: the admin-import format has no way to write them.
  const graphSnapshot = async (): Promise<string[]> => {
    const clean = (properties: PlainValue) =>
      Object.fromEntries(
        Object.entries(properties as Record<string, PlainValue>)
          .filter(([, value]) => !(Array.isArray(value) && value.length === 0))
          .sort(),
      );
    const nodes = await driver.executeQuery(
      'MATCH (n) RETURN labels(n) AS labels, properties(n) AS properties',
      {},
      onDatabase(database()),
    );
    const relationships = await driver.executeQuery(
      'MATCH (a)-[r]->(b) RETURN type(r) AS type, labels(a) AS from, a.id AS fromId, labels(b) AS to, b.id AS toId, properties(r) AS properties',
      {},
      onDatabase(database()),
    );
    return [
      ...nodes.records.map((record) =>
        JSON.stringify([
          'node',
          [...(record.get('labels') as string[])].sort(),
          clean(toPlainValue(record.get('properties'))),
        ]),
      ),
      ...relationships.records.map((record) =>
        JSON.stringify([
          'relationship',
          record.get('type'),
          [...(record.get('from') as string[])].sort(),
          record.get('fromId'),
          [...(record.get('to') as string[])].sort(),
          record.get('toId'),
          clean(toPlainValue(record.get('properties'))),
        ]),
      ),
    ].sort();
  };

  beforeAll(async () => {
    driver = openTestDriver();
    await ingestSeeds(driver);
    // One node with the types the seeds lack, and text that needs CSV quoting.
    await driver.executeQuery(
      `MATCH (d:Document) WITH d ORDER BY d.id LIMIT 1
       CREATE (p:ExportProbe {id: 'probe', text: $text, empty: '', count: 42, ratio: 0.25, flag: true, day: date('2024-03-09'),
               at: localdatetime('2024-03-09T10:30:00'), span: duration('P1DT2H'), numbers: [1, 2, 3], tags: ['a', 'b,c']})
       CREATE (p)-[:PROBES {weight: 1.5, note: $text}]->(d)`,
      { text: 'line one\nline "two", with; punctuation' },
      onDatabase(database()),
    );
    before = await graphSnapshot();
    const result = await driver.executeQuery(
      'MATCH (n) WITH count(n) AS nodes RETURN nodes, COUNT { ()-[]->() } AS relationships',
      {},
      onDatabase(database()),
    );
    counts = {
      nodes: Number(result.records[0]!.get('nodes')),
      relationships: Number(result.records[0]!.get('relationships')),
    };
  });
  afterAll(async () => {
    await wipeDatabase(driver);
    await driver.close();
    rmSync(outRoot, { recursive: true, force: true });
  });

  it('kg export prints what it wrote, and refuses an unknown format with exit code 2', async () => {
    const connection = testConnection();
    vi.stubEnv('NEO4J_URI', connection.uri);
    vi.stubEnv('NEO4J_USERNAME', connection.username);
    vi.stubEnv('NEO4J_PASSWORD', connection.password);
    const printed: string[] = [];
    const log = vi.spyOn(console, 'log').mockImplementation((line: unknown) => void printed.push(String(line)));
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      const dir = join(outRoot, 'cli');
      expect(await main(['node', 'kg', 'export', '--format', 'json', '--out', dir])).toBe(0);
      expect(printed[0]).toBe(
        `Exported ${counts.nodes} nodes and ${counts.relationships} relationships as json to ${dir}:`,
      );
      expect(existsSync(join(dir, 'graph.json'))).toBe(true);
      expect(await main(['node', 'kg', 'export', '--format', 'xml', '--out', dir])).toBe(2);
    } finally {
      log.mockRestore();
      errors.mockRestore();
      vi.unstubAllEnvs();
    }
  });

  it('writes GraphML that parses as XML with every node and edge', async () => {
    const dir = join(outRoot, 'graphml');
    const summary = await runExport({ driver, database: database(), format: 'graphml', outDir: dir });
    expect(summary).toMatchObject(counts);
    const document = create(readFileSync(join(dir, 'graph.graphml'), 'utf8'));
    const graph = document.root();
    const elements = (name: string) => graph.filter((node) => node.node.nodeName === name, false, true);
    expect(elements('node')).toHaveLength(counts.nodes);
    expect(elements('edge')).toHaveLength(counts.relationships);
    expect(elements('key').length).toBeGreaterThan(5);
    const xml = readFileSync(join(dir, 'graph.graphml'), 'utf8');
    expect(xml).toContain('<data key="n_name">Jin Zhuanglong</data>');
  });

  it('writes JSON with every node and relationship and their properties', async () => {
    const dir = join(outRoot, 'json');
    const summary = await runExport({ driver, database: database(), format: 'json', outDir: dir });
    expect(summary).toMatchObject(counts);
    const graph = JSON.parse(readFileSync(join(dir, 'graph.json'), 'utf8')) as {
      nodes: { id: string; labels: string[]; properties: Record<string, PlainValue> }[];
      relationships: { type: string; start: string; end: string }[];
    };
    expect(graph.nodes).toHaveLength(counts.nodes);
    expect(graph.relationships).toHaveLength(counts.relationships);
    const probe = graph.nodes.find((node) => node.id === 'ExportProbe:probe');
    expect(probe?.properties).toMatchObject({ count: 42, day: '2024-03-09', span: 'P1DT2H', numbers: [1, 2, 3] });
    const ids = new Set(graph.nodes.map((node) => node.id));
    for (const relationship of graph.relationships)
      expect(ids.has(relationship.start) && ids.has(relationship.end)).toBe(true);
  });

  it('writes neo4j-admin CSV that LOAD CSV re-creates exactly in an empty database', async () => {
    const config = await driver.executeQuery(
      "CALL dbms.listConfig('server.directories.import') YIELD value RETURN value",
      {},
      onDatabase(database()),
    );
    const importDir = String(config.records[0]?.get('value') ?? '');
    // LOAD CSV reads files on the server's machine; this needs the server to be local.
    expect(existsSync(importDir), `the server's import folder ${importDir} must be on this machine`).toBe(true);
    const dir = join(importDir, `kg-export-test-${process.pid}`);
    mkdirSync(dir, { recursive: true });
    try {
      const summary = await runExport({ driver, database: database(), format: 'csv', outDir: dir });
      expect(summary).toMatchObject(counts);
      const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as CsvManifest;
      const headersOf = (file: string) =>
        (parse(readFileSync(join(dir, file), 'utf8'), { to_line: 1 }) as string[][])[0]!;
      expect(headersOf(manifest.nodes.find((entry) => entry.label === 'Agency')!.file)).toEqual([
        'id:ID(Agency)',
        'aliases:string[]',
        'extractors:string[]',
        'name:string',
        'sourceRows:string',
        ':LABEL',
      ]);
      const holds = manifest.relationships.find(
        (entry) => entry.type === 'HOLDS_POSITION' && entry.endLabel === 'Agency',
      )!;
      expect(headersOf(holds.file)).toEqual([
        ':START_ID(Person)',
        'documents:string[]',
        'evidence:string[]',
        'extractors:string[]',
        'sourceExtractors:string[]',
        'title:string',
        ':END_ID(Agency)',
        ':TYPE',
      ]);

      await wipeDatabase(driver);
      // A server confines file URLs to its import folder; this embedded one (built from the
      // Maven jars) reports that folder but reads absolute paths. Use whichever it accepts.
      const relativeUrl = (file: string) => `file:///${relative(importDir, join(dir, file)).split('\\').join('/')}`;
      const canRead = (candidate: string) =>
        driver
          .executeQuery(
            'LOAD CSV FROM $url AS row RETURN count(row) AS rows',
            { url: candidate },
            onDatabase(database()),
          )
          .then(
            () => true,
            () => false,
          );
      const isConfined = await canRead(relativeUrl('manifest.json'));
      const url = (file: string) => (isConfined ? relativeUrl(file) : pathToFileURL(join(dir, file)).href);
      expect(await canRead(url('manifest.json'))).toBe(true);
      for (const entry of manifest.nodes) {
        const headers = headersOf(entry.file);
        await driver.executeQuery(
          `LOAD CSV WITH HEADERS FROM $url AS row
           CREATE (target:$(split(row[':LABEL'], ';')))
           WITH target, row UNWIND $columns AS column ${CONVERT}`,
          { url: url(entry.file), columns: propertyColumns(headers), delimiter: manifest.arrayDelimiter },
          onDatabase(database()),
        );
      }
      for (const entry of manifest.relationships) {
        const headers = headersOf(entry.file);
        await driver.executeQuery(
          `LOAD CSV WITH HEADERS FROM $url AS row
           MATCH (a:$($startLabel) {id: row[$startHeader]}), (b:$($endLabel) {id: row[$endHeader]})
           CREATE (a)-[target:$(row[':TYPE'])]->(b)
           WITH target, row UNWIND $columns AS column ${CONVERT}`,
          {
            url: url(entry.file),
            columns: propertyColumns(headers),
            delimiter: manifest.arrayDelimiter,
            startLabel: entry.startLabel,
            endLabel: entry.endLabel,
            startHeader: headers.find((header) => header.startsWith(':START_ID'))!,
            endHeader: headers.find((header) => header.startsWith(':END_ID'))!,
          },
          onDatabase(database()),
        );
      }
      const after = await graphSnapshot();
      expect(after).toHaveLength(before.length);
      expect(after).toEqual(before);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
