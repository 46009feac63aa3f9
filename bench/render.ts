/**
 * How long Cytoscape takes to draw and lay out the explorer's graph at 500, 1,000 and 2,000 elements,
 * with the canvas and the WebGL renderer; then whether the page stays interactive while fcose lays
 * out 500, 2,000 and 10,000 elements, on the main thread and in the app's layout worker
 * (web/src/graph/layoutWorker.ts, bundled here with Vite): the longest main-thread task, the longest
 * gap between animation frames during the layout, the frame while panning afterwards, and the first
 * draw. Run by hand (never by the tests):
 *
 *   npx tsx bench/render.ts [--runs 3] [--sizes 500,1000,2000] [--layout-sizes 500,2000,10000] [--gpu]
 *
 * The main-thread layout is skipped above 5,000 elements (it blocks the page for tens of seconds).
 * It serves a minimal page with the app's own canvas stylesheet (web/src/graph/styles.ts, coloured from
 * the design tokens in web/src/styles/tokens.css) and fcose options (web/src/graph/layouts.ts), opens it
 * in headless Debian Chromium through playwright-core, and prints the median of each figure. Without
 * --gpu, Chromium runs with --disable-gpu as the tests do, so WebGL is SwiftShader (software): its
 * figures are an upper bound for a machine with a graphics card. Results and conclusions: bench/render.md.
 */
import http from 'node:http';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import { layoutOptions } from '../web/src/graph/layouts.js';
import { graphStyles } from '../web/src/graph/styles.js';
import { workerLayoutOptions } from '../web/src/graph/workerLayout.js';
import { tokensFromCss } from '../web/src/styles/tokens.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  // An empty value is a value: `--sizes ''` skips the renderer table.
  return i >= 0 && process.argv[i + 1] !== undefined ? process.argv[i + 1] : fallback;
}

const RUNS = Number(arg('runs', '3'));
const SIZES = arg('sizes', '500,1000,2000').split(',').filter(Boolean).map(Number);
const LAYOUT_SIZES = arg('layout-sizes', '500,2000,10000').split(',').filter(Boolean).map(Number);
/** Above this, fcose on the main thread is not measured. */
const MAIN_THREAD_MAX = 5000;
const GPU = process.argv.includes('--gpu');

const SCRIPTS: Record<string, string> = {
  '/cytoscape.js': 'node_modules/cytoscape/dist/cytoscape.min.js',
  '/layout-base.js': 'node_modules/layout-base/layout-base.js',
  '/cose-base.js': 'node_modules/cose-base/cose-base.js',
  '/cytoscape-fcose.js': 'node_modules/cytoscape-fcose/cytoscape-fcose.js',
};

const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>render bench</title>
<style>html,body{margin:0} #cy{width:1200px;height:800px}</style>
${Object.keys(SCRIPTS).map((s) => `<script src="${s}"></script>`).join('\n')}
<script>
cytoscape.use(cytoscapeFcose);
// Plain JS in the page: functions passed through page.evaluate would carry tsx's helpers along.
const frame = () => new Promise((r) => requestAnimationFrame(() => r()));
window.runBench = async ({ graph, style, layout, webgl }) => {
  const t0 = performance.now();
  const cy = cytoscape({ container: document.getElementById('cy'), style, elements: graph, webgl, layout: { name: 'grid' } });
  await frame();
  await frame();
  const firstRender = performance.now() - t0;
  const t1 = performance.now();
  await new Promise((resolve) => {
    const l = cy.layout(layout);
    l.one('layoutstop', resolve);
    l.run();
  });
  const layoutMs = performance.now() - t1;
  await frame();
  const frames = 20;
  const t2 = performance.now();
  for (let i = 0; i < frames; i++) {
    cy.panBy({ x: 1, y: 0 });
    await frame();
  }
  const frameMs = (performance.now() - t2) / frames;
  cy.destroy();
  return { firstRender, layout: layoutMs, frame: frameMs };
};
// Interactivity during a layout, on the main thread or in the app's worker (its message format:
// web/src/graph/workerLayout.ts). Long tasks and frame gaps are recorded from run() to the preset.
window.runLayoutBench = async ({ graph, style, layout, mode }) => {
  const t0 = performance.now();
  const cy = cytoscape({ container: document.getElementById('cy'), style, elements: graph, layout: { name: 'grid' } });
  await frame();
  await frame();
  const firstRender = performance.now() - t0;
  const longTasks = [];
  const observer = new PerformanceObserver((list) => { for (const e of list.getEntries()) longTasks.push(e.duration); });
  observer.observe({ type: 'longtask' });
  let maxGap = 0;
  let last = performance.now();
  let running = true;
  const tick = (t) => { maxGap = Math.max(maxGap, t - last); last = t; if (running) requestAnimationFrame(tick); };
  requestAnimationFrame(tick);
  const t1 = performance.now();
  if (mode === 'main') {
    await new Promise((resolve) => { const l = cy.layout(layout); l.one('layoutstop', resolve); l.run(); });
  } else {
    const nodes = cy.nodes().map((n) => { const d = n.layoutDimensions({ nodeDimensionsIncludeLabels: true }); return { id: n.id(), w: d.w, h: d.h }; });
    const edges = cy.edges().map((e) => ({ id: e.id(), source: e.source().id(), target: e.target().id() }));
    const worker = new Worker('/layout-worker.js');
    const positions = await new Promise((resolve, reject) => {
      worker.onmessage = (e) => (e.data.error ? reject(new Error(e.data.error)) : resolve(e.data.positions));
      worker.onerror = (e) => reject(new Error(e.message));
      worker.postMessage({ id: 1, nodes, edges, options: layout });
    });
    worker.terminate();
    await new Promise((resolve) => { const l = cy.layout({ name: 'preset', positions, fit: true, padding: 40 }); l.one('layoutstop', resolve); l.run(); });
  }
  const layoutMs = performance.now() - t1;
  await frame();
  await frame();
  running = false;
  for (const e of observer.takeRecords()) longTasks.push(e.duration);
  observer.disconnect();
  const frames = 20;
  const t2 = performance.now();
  for (let i = 0; i < frames; i++) {
    cy.panBy({ x: 1, y: 0 });
    await frame();
  }
  const frameMs = (performance.now() - t2) / frames;
  cy.destroy();
  return { firstRender, layout: layoutMs, longest: longTasks.length ? Math.max(...longTasks) : 0, maxGap, frame: frameMs };
};
</script></head><body><div id="cy"></div></body></html>`;

/** The app's layout worker as one classic script (Vite library build, IIFE), in a temporary folder. */
async function buildWorker(): Promise<string> {
  const outDir = mkdtempSync(join(tmpdir(), 'kennisgraaf-worker-'));
  await build({
    configFile: false,
    logLevel: 'warn',
    build: {
      outDir,
      emptyOutDir: true,
      minify: true,
      lib: { entry: join(ROOT, 'web/src/graph/layoutWorker.ts'), name: 'kgLayoutWorker', formats: ['iife'], fileName: () => 'layout-worker.js' },
    },
  });
  return outDir;
}

function serve(workerDir: string): Promise<http.Server> {
  const server = http.createServer((req, res) => {
    if (req.url === '/layout-worker.js') {
      res.setHeader('content-type', 'text/javascript');
      res.end(readFileSync(join(workerDir, 'layout-worker.js')));
      return;
    }
    const file = SCRIPTS[req.url ?? ''];
    if (file) {
      res.setHeader('content-type', 'text/javascript');
      res.end(readFileSync(join(ROOT, file)));
      return;
    }
    res.setHeader('content-type', 'text/html');
    res.end(PAGE);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

const TYPES = ['ENGAGEMENT', 'MUNICIPALITY', 'CONSULTANCY', 'THEME', 'PERSON', 'ORGANIZATION', 'REGION'] as const;

/**
 * A graph shaped like the explorer's: engagements as hubs linked to a client, a bureau, themes and
 * people, about 1 node per 1.5 elements. Seeded, so every run draws the same graph.
 */
function syntheticGraph(elements: number): { nodes: object[]; edges: object[] } {
  let seed = 42;
  const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const nodeCount = Math.round(elements / 2.5);
  const nodes = Array.from({ length: nodeCount }, (_, i) => ({
    data: { id: `n${i}`, label: `Entiteit ${i}`, type: TYPES[i % 5 === 0 ? 0 : 1 + Math.floor(rand() * 6)] },
  }));
  const edges: object[] = [];
  const seen = new Set<string>();
  while (edges.length < elements - nodeCount) {
    const hub = Math.floor(rand() * Math.ceil(nodeCount / 5)) * 5;
    const other = Math.floor(rand() * nodeCount);
    const id = `n${hub}|REL|n${other}`;
    if (hub === other || seen.has(id)) continue;
    seen.add(id);
    edges.push({ data: { id, source: `n${hub}`, target: `n${other}`, type: 'FOR', displayLabel: 'opdrachtgever' } });
  }
  return { nodes, edges };
}

interface Figures {
  firstRender: number;
  layout: number;
  frame: number;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

interface LayoutFigures {
  firstRender: number;
  layout: number;
  longest: number;
  maxGap: number;
  frame: number;
}

async function main(): Promise<void> {
  const workerDir = await buildWorker();
  const server = await serve(workerDir);
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  const userDataDir = mkdtempSync(join(tmpdir(), 'kennisgraaf-bench-'));
  const args = ['--no-sandbox', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: GPU ? args : [...args, '--disable-gpu'],
    viewport: { width: 1280, height: 900 },
  });
  const fcose = layoutOptions('fcose', { incremental: false, animate: false, roots: [] });
  const tokens = tokensFromCss(readFileSync(join(ROOT, 'web/src/styles/tokens.css'), 'utf8'));
  const style = graphStyles(tokens);
  const largeStyle = graphStyles(tokens, { large: true });
  const rows: string[] = [];
  const layoutRows: string[] = [];
  try {
    const page = await context.newPage();
    await page.goto(url);
    for (const size of SIZES) {
      const graph = syntheticGraph(size);
      for (const webgl of [false, true]) {
        const runs: Figures[] = [];
        for (let r = 0; r < RUNS; r++) {
          runs.push(
            await page.evaluate(
              (input) => (window as unknown as { runBench(i: unknown): Promise<Figures> }).runBench(input),
              { graph, style, layout: fcose, webgl },
            ),
          );
        }
        const f = (k: keyof Figures) => median(runs.map((x) => x[k])).toFixed(0).padStart(8);
        rows.push(`${String(size).padStart(8)} ${(webgl ? 'webgl' : 'canvas').padEnd(8)} ${f('firstRender')} ${f('layout')} ${median(runs.map((x) => x.frame)).toFixed(1).padStart(8)}`);
        console.error(rows[rows.length - 1]);
      }
    }
    for (const size of LAYOUT_SIZES) {
      const graph = syntheticGraph(size);
      for (const mode of ['main', 'worker'] as const) {
        if (mode === 'main' && size > MAIN_THREAD_MAX) continue;
        const runs: LayoutFigures[] = [];
        // One run of the largest sizes: a main-thread fcose of 2,000 elements takes seconds.
        for (let r = 0; r < (size > 2000 ? 1 : RUNS); r++) {
          runs.push(
            await page.evaluate(
              (input) => (window as unknown as { runLayoutBench(i: unknown): Promise<LayoutFigures> }).runLayoutBench(input),
              // As the app does: worker options for the size, labels only where readable from 3,000 elements.
              {
                graph,
                style: size >= 3000 ? largeStyle : style,
                layout: mode === 'worker' ? workerLayoutOptions(fcose, graph.nodes.length) : fcose,
                mode,
              },
            ),
          );
        }
        const f = (k: keyof LayoutFigures, digits = 0) => median(runs.map((x) => x[k])).toFixed(digits).padStart(9);
        layoutRows.push(`${String(size).padStart(8)} ${mode.padEnd(7)} ${f('firstRender')} ${f('layout')} ${f('longest')} ${f('maxGap')} ${f('frame', 1)}`);
        console.error(layoutRows[layoutRows.length - 1]);
      }
    }
  } finally {
    await context.close();
    rmSync(userDataDir, { recursive: true, force: true });
    rmSync(workerDir, { recursive: true, force: true });
    server.close();
  }
  console.log(`\nCytoscape render bench — Chromium headless${GPU ? '' : ' --disable-gpu (WebGL = SwiftShader)'}, ${RUNS} runs, medians in ms`);
  console.log(`${'elements'.padStart(8)} ${'renderer'.padEnd(8)} ${'1st draw'.padStart(8)} ${'fcose'.padStart(8)} ${'frame'.padStart(8)}`);
  for (const r of rows) console.log(r);
  console.log(`\nInteractivity during an fcose layout (canvas renderer), medians in ms`);
  console.log(`${'elements'.padStart(8)} ${'layout'.padEnd(7)} ${'1st draw'.padStart(9)} ${'fcose'.padStart(9)} ${'long task'.padStart(9)} ${'frame gap'.padStart(9)} ${'pan frame'.padStart(9)}`);
  for (const r of layoutRows) console.log(r);
}

if (process.argv.includes('--interactions')) {
  // Long lists (issue 14): the explorer's own interactions on a served graph, in a process of its own (bench/renderInteractions.ts).
  const { spawnSync } = await import('node:child_process');
  const run = spawnSync(process.execPath, ['--import', 'tsx', fileURLToPath(new URL('./renderInteractions.ts', import.meta.url)), ...process.argv.slice(2)], { stdio: 'inherit' });
  process.exit(run.status ?? 1);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
