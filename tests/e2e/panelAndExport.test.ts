/**
 * Issue 14 (items 4, 10, 11) and issue 12's last change, in a real Chromium against the real server:
 * long lists in the detail panel and the table view, focus after a selection, the PNG export with its
 * header and footer, and "laatst gewijzigd door … op …" for a signed-in curator.
 *
 * The test graph gets 170 extra engagements for Westland (marked `synthetic`, as `npm run synth`
 * marks its own, and removed afterwards the same way), so that the panel pages and the table is long.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { removeSyntheticGraph } from '../../server/src/db/syntheticGraph.js';
import { writeGraph } from '../../server/src/db/writeGraph.js';
import type { GraphDocument } from '../../server/src/domain/graphDocument.js';
import { SYNTHETIC_SOURCE_ID, syntheticDocument, syntheticEvidence } from '../../server/src/domain/generateSyntheticGraph.js';
import { screenshot } from '../support/browser.js';
import { withTestDatabase } from '../support/testServer.js';
import { byTestId, searchParams, waitForGraph } from './explorerPage.js';
import { useExplorerApp } from './explorerApp.js';

const WESTLAND = 'gemeente-westland';
const EXTRA = 170;
const STATUSES = ['COMPLETED', 'ONGOING', 'PLANNED'] as const;
const CURATOR_TOKEN = 'cora-curator-token-0123456789';
/** The machine is shared: answers can take seconds (every wait is still for something the page shows). */
const WAIT = { timeout: 20_000 };
const extraId = (i: number) => `engagement-paneltest-${String(i).padStart(3, '0')}`;

/** 170 engagements for Westland, by Kern Konsult, over ten years, with evidence from one synthetic source. */
function extraEngagements(): GraphDocument {
  const entities: GraphDocument['entities'] = [];
  const relations: GraphDocument['relations'] = [];
  for (let i = 0; i < EXTRA; i++) {
    const name = `Paneltest traject ${String(i).padStart(3, '0')}`;
    const year = 2014 + (i % 10);
    entities.push({
      id: extraId(i),
      type: 'ENGAGEMENT',
      name,
      aliases: [],
      properties: { synthetic: true, startYear: year, start: `${year}-03`, status: STATUSES[i % 3]! },
      provenance: syntheticEvidence(`${name} is een synthetisch traject.`),
    });
    relations.push({ type: 'FOR', from: extraId(i), to: WESTLAND, properties: { synthetic: true }, provenance: syntheticEvidence(`${name} was voor Westland.`) });
    relations.push({ type: 'BY', from: extraId(i), to: 'consultancy-kern-konsult', properties: { synthetic: true }, provenance: syntheticEvidence(`Kern Konsult voerde ${name} uit.`) });
  }
  return syntheticDocument(entities, relations);
}

const app = useExplorerApp({
  env: () => ({ KENNISGRAAF_CURATOR_TOKENS: `cora=${CURATOR_TOKEN}` }),
  before: () => withTestDatabase((db) => writeGraph(db, extraEngagements(), 'keep')),
  after: () => withTestDatabase(removeSyntheticGraph),
  pageTimeoutMs: 30_000,
});
const { openPage } = app;

/** How many Tab presses it takes to focus the element with this test id (Infinity: not within 20), and the stops on the way. */
async function tabsTo(page: Page, testid: string): Promise<{ presses: number; stops: string }> {
  const stops: string[] = [];
  for (let presses = 1; presses <= 20; presses++) {
    await page.keyboard.press('Tab');
    const at = await page.evaluate(() => {
      const a = document.activeElement;
      return { testid: a?.getAttribute('data-testid') ?? null, text: `${a?.tagName.toLowerCase()} ${(a?.textContent ?? '').trim().slice(0, 30)}` };
    });
    stops.push(at.testid ?? at.text);
    if (at.testid === testid) return { presses, stops: stops.join(' → ') };
  }
  return { presses: Infinity, stops: stops.join(' → ') };
}

/** Engagement cards in the detail panel (the Filters tab lists engagements too). */
const panelCards = (page: Page) => byTestId(page, 'detail-panel').locator('[data-testid="engagement-item"]');

const active = (page: Page) =>
  page.evaluate(() => {
    const a = document.activeElement as HTMLElement | null;
    return { testid: a?.getAttribute('data-testid') ?? null, inPanel: !!a?.closest('[data-testid="detail-panel"]') };
  });

describe('long lists (issue 14, item 4)', () => {
  it('the panel shows the first page of engagements with the total, renders only what is in view, and loads more', async () => {
    const page = await openPage(`/?exp=${WESTLAND}&sel=${WESTLAND}`);
    await expect.poll(() => byTestId(page, 'panel-title').textContent(), WAIT).toBe('Westland');
    const count = byTestId(page, 'panel-engagement-count');
    await expect.poll(() => count.textContent(), WAIT).toMatch(/^50 van 17\d trajecten$/);
    const total = Number(/van (\d+)/.exec((await count.textContent())!)![1]);
    expect(total).toBeGreaterThan(EXTRA);
    // Virtualised: far fewer cards in the DOM than the 50 loaded.
    const cards = await panelCards(page).count();
    expect(cards).toBeGreaterThan(0);
    expect(cards).toBeLessThan(30);
    await screenshot(page, '60-panel-first-page');

    await byTestId(page, 'panel-load-more').click();
    await expect.poll(() => count.textContent(), WAIT).toBe(`150 van ${total} trajecten`);
    // Scrolling the list to its end loads the rest.
    await page.evaluate(() => {
      const el = document.querySelector('[data-testid="engagement-scroll"]')!;
      el.scrollTop = el.scrollHeight;
    });
    await expect.poll(() => count.textContent(), WAIT).toBe(String(total));
    await expect.poll(() => byTestId(page, 'panel-load-more').count(), WAIT).toBe(0);
    expect(await panelCards(page).count()).toBeLessThan(30);
    const last = await page.evaluate(() => [...document.querySelectorAll('[data-testid="detail-panel"] [data-testid="engagement-item"] h4')].map((h) => h.textContent).at(-1));
    expect(last).toBeTruthy();
    await screenshot(page, '61-panel-all-loaded');
    await page.close();
  });

  it('the table view sorts by year, bureau, theme and status (aria-sort, keyboard) and renders only the rows in view', async () => {
    // groupAbove: all of Westland's engagements on the map, not in a group node (graph/neighborGroups.ts).
    const page = await openPage(`/?groupAbove=1000&exp=${WESTLAND}&table=1`);
    await waitForGraph(page, 100);
    const table = byTestId(page, 'table-nodes');
    await table.waitFor();
    const shown = Number(/\((\d+)\)/.exec((await table.locator('caption').textContent())!)![1]);
    expect(shown).toBeGreaterThan(100);
    expect(await table.locator('[data-testid="table-row"]').count()).toBeLessThan(shown);

    const header = (key: string) => table.locator('th', { has: page.locator(`[data-testid="table-sort-${key}"]`) });
    const years = () =>
      table.locator('[data-testid="table-row"]').evaluateAll((rows) => rows.map((r) => r.querySelectorAll('td')[2]?.textContent ?? '').filter(Boolean).map(Number));
    expect(await header('year').getAttribute('aria-sort')).toBe('none');

    // Keyboard: focus the header button, Enter sorts ascending, Space descending.
    await byTestId(page, 'table-sort-year').focus();
    await page.keyboard.press('Enter');
    expect(await header('year').getAttribute('aria-sort')).toBe('ascending');
    let ys = await years();
    expect(ys.length).toBeGreaterThan(5);
    expect(ys).toEqual([...ys].sort((a, b) => a - b));
    await page.keyboard.press('Space');
    expect(await header('year').getAttribute('aria-sort')).toBe('descending');
    ys = await years();
    expect(ys).toEqual([...ys].sort((a, b) => b - a));
    await screenshot(page, '62-table-sorted-by-year');

    // Status, bureau and theme: the cells of engagements are filled in and sort.
    await byTestId(page, 'table-sort-status').click();
    expect(await header('status').getAttribute('aria-sort')).toBe('ascending');
    expect(await header('year').getAttribute('aria-sort')).toBe('none');
    const statuses = await table.locator('[data-testid="table-row"]').evaluateAll((rows) => rows.map((r) => r.querySelectorAll('td')[5]?.textContent ?? ''));
    expect(statuses[0]).toBe('afgerond');
    expect(statuses.filter(Boolean)).toEqual([...statuses.filter(Boolean)].sort((a, b) => a.localeCompare(b, 'nl')));
    await byTestId(page, 'table-sort-bureau').click();
    expect(await header('bureau').getAttribute('aria-sort')).toBe('ascending');
    const bureaus = (await table.locator('[data-testid="table-row"] td:nth-child(4)').allTextContents()).filter(Boolean);
    expect(bureaus.length).toBeGreaterThan(5);
    expect(bureaus).toEqual([...bureaus].sort((a, b) => a.localeCompare(b, 'nl')));
    await byTestId(page, 'table-sort-theme').click();
    expect(await header('theme').getAttribute('aria-sort')).toBe('ascending');

    // Scrolling to the end brings the last rows into the DOM; selecting one still selects in the graph.
    await table.evaluate((t) => {
      const s = t.closest('.table-scroll')!;
      s.scrollTop = s.scrollHeight;
    });
    const lastRow = table.locator('[data-testid="table-row"]').last();
    await expect.poll(() => lastRow.getAttribute('aria-rowindex'), WAIT).toBe(String(shown + 1));
    const id = await lastRow.getAttribute('data-id');
    await lastRow.locator('button').click();
    await expect.poll(() => searchParams(page).get('sel'), WAIT).toBe(id);
    await page.close();
  });
});

describe('focus after a selection (issue 14, item 10)', () => {
  it('reaches the details in a few Tab presses from the search box and from the graph, whose keys keep working', async () => {
    // groupAbove: Kern Konsult's neighbours (with the 170 extra engagements) as entities, so the
    // arrows select entities rather than group nodes (graph/neighborGroups.ts).
    const page = await openPage('/?groupAbove=1000');
    await byTestId(page, 'example-start').first().waitFor();
    await byTestId(page, 'search-input').focus();
    await page.keyboard.type('Kern');
    await byTestId(page, 'search-option').first().waitFor();
    await page.keyboard.press('Enter');
    await expect.poll(() => searchParams(page).get('sel'), WAIT).not.toBeNull();
    await waitForGraph(page, 2);
    await expect.poll(() => byTestId(page, 'panel-title').textContent(), WAIT).toBe('Kern Konsult');

    // From the search box: "Ga naar details" within four Tabs, Enter puts focus on the panel's heading.
    const fromSearch = await tabsTo(page, 'goto-details-search');
    expect(fromSearch.presses, fromSearch.stops).toBeLessThanOrEqual(4);
    expect(await page.locator(':focus').textContent()).toBe('Ga naar details');
    await page.keyboard.press('Enter');
    expect(await active(page)).toEqual({ testid: 'panel-title', inPanel: true });
    await screenshot(page, '63-focus-on-panel-heading');

    // The graph: arrows move the selection with focus staying on the canvas; a few Tabs reach the details.
    await byTestId(page, 'graph-canvas').focus();
    const before = searchParams(page).get('sel');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => searchParams(page).get('sel'), WAIT).not.toBe(before);
    expect((await active(page)).testid).toBe('graph-canvas');
    const second = searchParams(page).get('sel');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => searchParams(page).get('sel'), WAIT).not.toBe(second);
    const selected = searchParams(page).get('sel')!;
    // After the canvas: the status line's buttons ("Meer" of a busy node, "Toon query"), then the link.
    const fromGraph = await tabsTo(page, 'goto-details-graph');
    expect(fromGraph.presses, fromGraph.stops).toBeLessThanOrEqual(4);
    await page.keyboard.press('Enter');
    await expect.poll(() => byTestId(page, 'detail-panel').getAttribute('data-selected'), WAIT).toBe(selected);
    await expect.poll(async () => (await active(page)).inPanel, WAIT).toBe(true);
    await page.close();
  });

  it('a link in the panel selects its entity and focus moves to the new heading', async () => {
    const page = await openPage('/?exp=consultancy-kern-konsult&sel=consultancy-kern-konsult');
    await expect.poll(() => byTestId(page, 'panel-title').textContent(), WAIT).toBe('Kern Konsult');
    const link = byTestId(page, 'detail-panel').locator('[data-testid="engagement-item"] h4 button').first();
    const name = (await link.textContent())!.trim();
    await link.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => byTestId(page, 'panel-title').textContent(), WAIT).toBe(name);
    await expect.poll(() => active(page), WAIT).toEqual({ testid: 'panel-title', inPanel: true });
    await page.close();
  });
});

/** Width and height from a PNG's IHDR chunk. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(1, 4).toString()).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('PNG export (issue 14, item 11)', () => {
  it('has a header and a footer around the whole graph, larger than the bare canvas', async () => {
    const page = await openPage('/?exp=consultancy-kern-konsult&th=eigenKracht');
    await waitForGraph(page, 2);
    const canvas = await page.evaluate(() => {
      const c = document.querySelector<HTMLCanvasElement>('[data-testid="graph-canvas"] canvas')!;
      return { width: c.width, height: c.height };
    });
    const png = await Promise.all([page.waitForEvent('download'), byTestId(page, 'export-png').click()]).then(([d]) => d);
    expect(png.suggestedFilename()).toMatch(/\.png$/);
    const bytes = readFileSync((await png.path()));
    const size = pngSize(bytes);
    expect(size.width * size.height).toBeGreaterThan(canvas.width * canvas.height);
    expect(size.width).toBeGreaterThanOrEqual(1200);

    // Decoded in the page: the header (title, filters) and the footer (legend, date, source) are not blank.
    const ink = await page.evaluate(async (b64) => {
      const img = new Image();
      img.src = `data:image/png;base64,${b64}`;
      await img.decode();
      const c = document.createElement('canvas');
      c.width = img.width;
      c.height = img.height;
      const ctx = c.getContext('2d')!;
      ctx.drawImage(img, 0, 0);
      const inked = (y0: number, h: number, x0 = 0, w = img.width) => {
        const d = ctx.getImageData(x0, y0, w, h).data;
        const [r, g, b] = [d[0], d[1], d[2]];
        let n = 0;
        for (let i = 0; i < d.length; i += 4) if (Math.abs(d[i]! - r!) + Math.abs(d[i + 1]! - g!) + Math.abs(d[i + 2]! - b!) > 60) n++;
        return n;
      };
      return {
        // The graph sits inside a blank margin; the title is on its own band above it.
        margins: inked(0, 24) + inked(0, img.height, 0, 24) + inked(0, img.height, img.width - 24, 24),
        title: inked(28, 36, 24, 700),
        filters: inked(64, 40, 24, 700),
        footer: inked(img.height - 60, 60),
      };
    }, bytes.toString('base64'));
    expect(ink.margins).toBe(0);
    expect(ink.title).toBeGreaterThan(200);
    expect(ink.filters).toBeGreaterThan(100);
    expect(ink.footer).toBeGreaterThan(200);
    await page.close();
  });
});

describe('last change for curators (issue 12)', () => {
  it('a curator sees who changed an entity last and when; a reader does not', async () => {
    const page = await openPage();
    const target = extraId(7);
    const status = await page.evaluate(
      async ([id, token, source]) => {
        const res = await fetch('/graphql', {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
          body: JSON.stringify({
            query: 'mutation($id: ID!, $i: UpdateEntityInput!) { updateEntity(id: $id, input: $i) { id } }',
            variables: { id, i: { aliases: ['Paneltest zeven'], provenance: [{ sourceId: source, quote: 'Paneltest traject 007 is een synthetisch traject.' }] } },
          }),
        });
        return { status: res.status, body: await res.text() };
      },
      [target, CURATOR_TOKEN, SYNTHETIC_SOURCE_ID] as const,
    );
    expect(status.body).not.toContain('errors');

    // A reader: no line.
    await page.goto(`${app.url}/?sel=${target}`);
    await expect.poll(() => byTestId(page, 'panel-title').textContent(), WAIT).toBe('Paneltest traject 007');
    expect(await byTestId(page, 'panel-last-change').count()).toBe(0);

    // A curator (token in this tab's sessionStorage, as the sign-in keeps it).
    await page.evaluate((token) => sessionStorage.setItem('kennisgraaf.curatorToken', token), CURATOR_TOKEN);
    await page.reload();
    await expect.poll(() => byTestId(page, 'panel-title').textContent(), WAIT).toBe('Paneltest traject 007');
    const line = byTestId(page, 'panel-last-change');
    await line.waitFor();
    const text = (await line.textContent())!;
    expect(text).toMatch(/^Laatst gewijzigd door cora op \d{1,2} \w+ 20\d\d/);
    expect(text).toContain(String(new Date().getUTCFullYear()));
    await screenshot(page, '64-last-change-curator');
    await page.close();
  });
});
