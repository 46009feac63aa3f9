/**
 * Article intake in a real Chromium against the real server, the fixture graph and a real Frog:
 * a curator signs in, pastes a short Dutch client story, waits while Frog reads it, and reviews
 * the proposals — accepts one with the keyboard, edits one (its name, and its quote by selecting a
 * sentence in the article), links one to an existing entity that intake suggests, rejects one,
 * accepts the rest behind a confirmation dialog — and then finds the accepted facts in the
 * explorer with their quotes, and not the rejected one. Both screens pass the axe scan in Dutch and
 * English. Screenshots go to tests/e2e/screenshots/. The fixture graph is put back afterwards.
 */
import net from 'node:net';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { screenshot } from '../support/browser.js';
import { loadFixtureGraph } from '../support/fixtureGraph.js';
import { REPO_ROOT } from '../../server/src/config.js';
import { freePort } from '../../supervisor/processSupervisor.js';
import { frogEnv, waitForTestFrog } from '../support/testFrog.js';
import { TEST_TOKEN, withTestDatabase } from '../support/testServer.js';
import { byTestId, chooseFromSearch, graphql, searchParams, seriousAxeViolations, waitForGraph } from './explorerPage.js';
import { useExplorerApp } from './explorerApp.js';
import { entityCard, progressOf, relationCard, selectInArticle, shownProposals, signInAsCurator } from './intakePage.js';

const STORY_TITLE = 'De toegang tot de Wmo in Zutphen';
const ENGAGEMENT_NAME = 'Toegang Wmo en wijkteams Zutphen';
const PERIOD_SENTENCE = 'Het traject liep van 2022 tot 2023.';

/** A client story as bureaus publish them: a gemeente, the bureau, its consultant, the client's contact, themes. */
const STORY = `KLANT IN BEELD: ${STORY_TITLE}

Hoe is het voor een gemeente om met Hiemstra en De Vries samen te werken? We vroegen het aan Femke Jansen, beleidsadviseur sociaal domein bij de gemeente Zutphen. “We wilden de toegang tot de Wmo eenvoudiger maken en de wijkteams beter laten samenwerken.”

${PERIOD_SENTENCE} Bert van der Wal, adviseur bij Hiemstra & De Vries, sprak met inwoners, met de wijkteams en met de uitvoering van de gemeente.

“Bert keek niet alleen naar de processen, maar ook naar de mensen,” zegt Femke Jansen. “Daardoor is de samenwerking in de wijk echt veranderd.”
`;

/** Frog's first article after its start, and the suggestions' full-text searches, take a moment. */
const INTAKE = { timeout: 120_000 };
const SERVER_ANSWER = { timeout: 15_000 };

const frog = inject('frog');
const app = useExplorerApp({
  before: async () => {
    if (!frog.installed) throw new Error('The intake e2e test needs Frog: apt-get install frog frogdata');
    await waitForTestFrog(frog);
  },
  env: () => frogEnv(frog),
  // The source, its proposals and the accepted facts go: the files after this one see the fixture graph.
  after: () => withTestDatabase(loadFixtureGraph),
  afterTimeoutMs: 120_000,
});
const { openPage } = app;
/** The source the story became, from the first test on. */
let sourceId = '';

/** A review page, signed in (the token lives in one tab's sessionStorage, so every new page signs in). */
async function openReview(lang: 'nl' | 'en' = 'nl'): Promise<Page> {
  const page = await openPage(`/?intake=review&src=${sourceId}${lang === 'en' ? '&lang=en' : ''}`);
  await signInAsCurator(page, TEST_TOKEN);
  await byTestId(page, 'review-screen').waitFor();
  return page;
}

async function statusOf(page: Page, id: string): Promise<string | null> {
  return page.locator(`[data-testid="proposal"][data-proposal-id="${id}"]`).getAttribute('data-status');
}

async function selectedId(page: Page): Promise<string | null> {
  return page.locator('[data-testid="proposal"][aria-current="true"]').getAttribute('data-proposal-id');
}

async function focusedProposal(page: Page): Promise<string | null> {
  return page.evaluate(() => document.activeElement?.closest('[data-testid="proposal"]')?.getAttribute('data-proposal-id') ?? null);
}

describe('article intake', () => {
  it('asks a curator to sign in, refuses an empty form and a binary file in words, then takes in a pasted story while showing progress', async () => {
    const page = await openPage('/');
    await byTestId(page, 'nav-intake').click();
    await expect.poll(() => searchParams(page).get('intake')).toBe('queue');
    // No token yet: the screen asks for one, and the token never goes into the URL.
    await byTestId(page, 'curator-sign-in').waitFor();
    await signInAsCurator(page, TEST_TOKEN);
    expect(page.url()).not.toContain(TEST_TOKEN);
    expect(await page.evaluate(() => Object.values(sessionStorage))).toContain(TEST_TOKEN);
    expect(await page.evaluate(() => Object.values(localStorage).join(' '))).not.toContain(TEST_TOKEN);
    await expect.poll(() => byTestId(page, 'review-queue').textContent(), SERVER_ANSWER).toContain('Er wacht niets op beoordeling.');

    await byTestId(page, 'intake-nav-new').click();
    await byTestId(page, 'new-article').waitFor();
    await byTestId(page, 'intake-submit').click();
    const problems = byTestId(page, 'intake-problems');
    await problems.waitFor();
    expect(await problems.textContent()).toContain('Plak de tekst van het artikel, of kies een bestand.');
    expect(await problems.textContent()).toContain('Vul de titel van het artikel in.');
    expect(await byTestId(page, 'intake-title').getAttribute('aria-invalid')).toBe('true');

    // A photo named .txt is refused before anything is sent.
    await byTestId(page, 'intake-file').setInputFiles({ name: 'foto.txt', mimeType: 'text/plain', buffer: Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46]) });
    await expect.poll(() => problems.textContent()).toContain('Dit bestand bevat geen tekst');
    await page.getByRole('button', { name: 'Bestand weghalen' }).click();

    await byTestId(page, 'intake-text').fill(STORY);
    await byTestId(page, 'intake-title').fill(STORY_TITLE);
    await byTestId(page, 'intake-url').fill('https://www.example.nl/klant-in-beeld/zutphen');
    await byTestId(page, 'intake-date').fill('2023-11');
    await byTestId(page, 'intake-publisher').fill('Hiemstra & De Vries');
    await expect.poll(() => problems.count()).toBe(0);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshot(page, '40-intake-new-nl');

    await byTestId(page, 'intake-submit').click();
    // While Frog works: an indeterminate progress bar and what is happening.
    const working = byTestId(page, 'intake-working');
    await working.waitFor();
    expect(await working.locator('progress').getAttribute('value')).toBeNull();
    expect(await working.textContent()).toContain('Frog ontleedt de zinnen');
    await screenshot(page, '41-intake-working-nl');

    await byTestId(page, 'review-screen').waitFor(INTAKE);
    sourceId = (await byTestId(page, 'review-screen').getAttribute('data-source-id')) ?? '';
    expect(sourceId).toMatch(/^src-/);
    expect(searchParams(page).get('src')).toBe(sourceId);
    expect(await byTestId(page, 'review-announcement').textContent()).toMatch(/Ingelezen in [\d,]+ s: \d+ nieuwe voorstellen\./);

    // Entities first, then relationships; the gemeente, the bureau, both people, the engagement and the themes.
    const shown = await shownProposals(page);
    const kinds = shown.map((p) => p.kind);
    expect(kinds.indexOf('RELATION')).toBeGreaterThan(kinds.lastIndexOf('ENTITY'));
    const names = shown.filter((p) => p.kind === 'ENTITY').map((p) => p.name);
    expect(names).toEqual(expect.arrayContaining(['Zutphen', 'Hiemstra & De Vries', 'Femke Jansen', 'Bert van der Wal', STORY_TITLE, 'samenwerking']));
    expect(shown.every((p) => p.status === 'PENDING')).toBe(true);
    const progress = await progressOf(page);
    expect(progress).toMatchObject({ reviewed: 0, total: shown.length, text: `0 van ${shown.length} beoordeeld` });

    // Every mention is marked in the text, with a spoken label (type, name, status), not colour alone.
    const marks = byTestId(page, 'mention');
    expect(await marks.count()).toBeGreaterThanOrEqual(names.length);
    const femke = marks.filter({ hasText: 'Femke Jansen' }).first();
    expect(await femke.locator('.visually-hidden').textContent()).toContain('Persoon Femke Jansen, te beoordelen');
    expect(await femke.evaluate((m) => getComputedStyle(m).textDecorationLine)).toContain('underline');

    // The queue lists the story with its progress.
    await byTestId(page, 'intake-nav-queue').click();
    const item = page.locator(`[data-testid="queue-item"][data-source-id="${sourceId}"]`);
    await item.waitFor();
    expect(await item.textContent()).toContain(`0 van ${shown.length} beoordeeld`);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await item.locator('button').click();
    await byTestId(page, 'review-screen').waitFor();
    await page.close();
  }, 180_000);

  it('reviews with the keyboard and the mouse: accept, edit with a quote chosen in the text, link to a suggestion, reject, and accept the rest after a confirmation', async () => {
    const page = await openReview();
    const shown = await shownProposals(page);
    const idOf = (name: string) => shown.find((p) => p.kind === 'ENTITY' && p.name === name)!.id;
    const total = shown.length;

    // The review opens on the first pending proposal, its sentence framed in the article.
    await expect.poll(() => selectedId(page)).toBe(shown[0]!.id);
    expect(await byTestId(page, 'article-quote').textContent()).toContain('We vroegen het aan Femke Jansen');
    expect(await byTestId(page, 'review-shortcuts').textContent()).toMatch(/j\s*volgende.*k\s*vorige.*a\s*accepteren.*r\s*afwijzen.*e\s*bewerken/);
    expect(await seriousAxeViolations(page)).toEqual([]);

    // j and k move the selection (and the focus); a accepts the gemeente, and the review moves on.
    await entityCard(page, 'Zutphen').locator('.proposal-quote').click();
    await expect.poll(() => selectedId(page)).toBe(idOf('Zutphen'));
    await page.keyboard.press('j');
    await expect.poll(() => selectedId(page)).not.toBe(idOf('Zutphen'));
    await expect.poll(() => focusedProposal(page)).toBe(await selectedId(page));
    await page.keyboard.press('k');
    await expect.poll(() => selectedId(page)).toBe(idOf('Zutphen'));
    await page.keyboard.press('a');
    await expect.poll(() => statusOf(page, idOf('Zutphen')), SERVER_ANSWER).toBe('ACCEPTED');
    expect(await byTestId(page, 'review-announcement').textContent()).toBe('Geaccepteerd: Zutphen.');
    expect((await progressOf(page)).text).toBe(`1 van ${total} beoordeeld`);
    await expect.poll(() => selectedId(page)).not.toBe(idOf('Zutphen'));
    expect(await entityCard(page, 'Zutphen').getByTestId('open-in-graph').getAttribute('data-entity-id')).toBe('gemeente-zutphen');

    // e edits the engagement: letters typed in a field are text, not shortcuts.
    const engagement = idOf(STORY_TITLE);
    const engagementCard = page.locator(`[data-testid="proposal"][data-proposal-id="${engagement}"]`);
    await engagementCard.locator('.proposal-quote').click();
    await page.keyboard.press('e');
    const editor = engagementCard.getByTestId('proposal-editor');
    await editor.waitFor();
    await editor.getByTestId('edit-name').fill('');
    await editor.getByTestId('edit-name').pressSequentially(ENGAGEMENT_NAME);
    expect(await editor.isVisible()).toBe(true);
    expect(await statusOf(page, engagement)).toBe('PENDING');
    expect((await progressOf(page)).reviewed).toBe(1);
    // The quote: a sentence selected in the article, taken over with one button.
    await selectInArticle(page, PERIOD_SENTENCE);
    await editor.getByTestId('edit-use-selection').click();
    expect(await editor.getByTestId('edit-quote').inputValue()).toBe(PERIOD_SENTENCE);
    await screenshot(page, '43-intake-edit-nl');
    await editor.getByTestId('edit-save').click();
    await expect.poll(() => statusOf(page, engagement), SERVER_ANSWER).toBe('EDITED');
    expect(await engagementCard.getByTestId('proposal-name').textContent()).toBe(ENGAGEMENT_NAME);
    expect(await engagementCard.getByTestId('proposal-quote').textContent()).toContain(PERIOD_SENTENCE);

    // "Is dit Bertram van der Wal?": the short name in the story is linked to the person in the graph.
    const bert = entityCard(page, 'Bert van der Wal');
    const suggestion = bert.locator('[data-testid="suggestion"][data-entity-id="person-bertram-van-der-wal"]');
    expect(await suggestion.textContent()).toContain('Is dit Bertram van der Wal?');
    await suggestion.getByTestId('suggestion-link').click();
    await expect.poll(() => bert.getAttribute('data-status'), SERVER_ANSWER).not.toBe('PENDING');
    expect(await bert.getByTestId('open-in-graph').getAttribute('data-entity-id')).toBe('person-bertram-van-der-wal');

    // r rejects "samenwerking" as a theme; its relationship goes with it.
    await entityCard(page, 'samenwerking').locator('.proposal-quote').click();
    await page.keyboard.press('r');
    await expect.poll(() => statusOf(page, idOf('samenwerking')), SERVER_ANSWER).toBe('REJECTED');
    await expect.poll(() => relationCard(page, 'gaat over', 'samenwerking').getAttribute('data-status')).toBe('REJECTED');
    expect(await byTestId(page, 'review-announcement').textContent()).toContain('Afgewezen: samenwerking. Mee beslist:');
    const afterFour = await progressOf(page);
    expect(afterFour.reviewed).toBeGreaterThanOrEqual(5);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshot(page, '44-intake-review-nl');
    // The same review in English: the words change, the decisions stay.
    await byTestId(page, 'language-switch').click();
    await expect.poll(() => byTestId(page, 'review-shortcuts').textContent()).toContain('accept');
    expect(await byTestId(page, 'review-progress').textContent()).toContain(`${afterFour.reviewed} of ${total} reviewed`);
    expect(await entityCard(page, 'samenwerking').getByTestId('proposal-status').textContent()).toBe('rejected');
    expect(await byTestId(page, 'review-announcement').textContent()).toContain('Rejected: samenwerking. Decided along with it:');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshot(page, '44-intake-review-en');
    await byTestId(page, 'language-switch').click();
    await expect.poll(() => byTestId(page, 'review-shortcuts').textContent()).toContain('accepteren');

    // Accepting the rest is one deliberate action: a modal dialog, Escape cancels, the focus stays inside.
    const pendingBefore = (await shownProposals(page)).filter((p) => p.status === 'PENDING').length;
    expect(await byTestId(page, 'accept-remaining').textContent()).toBe(`Alle overige accepteren (${pendingBefore})…`);
    await byTestId(page, 'accept-remaining').click();
    const dialog = byTestId(page, 'confirm-accept-remaining');
    await expect.poll(() => dialog.evaluate((d) => (d as HTMLDialogElement).open && d.matches(':modal'))).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('confirm-accept-remaining-cancel');
    // The page behind is inert: Tab goes round the dialog's buttons (and the browser's own controls), never to the page.
    for (let i = 0; i < 5; i++) {
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement === document.body || Boolean(document.activeElement?.closest('dialog')))).toBe(true);
    }
    await page.keyboard.press('a'); // no shortcut behind a dialog
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshot(page, '45-intake-confirm-nl');
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.evaluate((d) => (d as HTMLDialogElement).open)).toBe(false);
    expect((await shownProposals(page)).filter((p) => p.status === 'PENDING')).toHaveLength(pendingBefore);
    await byTestId(page, 'accept-remaining').click();
    await byTestId(page, 'confirm-accept-remaining-confirm').click();
    await expect.poll(async () => (await shownProposals(page)).filter((p) => p.status === 'PENDING').length, SERVER_ANSWER).toBe(0);
    expect(await progressOf(page)).toMatchObject({ reviewed: total, total, text: `${total} van ${total} beoordeeld` });
    expect(await byTestId(page, 'accept-remaining').isDisabled()).toBe(true);
    expect(await statusOf(page, idOf('samenwerking'))).toBe('REJECTED');
    await screenshot(page, '46-intake-reviewed-nl');
    await page.close();
  }, 120_000);

  it('puts the accepted facts in the graph with their quotes, and not the rejected one', async () => {
    const page = await openReview();
    const engagementCard = page.locator('[data-testid="proposal"][data-kind="ENTITY"]', { hasText: ENGAGEMENT_NAME });
    const engagementId = await engagementCard.getByTestId('open-in-graph').getAttribute('data-entity-id');
    await engagementCard.getByTestId('open-in-graph').click();
    await byTestId(page, 'graph-canvas').waitFor();
    expect(searchParams(page).get('intake')).toBeNull();
    expect(searchParams(page).get('sel')).toBe(engagementId);
    await waitForGraph(page, 2);
    await expect.poll(() => byTestId(page, 'panel-title').textContent(), SERVER_ANSWER).toBe(ENGAGEMENT_NAME);
    const panel = byTestId(page, 'detail-panel');
    await expect.poll(async () => (await panel.getByTestId('quote-item').allTextContents()).join(' ')).toContain(PERIOD_SENTENCE);
    const relations = (await panel.getByTestId('relation-item').allTextContents()).join(' | ');
    for (const name of ['Hiemstra & De Vries', 'Zutphen', 'Femke Jansen', 'Bertram van der Wal', 'Wmo 2015']) expect(relations).toContain(name);
    expect(relations).not.toContain('samenwerking');
    await screenshot(page, '47-intake-in-graph-nl');

    // The new person, with the article's sentence as her evidence.
    await chooseFromSearch(page, 'search', 'Femke Jansen');
    await expect.poll(() => byTestId(page, 'panel-title').textContent(), SERVER_ANSWER).toBe('Femke Jansen');
    await expect
      .poll(async () => (await panel.getByTestId('quote-item').allTextContents()).join(' '))
      .toContain('We vroegen het aan Femke Jansen, beleidsadviseur sociaal domein bij de gemeente Zutphen.');

    // The linked consultant keeps his name and gains this article as a source.
    await chooseFromSearch(page, 'search', 'Bertram van der Wal');
    await expect.poll(() => byTestId(page, 'panel-title').textContent(), SERVER_ANSWER).toBe('Bertram van der Wal');
    await expect.poll(async () => (await panel.getByTestId('quote-item').allTextContents()).join(' ')).toContain('Bert van der Wal, adviseur bij Hiemstra & De Vries');

    // The rejected theme is not the engagement's: the graph says so too.
    const data = await graphql<{ engagement: { themes: { id: string; name: string }[] } }>(page, 'query($id: ID!){ engagement(id: $id){ themes { id name } } }', { id: engagementId });
    expect(data.engagement.themes.map((x) => x.name)).not.toContain('samenwerking');
    expect(data.engagement.themes.length).toBeGreaterThan(0);
    await page.close();
  }, 120_000);

  it('shows both screens in English, with no serious or critical axe violations', async () => {
    const page = await openPage('/?intake=new&lang=en');
    await signInAsCurator(page, TEST_TOKEN);
    expect(await byTestId(page, 'new-article').textContent()).toContain('Take in article');
    await byTestId(page, 'intake-text').fill(STORY);
    await byTestId(page, 'intake-submit').click();
    await byTestId(page, 'intake-problems').waitFor();
    expect(await byTestId(page, 'intake-problems').textContent()).toContain('Enter the article’s title.');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshot(page, '48-intake-new-en');

    await page.goto(`${app.url}/?intake=review&src=${sourceId}&lang=en`);
    await byTestId(page, 'review-screen').waitFor();
    expect(await byTestId(page, 'review-progress').textContent()).toMatch(/(\d+) of \1 reviewed/);
    expect(await byTestId(page, 'review-shortcuts').textContent()).toContain('accept');
    expect(await page.locator('[data-testid="proposal-status"]').allTextContents()).toContain('rejected');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshot(page, '49-intake-reviewed-en');

    await byTestId(page, 'intake-nav-queue').click();
    await byTestId(page, 'queue-all').check();
    await page.locator(`[data-testid="queue-item"][data-source-id="${sourceId}"]`).waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.close();
  }, 120_000);
});

describe('article intake when Frog’s port is taken by another program', () => {
  const squatter = net.createServer((socket) => socket.destroy());
  let port = 0;
  const taken = useExplorerApp({
    before: async () => {
      port = await freePort();
      await new Promise<void>((resolve) => squatter.listen(port, '127.0.0.1', resolve));
    },
    env: () => ({ FROG_PORT: String(port), FROG_HOME: path.join(REPO_ROOT, '.frog', 'test', `taken-e2e-${process.pid}`) }),
    after: () => new Promise((resolve) => squatter.close(resolve)),
  });

  it('says in Dutch that Frog’s port is taken and which setting changes it, not that Frog must be installed', async () => {
    const page = await taken.openPage('/?intake=new');
    await signInAsCurator(page, TEST_TOKEN);
    await byTestId(page, 'new-article').waitFor();
    await byTestId(page, 'intake-text').fill(STORY);
    await byTestId(page, 'intake-title').fill('Poort bezet');
    await byTestId(page, 'intake-submit').click();
    const error = byTestId(page, 'intake-error');
    await error.waitFor(SERVER_ANSWER);
    expect(await error.getAttribute('data-reason')).toBe('NLP_PORT_IN_USE');
    const text = (await error.textContent()) ?? '';
    expect(text).toContain(`poort ${port}`);
    expect(text).toContain('FROG_PORT');
    expect(text).toContain('bezet door een ander programma');
    expect(text).not.toMatch(/installeren|install|in use/i);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshot(page, '46-intake-frog-port-taken-nl');
    await page.close();
  }, 120_000);
});
