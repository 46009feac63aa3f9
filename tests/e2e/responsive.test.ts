/**
 * Every view at a desktop (1440×900), a small laptop (1280×720) and a phone (390×844), with a gemeente
 * expanded and selected from the fixture graph: a screenshot of each in tests/e2e/screenshots/
 * (<view>-<w>x<h>.png), no horizontal overflow, the search on screen, the graph (or the view's main
 * content) in the first screen, and no serious or critical axe violation. On the phone the sidebar
 * and the details are drawers: opened and closed by keyboard (focus moves in and back), scanned by axe
 * while open, and the graph pans under a finger.
 *
 * The views (and the kinds of report) come from web/src/state/appState.ts as it is when the test runs,
 * so a view added there is covered without changing this file; a report's screenshot is
 * report-<kind>-of-den-helder-<w>x<h>.png (report.test.ts has its own report-<kind>-<w>x<h>.png).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { screenshot } from '../support/browser.js';
import { byTestId, focusOutline, seriousAxeViolations, waitForGraph } from './explorerPage.js';
import { useExplorerApp } from './explorerApp.js';

const GEMEENTE = 'gemeente-den-helder';

/** A list constant of web/src/state/appState.ts, read from its source (`export const VIEWS = ['filters', …] as const`). */
function stateList(name: string): string[] {
  const source = readFileSync(new URL('../../web/src/state/appState.ts', import.meta.url), 'utf8');
  const list = new RegExp(`export const ${name}\\s*=\\s*\\[([^\\]]*)\\]`).exec(source)?.[1];
  return list ? [...list.matchAll(/'([^']+)'/g)].map((m) => m[1]!) : [];
}

/** Each view, and each kind of report if the app has them: its name in the screenshot's and the URL's query. */
function screens(): { name: string; query: string }[] {
  const views = stateList('VIEWS');
  if (!views.length) throw new Error('no VIEWS list in web/src/state/appState.ts');
  return [
    ...views.map((v) => ({ name: v, query: `view=${v}` })),
    ...stateList('REPORT_KINDS').map((k) => ({ name: `report-${k}-of-den-helder`, query: `report=${k}` })),
  ];
}

const SIZES = [
  { width: 1440, height: 900 },
  { width: 1280, height: 720 },
  { width: 390, height: 844 },
] as const;

const app = useExplorerApp();

/** The view with Den Helder expanded and selected (and as the subject of the views that take one). */
async function openView(page: Page, query: string): Promise<void> {
  await page.goto(`${app.url}/?${query}&sel=${GEMEENTE}&exp=${GEMEENTE}&cmp=${GEMEENTE}&pf=${GEMEENTE}`);
  await waitForGraph(page, 2);
  await expect.poll(() => byTestId(page, 'panel-title').first().textContent(), { timeout: 20_000 }).toBe('Den Helder');
  // Let the view's own data arrive (charts, map, lists) before the screenshot and the scan.
  await page.waitForFunction(() => !document.querySelector('[aria-busy="true"]'), undefined, { timeout: 15_000 }).catch(() => {});
}

interface Box {
  top: number;
  bottom: number;
  left: number;
  right: number;
  height: number;
}

async function box(page: Page, testId: string): Promise<Box | null> {
  return boxOf(page, `[data-testid="${testId}"]`);
}

/** The first element matching `selector` that is shown, or null. */
async function boxOf(page: Page, selector: string): Promise<Box | null> {
  return page.evaluate((sel) => {
    const el = [...document.querySelectorAll<HTMLElement>(sel)].find((e) => e.checkVisibility());
    if (!el) return null;
    const r = el.getBoundingClientRect();
    return { top: r.top, bottom: r.bottom, left: r.left, right: r.right, height: r.height };
  }, selector);
}

async function horizontalOverflow(page: Page): Promise<{ scrollWidth: number; innerWidth: number }> {
  return page.evaluate(() => ({ scrollWidth: document.scrollingElement!.scrollWidth, innerWidth: window.innerWidth }));
}

function describeViolations(v: Awaited<ReturnType<typeof seriousAxeViolations>>): string {
  return v.map((x) => `${x.id} (${x.impact}): ${x.help} — ${x.nodes.map((n) => n.target.join(' ')).join(', ')}`).join('\n');
}

/** The element that has focus, and the drawer (data-testid ending in -drawer) it is in, if any. */
async function focused(page: Page): Promise<{ testid: string | null; drawer: string | null }> {
  return page.evaluate(() => {
    const a = document.activeElement;
    return { testid: a?.getAttribute('data-testid') ?? null, drawer: a?.closest('[data-testid$="-drawer"]')?.getAttribute('data-testid') ?? null };
  });
}

const require = createRequire(import.meta.url);
const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');

/** The `--utrecht-*` custom properties a stylesheet sets, with their values. */
function utrechtDeclarations(css: string): { name: string; value: string }[] {
  return [...css.replace(/\/\*[\s\S]*?\*\//g, '').matchAll(/(--utrecht-[\w-]+)\s*:\s*([^;]+);/g)].map((m) => ({ name: m[1]!, value: m[2]!.trim() }));
}

describe("the NL Design System theme (web/src/styles/nlds-theme.css and the header's local overrides)", () => {
  const set = [...utrechtDeclarations(read('web/src/styles/nlds-theme.css')), ...utrechtDeclarations(read('web/src/layout/AppHeader.css'))];

  it('sets only tokens the Utrecht components read: a misspelt token would change nothing', () => {
    const library = readFileSync(require.resolve('@utrecht/component-library-css'), 'utf8');
    expect(set.length).toBeGreaterThan(100);
    expect(set.filter((d) => !library.includes(`var(${d.name}`)).map((d) => d.name)).toEqual([]);
  });

  it("takes every value from Kennisgraaf's tokens in tokens.css, never a colour of its own", () => {
    const declared = new Set([...read('web/src/styles/tokens.css').matchAll(/(--[\w-]+)\s*:/g)].map((m) => m[1]));
    for (const { name, value } of set) {
      expect(value, name).not.toMatch(/#[0-9a-f]{3,8}\b|\brgba?\(\d/i);
      for (const [, used] of value.matchAll(/var\((--[\w-]+)\)/g)) expect(declared.has(used), `${name} uses ${used}`).toBe(true);
    }
  });
});

describe('every view at desktop, small laptop and phone size', () => {
  for (const size of SIZES) {
    it(`${size.width}×${size.height}: each view shows the graph and the search in the first screen, without overflow or serious axe violations`, async () => {
      const page = await app.browser.newPage();
      page.setDefaultTimeout(45_000);
      await page.setViewportSize(size);
      for (const { name: view, query } of screens()) {
        await openView(page, query);
        await screenshot(page, `${view}-${size.width}x${size.height}`);

        const overflow = await horizontalOverflow(page);
        expect(overflow.scrollWidth, `${view}: nothing wider than the window`).toBeLessThanOrEqual(overflow.innerWidth);

        const search = await box(page, 'search-input');
        expect(search, `${view}: the search is shown`).not.toBeNull();
        expect(search!.top, `${view}: the search is in the first screen`).toBeGreaterThanOrEqual(0);
        expect(search!.bottom).toBeLessThanOrEqual(size.height);

        // The main content (the view's own page, or the explorer's graph) starts in the first screen.
        const main = await boxOf(page, 'main');
        expect(main, `${view}: the main content is shown`).not.toBeNull();
        expect(main!.top, `${view}: the main content starts in the first screen`).toBeLessThan(size.height * 0.5);
        const canvas = await box(page, 'graph-canvas');
        if (canvas) {
          // The graph, where the view shows it: in the first screen, with room to work in.
          expect(canvas.top, `${view}: the graph starts in the first screen`).toBeLessThan(size.height * 0.5);
          expect(Math.min(canvas.bottom, size.height) - canvas.top, `${view}: the graph has room in the first screen`).toBeGreaterThan(size.height * 0.3);
          expect(canvas.left).toBeGreaterThanOrEqual(0);
          expect(canvas.right).toBeLessThanOrEqual(size.width);

          if (size.width >= 900) {
            // Graph, sidebar and details side by side, none over another.
            const panel = await box(page, 'detail-panel');
            expect(panel, `${view}: the details are shown beside the graph`).not.toBeNull();
            expect(panel!.left, `${view}: the details do not cover the graph`).toBeGreaterThanOrEqual(canvas.right);
          } else {
            expect(await box(page, 'detail-panel'), `${view}: on a phone the details wait in their sheet`).toBeNull();
          }
        }

        const violations = await seriousAxeViolations(page);
        expect(violations, `${view} at ${size.width}×${size.height}:\n${describeViolations(violations)}`).toEqual([]);
      }
      await page.close();
    });
  }

  it('on a phone, the views and filters and the details open as drawers by keyboard, Escape closes them and focus returns', async () => {
    const page = await app.browser.newPage();
    page.setDefaultTimeout(45_000);
    await page.setViewportSize({ width: 390, height: 844 });
    await openView(page, 'view=filters');

    for (const [name, inside] of [
      ['sidebar', 'view-heading'],
      ['details', 'panel-title'],
    ] as const) {
      const open = byTestId(page, `${name}-open`);
      expect(await open.getAttribute('aria-expanded')).toBe('false');
      await open.focus();
      expect((await focusOutline(page)).style, `the ${name} button shows its focus`).not.toBe('none');
      await page.keyboard.press('Enter');
      const drawer = byTestId(page, `${name}-drawer`);
      await drawer.waitFor({ state: 'visible' });
      await expect.poll(() => open.getAttribute('aria-expanded')).toBe('true');
      expect(await drawer.evaluate((d) => (d as HTMLDialogElement).open && d.matches(':modal'))).toBe(true);
      expect((await focused(page)).drawer, `focus moves into the ${name} drawer`).toBe(`${name}-drawer`);
      expect((await focusOutline(page)).style, 'and is shown there').not.toBe('none');
      expect(await drawer.locator(name === 'sidebar' ? `#${inside}` : `[data-testid="${inside}"]`).isVisible()).toBe(true);
      const overflow = await horizontalOverflow(page);
      expect(overflow.scrollWidth).toBeLessThanOrEqual(overflow.innerWidth);
      await screenshot(page, `${name}-drawer-390x844`);
      const violations = await seriousAxeViolations(page);
      expect(violations, `${name} drawer open:\n${describeViolations(violations)}`).toEqual([]);

      // Tab stays inside the modal drawer.
      for (let i = 0; i < 5; i++) await page.keyboard.press('Tab');
      expect((await focused(page)).drawer, `Tab stays in the ${name} drawer`).toBe(`${name}-drawer`);

      await page.keyboard.press('Escape');
      await drawer.waitFor({ state: 'hidden' });
      await expect.poll(() => open.getAttribute('aria-expanded')).toBe('false');
      expect((await focused(page)).testid, `focus returns to the ${name} button`).toBe(`${name}-open`);

      // And the close button closes it too.
      await page.keyboard.press('Enter');
      await drawer.waitFor({ state: 'visible' });
      await byTestId(page, `${name}-close`).click();
      await drawer.waitFor({ state: 'hidden' });
      expect((await focused(page)).testid).toBe(`${name}-open`);
    }

    // Widening the window puts the sidebar back in its column and closes the drawer for good.
    await byTestId(page, 'sidebar-open').click();
    await byTestId(page, 'sidebar-drawer').waitFor({ state: 'visible' });
    await page.setViewportSize({ width: 1280, height: 720 });
    await byTestId(page, 'nav-filters').waitFor({ state: 'visible' });
    await expect.poll(() => byTestId(page, 'sidebar-open').count()).toBe(0);
    await page.setViewportSize({ width: 390, height: 844 });
    await byTestId(page, 'sidebar-open').waitFor({ state: 'visible' });
    expect(await byTestId(page, 'sidebar-drawer').isVisible()).toBe(false);
    expect(await byTestId(page, 'sidebar-open').getAttribute('aria-expanded')).toBe('false');
    await page.close();
  });

  it('on a phone, the graph toolbar keeps the everyday tools and folds the rest behind "Meer acties"', async () => {
    const page = await app.browser.newPage();
    page.setDefaultTimeout(45_000);
    await page.setViewportSize({ width: 390, height: 844 });
    await openView(page, 'view=filters');
    const more = byTestId(page, 'toolbar-more');
    expect(await more.getAttribute('aria-expanded')).toBe('false');
    expect(await byTestId(page, 'fit-button').isVisible()).toBe(true);
    expect(await byTestId(page, 'table-toggle').isVisible()).toBe(true);
    expect(await byTestId(page, 'layout-select').isVisible()).toBe(false);
    expect(await byTestId(page, 'export-csv').isVisible()).toBe(false);
    const folded = (await byTestId(page, 'graph-toolbar').boundingBox())!.height;
    await more.focus();
    await page.keyboard.press('Enter');
    expect(await more.getAttribute('aria-expanded')).toBe('true');
    expect(await byTestId(page, 'layout-select').isVisible()).toBe(true);
    expect(await byTestId(page, 'export-csv').isVisible()).toBe(true);
    expect((await byTestId(page, 'graph-toolbar').boundingBox())!.height).toBeGreaterThan(folded);
    await screenshot(page, 'toolbar-more-390x844');
    // A wide window has no fold.
    await page.setViewportSize({ width: 1280, height: 720 });
    await expect.poll(() => more.count()).toBe(0);
    expect(await byTestId(page, 'layout-select').isVisible()).toBe(true);
    await page.close();
  });

  it('on a phone, a finger drags the graph (touch pan is not blocked by CSS or an overlay)', async () => {
    const page = await app.browser.newPage();
    page.setDefaultTimeout(45_000);
    await page.setViewportSize({ width: 390, height: 844 });
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setTouchEmulationEnabled', { enabled: true, maxTouchPoints: 5 });
    await openView(page, 'view=filters');

    // A point of the canvas where no node is and nothing lies over the canvas.
    const start = await page.evaluate(() => {
      type Bb = { x1: number; x2: number; y1: number; y2: number };
      const cy = (window as unknown as { __kgCy: { nodes(): { map<T>(f: (n: { renderedBoundingBox(o: object): Bb }) => T): T[] } } }).__kgCy;
      const host = document.querySelector<HTMLElement>('[data-testid="graph-canvas"]')!;
      const r = host.getBoundingClientRect();
      const boxes = cy.nodes().map((n) => n.renderedBoundingBox({ includeLabels: true }));
      for (let fy = 0.15; fy < 0.9; fy += 0.05) {
        for (let fx = 0.1; fx < 0.9; fx += 0.05) {
          const x = r.width * fx;
          const y = r.height * fy;
          if (boxes.some((b) => x >= b.x1 - 8 && x <= b.x2 + 8 && y >= b.y1 - 8 && y <= b.y2 + 8)) continue;
          const hit = document.elementFromPoint(r.left + x, r.top + y);
          if (hit instanceof HTMLCanvasElement && host.contains(hit) && r.top + y + 80 < window.innerHeight) return { x: r.left + x, y: r.top + y };
        }
      }
      return null;
    });
    expect(start, 'an empty spot on the canvas').not.toBeNull();
    const pan = () => page.evaluate(() => (window as unknown as { __kgCy: { pan(): { x: number; y: number } } }).__kgCy.pan());
    const before = await pan();

    const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', x: number, y: number) =>
      cdp.send('Input.dispatchTouchEvent', { type, touchPoints: type === 'touchEnd' ? [] : [{ x, y, id: 1 }] });
    await touch('touchStart', start!.x, start!.y);
    for (let i = 1; i <= 10; i++) await touch('touchMove', start!.x + 6 * i, start!.y + 4 * i);
    await touch('touchEnd', start!.x + 60, start!.y + 40);

    await expect.poll(async () => (await pan()).x - before.x).toBeGreaterThan(30);
    const after = await pan();
    expect(after.y - before.y).toBeGreaterThan(20);
    await screenshot(page, 'touch-pan-390x844');
    await cdp.detach();
    await page.close();
  });

  it('on a phone, the graph labels are readable at the zoom the map opens at (issue 19)', async () => {
    const page = await app.browser.newPage();
    page.setDefaultTimeout(45_000);
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${app.url}/?exp=${GEMEENTE}`);
    await waitForGraph(page, 5);
    // The label size on screen: the label's font size (model units) times the zoom, once the zoom has settled.
    const labelPx = () =>
      page.evaluate(() => {
        type Cy = { zoom(): number; nodes(): { length: number; first(): { style(name: string): string } } };
        const cy = (window as unknown as { __kgCy: Cy }).__kgCy;
        return parseFloat(cy.nodes().first().style('font-size')) * cy.zoom();
      });
    await expect.poll(labelPx, { timeout: 10_000 }).toBeGreaterThanOrEqual(11.5);
    await screenshot(page, 'labels-390x844');
    await page.close();
  });
});
