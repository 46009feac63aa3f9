/**
 * Steps and probes for driving the explorer in Chromium. They wait on what the app exposes for tests
 * (data-testid hooks, the canvas's data-layout-state, `window.__kgCy`), never on wall-clock time.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Locator, Page } from 'playwright-core';
import { ensureWebBuild } from './ensureWebBuild.js';

/**
 * The server the browser tests talk to: the real server on the test Neo4j, serving the built web app,
 * or, with E2E_BASE_URL, a server that is already running (e.g. `npm start`).
 */
export async function startExplorerServer(env: Record<string, string> = {}): Promise<{ url: string; stop(): Promise<void> }> {
  if (process.env.E2E_BASE_URL) return { url: process.env.E2E_BASE_URL.replace(/\/$/, ''), stop: async () => {} };
  await ensureWebBuild();
  const { startTestServer } = await import('../support/testServer.js');
  return startTestServer(env);
}

export interface CyNode {
  id: string;
  label: string;
  type: string;
  hidden: boolean;
  classes: string[];
}

export interface CyEdge {
  id: string;
  source: string;
  target: string;
  type: string;
  classes: string[];
}

interface CyLike {
  nodes(): { map<T>(fn: (n: CyElement) => T): T[] };
  edges(): { map<T>(fn: (e: CyElement) => T): T[] };
}

interface CyElement {
  id(): string;
  data(key: string): string;
  visible(): boolean;
  classes(): string[];
  renderedPosition(): { x: number; y: number };
}

type WindowWithCy = Window & { __kgCy?: CyLike };

export function byTestId(page: Page, id: string): Locator {
  return page.locator(`[data-testid="${id}"]`);
}

/**
 * Waits until the map has settled with at least `minNodes` nodes: no node data pending, the canvas
 * holding every node the app shows, and no layout running.
 */
export async function waitForGraph(page: Page, minNodes = 1): Promise<void> {
  await page.waitForFunction((min) => {
    const el = document.querySelector<HTMLElement>('[data-testid="graph-canvas"]');
    if (!el) return false;
    const { pending, layoutState, syncedNodes, nodeCount } = el.dataset;
    return pending === 'false' && layoutState === 'idle' && syncedNodes === nodeCount && Number(nodeCount) >= min;
  }, minNodes);
}

export async function graphNodes(page: Page): Promise<CyNode[]> {
  return page.evaluate(() => {
    const cy = (window as WindowWithCy).__kgCy;
    if (!cy) return [];
    return cy.nodes().map((n) => ({ id: n.id(), label: n.data('label'), type: n.data('type'), hidden: !n.visible(), classes: n.classes() }));
  });
}

export async function graphEdges(page: Page): Promise<CyEdge[]> {
  return page.evaluate(() => {
    const cy = (window as WindowWithCy).__kgCy;
    if (!cy) return [];
    return cy.edges().map((e) => ({
      id: e.id(),
      source: e.data('source'),
      target: e.data('target'),
      type: e.data('type'),
      classes: e.classes(),
    }));
  });
}

/** Page coordinates of a node, for real mouse clicks on the canvas. */
export async function nodeScreenPosition(page: Page, id: string): Promise<{ x: number; y: number }> {
  const box = await byTestId(page, 'graph-canvas').boundingBox();
  const pos = await page.evaluate((nodeId) => {
    const cy = (window as WindowWithCy).__kgCy as unknown as { getElementById(id: string): CyElement } | undefined;
    return cy?.getElementById(nodeId).renderedPosition() ?? null;
  }, id);
  if (!box || !pos) throw new Error(`node ${id} is not on the canvas`);
  return { x: box.x + pos.x, y: box.y + pos.y };
}

/**
 * Page coordinates of a point on an edge that no node or node label covers (the midpoint may lie under
 * another node's label in a dense map), for a real click on the edge.
 */
export async function edgeScreenPoint(page: Page, id: string): Promise<{ x: number; y: number }> {
  const box = await byTestId(page, 'graph-canvas').boundingBox();
  const point = await page.evaluate((edgeId) => {
    type Box = { x1: number; x2: number; y1: number; y2: number };
    type El = { renderedPosition(): { x: number; y: number }; renderedBoundingBox(o?: object): Box; id(): string };
    const cy = (window as unknown as {
      __kgCy?: {
        getElementById(id: string): { source(): El; target(): El; renderedMidpoint(): { x: number; y: number } };
        nodes(): { map<T>(f: (n: El) => T): T[] };
      };
    }).__kgCy;
    if (!cy) return null;
    const edge = cy.getElementById(edgeId);
    const a = edge.source().renderedPosition();
    const b = edge.target().renderedPosition();
    const boxes = cy.nodes().map((n) => n.renderedBoundingBox({ includeLabels: true }));
    for (const t of [0.5, 0.42, 0.58, 0.35, 0.65, 0.28, 0.72]) {
      const p = { x: a.x + t * (b.x - a.x), y: a.y + t * (b.y - a.y) };
      if (!boxes.some((q) => p.x >= q.x1 - 2 && p.x <= q.x2 + 2 && p.y >= q.y1 - 2 && p.y <= q.y2 + 2)) return p;
    }
    return edge.renderedMidpoint();
  }, id);
  if (!box || !point) throw new Error(`edge ${id} is not on the canvas`);
  return { x: box.x + point.x, y: box.y + point.y };
}

/** Types into a search box and chooses the first option that contains all the given texts. */
export async function chooseFromSearch(page: Page, prefix: string, text: string, ...optionTexts: string[]): Promise<string> {
  const input = byTestId(page, `${prefix}-input`);
  await input.fill(text);
  let option = byTestId(page, `${prefix}-option`);
  for (const t of optionTexts.length ? optionTexts : [text]) option = option.filter({ hasText: t });
  await option.first().waitFor();
  const id = await option.first().getAttribute('data-entity-id');
  await option.first().click();
  if (!id) throw new Error('search option without data-entity-id');
  return id;
}

export function searchParams(page: Page): URLSearchParams {
  return new URL(page.url()).searchParams;
}

export function listParam(page: Page, name: string): string[] {
  return (searchParams(page).get(name) ?? '').split(',').filter(Boolean);
}

/** Runs a GraphQL query from the page (same origin, as the app does). */
export async function graphql<T>(page: Page, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  return page.evaluate(
    async ([q, v]) => {
      const res = await fetch('/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: q, variables: v }) });
      const body = (await res.json()) as { data: unknown; errors?: { message: string }[] };
      if (body.errors?.length) throw new Error(body.errors.map((e) => e.message).join('; '));
      return body.data;
    },
    [query, variables] as const,
  ) as Promise<T>;
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; failureSummary?: string }[];
}

const require = createRequire(import.meta.url);

/** Injects axe-core and returns the serious and critical violations on the page as it is now. */
export async function seriousAxeViolations(page: Page): Promise<AxeViolation[]> {
  const hasAxe = await page.evaluate(() => 'axe' in window);
  // Evaluated, not added as a <script>: the server's Content-Security-Policy (script-src 'self') blocks inline scripts.
  if (!hasAxe) await page.evaluate(readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8'));
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(ctx: Document, opts: object): Promise<{ violations: AxeViolation[] }> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'], runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary })) }));
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

/** Tabs forward until the focused element matches, up to `max` presses; returns whether it got there. */
export async function tabTo(page: Page, matches: (el: { testid: string | null; tag: string; inside: string | null }) => boolean, max = 60, key = 'Tab'): Promise<boolean> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(key);
    const el = await page.evaluate(() => {
      const a = document.activeElement as HTMLElement | null;
      return {
        testid: a?.getAttribute('data-testid') ?? null,
        tag: a?.tagName.toLowerCase() ?? '',
        inside: a?.closest('[data-testid]')?.getAttribute('data-testid') ?? null,
      };
    });
    if (matches(el)) return true;
  }
  return false;
}

/**
 * The focus indicator of the focused element: its own outline, or that of the nearest of its two
 * parents drawing one (a search field shows focus on its frame with :focus-within).
 */
export async function focusOutline(page: Page): Promise<{ style: string; width: string }> {
  return page.evaluate(() => {
    let el: Element | null = document.activeElement;
    for (let i = 0; el && i < 3; i++, el = el.parentElement) {
      const cs = getComputedStyle(el);
      if (cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) > 0) return { style: cs.outlineStyle, width: cs.outlineWidth };
    }
    return { style: 'none', width: '0px' };
  });
}
