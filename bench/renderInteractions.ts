/**
 * Long lists (issue 14, item 4): the longest main-thread task and the DOM size of the explorer's own
 * interactions on a large graph — selecting the gemeente with the most engagements (its detail
 * panel), opening the table view, scrolling the panel to its end, and sorting the table. Run by hand
 * (never by the tests), from bench/render.ts or on its own:
 *
 *   npm run bench:render -- --interactions [--engagements 20000] [--runs 3] [--web dist/web] [--keep]
 *   npx tsx bench/renderInteractions.ts …the same options
 *
 * A private Neo4j (.neo4j/bench/interactions/, free ports) gets the seed and `--engagements`
 * synthetic engagements (as `npm run synth`), unless NEO4J_URI names a running database (seeded and
 * synthesised already). `--keep` leaves the private Neo4j running and its folder in place, so the
 * next run (e.g. after a change to the web app) skips the load; without it both are removed at the end.
 * The real server (startKennisgraaf) serves the built web app from `--web` (default dist/web: run
 * `npm run build:web` first). Headless Debian Chromium (--disable-gpu, as the tests) records every
 * task over 50 ms with a PerformanceObserver('longtask'); each figure is the median over `--runs`
 * fresh pages. `--url` measures a server that is already running on the same database instead
 * (NEO4J_URI then names that database, for the choice of the gemeente). Results: bench/render.md.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, type Page } from 'playwright-core';
import { CACHE_ROOT, freePort, startLocalNeo4j, type RunningNeo4j } from '../neo4j/neo4j-local.js';
import { startKennisgraaf } from '../server/src/app/startKennisgraaf.js';
import { loadConfig, REPO_ROOT } from '../server/src/config.js';
import { Database } from '../server/src/db/database.js';
import { migrate } from '../server/src/db/migrations.js';
import { isGraphEmpty, seedGraph } from '../server/src/db/seedGraph.js';
import { countSynthetic, loadSyntheticBasis } from '../server/src/db/syntheticGraph.js';
import { writeGraph } from '../server/src/db/writeGraph.js';
import { generateSyntheticGraph } from '../server/src/domain/generateSyntheticGraph.js';
import { createLogger } from '../server/src/logging/logger.js';
import { resolveParams } from './operations.js';

const { values } = parseArgs({
  options: {
    engagements: { type: 'string', default: '20000' },
    seed: { type: 'string', default: '1' },
    runs: { type: 'string', default: '3' },
    web: { type: 'string', default: path.join(REPO_ROOT, 'dist', 'web') },
    keep: { type: 'boolean', default: false },
    url: { type: 'string' },
    // Passed along by bench/render.ts.
    interactions: { type: 'boolean', default: false },
  },
  strict: false,
});
const RUNS = Number(values.runs);
const say = (m: string) => process.stderr.write(`[bench:interactions] ${m}\n`);

type Conn = { uri: string; user: string; password: string };

/** NEO4J_URI as it is, or the private Neo4j with the seed and the synthetic graph. */
async function database(): Promise<{ conn: Conn; neo4j: RunningNeo4j | null; home: string | null }> {
  if (process.env.NEO4J_URI) {
    return { conn: { uri: process.env.NEO4J_URI, user: process.env.NEO4J_USER ?? 'neo4j', password: process.env.NEO4J_PASSWORD ?? '' }, neo4j: null, home: null };
  }
  const home = path.join(CACHE_ROOT, 'bench', 'interactions');
  const neo4j = await startLocalNeo4j({ home, boltPort: await freePort(), httpPort: await freePort(), heap: '2g', pageCache: '1g', log: say });
  const conn = { uri: neo4j.uri, user: neo4j.user, password: neo4j.password };
  const db = new Database({ ...conn, database: 'neo4j', queryTimeoutMs: 600_000 });
  try {
    await migrate(db);
    if (await isGraphEmpty(db)) await seedGraph(db, path.join(REPO_ROOT, 'seed'));
    const engagements = Number(values.engagements);
    if (engagements > 0 && (await countSynthetic(db)).nodes === 0) {
      const t0 = performance.now();
      for (const doc of generateSyntheticGraph(await loadSyntheticBasis(db), { engagements, seed: Number(values.seed) })) await writeGraph(db, doc, 'keep');
      say(`synth: ${engagements} engagements in ${((performance.now() - t0) / 1000).toFixed(0)} s`);
    }
  } finally {
    await db.close();
  }
  return { conn, neo4j, home };
}

/** What one interaction cost: the longest task, the number and sum of tasks over 50 ms, the DOM afterwards. */
interface Measure {
  longest: number;
  tasks: number;
  blocked: number;
  domNodes: number;
}

/** Installed before the app's scripts: every long task since the last reset. */
const OBSERVER = `
  window.__kgLong = [];
  window.__kgLastLong = 0;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) { window.__kgLong.push(e.duration); window.__kgLastLong = e.startTime + e.duration; }
  }).observe({ type: 'longtask', buffered: false });
`;

type BenchWindow = Window & { __kgLong: number[]; __kgLastLong: number };

async function reset(page: Page): Promise<void> {
  await page.evaluate(() => {
    (window as unknown as BenchWindow).__kgLong = [];
  });
}

/** Waits until the main thread has been free of long tasks for `quietMs` (and two frames have drawn), then reads the figures. */
async function settle(page: Page, quietMs = 600): Promise<Measure> {
  await page.waitForFunction(
    (q) => new Promise<boolean>((r) => requestAnimationFrame(() => requestAnimationFrame(() => r(performance.now() - (window as unknown as BenchWindow).__kgLastLong > q)))),
    quietMs,
    { polling: 100, timeout: 120_000 },
  );
  return page.evaluate(() => {
    const long = (window as unknown as BenchWindow).__kgLong;
    return {
      longest: long.length ? Math.max(...long) : 0,
      tasks: long.length,
      blocked: long.reduce((a, b) => a + b, 0),
      domNodes: document.getElementsByTagName('*').length,
    };
  });
}

async function waitForGraph(page: Page): Promise<void> {
  await page.waitForFunction(
    () => {
      const el = document.querySelector<HTMLElement>('[data-testid="graph-canvas"]');
      const d = el?.dataset;
      return !!d && d.pending === 'false' && d.layoutState === 'idle' && d.syncedNodes === d.nodeCount && Number(d.nodeCount) > 1;
    },
    undefined,
    { timeout: 120_000 },
  );
}

/** One run on a fresh page: the gemeente's map, then the four interactions. */
async function run(page: Page, base: string, city: string, cityName: string): Promise<Record<string, Measure>> {
  const out: Record<string, Measure> = {};
  await page.goto(`${base}/?exp=${encodeURIComponent(city)}`);
  await waitForGraph(page);
  await settle(page);

  // 1. Select the gemeente on the canvas: its detail panel opens.
  const pos = await page.evaluate((id) => {
    const cy = (window as unknown as { __kgCy: { getElementById(id: string): { renderedPosition(): { x: number; y: number } } } }).__kgCy;
    const box = document.querySelector('[data-testid="graph-canvas"]')!.getBoundingClientRect();
    const p = cy.getElementById(id).renderedPosition();
    return { x: box.x + p.x, y: box.y + p.y };
  }, city);
  await reset(page);
  await page.mouse.click(pos.x, pos.y);
  await page.waitForFunction((name) => document.querySelector('[data-testid="panel-title"]')?.textContent === name, cityName, { timeout: 120_000 });
  await page.locator('[data-testid="engagement-item"]').first().waitFor({ timeout: 120_000 });
  out.panel = await settle(page);

  // 2. Open the table view beside it.
  await reset(page);
  await page.locator('[data-testid="table-toggle"]').click();
  await page.locator('[data-testid="table-view"]').waitFor();
  out.table = await settle(page);

  // 3. Scroll the panel (and its engagement list) to the end, ten times: loads more engagements where the panel pages them.
  await reset(page);
  for (let i = 0; i < 10; i++) {
    await page.evaluate(() => {
      // The panel, and the engagement list where it scrolls on its own.
      for (const el of document.querySelectorAll('[data-testid="detail-panel"], [data-testid="engagement-scroll"]')) el.scrollTop = el.scrollHeight;
    });
    await page.waitForTimeout(150);
  }
  out.scroll = await settle(page);

  // 4. Sort the table by year (where the table has sortable columns).
  const sort = page.locator('[data-testid="table-sort-year"]');
  if ((await sort.count()) > 0) {
    await reset(page);
    await sort.first().click();
    out.sort = await settle(page);
  }
  return out;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? NaN;
}

/** The real server on the database, serving the web app from `--web`. */
async function startServer(conn: Conn): Promise<{ url: string; stop(): Promise<void> }> {
  const config = loadConfig({
    PORT: String(await freePort()),
    HOST: '127.0.0.1',
    NEO4J_URI: conn.uri,
    NEO4J_USER: conn.user,
    NEO4J_PASSWORD: conn.password,
    KENNISGRAAF_SEED_ON_EMPTY: 'false',
    LOG_LEVEL: 'silent',
    RATE_LIMIT_PER_MINUTE: '1000000',
  });
  return startKennisgraaf({ ...config, webDist: path.resolve(values.web as string) }, createLogger('silent'));
}

async function main(): Promise<void> {
  if (!values.url && !fs.existsSync(path.join(values.web as string, 'index.html'))) throw new Error(`No web app in ${String(values.web)}: run npm run build:web first.`);
  const { conn, neo4j, home } = await database();
  const app = values.url ? { url: String(values.url).replace(/\/$/, ''), stop: async () => {} } : await startServer(conn);
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kennisgraaf-bench-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    viewport: { width: 1440, height: 900 },
    locale: 'nl-NL',
  });
  await context.addInitScript(OBSERVER);
  try {
    const db = new Database({ ...conn, database: 'neo4j', queryTimeoutMs: 60_000 });
    const { city } = await resolveParams(db);
    const [row] = await db.read<{ name: string; n: number }>(
      'bench:city',
      'MATCH (m:Municipality {id: $id}) RETURN m.name AS name, COUNT { (m)<-[:FOR]-(:Engagement) } AS n',
      { id: city },
    );
    await db.close();
    say(`${row?.name} (${city}): ${row?.n} engagements; web app ${values.url ? `of ${String(values.url)}` : `from ${path.relative(REPO_ROOT, path.resolve(values.web as string))}`}`);
    const runs: Record<string, Measure>[] = [];
    for (let r = 0; r < RUNS; r++) {
      const page = await context.newPage();
      page.setDefaultTimeout(120_000);
      runs.push(await run(page, app.url, city, row?.name ?? city));
      say(`run ${r + 1}: ${JSON.stringify(runs[runs.length - 1])}`);
      await page.close();
    }
    const names: Record<string, string> = { panel: 'select the gemeente (detail panel)', table: 'open the table view', scroll: 'scroll the panel to its end', sort: 'sort the table by year' };
    console.log(`\nInteractions on ${row?.name} (${row?.n} engagements), Chromium headless --disable-gpu, median of ${RUNS} runs`);
    console.log('| interaction | longest task (ms) | tasks > 50 ms | blocked (ms) | DOM nodes after |\n|---|---:|---:|---:|---:|');
    for (const key of Object.keys(names)) {
      const ms = runs.map((x) => x[key]).filter((m): m is Measure => !!m);
      if (ms.length === 0) continue;
      const f = (k: keyof Measure) => median(ms.map((m) => m[k])).toFixed(0);
      console.log(`| ${names[key]} | ${f('longest')} | ${f('tasks')} | ${f('blocked')} | ${f('domNodes')} |`);
    }
    console.log(`\nload average ${os.loadavg().map((l) => l.toFixed(2)).join(' ')} (${os.cpus().length} cores)`);
  } finally {
    await context.close();
    fs.rmSync(userDataDir, { recursive: true, force: true });
    await app.stop();
    if (neo4j && !values.keep) {
      await neo4j.stop();
      if (home) fs.rmSync(home, { recursive: true, force: true });
    }
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
