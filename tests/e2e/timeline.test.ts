/**
 * Issue 13, the timeline view, in a real Chromium against the real server: engagements on a time
 * axis grouped by gemeente, bureau or theme with "periode onbekend" counted apart; brushing a period
 * with the mouse sets the year filter (the link's from/to), so the graph hides the engagements
 * outside it and the map's counts follow; the year filter set in the filters view moves the brush
 * back; the period set with the keyboard alone; a bar selects its engagement; axe; screenshots at
 * three sizes. The fixture graph plus the dated test engagements of tests/support/timelineGraph.ts.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { removeSyntheticGraph } from '../../server/src/db/syntheticGraph.js';
import { writeGraph } from '../../server/src/db/writeGraph.js';
import { screenshot } from '../support/browser.js';
import { withTestDatabase } from '../support/testServer.js';
import { TIMELINE_BUREAU_A, timelineEngagementId, timelineGraph } from '../support/timelineGraph.js';
import { byTestId, focusOutline, graphNodes, graphql, searchParams, seriousAxeViolations, tabTo, waitForGraph } from './explorerPage.js';
import { useExplorerApp } from './explorerApp.js';

const app = useExplorerApp({
  before: () => withTestDatabase((db) => writeGraph(db, timelineGraph(), 'keep')),
  after: () => withTestDatabase(removeSyntheticGraph),
  // Generous: on a loaded machine (several test runs at once) a first page load took over 30 s.
  pageTimeoutMs: 45_000,
});

const GOUDA = 'gemeente-gouda';
const WADDINXVEEN = 'gemeente-waddinxveen';
const WAIT = { timeout: 20_000 };

/** Where a year boundary and the drag strip are on the screen, and in the drawing (TimelineChart's `data-plot`: plot left, right, strip middle). */
async function axis(page: Page): Promise<{ x: (year: number) => number; y: number; unit: (year: number) => number }> {
  const chart = byTestId(page, 'timeline-chart');
  const box = (await chart.boundingBox())!;
  const min = Number(await chart.getAttribute('data-min'));
  const max = Number(await chart.getAttribute('data-max'));
  const [left = 0, right = 0, strip = 0] = (await chart.getAttribute('data-plot'))!.split(',').map(Number);
  const unit = (year: number) => left + ((year - min) / (max + 1 - min)) * (right - left);
  return { x: (year) => box.x + unit(year), y: box.y + strip, unit };
}

/** The brush's selection in drawing units, or null when none is shown. */
async function brushSelection(page: Page): Promise<{ x0: number; x1: number } | null> {
  return page.evaluate(() => {
    const sel = document.querySelector<SVGRectElement>('[data-testid="timeline-brush"] .selection');
    if (!sel || sel.style.display === 'none' || !sel.getAttribute('width')) return null;
    const x0 = Number(sel.getAttribute('x'));
    return { x0, x1: x0 + Number(sel.getAttribute('width')) };
  });
}

const period = (page: Page) => [searchParams(page).get('from'), searchParams(page).get('to')];

async function openTimeline(path = ''): Promise<Page> {
  const page = await app.openPage(`/?view=timeline${path}`);
  await byTestId(page, 'timeline-chart').waitFor(WAIT);
  await byTestId(page, 'timeline-bar').first().waitFor(WAIT);
  return page;
}

describe('the timeline view', () => {
  it('brushing a period filters the graph and the map, and the year filter moves the brush back', async () => {
    const page = await openTimeline(`&exp=${GOUDA},${WADDINXVEEN}`);
    await waitForGraph(page, 10);

    // Periode onbekend, counted apart: the same number as the API's.
    const { engagementTimeline: expected } = await graphql<{ engagementTimeline: { unknownPeriodCount: number; engagementCount: number } }>(
      page,
      '{ engagementTimeline(groupBy: CLIENT) { unknownPeriodCount engagementCount } }',
    );
    expect(expected.unknownPeriodCount).toBeGreaterThan(0);
    expect(await byTestId(page, 'timeline-unknown').textContent()).toContain(`Periode onbekend: ${expected.unknownPeriodCount}`);
    expect(await byTestId(page, 'timeline-table-unknown').count()).toBeGreaterThan(0);
    // Groups by gemeente first: Waddinxveen has the most.
    expect(await byTestId(page, 'timeline-row').first().getAttribute('data-group')).toBe(WADDINXVEEN);
    await screenshot(page, 'timeline-1-all');

    // Drag across the axis from early 2014 to late 2017: whole start years 2014 to 2017.
    const a = await axis(page);
    await page.mouse.move(a.x(2014.15), a.y);
    await page.mouse.down();
    await page.mouse.move(a.x(2016), a.y, { steps: 4 });
    await page.mouse.move(a.x(2017.85), a.y, { steps: 4 });
    await page.mouse.up();
    await expect.poll(() => period(page)).toEqual(['2014', '2017']);
    await expect.poll(() => byTestId(page, 'timeline-period').textContent()).toContain('2014 – 2017');
    // The brush snaps to the years chosen.
    await expect.poll(async () => (await brushSelection(page))?.x0).toBeCloseTo(a.unit(2014), 0);
    expect((await brushSelection(page))!.x1).toBeCloseTo(a.unit(2018), 0);
    // Bars whose start lies outside are dimmed; the table says which are in the period.
    expect(await page.locator(`[data-testid="timeline-bar"][data-id="${timelineEngagementId('01')}"]`).getAttribute('class')).toContain('outside');
    expect(await page.locator(`[data-testid="timeline-bar"][data-id="${timelineEngagementId('03')}"]`).getAttribute('class')).not.toContain('outside');

    // The graph hides exactly the engagements that do not start in 2014–2017.
    const inPeriod = await graphql<{ engagements: { edges: { node: { id: string } }[] } }>(
      page,
      '{ engagements(filter: { from: 2014, to: 2017 }, first: 100) { edges { node { id } } } }',
    );
    const matching = new Set(inPeriod.engagements.edges.map((e) => e.node.id));
    expect(matching.has(timelineEngagementId('03'))).toBe(true);
    await expect
      .poll(async () => (await graphNodes(page)).filter((n) => n.type === 'ENGAGEMENT' && !n.hidden && !matching.has(n.id)).map((n) => n.id), WAIT)
      .toEqual([]);
    const engagements = (await graphNodes(page)).filter((n) => n.type === 'ENGAGEMENT');
    expect(engagements.length).toBeGreaterThan(5);
    for (const e of engagements) expect(e.hidden, `${e.label} is hidden exactly when it does not start in 2014–2017`).toBe(!matching.has(e.id));
    await screenshot(page, 'timeline-2-brushed');

    // The map's counts follow the same period.
    const counts = await graphql<{ municipalityEngagementCounts: { count: number; municipality: { id: string } }[] }>(
      page,
      '{ municipalityEngagementCounts(filter: { from: 2014, to: 2017 }) { count municipality { id } } }',
    );
    const countOf = (id: string) => counts.municipalityEngagementCounts.find((c) => c.municipality.id === id)!.count;
    expect(countOf(GOUDA)).toBe(2);
    await byTestId(page, 'nav-map').click();
    await byTestId(page, 'map-view').waitFor();
    expect(period(page)).toEqual(['2014', '2017']);
    await byTestId(page, 'map-table').locator('summary').click();
    const goudaRow = page.locator(`[data-testid="map-table-row"][data-id="${GOUDA}"] td[data-col="engagements"]`);
    await expect.poll(() => goudaRow.textContent(), WAIT).toBe(String(countOf(GOUDA)));
    const waddinxveenRow = page.locator(`[data-testid="map-table-row"][data-id="${WADDINXVEEN}"] td[data-col="engagements"]`);
    expect(await waddinxveenRow.textContent()).toBe(String(countOf(WADDINXVEEN)));

    // And back: the year filter in the filters view moves the timeline's brush and sliders.
    await byTestId(page, 'nav-filters').click();
    await byTestId(page, 'filter-from').focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => period(page)).toEqual(['2015', '2017']);
    await byTestId(page, 'nav-timeline').click();
    await byTestId(page, 'timeline-chart').waitFor();
    await expect.poll(() => byTestId(page, 'timeline-period').textContent()).toContain('2015 – 2017');
    await expect.poll(async () => (await brushSelection(page))?.x0).toBeCloseTo(a.unit(2015), 0);
    expect((await brushSelection(page))!.x1).toBeCloseTo(a.unit(2018), 0);
    expect(await byTestId(page, 'timeline-view').locator('[data-testid="filter-from"]').inputValue()).toBe('2015');
    expect(await byTestId(page, 'timeline-view').locator('[data-testid="filter-to"]').inputValue()).toBe('2017');
    await expect
      .poll(async () => (await graphNodes(page)).some((n) => n.id === timelineEngagementId('02') && n.hidden), WAIT)
      .toBe(true);

    // Clearing the period: the brush goes, the graph shows every engagement again.
    await byTestId(page, 'timeline-clear').click();
    await expect.poll(() => period(page)).toEqual([null, null]);
    await expect.poll(() => brushSelection(page)).toBeNull();
    await expect.poll(async () => (await graphNodes(page)).filter((n) => n.type === 'ENGAGEMENT' && n.hidden).length, WAIT).toBe(0);
    await page.close();
  });

  it('sets the period with the keyboard alone, and a bar or a table row selects its engagement', async () => {
    const page = await openTimeline();
    const min = Number(await byTestId(page, 'timeline-chart').getAttribute('data-min'));
    const max = Number(await byTestId(page, 'timeline-chart').getAttribute('data-max'));
    expect(await tabTo(page, (el) => el.testid === 'timeline-chart', 80)).toBe(true);
    const outline = await focusOutline(page);
    expect(outline.style).not.toBe('none');
    // Shift+arrow shortens the period at its end, the arrow moves it by a year.
    await page.keyboard.press('Shift+ArrowLeft');
    await page.keyboard.press('Shift+ArrowLeft');
    await expect.poll(() => period(page)).toEqual([null, String(max - 2)]);
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => period(page)).toEqual([String(min + 1), String(max - 1)]);
    await expect.poll(() => byTestId(page, 'timeline-period').textContent()).toContain(`${min + 1} – ${max - 1}`);
    await screenshot(page, 'timeline-3-keyboard');
    await page.keyboard.press('Delete');
    await expect.poll(() => period(page)).toEqual([null, null]);

    // The labelled year sliders set the same state.
    const from = byTestId(page, 'timeline-view').locator('[data-testid="filter-from"]');
    await from.focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => period(page)).toEqual([String(min + 1), null]);
    await byTestId(page, 'timeline-clear').click();

    // A bar selects its engagement in the graph; so does a row of the table (a button).
    await page.locator(`[data-testid="timeline-bar"][data-id="${timelineEngagementId('04')}"]`).click();
    await expect.poll(() => searchParams(page).get('sel')).toBe(timelineEngagementId('04'));
    await waitForGraph(page, 1);
    expect((await graphNodes(page)).some((n) => n.id === timelineEngagementId('04'))).toBe(true);
    await byTestId(page, 'timeline-table').getByRole('button', { name: 'Tijdlijntest traject 09' }).first().click();
    await expect.poll(() => searchParams(page).get('sel')).toBe(timelineEngagementId('09'));

    // Group by bureau: the grouping is in the link.
    await byTestId(page, 'timeline-by-CONSULTANCY').check();
    await expect.poll(() => searchParams(page).get('tl')).toBe('CONSULTANCY');
    await expect.poll(async () => byTestId(page, 'timeline-row').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-group')))).toContain(TIMELINE_BUREAU_A);

    // "Toon query" shows the timeline's request.
    await byTestId(page, 'timeline-view').getByTestId('show-query-button').click();
    expect(await byTestId(page, 'timeline-view').getByTestId('query-panel').textContent()).toContain('engagementTimeline');
    await page.close();
  });

  it('passes axe in Dutch and English, with screenshots at 1440×900, 1280×720 and 390×844', async () => {
    const found: Record<string, unknown> = {};
    for (const lang of ['nl', 'en'] as const) {
      const page = await openTimeline(`&from=2014&to=2018${lang === 'en' ? '&lang=en' : ''}`);
      await expect.poll(() => brushSelection(page)).not.toBeNull();
      const v = await seriousAxeViolations(page);
      if (v.length) found[lang] = v;
      if (lang === 'en') {
        expect(await byTestId(page, 'timeline-unknown').textContent()).toContain('Period unknown');
      } else {
        for (const size of [
          { width: 1440, height: 900 },
          { width: 1280, height: 720 },
          { width: 390, height: 844 },
        ]) {
          await page.setViewportSize(size);
          // On a phone the views are a drawer: open it to show the timeline.
          if (size.width < 900) {
            await byTestId(page, 'sidebar-open').click();
            await byTestId(page, 'sidebar-drawer').waitFor({ state: 'visible' });
          }
          await byTestId(page, 'timeline-chart').waitFor({ state: 'visible' });
          await page.waitForTimeout(300);
          await screenshot(page, `timeline-view-${size.width}x${size.height}`);
        }
      }
      await page.close();
    }
    expect(found).toEqual({});
  });
});
