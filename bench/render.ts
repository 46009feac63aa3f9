/**
 * How long Cytoscape takes to draw and lay out the explorer's graph at 500, 1,000 and 2,000 elements,
 * with the canvas and the WebGL renderer. Run by hand (never by the tests):
 *
 *   npx tsx bench/render.ts [--runs 3] [--sizes 500,1000,2000] [--gpu]
 *
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
import { layoutOptions } from '../web/src/graph/layouts.js';
import { graphStyles } from '../web/src/graph/styles.js';
import { tokensFromCss } from '../web/src/styles/tokens.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
}

const RUNS = Number(arg('runs', '3'));
const SIZES = arg('sizes', '500,1000,2000').split(',').map(Number);
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
</script></head><body><div id="cy"></div></body></html>`;

function serve(): Promise<http.Server> {
  const server = http.createServer((req, res) => {
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

async function main(): Promise<void> {
  const server = await serve();
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
  const style = graphStyles(tokensFromCss(readFileSync(join(ROOT, 'web/src/styles/tokens.css'), 'utf8')));
  const rows: string[] = [];
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
  } finally {
    await context.close();
    rmSync(userDataDir, { recursive: true, force: true });
    server.close();
  }
  console.log(`\nCytoscape render bench — Chromium headless${GPU ? '' : ' --disable-gpu (WebGL = SwiftShader)'}, ${RUNS} runs, medians in ms`);
  console.log(`${'elements'.padStart(8)} ${'renderer'.padEnd(8)} ${'1st draw'.padStart(8)} ${'fcose'.padStart(8)} ${'frame'.padStart(8)}`);
  for (const r of rows) console.log(r);
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
