/**
 * The paths view (issue 19, "Via wie ken ik iemand bij Den Helder?"): several paths, ranked, each
 * step in words with its quote; the chosen path highlighted in the graph along exactly its own
 * steps; themes and CBS regions only when the user ticks "ook via thema's en CBS-regio's".
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { screenshot } from '../support/browser.js';
import { byTestId, graphEdges, graphNodes, graphql, searchParams, waitForGraph } from './explorerPage.js';
import { useExplorerApp } from './explorerApp.js';

const app = useExplorerApp();
const KARIN = 'person-karin-castelijn';
const WESTLAND = 'gemeente-westland';

/** The node ids of the paths the view lists, in its order (the same query as the view's). */
async function pathNodeIds(page: Page, from: string, to: string, via: string[] = []): Promise<string[][]> {
  const data = await graphql<{ paths: { nodes: { id: string }[] }[] }>(
    page,
    'query($from: ID!, $to: ID!, $via: [PathVia!]) { paths(from: $from, to: $to, maxLength: 4, first: 5, via: $via) { nodes { id } } }',
    { from, to, via },
  );
  return data.paths.map((p) => p.nodes.map((n) => n.id));
}

/** The highlighted graph: each highlighted edge joins two consecutive nodes of the path, one edge per step, and the nodes are the path's. */
async function expectHighlighted(page: Page, nodes: string[]): Promise<void> {
  await expect.poll(async () => (await graphNodes(page)).filter((n) => n.classes.includes('path')).map((n) => n.id).sort(), { timeout: 20_000 }).toEqual([...nodes].sort());
  const edges = (await graphEdges(page)).filter((e) => e.classes.includes('path'));
  const steps = nodes.slice(1).map((n, i) => [nodes[i]!, n].sort().join(' '));
  expect(edges.map((e) => [e.source, e.target].sort().join(' ')).sort()).toEqual([...steps].sort());
}

describe('paths between people, organisations and engagements', () => {
  it('lists several paths, ranked, each step with its quote, and highlights exactly the chosen one', async () => {
    const page = await app.openPage(`/?view=paths&pf=${KARIN}&pt=${WESTLAND}`);
    await byTestId(page, 'path-item').first().waitFor({ timeout: 20_000 });
    const expected = await pathNodeIds(page, KARIN, WESTLAND);
    expect(expected.length).toBeGreaterThan(1);
    await expect.poll(() => byTestId(page, 'path-item').count()).toBe(expected.length);
    const items = await byTestId(page, 'path-item').all();
    for (const [i, item] of items.entries()) {
      expect(await item.locator('h3').innerText()).toMatch(new RegExp(`^Pad ${i + 1}: ${expected[i]!.length - 1} stap(pen)?$`));
      const steps = await item.locator('[data-testid="path-step"]').all();
      expect(steps).toHaveLength(expected[i]!.length - 1);
      for (const step of steps) expect(await step.locator('[data-testid="quote-item"]').count()).toBeGreaterThan(0);
    }
    // Shorter first.
    const lengths = expected.map((p) => p.length);
    expect(lengths).toEqual([...lengths].sort((a, b) => a - b));

    await waitForGraph(page, 2);
    await expectHighlighted(page, expected[0]!);
    await screenshot(page, 'paths-karin-westland-1');

    await items[1]!.locator('[data-testid="path-highlight"]').click();
    await expect.poll(() => searchParams(page).get('pi')).toBe('1');
    await waitForGraph(page, 2);
    await expectHighlighted(page, expected[1]!);
    await screenshot(page, 'paths-karin-westland-2');
    await page.close();
  });

  it('answers "via wie ken ik iemand bij Den Helder?" without a shared theme, and with one when asked', async () => {
    const page = await app.openPage(`/?view=paths&pf=gemeente-den-helder&pt=${KARIN}`);
    await byTestId(page, 'paths-none').waitFor({ timeout: 20_000 });
    expect(await byTestId(page, 'path-item').count()).toBe(0);
    expect(await byTestId(page, 'paths-none').innerText()).toContain('thema’s');
    await byTestId(page, 'path-via').check();
    await expect.poll(() => searchParams(page).get('pv')).toBe('1');
    await byTestId(page, 'path-item').first().waitFor({ timeout: 20_000 });
    const expected = await pathNodeIds(page, 'gemeente-den-helder', KARIN, ['THEMES', 'CBS_REGIONS']);
    expect(expected.length).toBeGreaterThan(0);
    await waitForGraph(page, 2);
    await expectHighlighted(page, expected[0]!);
    await page.close();
  });
});
