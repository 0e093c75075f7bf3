// dashboards/neodash.json: a NeoDash 2.4 dashboard file. Its structure is checked (pages,
// reports on NeoDash's 24-column grid, parameters with defaults), every query is either a
// named analysis with its parameters renamed to NeoDash's $neodash_* or passes kg query's
// write check, and every query runs through kg query's read-only path on the seed graph.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listAnalyses } from '../../cypher/catalog.ts';
import { ANALYSES_DIR } from '../../pipeline/project-root.ts';
import { assertNoWriteClause, runReadQuery, type ReadParamValue } from '../../graph/read-query.ts';
import { PROJECT_ROOT } from '../../pipeline/project-root.ts';
import { testConnection } from './helpers/database.ts';
import { useSeedGraph } from './helpers/seed-graph.ts';

interface NeoDashReport {
  id: string;
  title: string;
  query: string;
  type: string;
  x: number;
  y: number;
  width: number;
  height: number;
  selection: Record<string, unknown>;
  settings: Record<string, unknown>;
}

interface NeoDashDashboard {
  uuid: string;
  title: string;
  version: string;
  settings: { pagenumber: number; editable: boolean; parameters: Record<string, string | number | boolean | null> };
  pages: { title: string; reports: NeoDashReport[] }[];
}

// Report types of NeoDash 2.4 (core, without extensions) that this file may use.
const REPORT_TYPES = new Set([
  'table',
  'graph',
  'bar',
  'line',
  'pie',
  'value',
  'text',
  'select',
  'json',
  'map',
  'sunburst',
  'circlePacking',
  'treeMap',
  'sankey',
  'choropleth',
  'iframe',
  'gauge',
]);
const GRID_COLUMNS = 24;

const dashboard = JSON.parse(
  readFileSync(join(PROJECT_ROOT, 'dashboards', 'neodash.json'), 'utf8'),
) as NeoDashDashboard;
const reports = dashboard.pages.flatMap((page) => page.reports);
const cypherReports = reports.filter((report) => report.type !== 'text');

/** Cypher text with every parameter name replaced by one placeholder, for comparing analyses with renamed parameters. */
const withoutParamNames = (cypher: string): string => cypher.replace(/\$[A-Za-z_][A-Za-z0-9_]*/g, '$P').trim();

describe('dashboards/neodash.json', () => {
  const seedDriver = useSeedGraph();

  it('is a NeoDash 2.4 dashboard: pages of reports with unique ids, known types, on the grid without overlaps', () => {
    expect(dashboard.version).toBe('2.4');
    expect(dashboard.title).toMatch(/\S/);
    expect(dashboard.uuid).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(dashboard.pages.length).toBeGreaterThanOrEqual(2);
    expect(new Set(reports.map((report) => report.id)).size).toBe(reports.length);
    for (const page of dashboard.pages) {
      expect(page.title).toMatch(/\S/);
      const cells = new Set<string>();
      for (const report of page.reports) {
        expect(REPORT_TYPES.has(report.type), report.title).toBe(true);
        expect(report.query, report.title).toMatch(/\S/);
        expect(report.x + report.width, report.title).toBeLessThanOrEqual(GRID_COLUMNS);
        for (let x = report.x; x < report.x + report.width; x += 1) {
          for (let y = report.y; y < report.y + report.height; y += 1) {
            expect(cells.has(`${x},${y}`), `${report.title} overlaps another report at ${x},${y}`).toBe(false);
            cells.add(`${x},${y}`);
          }
        }
      }
    }
    expect(new Set(reports.map((report) => report.type))).toEqual(new Set(['text', 'bar', 'table', 'select', 'graph']));
  });

  it('every query is a named analysis (parameters renamed) or passes the write check; every parameter has a default', () => {
    const analyses = listAnalyses(ANALYSES_DIR);
    const used = new Set<string>();
    for (const report of cypherReports) {
      const match = analyses.find((analysis) => withoutParamNames(analysis.cypher) === withoutParamNames(report.query));
      if (match) used.add(match.name);
      else expect(() => assertNoWriteClause(report.query, report.title)).not.toThrow();
      for (const [, name] of report.query.matchAll(/\$([A-Za-z_][A-Za-z0-9_]*)/g)) {
        if (report.type === 'select' && name === 'input') continue; // NeoDash fills $input as the person types
        expect(name, report.title).toMatch(/^neodash_/);
        expect(dashboard.settings.parameters, `${report.title} uses $${name}`).toHaveProperty(name!);
      }
    }
    expect([...used].sort()).toEqual(
      [
        'bodies-governed-by-law',
        'chain-of-command',
        'data-quality',
        'departments-of-agency',
        'graph-summary',
        'last-ingest',
        'laws-of-body',
        'most-connected',
        'post-holders',
        'provenance',
        'search-responsibilities',
        'shared-laws-and-duties',
      ].sort(),
    );
  });

  it('every query runs read-only on the seed graph with the dashboard parameters and returns rows', async () => {
    // NeoDash sends whole numbers as Neo4j integers (LIMIT needs one), so they go as bigints here.
    const params: Record<string, ReadParamValue> = { input: '' };
    for (const [name, value] of Object.entries(dashboard.settings.parameters))
      params[name] = typeof value === 'number' && Number.isInteger(value) ? BigInt(value) : value;
    for (const report of cypherReports) {
      const result = await runReadQuery(seedDriver(), report.query, params, {
        database: testConnection().database,
        source: report.title,
      });
      // The seeds name the one law two bodies share in two forms (tests/integration/analyses.test.ts), so that table is empty there.
      if (!report.title.includes('(shared-laws-and-duties)'))
        expect(result.rows.length, report.title).toBeGreaterThan(0);
      if (report.type === 'bar') {
        expect(result.columns, report.title).toEqual(
          expect.arrayContaining([report.selection.index, report.selection.value]),
        );
      }
      if (report.type === 'graph') {
        const agencies = result.rows.map((row) => row.agency as { labels?: string[] } | null);
        expect(agencies[0]?.labels, report.title).toContain('Agency');
        expect((result.rows[0]!.departments as unknown[]).length, report.title).toBeGreaterThan(10);
      }
      if (report.type === 'select') expect(result.columns, report.title).toEqual(['value', 'display']);
    }
    const departments = cypherReports.find((report) =>
      report.query.includes('HAS_DEPARTMENT]->(department:Department)'),
    )!;
    const { rows } = await runReadQuery(seedDriver(), departments.query, params, {
      database: testConnection().database,
      source: departments.title,
    });
    expect(rows.map((row) => row.department)).toContain('General Office');
  });
});
