// The dashboard page in a real browser, checked as a person would use it: `kg serve` on the
// ingested seeds, Chromium at laptop and phone width. Screenshots go to tmp/ (ignored).
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { onDatabase, type Driver } from '../../graph/driver.ts';
import { PROJECT_ROOT } from '../../pipeline/project-root.ts';
// @ts-expect-error: a plain .mjs build script without type declarations
import { buildWeb } from '../../scripts/build-web.mjs';
import { launchBrowser } from './helpers/browser.ts';
import { spawnKg, waitFor, type CliProcess } from './helpers/cli.ts';
import { openTestDriver, testConnection, wipeDatabase } from './helpers/database.ts';
import { ingestSeeds } from './helpers/seed-graph.ts';

const MIIT = "Ministry of Industry and Information Technology of the People's Republic of China";
const SCREENSHOTS = join(PROJECT_ROOT, 'tmp', 'screenshots');
const LAPTOP = { width: 1280, height: 800 };
const PHONE = { width: 390, height: 844 };

describe('dashboard page in Chromium', () => {
  let driver: Driver;
  let server: CliProcess;
  let browser: Browser;
  let base: string;
  const foreignRequests: string[] = [];
  const pageErrors: string[] = [];

  async function openPage(viewport: { width: number; height: number }, route = '/'): Promise<Page> {
    const page = await browser.newPage({ viewport });
    page.on('request', (request) => {
      if (!request.url().startsWith(base) && !request.url().startsWith('data:') && !request.url().startsWith('blob:'))
        foreignRequests.push(request.url());
    });
    page.on('pageerror', (error) => pageErrors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') pageErrors.push(message.text());
    });
    await page.goto(`${base}/#${route}`);
    return page;
  }

  async function openMiit(page: Page): Promise<void> {
    await page.fill('#search-input', 'Ministry of Industry and Information Technology');
    await page.press('#search-input', 'Enter');
    await page.getByRole('link', { name: MIIT, exact: true }).first().click();
    await page.getByRole('heading', { level: 1, name: MIIT }).waitFor();
  }

  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    await buildWeb(PROJECT_ROOT);
    driver = openTestDriver();
    await ingestSeeds(driver);
    server = spawnKg(['serve', '--port', '0'], testConnection());
    await waitFor(
      () => /dashboard at (http:\/\/\S+)\//.test(server.stdout()) || server.child.exitCode !== null,
      60_000,
      'kg serve to listen',
    );
    const match = /dashboard at (http:\/\/\S+?)\/ /.exec(server.stdout());
    if (!match) throw new Error(`kg serve did not start: ${server.stderr()}`);
    base = match[1]!;
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    server?.child.kill('SIGTERM');
    await server?.exited;
    await wipeDatabase(driver);
    await driver.close();
  });

  it('overview: the counts the database holds, the last run and the data-quality checks', async () => {
    const page = await openPage(LAPTOP);
    const table = page.getByTestId('node-counts');
    await table.waitFor();
    const { database } = testConnection();
    for (const label of ['Agency', 'Department', 'Person', 'Law', 'Responsibility', 'Document']) {
      // Labels from this fixed list only.
      const result = await driver.executeQuery(`MATCH (n:${label}) RETURN count(n) AS count`, {}, onDatabase(database));
      const shown = await table.locator(`tr[data-name="${label}"] td.num`).textContent();
      expect(Number(shown?.replace(/,/g, '')), label).toBe(result.records[0]!.get('count').toNumber());
    }
    const relationships = await driver.executeQuery(
      'MATCH ()-[r:HOLDS_POSITION]->() RETURN count(r) AS count',
      {},
      onDatabase(database),
    );
    const shownPosts = await page
      .getByTestId('relationship-counts')
      .locator('tr[data-name="HOLDS_POSITION"] td.num')
      .textContent();
    expect(Number(shownPosts)).toBe(relationships.records[0]!.get('count').toNumber());
    await expect.poll(() => page.getByTestId('runs').locator('tbody tr').count()).toBe(1);
    expect(await page.getByTestId('runs').locator('tbody tr td').nth(1).textContent()).toBe('5 / 0 / 0 / 0');
    expect(await page.getByTestId('data-quality').textContent()).toMatch(/\d+ agency without responsibilities/);
    await page.screenshot({ path: join(SCREENSHOTS, 'overview-laptop.png'), fullPage: true });
    await page.close();
  });

  it('search: "radio" finds the responsibility about radio spectrum', async () => {
    const page = await openPage(LAPTOP);
    await page.fill('#search-input', 'radio');
    await page.press('#search-input', 'Enter');
    const results = page.getByTestId('search-results');
    await results.waitFor();
    const spectrum = results.locator('li', { hasText: 'radio spectrum' }).first();
    expect(await spectrum.locator('.badge').textContent()).toBe('Responsibility');
    await page.screenshot({ path: join(SCREENSHOTS, 'search-laptop.png'), fullPage: true });
    await spectrum.getByRole('link').click();
    await page.getByRole('heading', { level: 2, name: /Held by/ }).waitFor();
    await page.close();
  });

  it("entity page: MIIT shows its departments, Jin Zhuanglong as Minister, and a fact's quote from the seed text", async () => {
    const page = await openPage(LAPTOP);
    await openMiit(page);
    const departments = page.locator('section[data-section="Departments"]');
    for (const name of ['General Office', 'Radio Administration Bureau', 'Network Security Administration']) {
      await expect.poll(() => departments.getByRole('link', { name, exact: true }).count(), { message: name }).toBe(1);
    }
    const people = page.locator('section[data-section="People and posts"]');
    const minister = people.locator('li.fact', { hasText: 'Jin Zhuanglong' }).filter({ hasText: /— Minister\b/ });
    expect(await minister.count()).toBe(1);
    const quote = minister.locator('blockquote.quote').first();
    expect(await quote.isVisible()).toBe(false);
    await minister.getByRole('button', { name: /evidence/ }).click();
    await quote.waitFor({ state: 'visible' });
    const quoted = (await quote.textContent()) ?? '';
    expect(quoted).toContain('Jin Zhuanglong');
    const seeds = readdirSync(join(PROJECT_ROOT, 'seeds')).map((name) =>
      readFileSync(join(PROJECT_ROOT, 'seeds', name), 'utf8'),
    );
    expect(seeds.some((text) => text.includes(quoted))).toBe(true);
    expect(await minister.locator('.doc').first().textContent()).toMatch(/seeds\/\d{3}_[0-9a-f]+\.txt$/);
    await page.screenshot({ path: join(SCREENSHOTS, 'entity-laptop.png'), fullPage: true });
    await minister.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SCREENSHOTS, 'entity-laptop-evidence.png') });
    await page.close();
  });

  it('org chart: agency -> departments -> posts, drawn by cytoscape; clicking a department opens it', async () => {
    const page = await openPage(LAPTOP);
    await openMiit(page);
    const chart = page.getByTestId('org-chart');
    await chart.scrollIntoViewIfNeeded();
    await expect.poll(() => chart.getAttribute('data-node-count')).not.toBeNull();
    expect(Number(await chart.getAttribute('data-node-count'))).toBeGreaterThan(25);
    await chart.screenshot({ path: join(SCREENSHOTS, 'org-chart-laptop.png') });
    // Zoom onto one department's box and click it where it is drawn, as a person would.
    // Runs in the page (this file has no DOM types, hence a string).
    const point = (await page.evaluate(`(() => {
      const chart = window.kgOrgChart;
      const node = chart.nodes().filter((candidate) => candidate.data('label') === 'General Office').first();
      chart.zoom(1.2);
      chart.center(node);
      const box = chart.container().getBoundingClientRect();
      const position = node.renderedPosition();
      return { x: box.left + position.x, y: box.top + position.y };
    })()`)) as { x: number; y: number };
    await page.mouse.click(point.x, point.y);
    await page.getByRole('heading', { level: 1, name: 'General Office' }).waitFor();
    expect(await page.locator('section[data-section="Part of"]').textContent()).toContain(MIIT);
    await page.close();
  });

  it('phone width: one column, nothing wider than the screen, the chart still there', async () => {
    const page = await openPage(PHONE);
    await page.getByTestId('node-counts').waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, 'overview-phone.png'), fullPage: true });
    expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(PHONE.width);
    await openMiit(page);
    await page.getByTestId('org-chart').waitFor();
    expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(PHONE.width);
    await page.screenshot({ path: join(SCREENSHOTS, 'entity-phone.png'), fullPage: true });
    await page.getByTestId('org-chart').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SCREENSHOTS, 'entity-phone-chart.png') });
    await page.close();
  });

  it('the page asked nothing of any other host and logged no error', () => {
    expect(foreignRequests).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
