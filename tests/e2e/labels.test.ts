/**
 * Readable graphs (issue 13): edge labels show on hover, on selection and in a sparse view, and never
 * on top of each other or of another node; a node's cut-off name shows whole on hover. Real server,
 * real Chromium, the fixture graph. Screenshots go to tests/e2e/screenshots/.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { screenshot } from '../support/browser.js';
import { byTestId, edgeScreenPoint, nodeScreenPosition, waitForGraph } from './explorerPage.js';
import { useExplorerApp } from './explorerApp.js';

const app = useExplorerApp();
const WAIT = { timeout: 15_000 };

interface LabelState {
  edges: number;
  /** Edges whose label is drawn. */
  labelled: string[];
  /** Pairs of drawn labels that overlap, and labels that overlap a node or its name. */
  overlaps: string[];
}

/** What the canvas draws of edge labels, read from Cytoscape's own boxes (model coordinates). */
async function labelState(page: Page): Promise<LabelState> {
  return page.evaluate(() => {
    const cy = (window as unknown as { __kgCy?: import('cytoscape').Core }).__kgCy;
    if (!cy) return { edges: 0, labelled: [], overlaps: [] };
    type Box = { x1: number; x2: number; y1: number; y2: number; w: number; h: number };
    const hit = (a: Box, b: Box) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;
    const visible = cy.edges().filter((e) => e.visible());
    const drawn = visible.filter((e) => String(e.style('label') ?? '') !== '' && Number(e.style('text-opacity')) > 0);
    const boxes = drawn.map((e) => ({
      id: e.id(),
      box: e.boundingBox({ includeNodes: false, includeEdges: false, includeLabels: true, includeMainLabels: true, includeSourceLabels: false, includeTargetLabels: false }),
    }));
    const nodes = cy.nodes().filter((n) => n.visible()).map((n) => ({ id: n.id(), box: n.boundingBox({ includeLabels: true, includeOverlays: false, includeUnderlays: false }) }));
    const overlaps: string[] = [];
    for (const [i, a] of boxes.entries()) {
      for (const b of boxes.slice(i + 1)) if (hit(a.box, b.box)) overlaps.push(`${a.id} × ${b.id}`);
      for (const n of nodes) if (hit(a.box, n.box)) overlaps.push(`${a.id} × node ${n.id}`);
    }
    return { edges: visible.length, labelled: boxes.map((b) => b.id), overlaps };
  });
}

describe('readable graphs', () => {
  it('a sparse view labels its edges, none on top of another label or a node', async () => {
    const page = await app.openPage('/?exp=gemeente-westland');
    await waitForGraph(page, 5);
    await expect.poll(async () => (await labelState(page)).labelled.length, WAIT).toBeGreaterThan(0);
    const state = await labelState(page);
    expect(state.edges).toBeLessThanOrEqual(24);
    expect(state.overlaps).toEqual([]);
    // Each edge is labelled, or its label would have covered another: then it is hidden, and hovering shows it.
    const hidden = await page.evaluate(() => {
      const cy = (window as unknown as { __kgCy?: import('cytoscape').Core }).__kgCy!;
      return cy.edges('.label-clash').map((e) => e.id());
    });
    expect(state.labelled.length + hidden.length).toBe(state.edges);
    await screenshot(page, 'labels-sparse');
    await page.close();
  });

  it('a dense view labels edges only on hover and around the selection, without overlaps; a hovered node shows its whole name', async () => {
    const exp = ['gemeente-westland', 'org-sociale-dienst-drechtsteden', 'gemeente-waddinxveen', 'gemeente-den-helder', 'consultancy-kern-konsult', 'regio-drechtsteden'];
    const page = await app.openPage(`/?exp=${exp.join(',')}`);
    await waitForGraph(page, 20);
    const dense = await labelState(page);
    expect(dense.edges, 'the view is dense').toBeGreaterThan(24);
    await expect.poll(async () => (await labelState(page)).labelled, WAIT).toEqual([]);

    // Hover an edge: its label shows.
    const edgeId = await page.evaluate(() => (window as unknown as { __kgCy?: import('cytoscape').Core }).__kgCy!.edges().filter((e) => e.visible())[0]!.id());
    const at = await edgeScreenPoint(page, edgeId);
    await page.mouse.move(at.x, at.y);
    await expect.poll(async () => (await labelState(page)).labelled.length, WAIT).toBeGreaterThan(0);
    await page.mouse.move(5, 5);

    // Select a node: its edges are labelled, those that fit; none overlaps.
    const at2 = await nodeScreenPosition(page, 'gemeente-westland');
    await page.mouse.click(at2.x, at2.y);
    await expect.poll(() => new URL(page.url()).searchParams.get('sel'), WAIT).toBe('gemeente-westland');
    await expect.poll(async () => (await labelState(page)).labelled.length, WAIT).toBeGreaterThan(0);
    const selected = await labelState(page);
    expect(selected.overlaps).toEqual([]);
    await screenshot(page, 'labels-dense-selected');

    // A long name is cut with an ellipsis on the canvas and shown whole on hover.
    const long = await page.evaluate(() => {
      const cy = (window as unknown as { __kgCy?: import('cytoscape').Core }).__kgCy!;
      const n = cy.nodes().filter((x) => x.visible() && String(x.data('label')).length > 30)[0];
      return n ? { id: n.id(), width: n.style('text-max-width') as string } : null;
    });
    expect(long, 'the fixture has a node with a long name').not.toBeNull();
    expect(long!.width).toBe('140px');
    const at3 = await nodeScreenPosition(page, long!.id);
    await page.mouse.move(at3.x, at3.y);
    await expect
      .poll(() => page.evaluate((id) => (window as unknown as { __kgCy?: import('cytoscape').Core }).__kgCy!.getElementById(id).style('text-max-width') as string, long!.id), WAIT)
      .toBe('480px');
    await screenshot(page, 'labels-node-hover');
    expect(await byTestId(page, 'graph-canvas').isVisible()).toBe(true);
    await page.close();
  });
});
