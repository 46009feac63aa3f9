/**
 * One browser test file's explorer: the real server on the test Neo4j (explorerPage.ts) and a fresh
 * Chromium (support/browser.ts), started before the file's tests and stopped after them. A file that
 * adds data for its tests does so in `before` (ahead of the server) and removes it in `after` (once
 * the server is gone), so the files after it see the fixture graph.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser, type TestBrowser } from '../support/browser.js';
import { startExplorerServer } from './explorerPage.js';

export interface ExplorerApp {
  /** The server's base URL, without a trailing slash. */
  readonly url: string;
  readonly browser: TestBrowser;
  /** A new tab on `path` of the app (default "/"). */
  openPage(this: void, path?: string): Promise<Page>;
}

export interface ExplorerAppOptions {
  /** Server settings on top of the test defaults (tokens, Frog's address …). */
  env?: () => Record<string, string>;
  /** Runs before the server starts: data the file's tests need. */
  before?: () => Promise<unknown>;
  /** Runs after the browser and server have stopped: removes what `before` added. */
  after?: () => Promise<unknown>;
  /** Playwright's default wait per step in pages from `openPage`. */
  pageTimeoutMs?: number;
  /** How long `after` may take. */
  afterTimeoutMs?: number;
}

export function useExplorerApp(options: ExplorerAppOptions = {}): ExplorerApp {
  let server: { url: string; stop(): Promise<void> } | undefined;
  let browser: TestBrowser | undefined;

  beforeAll(async () => {
    await options.before?.();
    server = await startExplorerServer(options.env?.() ?? {});
    browser = await launchBrowser();
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await options.after?.();
  }, options.afterTimeoutMs ?? 60_000);

  const started = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`The explorer's ${what} is not started: use it inside a test, not at the top of the file.`);
    return value;
  };

  return {
    get url() {
      return started(server, 'server').url;
    },
    get browser() {
      return started(browser, 'browser');
    },
    async openPage(path = '/') {
      const page = await started(browser, 'browser').newPage();
      page.setDefaultTimeout(options.pageTimeoutMs ?? 20_000);
      await page.goto(`${started(server, 'server').url}${path}`);
      return page;
    },
  };
}

/** A Content-Security-Policy violation the page reported. */
export interface Violation {
  directive: string;
  blocked: string;
}

/** Records the page's policy violations from its first script on; call before `page.goto`. */
export async function watchPolicyViolations(page: Page): Promise<() => Promise<Violation[]>> {
  await page.addInitScript(() => {
    const list: { directive: string; blocked: string }[] = [];
    (window as unknown as { __csp: typeof list }).__csp = list;
    document.addEventListener('securitypolicyviolation', (e) => list.push({ directive: e.violatedDirective, blocked: e.blockedURI }));
  });
  return () => page.evaluate(() => (window as unknown as { __csp: Violation[] }).__csp);
}
