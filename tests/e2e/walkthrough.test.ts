/**
 * Issue 14: what broke when new users walked the explorer — GraphiQL on a network without internet,
 * the overlap view, "Toon query", search ranking, the comparable explanations, theme-only paths,
 * filter chips and checkable sources. Real server, real Chromium, the fixture graph.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchBrowser, screenshot, type TestBrowser } from '../support/browser.js';
import { byTestId, startExplorerServer } from './explorerPage.js';

let server: { url: string; stop(): Promise<void> };
let browser: TestBrowser;

interface Violation {
  directive: string;
  blocked: string;
}

/** A page on which every request to another host than the app's is aborted (as on a closed gemeente network). */
async function openOffline(path: string): Promise<{ page: Page; outside: string[]; violations: () => Promise<Violation[]> }> {
  const page = await browser.newPage();
  page.setDefaultTimeout(30_000);
  const appHost = new URL(server.url).host;
  const outside: string[] = [];
  await page.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    if ((url.protocol === 'http:' || url.protocol === 'https:') && url.host !== appHost) {
      outside.push(url.href);
      await route.abort();
      return;
    }
    await route.continue();
  });
  await page.addInitScript(() => {
    const list: { directive: string; blocked: string }[] = [];
    (window as unknown as { __csp: typeof list }).__csp = list;
    document.addEventListener('securitypolicyviolation', (e) => list.push({ directive: e.violatedDirective, blocked: e.blockedURI }));
  });
  await page.goto(`${server.url}${path}`);
  return { page, outside, violations: () => page.evaluate(() => (window as unknown as { __csp: Violation[] }).__csp) };
}

beforeAll(async () => {
  server = await startExplorerServer();
  browser = await launchBrowser();
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('GraphiQL without internet (issue 14, item 1)', () => {
  it('loads from the app itself under the same-origin policy, and runs a typed query', async () => {
    const { page, outside, violations } = await openOffline('/graphql');
    await expect.poll(() => page.title()).toBe('Kennisgraaf GraphiQL');
    // The editor holds the default query.
    const editor = page.locator('.graphiql-query-editor');
    await editor.waitFor();
    await expect.poll(() => editor.textContent(), { timeout: 30_000 }).toContain('WhoWorkedWith');

    // Replace the query by typing, and run it.
    await editor.locator('.monaco-editor').first().click();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.press('Delete');
    // The same operation name as the default query: GraphiQL learns the names of an edited document
    // a moment later, and running before that would ask for the old name.
    await page.keyboard.insertText('query WhoWorkedWith { person(id: "person-gabrielle-rypma") { name } }');
    // Monaco shows spaces as no-break spaces.
    const editorText = async () => ((await editor.textContent()) ?? '').replace(/\s+/g, ' ');
    await expect.poll(editorText).toContain('query WhoWorkedWith { person(id: "person-gabrielle-rypma") { name } }');
    await expect.poll(editorText).not.toContain('collaborators');
    await page.locator('.graphiql-execute-button').click();
    const response = page.locator('.graphiql-response');
    await expect.poll(async () => ((await response.textContent()) ?? '').replace(/\s+/g, ' '), { timeout: 30_000 }).toContain('"name": "Gabrielle Rypma"');
    await screenshot(page, 'walkthrough-graphiql-offline');

    expect(outside).toEqual([]);
    expect(await violations()).toEqual([]);
    await page.close();
  });
});

describe('search (issue 14, item 5)', () => {
  it('"Westl" and Enter opens Westland, also when Enter comes before the hits of the last letter', async () => {
    const page = await browser.newPage();
    page.setDefaultTimeout(20_000);
    await page.goto(server.url);
    const input = byTestId(page, 'search-input');
    // Slow enough that "West" gets its own hits, then the last letter and Enter at once.
    await input.pressSequentially('West', { delay: 250 });
    await byTestId(page, 'search-option').first().waitFor();
    await input.press('l');
    await input.press('Enter');
    await expect.poll(() => byTestId(page, 'panel-title').textContent()).toBe('Westland');
    await screenshot(page, 'walkthrough-search-westland');

    // Typed at once and Enter: the first (highlighted) option of "Westl", which is Westland.
    await input.fill('');
    await input.pressSequentially('Westl');
    await expect.poll(() => byTestId(page, 'search-option').first().textContent()).toContain('Westland');
    expect(await byTestId(page, 'search-option').first().getAttribute('aria-selected')).toBe('true');
    await page.goto(`${server.url}/?sel=gemeente-ede`);
    await expect.poll(() => byTestId(page, 'panel-title').textContent()).toBe('Ede');
    await byTestId(page, 'search-input').pressSequentially('Westl');
    await byTestId(page, 'search-input').press('Enter');
    await expect.poll(() => byTestId(page, 'panel-title').textContent()).toBe('Westland');
    await page.close();
  });
});
