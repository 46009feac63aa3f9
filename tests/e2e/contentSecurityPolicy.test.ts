/**
 * The Content-Security-Policy (issue 12) allows only the app's own origin. The built web app must
 * work under it with no violation: the graph view, an entity panel and the map. GraphiQL as yoga
 * renders it loads from a CDN with inline scripts, which the policy blocks; issue 14 bundles it,
 * and this file records that the policy is not weakened for it meanwhile.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchBrowser, type TestBrowser } from '../support/browser.js';
import { startExplorerServer, waitForGraph } from './explorerPage.js';
import { waitForMap } from './mapPage.js';

let server: { url: string; stop(): Promise<void> };
let browser: TestBrowser;

interface Violation {
  directive: string;
  blocked: string;
}

async function openWatched(path: string): Promise<{ page: Page; violations: () => Promise<Violation[]> }> {
  const page = await browser.newPage();
  await page.addInitScript(() => {
    const list: { directive: string; blocked: string }[] = [];
    (window as unknown as { __csp: typeof list }).__csp = list;
    document.addEventListener('securitypolicyviolation', (e) => list.push({ directive: e.violatedDirective, blocked: e.blockedURI }));
  });
  await page.goto(`${server.url}${path}`);
  return { page, violations: () => page.evaluate(() => (window as unknown as { __csp: Violation[] }).__csp) };
}

beforeAll(async () => {
  server = await startExplorerServer();
  browser = await launchBrowser();
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('the Content-Security-Policy', () => {
  it('lets the graph view and an entity panel work with no violation', async () => {
    const { page, violations } = await openWatched('/?sel=consultancy-kern-konsult&exp=consultancy-kern-konsult');
    await waitForGraph(page);
    expect(await violations()).toEqual([]);
    await page.close();
  });

  it('lets the map view work with no violation', async () => {
    const { page, violations } = await openWatched('/?view=map');
    await waitForMap(page);
    expect(await violations()).toEqual([]);
    await page.close();
  });

  it('blocks GraphiQL from the CDN rather than allowing it (issue 14 bundles GraphiQL)', async () => {
    const { page, violations } = await openWatched('/graphql');
    await page.waitForLoadState('load');
    const v = await violations();
    expect(v.some((x) => x.directive.startsWith('script-src')), JSON.stringify(v)).toBe(true);
    await page.close();
  });
});
