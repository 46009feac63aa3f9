/**
 * The printable report for a memo (issue 13) in a real Chromium on the fixture graph: the policy
 * adviser's task from the start page (compare, read the explanation, open the report, make the PDF
 * with the browser's print), the report of an entity and of the graph shown, the report in English,
 * the axe scan, and screenshots at 1440×900, 1280×720 and 390×844 (and the PDFs) in tests/e2e/screenshots/. The PDF's
 * text (pdftotext, poppler-utils) must hold the question, the answer, every source's title, the
 * quotes, the CBS attribution and the link back.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../server/src/ingest/extractText.js';
import { screenshot } from '../support/browser.js';
import { byTestId, chooseFromSearch, focusOutline, graphql, searchParams, seriousAxeViolations, waitForGraph } from './explorerPage.js';
import { useExplorerApp } from './explorerApp.js';

const WADDINXVEEN = 'gemeente-waddinxveen';
const KERN = 'consultancy-kern-konsult';
const WAIT = { timeout: 20_000 };
const VIEWPORTS = [
  { name: '1440x900', width: 1440, height: 900 },
  { name: '1280x720', width: 1280, height: 720 },
  { name: '390x844', width: 390, height: 844 },
] as const;

const app = useExplorerApp({ pageTimeoutMs: 30_000 });
/** The PDFs go beside the screenshots, to be looked at. */
const PDF_DIR = join(dirname(fileURLToPath(import.meta.url)), 'screenshots');

/** Text compared without white space: pdftotext breaks lines (and long addresses) where the page does. */
const squeeze = (s: string) => s.replace(/\s+/g, '');

/** The report as the browser prints it (print media, A4), as text (pdftotext, through intake's own reader of PDFs). */
async function printedText(page: Page, name: string): Promise<string> {
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ format: 'A4', printBackground: false });
  await page.emulateMedia({ media: 'screen' });
  mkdirSync(PDF_DIR, { recursive: true });
  const file = join(PDF_DIR, `report-${name}.pdf`);
  writeFileSync(file, pdf);
  return (await extractArticle(pdf, file, { maxBytes: 50 * 1024 * 1024 })).text;
}

/** The footnotes the page shows: each quote and its source's title. */
async function footnotes(page: Page): Promise<{ quote: string; title: string }[]> {
  return byTestId(page, 'report-footnote').evaluateAll((items) =>
    items.map((li) => ({ quote: li.querySelector('q')?.textContent ?? '', title: li.querySelector('cite')?.textContent ?? '' })),
  );
}

async function screenshots(page: Page, name: string): Promise<void> {
  for (const v of VIEWPORTS) {
    await page.setViewportSize({ width: v.width, height: v.height });
    await byTestId(page, 'report-question').waitFor();
    await screenshot(page, `report-${name}-${v.name}`);
  }
  await page.setViewportSize({ width: 1440, height: 900 });
}

describe('the report for a memo', () => {
  it('the policy adviser compares from the start page, reads the explanation and prints the report with its sources', async () => {
    const page = await app.openPage('/');
    await page.setViewportSize({ width: 1440, height: 900 });
    // The start page's entry "Welke gemeenten lijken op de mijne?" leads to the comparison.
    await byTestId(page, 'entry-comparable').waitFor(WAIT);
    await chooseFromSearch(page, 'entry-comparable-gemeente', 'Waddinxveen', 'Waddinxveen');
    await expect.poll(() => searchParams(page).get('cmp'), WAIT).toBe(WADDINXVEEN);
    expect(searchParams(page).get('view')).toBe('comparable');

    // The ranking with its explanation in words.
    const first = byTestId(page, 'comparable-item').first();
    await first.waitFor(WAIT);
    const firstName = (await first.locator('h3').innerText()).replace(/^\d+\.\s*/, '').trim();
    expect(firstName.length).toBeGreaterThan(0);
    expect(await first.locator('[data-testid="part-sentence"]').count()).toBeGreaterThan(0);

    await byTestId(page, 'report-open-comparable').click();
    await expect.poll(() => searchParams(page).get('report')).toBe('comparable');
    await expect.poll(() => byTestId(page, 'report-question').textContent(), WAIT).toBe('Welke gemeenten lijken op Waddinxveen?');
    await expect.poll(() => byTestId(page, 'report-ranked').count(), WAIT).toBe(10);
    expect(await byTestId(page, 'report-ranked').first().locator('th').innerText()).toContain(firstName);
    expect(await byTestId(page, 'report-result').count()).toBe(10);
    expect(await byTestId(page, 'report-part-sentence').count()).toBeGreaterThan(10);
    // The explorer stays mounted under the report, hidden.
    expect(await page.locator('.workspace').getAttribute('hidden')).not.toBeNull();
    const notes = await footnotes(page);
    expect(notes.length).toBeGreaterThan(0);
    expect(await byTestId(page, 'report-cbs').innerText()).toMatch(/Bron: CBS, .*\(CC BY 4\.0\)/);
    // Beyond the CBS lines, the shared themes and bureaus cite the engagements' articles.
    expect(notes.some((n) => !n.title.startsWith('CBS'))).toBe(true);
    expect(await byTestId(page, 'report-shared-fact').count()).toBeGreaterThan(0);
    const link = (await byTestId(page, 'report-link').getAttribute('href'))!;
    expect(new URL(link).searchParams.get('report')).toBeNull();
    expect(new URL(link).searchParams.get('cmp')).toBe(WADDINXVEEN);
    const sources = new Set(notes.map((n) => n.title)).size;
    expect(await byTestId(page, 'report-footer').innerText()).toBe(`Bron: Kennisgraaf · ${sources} bronnen`);
    await screenshots(page, 'comparable');

    const text = squeeze(await printedText(page, 'comparable'));
    expect(text).toContain(squeeze('Welke gemeenten lijken op Waddinxveen?'));
    expect(text).toContain(squeeze(firstName));
    for (const title of new Set(notes.map((n) => n.title))) expect(text, title).toContain(squeeze(title));
    expect(text).toContain(squeeze(notes.find((n) => !n.title.startsWith('CBS'))!.quote));
    expect(text).toContain(squeeze('Bron: CBS'));
    expect(text).toContain('CCBY4.0');
    expect(text).toContain(squeeze(link));
    expect(text).toContain(squeeze(`Bron: Kennisgraaf · ${sources} bronnen`));
    // Only the report prints: no buttons, search or explorer.
    expect(text).not.toContain(squeeze('Terug naar de verkenner'));
    expect(text).not.toContain(squeeze('Afdrukken / PDF'));
    expect(text).not.toContain(squeeze('Toon op kaart'));

    // Back to the explorer: the comparison as it was.
    await byTestId(page, 'report-close').click();
    await expect.poll(() => searchParams(page).get('report')).toBeNull();
    await byTestId(page, 'comparable-item').first().waitFor();
    expect(await byTestId(page, 'report-page').count()).toBe(0);
    await page.close();
  });

  it('reports an entity: what it is and its relationships in words, every quote in the PDF', async () => {
    const page = await app.openPage(`/?sel=${KERN}`);
    await page.setViewportSize({ width: 1440, height: 900 });
    await expect.poll(() => byTestId(page, 'panel-title').textContent(), WAIT).toBe('Kern Konsult');
    await byTestId(page, 'report-open-entity').click();
    await expect.poll(() => byTestId(page, 'report-question').textContent(), WAIT).toBe('Wat weet Kennisgraaf over Kern Konsult?');
    await byTestId(page, 'report-relations').waitFor();
    const data = await graphql<{ node: { relations: { id: string; provenance: { quote: string; source: { title: string } }[] }[] } }>(
      page,
      'query($id: ID!){ node(id: $id){ relations { id provenance { quote source { title } } } } }',
      { id: KERN },
    );
    expect(await byTestId(page, 'report-relations').locator('li').count()).toBe(data.node.relations.length);
    await screenshots(page, 'entity');

    const text = squeeze(await printedText(page, 'entity'));
    expect(text).toContain(squeeze('Wat weet Kennisgraaf over Kern Konsult?'));
    const quotes = data.node.relations.flatMap((r) => r.provenance);
    expect(quotes.length).toBeGreaterThan(0);
    for (const p of quotes) {
      expect(text, p.quote).toContain(squeeze(p.quote));
      expect(text, p.source.title).toContain(squeeze(p.source.title));
    }
    await page.close();
  });

  it('reports the graph shown: a picture and the relationships in words with their quotes', async () => {
    const page = await app.openPage(`/?exp=${KERN}`);
    await page.setViewportSize({ width: 1440, height: 900 });
    await waitForGraph(page, 3);
    await byTestId(page, 'report-open-graph').click();
    await expect.poll(() => byTestId(page, 'report-question').textContent(), WAIT).toBe('Wat laat de graaf rond Kern Konsult zien?');
    const picture = byTestId(page, 'report-graph-picture');
    await picture.waitFor(WAIT);
    expect(await picture.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
    await byTestId(page, 'report-relations').waitFor(WAIT);
    const relationIds = await byTestId(page, 'report-relations').locator('li').evaluateAll((lis) => lis.map((li) => li.getAttribute('data-relation-id')!));
    expect(relationIds.length).toBeGreaterThan(0);
    await screenshots(page, 'graph');

    // The picture is drawn once: printing (print media, a narrower page) does not draw it again.
    const drawn = await picture.getAttribute('src');
    const text = squeeze(await printedText(page, 'graph'));
    expect(await picture.getAttribute('src')).toBe(drawn);
    for (const id of relationIds) {
      const { relation } = await graphql<{ relation: { provenance: { quote: string }[] } }>(page, 'query($id: ID!){ relation(id: $id){ provenance { quote } } }', { id });
      for (const p of relation.provenance) expect(text, `${id}: ${p.quote}`).toContain(squeeze(p.quote));
    }
    await page.close();
  });

  it('is in English with the UI, keyboard operable with a visible focus, and passes the axe scan', async () => {
    const page = await app.openPage(`/?view=comparable&cmp=${WADDINXVEEN}&report=comparable&lang=en`);
    await page.setViewportSize({ width: 1440, height: 900 });
    await expect.poll(() => byTestId(page, 'report-question').textContent(), WAIT).toBe('Which municipalities are comparable to Waddinxveen?');
    await expect.poll(() => byTestId(page, 'report-ranked').count(), WAIT).toBe(10);
    expect(await byTestId(page, 'report-print').innerText()).toBe('Print / PDF');
    expect(await byTestId(page, 'report-footer').innerText()).toMatch(/^Source: Kennisgraaf · \d+ sources?$/);
    expect(await byTestId(page, 'report-cbs').innerText()).toMatch(/Source: CBS, .*\(CC BY 4\.0\)/);
    await screenshots(page, 'comparable-en');
    const text = squeeze(await printedText(page, 'comparable-en'));
    expect(text).toContain(squeeze('Which municipalities are comparable to Waddinxveen?'));
    expect(text).toContain(squeeze('Source: Kennisgraaf'));
    expect(await seriousAxeViolations(page)).toEqual([]);

    // The print button takes the keyboard, with a visible focus.
    await byTestId(page, 'report-close').focus();
    await page.keyboard.press('Shift+Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('report-print');
    expect((await focusOutline(page)).style).not.toBe('none');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('report-close');
    await page.keyboard.press('Enter');
    await expect.poll(() => searchParams(page).get('report')).toBeNull();

    for (const path of [`/?sel=${KERN}&report=entity`, `/?exp=${KERN}&report=graph`, `/?view=comparable&cmp=${WADDINXVEEN}&report=comparable`]) {
      await page.goto(`${app.url}${path}`);
      await byTestId(page, 'report-footer').waitFor(WAIT);
      await expect.poll(() => byTestId(page, 'report-footnote').count(), WAIT).toBeGreaterThan(0);
      expect(await seriousAxeViolations(page), path).toEqual([]);
    }
    await page.close();
  });

  it('prints footnotes of two digits whole, CBS facts in words, the question under "Vraag", and a client\'s engagements with their bureau (issue 19)', async () => {
    const page = await app.openPage(`/?view=comparable&cmp=${WADDINXVEEN}&report=comparable`);
    await page.setViewportSize({ width: 1440, height: 900 });
    await expect.poll(() => byTestId(page, 'report-ranked').count(), WAIT).toBe(10);
    await expect.poll(() => byTestId(page, 'report-footnote').count(), WAIT).toBeGreaterThanOrEqual(18);
    // "Vraag" states the question; the weighting has a section of its own.
    const question = await byTestId(page, 'report-question-section').innerText();
    expect(question).toContain('Welke gemeenten lijken op Waddinxveen?');
    expect(question).not.toContain('Weging:');
    expect(await byTestId(page, 'report-weighting').innerText()).toContain('Weging:');
    const firstRanked = (await byTestId(page, 'report-ranked').first().locator('th').innerText()).replace(/\d+(,\d+)*$/, '').trim();
    const noteTexts = await byTestId(page, 'report-footnote').evaluateAll((items) => items.map((li) => li.querySelector('.footnote-text')?.textContent ?? ''));

    const raw = await printedText(page, 'footnotes');
    const text = squeeze(raw);
    // Footnote 10 and 18 print with both digits, before their own text (they printed as "0." and "8.").
    for (const n of [9, 10, 18]) expect(text, `footnote ${n}`).toContain(`${n}.${squeeze(noteTexts[n - 1]!).slice(0, 20)}`);
    // A CBS fact is cited as the table and what it says about, never as the raw CSV line.
    expect(raw).not.toMatch(/GM\d{4},/);
    expect(noteTexts.some((t) => t.includes('85984NED') && t.includes(firstRanked)), `a CBS footnote names the table and ${firstRanked}`).toBe(true);
    expect(text).toContain(squeeze('Vraag'));
    expect(text).toContain(squeeze('Welke gemeenten lijken op Waddinxveen?'));

    // The report of a client names the bureau of each of its engagements.
    await page.goto(`${app.url}/?sel=org-sociale-dienst-drechtsteden&report=entity`);
    await expect.poll(() => byTestId(page, 'report-question').textContent(), WAIT).toBe('Wat weet Kennisgraaf over Sociale Dienst Drechtsteden?');
    const engagements = byTestId(page, 'report-engagements');
    await engagements.waitFor(WAIT);
    expect(await engagements.innerText()).toContain('Kern Konsult');
    expect(squeeze(await printedText(page, 'entity-client'))).toContain(squeeze('uitgevoerd door: Kern Konsult'));
    await page.close();
  });
});
