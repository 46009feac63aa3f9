/**
 * The explorer in a real Chromium against the real server and the seed graph. Each test opens its own
 * page and saves a screenshot per step in tests/e2e/screenshots/. Nothing here asserts on time: every
 * wait is for something the page shows.
 *
 * E2E_BASE_URL runs the same tests against a server that is already running (e.g. `npm start`).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { screenshot } from '../support/browser.js';
import {
  byTestId,
  chooseFromSearch,
  edgeScreenPoint,
  focusOutline,
  graphEdges,
  graphNodes,
  graphql,
  listParam,
  nodeScreenPosition,
  searchParams,
  seriousAxeViolations,
  tabTo,
  waitForGraph,
} from './explorerPage.js';
import { useExplorerApp } from './explorerApp.js';

const KERN = 'consultancy-kern-konsult';

const app = useExplorerApp();
const { openPage } = app;

/** Search "Kern", choose Kern Konsult: the state most tests start from. */
async function openKernKonsult(page: Page): Promise<void> {
  const id = await chooseFromSearch(page, 'search', 'Kern', 'Kern Konsult');
  expect(id).toBe(KERN);
  await waitForGraph(page, 2);
  await expect.poll(() => byTestId(page, 'panel-title').textContent()).toBe('Kern Konsult');
}

describe('the explorer', () => {
  it('starts with one line of explanation and example starting points', async () => {
    // '/' is the start page (startPage.test.ts); the explorer without state is `view=filters`.
    const page = await openPage('/?view=filters');
    await byTestId(page, 'example-start').first().waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('nl');
    expect(await byTestId(page, 'empty-state').textContent()).toContain('Begin met zoeken');
    expect(await byTestId(page, 'example-start').count()).toBeGreaterThanOrEqual(2);
    await screenshot(page, '01-empty-start');
    await page.close();
  });

  it('finds Kern Konsult by search, expands the map and shows Gabrielle Rypma with a quote from the article', async () => {
    const page = await openPage();
    await byTestId(page, 'search-input').fill('Kern');
    const option = byTestId(page, 'search-option').filter({ hasText: 'Kern Konsult' });
    await option.first().waitFor();
    expect(await option.first().textContent()).toContain('Adviesbureau');
    await screenshot(page, '02-search-kern');

    await option.first().click();
    await waitForGraph(page, 2);
    expect(listParam(page, 'exp')).toEqual([KERN]);
    await screenshot(page, '03-kern-konsult-neighbourhood');

    // Double-click Kern Konsult's engagements on the canvas, one by one, until Gabrielle Rypma (who
    // worked on one of them) joins the map. Each double-click expands and selects the engagement.
    const engagements = (await graphNodes(page)).filter((n) => n.type === 'ENGAGEMENT');
    expect(engagements.length, 'Kern Konsult has engagements in its neighbourhood').toBeGreaterThan(0);
    let withGabrielle: string | undefined;
    for (const [i, engagement] of engagements.entries()) {
      const count = (await graphNodes(page)).length;
      const at = await nodeScreenPosition(page, engagement.id);
      await page.mouse.dblclick(at.x, at.y);
      await expect.poll(() => listParam(page, 'exp')).toContain(engagement.id);
      await waitForGraph(page, count);
      expect((await graphNodes(page)).find((n) => n.id === engagement.id)?.classes).toContain('expanded');
      await screenshot(page, `04-engagement-expanded-${i + 1}`);
      if ((await graphNodes(page)).some((n) => n.label === 'Gabrielle Rypma')) {
        withGabrielle = engagement.id;
        break;
      }
    }
    expect(withGabrielle, 'expanding an engagement of Kern Konsult shows Gabrielle Rypma').toBeDefined();

    // The panel shows the expanded engagement, with Gabrielle Rypma's part in it and its quote.
    await expect.poll(() => byTestId(page, 'detail-panel').getAttribute('data-selected')).toBe(withGabrielle);
    const gabrielle = byTestId(page, 'relation-item').filter({ hasText: 'Gabrielle Rypma' });
    await gabrielle.first().waitFor();
    const quotes = gabrielle.first().locator('[data-testid="quote-item"]');
    expect(await quotes.count()).toBeGreaterThan(0);
    expect((await quotes.first().textContent())?.length ?? 0).toBeGreaterThan(10);
    await gabrielle.first().scrollIntoViewIfNeeded();
    await screenshot(page, '05-panel-gabrielle-rypma-quote');

    // A quote is one click from any edge: click the edge between Gabrielle Rypma and the engagement.
    const gabrielleId = (await graphNodes(page)).find((n) => n.label === 'Gabrielle Rypma')!.id;
    const edge = (await graphEdges(page)).find(
      (e) => (e.source === gabrielleId && e.target === withGabrielle) || (e.target === gabrielleId && e.source === withGabrielle),
    );
    expect(edge, 'the edge between Gabrielle Rypma and the engagement is on the canvas').toBeDefined();
    const mid = await edgeScreenPoint(page, edge!.id);
    await page.mouse.click(mid.x, mid.y);
    await expect.poll(() => searchParams(page).get('sel')).toBe(edge!.id);
    await byTestId(page, 'detail-panel').locator('[data-testid="quote-item"]').first().waitFor();
    expect(await byTestId(page, 'detail-panel').textContent()).toContain('Gabrielle Rypma');
    await screenshot(page, '06-edge-quote');
    await page.close();
  });

  it('filters on the theme eigen kracht: only matching engagements stay in the map and the list', async () => {
    const page = await openPage();
    await openKernKonsult(page);
    const matching = await graphql<{ engagements: { totalCount: number; edges: { node: { id: string } }[] } }>(
      page,
      'query($t:[ID!]){ engagements(filter:{themes:$t}, first: 100){ totalCount edges { node { id } } } }',
      { t: ['eigenKracht'] },
    );
    const matchingIds = new Set(matching.engagements.edges.map((e) => e.node.id));

    await byTestId(page, 'filter-theme-eigenKracht').first().check();
    await expect.poll(() => listParam(page, 'th')).toEqual(['eigenKracht']);
    await expect.poll(() => byTestId(page, 'engagement-total').textContent()).toBe(String(matching.engagements.totalCount));
    const listed = byTestId(page, 'engagement-results').locator('[data-testid="engagement-item"]');
    expect(await listed.count()).toBe(Math.min(matching.engagements.totalCount, 20));

    // An engagement from the filtered list joins the map; it matches, so it stays visible.
    const fromList = await listed.first().getAttribute('data-entity-id');
    await listed.first().locator('h4 button').click();
    await expect.poll(() => searchParams(page).get('sel')).toBe(fromList);
    await waitForGraph(page, 2);
    await expect
      .poll(async () => (await graphNodes(page)).some((n) => n.id === fromList && !n.hidden))
      .toBe(true);
    await expect
      .poll(async () => (await graphNodes(page)).filter((n) => n.type === 'ENGAGEMENT' && !n.hidden && !matchingIds.has(n.id)).map((n) => n.id))
      .toEqual([]);
    const engagements = (await graphNodes(page)).filter((n) => n.type === 'ENGAGEMENT');
    for (const e of engagements) expect(e.hidden, `${e.label} is hidden exactly when it does not match`).toBe(!matchingIds.has(e.id));
    for (const item of await listed.all()) expect(matchingIds.has((await item.getAttribute('data-entity-id')) ?? '')).toBe(true);
    await screenshot(page, '07-filter-eigen-kracht');

    await byTestId(page, 'filter-reset').click();
    await expect.poll(async () => (await graphNodes(page)).filter((n) => n.hidden).length).toBe(0);
    await page.close();
  });

  it('lists the shortest paths from Kern Konsult to Den Helder step by step and highlights them', async () => {
    const page = await openPage('/?view=paths');
    await chooseFromSearch(page, 'path-from', 'Kern Konsult', 'Kern Konsult');
    const to = await chooseFromSearch(page, 'path-to', 'Den Helder', 'Den Helder', 'Gemeente');
    expect(to).toBe('gemeente-den-helder');
    // Issue 19: Kern Konsult and Den Helder share only a theme, which paths follow when asked.
    await byTestId(page, 'paths-none').waitFor();
    await byTestId(page, 'path-via').check();
    await byTestId(page, 'path-item').first().waitFor();
    const steps = byTestId(page, 'path-item').first().locator('[data-testid="path-step"]');
    expect(await steps.count()).toBeGreaterThanOrEqual(1);
    for (const step of await steps.all()) expect(await step.locator('[data-testid="quote-item"]').count()).toBeGreaterThan(0);

    await waitForGraph(page, 2);
    await expect
      .poll(async () => (await graphNodes(page)).filter((n) => n.classes.includes('path')).map((n) => n.id))
      .toEqual(expect.arrayContaining([KERN, 'gemeente-den-helder']));
    const pathEdges = (await graphEdges(page)).filter((e) => e.classes.includes('path'));
    expect(pathEdges.length).toBe(await steps.count());
    await screenshot(page, '08-path-kern-den-helder');
    await page.close();
  });

  it('ranks municipalities comparable to Waddinxveen with an explanation and opens an interlock in the map', async () => {
    const page = await openPage('/?view=comparable');
    const id = await chooseFromSearch(page, 'comparable-subject', 'Waddinxveen', 'Waddinxveen');
    expect(id).toBe('gemeente-waddinxveen');
    await byTestId(page, 'comparable-item').first().waitFor();
    const items = await byTestId(page, 'comparable-item').all();
    expect(items.length).toBeGreaterThan(0);
    for (const [i, item] of items.entries()) {
      expect(await item.locator('.rank').textContent()).toBe(String(i + 1));
      const parts = item.locator('[data-testid="comparable-explanation"] li');
      expect(await parts.count()).toBeGreaterThan(0);
      expect((await parts.first().textContent())?.trim().length ?? 0).toBeGreaterThan(3);
    }
    await byTestId(page, 'comparable-chart').waitFor();
    await screenshot(page, '09-comparable-waddinxveen');

    const other = await items[0]!.getAttribute('data-entity-id');
    await items[0]!.locator('[data-testid="comparable-interlock"]').click();
    await expect.poll(() => searchParams(page).get('cw')).toBe(other);
    await waitForGraph(page, 2);
    await expect
      .poll(async () => (await graphNodes(page)).filter((n) => n.classes.includes('path')).map((n) => n.id))
      .toEqual(expect.arrayContaining(['gemeente-waddinxveen', other!]));
    await screenshot(page, '10-comparable-interlock');
    await page.close();
  });

  it('words every explanation of a comparable gemeente in the language of the UI, numbers in its notation', async () => {
    // One sentence per part of the score; the patterns allow only that language's wording (names of
    // themes, bureaus, regions and provinces are data and stay as the sources write them).
    const n = { nl: String.raw`\d{1,3}(\.\d{3})*`, en: String.raw`\d{1,3}(,\d{3})*` };
    const sentences = {
      nl: {
        THEMES: /^(Geen gedeelde thema's|1 gedeeld thema: .+|\d+ gedeelde thema's(: |, waaronder ).+)$/,
        CONSULTANCIES: /^(Geen gedeelde adviesbureaus|Zelfde adviesbureau: .+|\d+ gedeelde adviesbureaus(: |, waaronder ).+)$/,
        SIZE: new RegExp(String.raw`^(Inwonertal onbekend|Inwonertal ${n.nl} tegenover ${n.nl} \(verhouding \d,\d\d\))$`),
        DENSITY: new RegExp(String.raw`^(Dichtheid onbekend|Dichtheid ${n.nl} tegenover ${n.nl} inwoners per km² \(verhouding \d,\d\d\))$`),
        STEDELIJKHEID: /^(Stedelijkheid onbekend|Stedelijkheidsklasse \d(,\d)? tegenover \d(,\d)?)$/,
        PROVINCE: /^(Zelfde provincie: .+|Andere provincie \(.+\))$/,
        COROP: /^(Zelfde COROP-regio: .+|Andere COROP-regio \(.+\))$/,
        REGION: /^(Geen gedeeld samenwerkingsverband|Zelfde samenwerkingsverband: .+|\d+ gedeelde samenwerkingsverbanden(: |, waaronder ).+)$/,
      },
      en: {
        THEMES: /^(No shared themes|1 shared theme: .+|\d+ shared themes(: |, including ).+)$/,
        CONSULTANCIES: /^(No shared consultancies|Same consultancy: .+|\d+ shared consultancies(: |, including ).+)$/,
        SIZE: new RegExp(String.raw`^(Population unknown|Population ${n.en} against ${n.en} \(ratio \d\.\d\d\))$`),
        DENSITY: new RegExp(String.raw`^(Density unknown|Density ${n.en} against ${n.en} inhabitants per km² \(ratio \d\.\d\d\))$`),
        STEDELIJKHEID: /^(Urbanisation unknown|Urbanisation class \d(\.\d)? against \d(\.\d)?)$/,
        PROVINCE: /^(Same province: .+|Different province \(.+\))$/,
        COROP: /^(Same COROP region: .+|Different COROP region \(.+\))$/,
        REGION: /^(No shared partnership|Same partnership: .+|\d+ shared partnerships(: |, including ).+)$/,
      },
    } as const;
    const partNames = {
      nl: {
        SIZE: 'Grootte:',
        DENSITY: 'Dichtheid:',
        STEDELIJKHEID: 'Stedelijkheid:',
        PROVINCE: 'Provincie:',
        COROP: 'COROP-regio:',
        THEMES: "Thema's:",
        CONSULTANCIES: 'Bureaus:',
        REGION: 'Samenwerkingsverband:',
      },
      en: {
        SIZE: 'Size:',
        DENSITY: 'Density:',
        STEDELIJKHEID: 'Urbanisation:',
        PROVINCE: 'Province:',
        COROP: 'COROP region:',
        THEMES: 'Themes:',
        CONSULTANCIES: 'Consultancies:',
        REGION: 'Partnership:',
      },
    } as const;
    // Words of the Dutch UI that must not appear anywhere in the English comparable view (data such as
    // theme and region names may be Dutch; these words are not in the fixture's data).
    const dutchUiWords = ['gedeeld', 'tegenover', 'verhouding', 'inwoners', 'Bron:', 'waaronder', 'voorganger', 'Gerangschikt', 'Weging', 'Structuur', 'Ervaring', 'Gebalanceerd', 'Toon ', 'Open in graaf', 'trajecten', 'onbekend'];
    for (const lang of ['nl', 'en'] as const) {
      for (const preset of ['BALANCED', 'EXPERIENCE'] as const) {
        const page = await openPage(`/?view=comparable&cmp=gemeente-waddinxveen&cp=${preset}${lang === 'en' ? '&lang=en' : ''}`);
        await byTestId(page, 'comparable-item').first().waitFor();
        // Open every "+N more", so that every shared item is worded.
        for (const more of await byTestId(page, 'part-more').all()) await more.click();
        const parts = await byTestId(page, 'comparable-explanation')
          .locator('li')
          .evaluateAll((items) =>
            items.map((li) => ({
              kind: li.getAttribute('data-kind') ?? '',
              name: li.querySelector('.part-kind')?.textContent ?? '',
              sentence: li.querySelector('[data-testid="part-sentence"]')?.textContent ?? '',
            })),
          );
        expect(parts.length).toBeGreaterThanOrEqual(5);
        for (const p of parts) {
          const kind = p.kind as keyof (typeof sentences)[typeof lang];
          expect(p.name, `${lang} ${p.kind}`).toBe(partNames[lang][kind]);
          expect(p.sentence, `${lang} ${p.kind}`).toMatch(sentences[lang][kind]);
        }
        // Every result compares two known populations in the fixture: thousands separated as the language does.
        const sizes = parts.filter((p) => p.kind === 'SIZE').map((p) => p.sentence);
        expect(sizes.some((s) => (lang === 'nl' ? /\d\.\d{3}/ : /\d,\d{3}/).test(s)), sizes.join(' | ')).toBe(true);
        // The weighting used, and the CBS figures with their source, in the same language.
        const used = (await byTestId(page, 'comparable-used').textContent()) ?? '';
        expect(used).toContain(lang === 'nl' ? (preset === 'BALANCED' ? 'Gebalanceerd' : 'Vergelijkbare ervaring') : preset === 'BALANCED' ? 'Balanced' : 'Similar experience');
        expect(await byTestId(page, 'comparable-cbs').first().textContent()).toContain(lang === 'nl' ? 'Bron: CBS' : 'Source: CBS');
        if (lang === 'en') {
          const text = (await byTestId(page, 'comparable-view').textContent()) ?? '';
          for (const word of dutchUiWords) expect(text, `Dutch "${word}" on the English UI`).not.toContain(word);
        }
        await screenshot(page, `09-comparable-explained-${lang}-${preset.toLowerCase()}`);
        await page.close();
      }
    }
  });

  it('ranks with custom weights and says so; a result opens in the graph with its engagements', async () => {
    const page = await openPage('/?view=comparable&cmp=gemeente-waddinxveen');
    await byTestId(page, 'comparable-item').first().waitFor();
    await byTestId(page, 'preset-STRUCTURE').check();
    await expect.poll(() => searchParams(page).get('cp')).toBe('STRUCTURE');
    // A ranking of all gemeenten may take a moment on a cold database: wait for the answer, not a second.
    const ranking = { timeout: 15_000 };
    await expect.poll(() => byTestId(page, 'comparable-used').getAttribute('data-preset'), ranking).toBe('STRUCTURE');
    // Structure only: no experience parts in any explanation.
    const kinds = await byTestId(page, 'comparable-explanation').locator('li').evaluateAll((li) => li.map((x) => x.getAttribute('data-kind')));
    expect(kinds.filter((k) => k === 'THEMES' || k === 'CONSULTANCIES' || k === 'REGION')).toEqual([]);

    await byTestId(page, 'custom-weights').locator('summary').click();
    for (const key of ['size', 'density', 'stedelijkheid', 'province', 'corop', 'consultancies', 'region']) await byTestId(page, `weight-${key}`).fill('0');
    await byTestId(page, 'weight-themes').fill('1');
    await byTestId(page, 'weights-apply').click();
    await expect.poll(() => searchParams(page).get('cwt')).toContain('themes:1');
    await expect.poll(() => byTestId(page, 'comparable-used').getAttribute('data-preset'), ranking).toBe('CUSTOM');
    expect(await byTestId(page, 'comparable-used').textContent()).toContain('eigen gewichten');
    await expect
      .poll(async () => [...new Set(await byTestId(page, 'comparable-explanation').locator('li').evaluateAll((li) => li.map((x) => x.getAttribute('data-kind'))))], ranking)
      .toEqual(['THEMES']);
    await screenshot(page, '09-comparable-custom-weights');

    const first = byTestId(page, 'comparable-item').first();
    const id = await first.getAttribute('data-entity-id');
    await first.locator('[data-testid="comparable-open"]').click();
    await expect.poll(() => searchParams(page).get('sel')).toBe(id);
    expect(listParam(page, 'exp')).toContain(id);
    await waitForGraph(page, 2);
    await byTestId(page, 'detail-panel').locator('#panel-eng-heading').waitFor();
    await page.close();
  });

  it('says a dissolved gemeente went into its successor, links to it, and the successor lists its predecessors', async () => {
    const page = await openPage();
    await byTestId(page, 'search-input').fill('Geldermalsen');
    const option = byTestId(page, 'search-option').filter({ hasText: 'Geldermalsen' }).first();
    await option.waitFor();
    expect(await option.locator('[data-testid="search-dissolved"]').textContent()).toBe('opgeheven 2019');
    const geldermalsen = await option.getAttribute('data-entity-id');
    await screenshot(page, '24-search-geldermalsen');
    await option.click();
    await expect.poll(() => byTestId(page, 'panel-title').textContent()).toBe('Geldermalsen');
    const note = byTestId(page, 'dissolved-note');
    await note.waitFor();
    expect(await note.textContent()).toBe('Sinds 2019 onderdeel van West Betuwe');
    await screenshot(page, '25-panel-geldermalsen');

    await note.locator('button.entity-link').filter({ hasText: 'West Betuwe' }).click();
    await expect.poll(() => byTestId(page, 'panel-title').textContent()).toBe('West Betuwe');
    const predecessors = (await byTestId(page, 'predecessors').textContent()) ?? '';
    expect(predecessors).toContain('Ontstaan uit');
    expect(predecessors).toContain('Geldermalsen');
    expect(predecessors).toContain('(2019)');
    // CBS figures with their source, and the engagements of Geldermalsen among West Betuwe's, said so.
    const cbs = (await byTestId(page, 'cbs-figures').textContent()) ?? '';
    expect(cbs).toMatch(/Inwoners op 1-1-2024\d{1,3}(\.\d{3})*/);
    expect(cbs).toContain('Bron: CBS');
    expect(cbs).toContain('Zuidwest-Gelderland');
    expect(await byTestId(page, 'predecessor-engagements-note').textContent()).toContain('Geldermalsen');
    expect(await byTestId(page, 'engagement-note').first().textContent()).toContain('voorganger Geldermalsen');
    await screenshot(page, '26-panel-west-betuwe');

    // The same in English.
    await byTestId(page, 'language-switch').click();
    await expect.poll(() => byTestId(page, 'predecessors').textContent()).toContain('Formed from');
    await page.goto(`${app.url}/?sel=${geldermalsen}&pin=${geldermalsen}&lang=en`);
    await expect.poll(() => byTestId(page, 'dissolved-note').textContent()).toBe('Part of West Betuwe since 2019');
    await screenshot(page, '27-panel-geldermalsen-en');
    await page.close();
  });

  it('says a question that timed out is too big, in the view that asked it, without the outage banner', async () => {
    const page = await app.browser.newPage();
    page.setDefaultTimeout(20_000);
    await page.route('**/graphql', (route) => {
      if (!(route.request().postData() ?? '').includes('query Paths')) return route.continue();
      return route.fulfill({
        status: 200,
        contentType: 'application/json',
        body: JSON.stringify({
          data: null,
          errors: [{ message: 'The query took longer than the configured timeout (QUERY_TIMEOUT_MS).', extensions: { code: 'TIMEOUT' } }],
        }),
      });
    });
    await page.goto(`${app.url}/?view=paths&pf=${KERN}&pt=gemeente-den-helder&pm=6&pv=1`);
    const error = byTestId(page, 'paths-view').locator('[data-testid="inline-error"]');
    await error.waitFor();
    expect(await error.getAttribute('data-code')).toBe('TIMEOUT');
    expect(await error.textContent()).toContain('te groot');
    expect(await error.textContent()).toContain('kleiner');
    expect(await byTestId(page, 'error-banner').count()).toBe(0);
    await screenshot(page, '23-query-timeout');

    // Asking a smaller question works.
    await page.unroute('**/graphql');
    await page.locator('#path-max').selectOption('4');
    await byTestId(page, 'path-item').first().waitFor();
    expect(await error.count()).toBe(0);
    await page.close();
  });

  it('shows the overview charts and the query behind them, with a GraphiQL link', async () => {
    const page = await openPage('/?view=overview');
    await byTestId(page, 'chart-per-theme').waitFor();
    await byTestId(page, 'chart-per-year').waitFor();
    await byTestId(page, 'overview-view').locator('[data-testid="show-query-button"]').click();
    const panel = byTestId(page, 'overview-view').locator('[data-testid="query-panel"]');
    expect(await panel.textContent()).toContain('engagementsPerTheme');
    const href = await panel.locator('[data-testid="graphiql-link"]').getAttribute('href');
    expect(href).toMatch(/^\/graphql\?query=/);
    await screenshot(page, '11-overview-and-query');
    await page.close();
  });

  it('exports the visible graph as PNG, and as CSV and JSON with provenance fetched in one request', async () => {
    const page = await openPage();
    await openKernKonsult(page);
    const nodes = await graphNodes(page);
    const edges = await graphEdges(page);

    const png = await Promise.all([page.waitForEvent('download'), byTestId(page, 'export-png').click()]).then(([d]) => d);
    expect(png.suggestedFilename()).toMatch(/\.png$/);
    const pngBytes = readFileSync((await png.path()));
    expect(pngBytes.subarray(1, 4).toString()).toBe('PNG');

    let exportRequests = 0;
    page.on('request', (r) => {
      if (r.url().endsWith('/graphql') && (r.postData() ?? '').includes('ExportProvenance')) exportRequests += 1;
    });
    const csv = await Promise.all([page.waitForEvent('download'), byTestId(page, 'export-csv').click()]).then(([d]) => d);
    const csvText = readFileSync((await csv.path()), 'utf8');
    const lines = csvText.trim().split('\r\n');
    expect(lines[0]).toContain('quote');
    for (const n of nodes) expect(csvText).toContain(n.id);
    for (const e of edges) expect(csvText).toContain(e.id);
    expect(exportRequests).toBe(1);

    const json = await Promise.all([page.waitForEvent('download'), byTestId(page, 'export-json').click()]).then(([d]) => d);
    const data = JSON.parse(readFileSync((await json.path()), 'utf8')) as {
      nodes: { id: string; provenance: { quote: string }[] }[];
      edges: { id: string; provenance: { quote: string }[] }[];
    };
    expect(data.nodes.map((n) => n.id).sort()).toEqual(nodes.map((n) => n.id).sort());
    expect(data.edges.map((e) => e.id).sort()).toEqual(edges.map((e) => e.id).sort());
    for (const e of data.edges) expect(e.provenance.length, `${e.id} has its quote`).toBeGreaterThan(0);
    await page.close();
  });

  it('restores the view from the URL on reload and from a shared link', async () => {
    const page = await openPage();
    await openKernKonsult(page);
    await byTestId(page, 'layout-select').selectOption('concentric');
    await byTestId(page, 'table-toggle').click();
    await byTestId(page, 'filter-type-PERSON').uncheck();
    const engagement = (await graphNodes(page)).find((n) => n.type === 'ENGAGEMENT');
    await byTestId(page, 'table-view').locator(`tr[data-id="${engagement!.id}"] button`).click();
    await byTestId(page, 'toolbar-expand').click();
    await expect.poll(() => listParam(page, 'exp')).toContain(engagement!.id);
    await waitForGraph(page, 2);
    const url = page.url();
    const ids = (await graphNodes(page)).map((n) => n.id).sort();
    const hidden = (await graphNodes(page)).filter((n) => n.hidden).map((n) => n.id).sort();
    await screenshot(page, '12-before-reload');

    await page.reload();
    await waitForGraph(page, ids.length);
    expect(page.url()).toBe(url);
    expect((await graphNodes(page)).map((n) => n.id).sort()).toEqual(ids);
    await expect.poll(async () => (await graphNodes(page)).filter((n) => n.hidden).map((n) => n.id).sort()).toEqual(hidden);
    expect(await byTestId(page, 'layout-select').inputValue()).toBe('concentric');
    expect(await byTestId(page, 'filter-type-PERSON').isChecked()).toBe(false);
    await byTestId(page, 'table-view').waitFor();
    await expect.poll(() => byTestId(page, 'detail-panel').getAttribute('data-selected')).toBe(engagement!.id);
    await screenshot(page, '13-after-reload');

    const shared = await app.browser.newPage();
    await shared.goto(url);
    await waitForGraph(shared, ids.length);
    expect((await graphNodes(shared)).map((n) => n.id).sort()).toEqual(ids);
    await screenshot(shared, '14-shared-link');
    await shared.close();
    await page.close();
  });

  it('can be used with the keyboard alone: search, results, canvas actions and the table view', async () => {
    // '/' is the start page (startPage.test.ts); the explorer without state is `view=filters`.
    const page = await openPage('/?view=filters');
    await byTestId(page, 'example-start').first().waitFor();
    expect(await tabTo(page, (el) => el.testid === 'search-input')).toBe(true);
    expect((await focusOutline(page)).style).not.toBe('none');
    await page.keyboard.type('Kern');
    await byTestId(page, 'search-option').first().waitFor();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Enter');
    await expect.poll(() => searchParams(page).get('sel')).not.toBeNull();
    await waitForGraph(page, 2);
    await screenshot(page, '15-keyboard-search');

    // Back up to the skip links and jump to the canvas: arrows move the selection, Enter expands,
    // Shift+F10 opens the actions menu.
    expect(await tabTo(page, (el) => el.testid === 'skip-to-graph', 10, 'Shift+Tab')).toBe(true);
    expect((await focusOutline(page)).style).not.toBe('none');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('graph-canvas');
    expect((await focusOutline(page)).style).not.toBe('none');
    const first = searchParams(page).get('sel');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => searchParams(page).get('sel')).not.toBe(first);
    const selected = searchParams(page).get('sel')!;
    await page.keyboard.press('Enter');
    await expect.poll(() => listParam(page, 'exp')).toContain(selected);
    await waitForGraph(page, 2);
    await page.keyboard.press('Shift+F10');
    await byTestId(page, 'context-menu').waitFor();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('menuitem');
    await screenshot(page, '16-keyboard-context-menu');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Escape');
    await byTestId(page, 'context-menu').waitFor({ state: 'detached' });
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('graph-canvas');
    await page.keyboard.press('Delete');
    await expect.poll(() => listParam(page, 'exp')).not.toContain(selected);

    // Back to the toolbar for the table view, then into the table: a row selects in the graph.
    expect(await tabTo(page, (el) => el.testid === 'table-toggle', 30, 'Shift+Tab')).toBe(true);
    await page.keyboard.press('Enter');
    await byTestId(page, 'table-view').waitFor();
    expect(await tabTo(page, (el) => el.inside === 'table-row', 30)).toBe(true);
    const rowId = await page.evaluate(() => document.activeElement?.closest('tr')?.getAttribute('data-id') ?? null);
    await page.keyboard.press('Enter');
    await expect.poll(() => searchParams(page).get('sel')).toBe(rowId);
    const selectedInGraph = await page.evaluate(() => {
      const cy = (window as unknown as { __kgCy: { $(s: string): { map(f: (e: { id(): string }) => string): string[] } } }).__kgCy;
      return cy.$(':selected').map((e) => e.id());
    });
    expect(selectedInGraph).toEqual([rowId]);
    expect(await byTestId(page, 'table-view').locator(`tr[data-id="${rowId}"]`).getAttribute('aria-current')).toBe('true');
    await screenshot(page, '17-keyboard-table-view');
    await page.close();
  });

  it('switches the language to English and back, with html lang following', async () => {
    const page = await openPage();
    await byTestId(page, 'language-switch').click();
    await expect.poll(() => page.getAttribute('html', 'lang')).toBe('en');
    expect(searchParams(page).get('lang')).toBe('en');
    expect(await byTestId(page, 'empty-state').textContent()).toContain('Start with a search');
    await screenshot(page, '18-english');
    await byTestId(page, 'language-switch').click();
    await expect.poll(() => page.getAttribute('html', 'lang')).toBe('nl');
    await page.close();
  });

  it('passes the axe scan without serious or critical violations in every view', async () => {
    // '/' is the start page (startPage.test.ts); the explorer without state is `view=filters`.
    const page = await openPage('/?view=filters');
    await byTestId(page, 'example-start').first().waitFor();
    const found: Record<string, unknown> = {};
    const scan = async (name: string) => {
      const v = await seriousAxeViolations(page);
      if (v.length) found[name] = v;
    };
    await scan('empty');
    await openKernKonsult(page);
    await byTestId(page, 'table-toggle').click();
    await byTestId(page, 'table-view').waitFor();
    await scan('graph-panel-table');
    for (const view of ['map', 'paths', 'comparable', 'overview'] as const) {
      await byTestId(page, `nav-${view}`).click();
      await byTestId(page, `${view}-view`).waitFor();
      await scan(view);
    }
    await page.goto(`${app.url}/?view=comparable&cmp=gemeente-waddinxveen&lang=en`);
    await byTestId(page, 'comparable-item').first().waitFor();
    await scan('comparable-en');
    await screenshot(page, '19-axe-scanned');
    expect(found).toEqual({});
    await page.close();
  });

  it('shows a clear error with a retry button when the API is unreachable, and recovers on retry', async () => {
    const page = await app.browser.newPage();
    page.setDefaultTimeout(20_000);
    await page.route('**/graphql', (route) => route.abort());
    await page.goto(`${app.url}/?sel=${KERN}&exp=${KERN}`);
    const banner = byTestId(page, 'error-banner');
    await banner.waitFor();
    expect(await banner.textContent()).toContain('niet bereikbaar');
    expect(await byTestId(page, 'retry-button').textContent()).toBe('Opnieuw proberen');
    await screenshot(page, '20-api-down');

    await page.unroute('**/graphql');
    await byTestId(page, 'retry-button').click();
    await banner.waitFor({ state: 'detached' });
    await waitForGraph(page, 2);
    await expect.poll(() => byTestId(page, 'panel-title').textContent()).toBe('Kern Konsult');
    await screenshot(page, '21-recovered');
    await page.close();
  });

  it('explains a database outage reported by the API in Dutch', async () => {
    const page = await app.browser.newPage();
    page.setDefaultTimeout(20_000);
    await page.route('**/graphql', (route) =>
      route.fulfill({
        status: 503,
        contentType: 'application/json',
        body: JSON.stringify({ errors: [{ message: 'Neo4j is unavailable', extensions: { code: 'DB_UNAVAILABLE' } }] }),
      }),
    );
    await page.goto(`${app.url}/?view=filters`);
    const banner = byTestId(page, 'error-banner');
    await banner.waitFor();
    expect(await banner.getAttribute('data-code')).toBe('DB_UNAVAILABLE');
    expect(await banner.textContent()).toContain('database');
    await screenshot(page, '22-database-down');
    await page.unroute('**/graphql');
    await byTestId(page, 'retry-button').click();
    await banner.waitFor({ state: 'detached' });
    await byTestId(page, 'example-start').first().waitFor();
    await page.close();
  });
});
