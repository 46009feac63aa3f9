/**
 * The start page "Overzicht" (issue 13) in a real Chromium on the fixture graph: `/` shows the
 * figures, the map, the charts, the newest articles and the three users' entry points; the advisor
 * finds who worked in a gemeente from the map; the analyst goes from a chart to the filtered view,
 * its "Toon query" and GraphiQL, whose answer matches; the entry points and the header search open
 * their views; a shared link with graph state still opens the explorer; axe in Dutch and English;
 * screenshots at 1440×900, 1280×720 and 390×844 in tests/e2e/screenshots/. (The README's
 * docs/images/start-page.png is the same page on the seed graph, made by hand: a test does not write
 * into the repository's tracked files.)
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { screenshot } from '../support/browser.js';
import { byTestId, chooseFromSearch, graphNodes, graphql, searchParams, seriousAxeViolations, waitForGraph } from './explorerPage.js';
import { useExplorerApp } from './explorerApp.js';
import { pointInGemeente, waitForMap } from './mapPage.js';

const WESTLAND = 'gemeente-westland';
const WADDINXVEEN = 'gemeente-waddinxveen';
const KERN = 'consultancy-kern-konsult';
/** The first answers on a cold database may take a moment. */
const WAIT = { timeout: 20_000 };
const VIEWPORTS = [
  { width: 1440, height: 900 },
  { width: 1280, height: 720 },
  { width: 390, height: 844 },
] as const;

const app = useExplorerApp({ pageTimeoutMs: 30_000 });
const { openPage } = app;

/** Waits until the start page has its figures, charts, articles and map. */
async function waitForStartPage(page: Page): Promise<void> {
  await byTestId(page, 'overview-view').waitFor();
  await expect.poll(() => byTestId(page, 'figure-engagements').locator('[data-value]').getAttribute('data-value'), WAIT).toMatch(/^\d+$/);
  await expect.poll(() => byTestId(page, 'figure-articles').locator('[data-value]').getAttribute('data-value'), WAIT).toMatch(/^\d+$/);
  await byTestId(page, 'chart-per-theme').locator('canvas').waitFor();
  await byTestId(page, 'recent-article').first().waitFor();
  await waitForMap(page);
}

const figure = async (page: Page, key: string) => Number(await byTestId(page, `figure-${key}`).locator('[data-value]').getAttribute('data-value'));

describe('the start page', () => {
  it('"/" shows the figures, the map, the charts, the newest articles and the three entry points', async () => {
    const page = await openPage('/');
    await waitForStartPage(page);
    expect(page.url()).toBe(`${app.url}/`);
    // The explorer is there but hidden under the start page.
    expect(await byTestId(page, 'graph-canvas').isVisible()).toBe(false);

    const stats = await graphql<{ stats: { nodesByType: { key: string; count: number }[] }; recentSources: { totalCount: number; sources: { id: string; title: string }[] } }>(
      page,
      '{ stats { nodesByType { key count } } recentSources(first: 5) { totalCount sources { id title } } }',
    );
    const byType = new Map(stats.stats.nodesByType.map((b) => [b.key, b.count]));
    expect(await figure(page, 'municipalities')).toBe(342);
    expect(await byTestId(page, 'figure-municipalities').textContent()).toMatch(/waarvan \d+ met trajecten/);
    expect(await figure(page, 'consultancies')).toBe(byType.get('CONSULTANCY'));
    expect(await figure(page, 'engagements')).toBe(byType.get('ENGAGEMENT'));
    expect(await figure(page, 'articles')).toBe(stats.recentSources.totalCount);

    for (const chart of ['chart-per-theme', 'chart-per-year', 'chart-per-province']) {
      expect(await byTestId(page, chart).locator('canvas').count(), chart).toBe(1);
      expect(await byTestId(page, `${chart}-row`).count(), chart).toBeGreaterThan(0);
    }
    const articles = byTestId(page, 'recent-article');
    expect(await articles.evaluateAll((li) => li.map((x) => x.getAttribute('data-source-id')))).toEqual(stats.recentSources.sources.map((s) => s.id));
    expect(await articles.first().textContent()).toContain(stats.recentSources.sources[0]!.title);
    // Publisher and date, each said to be unknown where the source does not give it.
    expect(await articles.first().locator('[data-testid="source-date"]').textContent()).toBe('2018');

    expect(await byTestId(page, 'entry-advisor').locator('input[role="combobox"]').count()).toBe(1);
    expect(await byTestId(page, 'entry-comparable').locator('input[role="combobox"]').count()).toBe(1);
    expect(await byTestId(page, 'entry-analyst').getAttribute('href')).toMatch(/^\/graphql\?query=/);
    expect(await byTestId(page, 'entry-analyst').textContent()).toContain('Open GraphiQL');
    // The question GraphiQL opens with runs as it stands.
    const analystQuery = new URL(`${app.url}${await byTestId(page, 'entry-analyst').getAttribute('href')}`).searchParams.get('query')!;
    const answer = await graphql<{ municipality: { name: string; engagements: unknown[] } }>(page, analystQuery);
    expect(answer.municipality.name).toBe('Westland');
    expect(answer.municipality.engagements.length).toBeGreaterThan(0);
    for (const view of ['filters', 'map', 'paths', 'comparable']) expect(await byTestId(page, `start-nav-${view}`).count(), view).toBe(1);
    await page.close();
  });

  it('the advisor clicks a gemeente on the map and the explorer shows its engagements and who worked on them', async () => {
    const page = await openPage('/');
    await waitForStartPage(page);
    const { municipality } = await graphql<{ municipality: { cbsCode: string; engagements: { consultancies: { name: string }[] }[] } }>(
      page,
      `{ municipality(id: "${WESTLAND}") { cbsCode engagements { consultancies { name } } } }`,
    );
    const consultancies = [...new Set(municipality.engagements.flatMap((e) => e.consultancies.map((c) => c.name)))];
    expect(consultancies.length, 'the fixture names Westland\'s bureaus').toBeGreaterThan(0);
    await byTestId(page, 'gemeente-map').scrollIntoViewIfNeeded();
    const at = await pointInGemeente(page, municipality.cbsCode);
    await page.mouse.click(at.x, at.y);

    await expect.poll(() => searchParams(page).get('sel'), WAIT).toBe(WESTLAND);
    // The link opens the explorer without a view of its own (the filters view beside the graph).
    expect(searchParams(page).get('view')).toBeNull();
    expect(searchParams(page).get('exp')).toBe(WESTLAND);
    await byTestId(page, 'overview-view').waitFor({ state: 'detached' });
    await waitForGraph(page, 2);
    await expect.poll(() => byTestId(page, 'panel-title').textContent(), WAIT).toBe('Westland');
    await expect.poll(async () => Number(/\d+/.exec((await byTestId(page, 'panel-engagement-count').first().textContent()) ?? '')?.[0] ?? 0), WAIT).toBeGreaterThan(0);
    const nodes = await graphNodes(page);
    expect(nodes.some((n) => n.type === 'ENGAGEMENT')).toBe(true);
    // Who worked there: each engagement in the panel with its bureau.
    const panel = byTestId(page, 'detail-panel');
    for (const name of consultancies) await expect.poll(() => panel.textContent(), WAIT).toContain(name);
    await screenshot(page, 'start-page-advisor-westland');

    // Back returns to the start page; the map's table opens a gemeente too.
    await page.goBack();
    await waitForStartPage(page);
    await byTestId(page, 'map-table').locator('summary').click();
    await byTestId(page, 'map-table-row').filter({ hasText: 'Waddinxveen' }).locator('button').click();
    await expect.poll(() => searchParams(page).get('sel'), WAIT).toBe(WADDINXVEEN);
    await expect.poll(() => byTestId(page, 'panel-title').textContent(), WAIT).toBe('Waddinxveen');
    await page.close();
  });

  it('the analyst goes from a theme bar to the filtered view, its query, and GraphiQL with the same answer', async () => {
    const page = await openPage('/');
    await waitForStartPage(page);
    const table = byTestId(page, 'chart-per-theme-table');
    await table.locator('summary').click();
    const row = byTestId(page, 'chart-per-theme-row').first();
    const theme = (await row.getAttribute('data-key'))!;
    const count = Number(await row.locator('td').textContent());
    await row.locator('button').focus();
    await page.keyboard.press('Enter');

    // The filters view with that theme as its filter (the engagements of the whole database).
    await expect.poll(() => searchParams(page).get('th'), WAIT).toBe(theme);
    expect(searchParams(page).get('view')).toBeNull();
    const results = byTestId(page, 'engagement-results');
    await expect.poll(async () => Number(await results.locator('[data-testid="engagement-total"]').textContent()), WAIT).toBeGreaterThanOrEqual(count);
    const total = Number(await results.locator('[data-testid="engagement-total"]').textContent());
    await screenshot(page, 'start-page-analyst-filtered');

    await results.locator('[data-testid="show-query-button"]').click();
    const panel = results.locator('[data-testid="query-panel"]');
    expect(await panel.textContent()).toContain(theme);
    const href = (await panel.locator('[data-testid="graphiql-link"]').getAttribute('href'))!;
    expect(href).toMatch(/^\/graphql\?query=/);
    expect(new URL(href, app.url).searchParams.get('variables')).toContain(theme);

    const graphiql = await app.browser.newPage();
    graphiql.setDefaultTimeout(30_000);
    await graphiql.goto(`${app.url}${href}`);
    const editor = graphiql.locator('.graphiql-query-editor');
    await expect.poll(() => editor.textContent(), { timeout: 30_000 }).toContain('FilteredEngagements');
    await graphiql.locator('.graphiql-execute-button').click();
    const response = graphiql.locator('.graphiql-response');
    await expect.poll(async () => ((await response.textContent()) ?? '').replace(/\s+/g, ' '), { timeout: 30_000 }).toContain(`"totalCount": ${total}`);
    await screenshot(graphiql, 'start-page-analyst-graphiql');
    await graphiql.close();
    await page.close();
  });

  it('a year bar opens the period filter of that year, a provincie bar the map', async () => {
    const page = await openPage('/');
    await waitForStartPage(page);
    await byTestId(page, 'chart-per-year-table').locator('summary').click();
    const year = (await byTestId(page, 'chart-per-year-row').first().getAttribute('data-key'))!;
    await byTestId(page, 'chart-per-year-row').first().locator('button').click();
    await expect.poll(() => searchParams(page).get('from'), WAIT).toBe(year);
    expect(searchParams(page).get('to')).toBe(year);
    await byTestId(page, 'engagement-results').waitFor();

    await page.goBack();
    await waitForStartPage(page);
    await byTestId(page, 'chart-per-province-table').locator('summary').click();
    await byTestId(page, 'chart-per-province-row').first().locator('button').click();
    await expect.poll(() => searchParams(page).get('view'), WAIT).toBe('map');
    await byTestId(page, 'map-view').waitFor();
    await page.close();
  });

  it('the entry points open comparable gemeenten and the explorer, and so does the header search', async () => {
    const page = await openPage('/');
    await waitForStartPage(page);
    await chooseFromSearch(page, 'entry-comparable-gemeente', 'Waddinxveen');
    await expect.poll(() => searchParams(page).get('view'), WAIT).toBe('comparable');
    expect(searchParams(page).get('cmp')).toBe(WADDINXVEEN);
    await byTestId(page, 'comparable-item').first().waitFor();

    await page.goto(`${app.url}/`);
    await waitForStartPage(page);
    await chooseFromSearch(page, 'entry-advisor-gemeente', 'Westland');
    await expect.poll(() => byTestId(page, 'panel-title').textContent(), WAIT).toBe('Westland');
    expect(searchParams(page).get('exp')).toBe(WESTLAND);

    await page.goto(`${app.url}/`);
    await waitForStartPage(page);
    await chooseFromSearch(page, 'search', 'Kern', 'Kern Konsult');
    await expect.poll(() => byTestId(page, 'panel-title').textContent(), WAIT).toBe('Kern Konsult');
    await waitForGraph(page, 2);

    // The sidebar's "Overzicht" goes back to the start page, its buttons into every view.
    await byTestId(page, 'nav-overview').click();
    await waitForStartPage(page);
    await byTestId(page, 'start-nav-paths').click();
    await byTestId(page, 'paths-view').waitFor();
    await page.close();
  });

  it('a shared link with graph state and no view still opens the explorer', async () => {
    const page = await openPage(`/?exp=${KERN}&sel=${KERN}`);
    await waitForGraph(page, 2);
    await expect.poll(() => byTestId(page, 'panel-title').textContent(), WAIT).toBe('Kern Konsult');
    expect(await byTestId(page, 'overview-view').count()).toBe(0);
    expect(await byTestId(page, 'nav-filters').getAttribute('aria-current')).toBe('page');
    await page.close();
  });

  it('the first Tab stops are the skip links of the start page: search and its content, not the hidden graph', async () => {
    const page = await openPage('/');
    await waitForStartPage(page);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('skip-to-search');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('skip-to-content');
    expect(await byTestId(page, 'skip-to-graph').count()).toBe(0);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid')), WAIT).toBe('overview-view');
    await page.close();
  });

  it('passes the axe scan in Dutch and English, keeps every width without sideways scrolling, and is photographed at three sizes', async () => {
    const page = await openPage('/');
    for (const lang of ['nl', 'en'] as const) {
      await page.goto(`${app.url}/${lang === 'en' ? '?lang=en' : ''}`);
      await waitForStartPage(page);
      if (lang === 'en') expect(await byTestId(page, 'entry-advisor').textContent()).toContain('Who worked in my municipality?');
      else expect(await byTestId(page, 'entry-advisor').textContent()).toContain('Wie werkte in mijn gemeente?');
      // With the tables open too: the chart's equivalent is part of the page.
      for (const chart of ['chart-per-theme', 'chart-per-year', 'chart-per-province']) await byTestId(page, `${chart}-table`).locator('summary').click();
      expect(await seriousAxeViolations(page), lang).toEqual([]);
    }

    await page.goto(`${app.url}/`);
    for (const v of VIEWPORTS) {
      await page.setViewportSize(v);
      await waitForStartPage(page);
      await page.evaluate(() => window.scrollTo(0, 0));
      const overflow = await page.evaluate(() => document.scrollingElement!.scrollWidth - window.innerWidth);
      expect(overflow, `${v.width}×${v.height}`).toBeLessThanOrEqual(0);
      // The entry points are in the first screen.
      const box = await byTestId(page, 'entry-advisor').boundingBox();
      expect(box!.y, `${v.width}×${v.height}`).toBeLessThan(v.height);
      await screenshot(page, `start-page-${v.width}x${v.height}`);
    }
    await page.close();
  });
});
