/**
 * The Content-Security-Policy (issue 12) allows only the app's own origin. The built web app must
 * work under it with no violation: the graph view, an entity panel and the map — and GraphiQL,
 * which the server bundles (issue 14; the offline run of a query is in walkthrough.test.ts).
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { waitForGraph } from './explorerPage.js';
import { useExplorerApp, watchPolicyViolations, type Violation } from './explorerApp.js';
import { waitForMap } from './mapPage.js';

const app = useExplorerApp();

async function openWatched(path: string): Promise<{ page: Page; violations: () => Promise<Violation[]> }> {
  const page = await app.browser.newPage();
  const violations = await watchPolicyViolations(page);
  await page.goto(`${app.url}${path}`);
  return { page, violations };
}

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
