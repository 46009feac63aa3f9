/**
 * The map view in a real Chromium against the real server and the fixture graph with its CBS
 * reference (all 342 gemeenten of 2024): colours by engagements under the filters, the comparable
 * gemeenten of the chosen one outlined and ranked, a click or the keyboard opens a gemeente in the
 * graph, a table says the same, and the axe scan passes. Screenshots go to tests/e2e/screenshots/.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { screenshot } from '../support/browser.js';
import { byTestId, graphql, listParam, searchParams, seriousAxeViolations, tabTo, waitForGraph } from './explorerPage.js';
import { useExplorerApp } from './explorerApp.js';
import { mapGemeenten, mapHighlights, pointInGemeente, waitForMap } from './mapPage.js';

interface Count {
  count: number;
  viaRegion: number;
  municipality: { id: string; name: string; cbsCode: string | null };
}

/** A ranking of all gemeenten, or the counts under a new filter, may take a moment on a cold database. */
const SERVER_ANSWER = { timeout: 15_000 };

const app = useExplorerApp();
const { openPage } = app;

async function counts(page: Page, themes: string[] | null = null): Promise<Count[]> {
  const data = await graphql<{ municipalityEngagementCounts: Count[] }>(
    page,
    'query($f: EngagementFilter){ municipalityEngagementCounts(filter: $f){ count viaRegion municipality { id name cbsCode } } }',
    { f: themes ? { themes } : null },
  );
  return data.municipalityEngagementCounts;
}

describe('the map view', () => {
  it('draws the 342 gemeenten of 2024 coloured by their engagements, with a legend and the attribution', async () => {
    const page = await openPage('/?view=map');
    await waitForMap(page);
    const shown = await mapGemeenten(page);
    expect(shown).toHaveLength(342);

    // The page holds the server's counts, and a gemeente with engagements is filled differently from one without.
    const all = await counts(page);
    const byCode = new Map(all.map((c) => [c.municipality.cbsCode, c]));
    for (const g of shown) expect(g.count, g.code).toBe(byCode.get(g.code)?.count ?? null);
    const withEngagements = shown.filter((g) => (g.count ?? 0) > 0);
    const without = shown.filter((g) => g.count === 0 && g.viaRegion === 0);
    expect(withEngagements.length, 'the fixture has gemeenten with engagements').toBeGreaterThan(0);
    expect(without.length, 'and gemeenten without any').toBeGreaterThan(0);
    for (const g of withEngagements) expect(g.fill, `${g.code} has engagements`).not.toBe(without[0]!.fill);
    // Those whose engagements come only through a region are hatched, not filled as "none".
    for (const g of shown.filter((x) => x.count === 0 && (x.viaRegion ?? 0) > 0)) expect(g.className).toContain('via-region');

    const attribution = await byTestId(page, 'map-attribution').textContent();
    expect(attribution).toContain('Gemeentegrenzen 2024: © CBS / PDOK (CBS Gebiedsindelingen), vereenvoudigd door cartomap/nl');
    expect(attribution).toContain('Bron cijfers: CBS (CC BY 4.0)');
    expect(await byTestId(page, 'map-legend').textContent()).toContain('Trajecten per gemeente');
    expect(await byTestId(page, 'map-counted').textContent()).toContain('voorgangers');

    // Hovering a gemeente shows its name, inhabitants, density and engagements.
    const busiest = withEngagements.sort((a, b) => (b.count ?? 0) - (a.count ?? 0))[0]!;
    const at = await pointInGemeente(page, busiest.code);
    await page.mouse.move(at.x, at.y);
    const tooltip = byTestId(page, 'map-tooltip');
    await tooltip.waitFor();
    const tip = (await tooltip.textContent()) ?? '';
    expect(tip).toContain(byCode.get(busiest.code)!.municipality.name);
    expect(tip).toMatch(/\d inwoners/);
    expect(tip).toMatch(/\d inwoners per km²/);
    expect(tip).toMatch(/\d+ trajecten|1 traject/);
    await screenshot(page, '30-map-engagements');
    await page.close();
  });

  it('colours by a chosen theme: the counts follow the filter and the legend says what is counted', async () => {
    const page = await openPage('/?view=map');
    await waitForMap(page);
    const themed = await counts(page, ['eigenKracht']);
    await byTestId(page, 'map-theme').selectOption('eigenKracht');
    await expect.poll(() => listParam(page, 'th')).toEqual(['eigenKracht']);
    const expected = new Map(themed.map((c) => [c.municipality.cbsCode, c.count]));
    await expect
      .poll(async () => (await mapGemeenten(page)).filter((g) => g.count !== (expected.get(g.code) ?? null)).map((g) => g.code), SERVER_ANSWER)
      .toEqual([]);
    expect(await byTestId(page, 'map-counted').textContent()).toContain('thema');
    await screenshot(page, '31-map-theme-eigen-kracht');
    await page.close();
  });

  it('outlines and ranks the comparable gemeenten, from the comparable view’s "Toon op kaart"', async () => {
    const page = await openPage('/?view=comparable&cmp=gemeente-waddinxveen');
    await byTestId(page, 'comparable-item').first().waitFor();
    const peers = await byTestId(page, 'comparable-item').evaluateAll((items) => items.map((li) => li.getAttribute('data-entity-id') ?? ''));
    await byTestId(page, 'comparable-show-map').click();
    await expect.poll(() => searchParams(page).get('view')).toBe('map');
    expect(searchParams(page).get('cmp')).toBe('gemeente-waddinxveen');
    await waitForMap(page);

    const all = await counts(page);
    const codeOf = new Map(all.map((c) => [c.municipality.id, c.municipality.cbsCode]));
    await expect.poll(async () => Object.keys((await mapHighlights(page)).comparable).length, SERVER_ANSWER).toBe(peers.length);
    const { comparable, subjects } = await mapHighlights(page);
    expect(subjects).toEqual([codeOf.get('gemeente-waddinxveen')]);
    expect(comparable).toEqual(Object.fromEntries(peers.map((id, i) => [codeOf.get(id), i + 1])));
    expect(await byTestId(page, 'map-comparable-note').textContent()).toContain('Waddinxveen');
    await screenshot(page, '32-map-comparable-waddinxveen');
    await page.close();
  });

  it('opens a clicked gemeente in the graph and outlines its own comparable gemeenten', async () => {
    const page = await openPage('/?view=map');
    await waitForMap(page);
    const all = await counts(page);
    const dordrecht = all.find((c) => c.municipality.name === 'Dordrecht')!;
    const at = await pointInGemeente(page, dordrecht.municipality.cbsCode!);
    await page.mouse.click(at.x, at.y);
    await expect.poll(() => searchParams(page).get('sel')).toBe(dordrecht.municipality.id);
    expect(listParam(page, 'exp')).toContain(dordrecht.municipality.id);
    expect(searchParams(page).get('cmp')).toBe(dordrecht.municipality.id);
    await waitForGraph(page, 2);
    await expect.poll(() => byTestId(page, 'panel-title').textContent(), SERVER_ANSWER).toBe('Dordrecht');
    await expect.poll(async () => (await mapHighlights(page)).subjects, SERVER_ANSWER).toEqual([dordrecht.municipality.cbsCode]);
    await expect.poll(async () => Object.keys((await mapHighlights(page)).comparable).length, SERVER_ANSWER).toBeGreaterThan(0);
    await screenshot(page, '33-map-click-dordrecht');
    await page.close();
  });

  it('works with the keyboard in one tab stop, and as a sortable table', async () => {
    const page = await openPage('/?view=map');
    await waitForMap(page);
    expect(await tabTo(page, (el) => el.testid === 'map-canvas', 40)).toBe(true);
    const map = byTestId(page, 'map-canvas');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => map.getAttribute('data-active')).not.toBe('');
    const first = await map.getAttribute('data-active');
    await page.keyboard.press('ArrowUp');
    await expect.poll(() => map.getAttribute('data-active')).not.toBe(first);
    expect(await byTestId(page, 'map-announcement').textContent()).toMatch(/inwoners/);

    // Typing a name goes to it; Enter opens it in the graph.
    await page.keyboard.type('dordr');
    const all = await counts(page);
    const dordrecht = all.find((c) => c.municipality.name === 'Dordrecht')!;
    await expect.poll(() => map.getAttribute('data-active')).toBe(dordrecht.municipality.cbsCode);
    await byTestId(page, 'map-tooltip').waitFor();
    await screenshot(page, '34-map-keyboard');
    await page.keyboard.press('Enter');
    await expect.poll(() => searchParams(page).get('sel')).toBe(dordrecht.municipality.id);

    // The next tab stop after the map is not a gemeente: the map is one stop, not 342.
    await map.focus();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('[data-testid="map-canvas"]') === null)).toBe(true);

    // The table: every gemeente, sortable by engagements (most first) and by name.
    await byTestId(page, 'map-table').locator('summary').click();
    const rows = byTestId(page, 'map-table').locator('[data-testid="map-table-row"]');
    await expect.poll(() => rows.count()).toBe(342);
    await byTestId(page, 'map-sort-engagements').click();
    const max = Math.max(...all.map((c) => c.count));
    expect(await rows.first().locator('td[data-col="engagements"]').textContent()).toBe(String(max));
    expect(await byTestId(page, 'map-table').locator('th[aria-sort]').getAttribute('aria-sort')).toBe('descending');
    await byTestId(page, 'map-sort-name').click();
    const names = await rows.locator('th').allTextContents();
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'nl')));
    await page.close();
  });

  it('passes the axe scan without serious or critical violations, in Dutch and in English', async () => {
    const found: Record<string, unknown> = {};
    for (const lang of ['nl', 'en'] as const) {
      const page = await openPage(`/?view=map&cmp=gemeente-waddinxveen${lang === 'en' ? '&lang=en' : ''}`);
      await waitForMap(page);
      await expect.poll(async () => Object.keys((await mapHighlights(page)).comparable).length, SERVER_ANSWER).toBeGreaterThan(0);
      await byTestId(page, 'map-table').locator('summary').click();
      await byTestId(page, 'map-table-row').first().waitFor();
      const v = await seriousAxeViolations(page);
      if (v.length) found[lang] = v;
      if (lang === 'en') {
        expect(await byTestId(page, 'map-attribution').textContent()).toContain('CBS / PDOK');
        expect(await byTestId(page, 'map-legend').textContent()).toContain('Engagements per municipality');
        await screenshot(page, '35-map-english');
      }
      await page.close();
    }
    expect(found).toEqual({});
  });
});
