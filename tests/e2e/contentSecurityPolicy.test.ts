/**
 * The Content-Security-Policy (issue 12) allows only the app's own origin. The built web app must
 * work under it with no violation: the graph view, an entity panel and the map — and GraphiQL,
 * which the server bundles (issue 14; the offline run of a query is in walkthrough.test.ts).
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

  it('lets GraphiQL, served from the app itself, start with no violation', async () => {
    const { page, violations } = await openWatched('/graphql');
    await page.locator('.graphiql-query-editor .monaco-editor').first().waitFor({ timeout: 30_000 });
    expect(await violations()).toEqual([]);
    await page.close();
  });
});
