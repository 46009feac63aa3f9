/**
 * Steps and probes for article intake in Chromium: the curator's sign-in, the review's proposals
 * as the page shows them, and a selection in the article text.
 */
import type { Locator, Page } from 'playwright-core';
import { byTestId } from './explorerPage.js';

export interface ShownProposal {
  id: string;
  kind: string;
  status: string;
  name: string | null;
  text: string;
}

/** Signs in with a curator token, where the intake asks for one. */
export async function signInAsCurator(page: Page, token: string): Promise<void> {
  await byTestId(page, 'curator-token').fill(token);
  await byTestId(page, 'curator-submit').click();
  await byTestId(page, 'curator-signed-in').waitFor();
}

/** Every proposal card, in the order shown. */
export async function shownProposals(page: Page): Promise<ShownProposal[]> {
  return byTestId(page, 'proposal').evaluateAll((cards) =>
    cards.map((c) => ({
      id: c.getAttribute('data-proposal-id') ?? '',
      kind: c.getAttribute('data-kind') ?? '',
      status: c.getAttribute('data-status') ?? '',
      name: c.getAttribute('data-name'),
      text: c.querySelector('[data-testid="proposal-name"]')?.textContent ?? '',
    })),
  );
}

/** The card of the entity proposal with this name. */
export function entityCard(page: Page, name: string): Locator {
  return page.locator(`[data-testid="proposal"][data-kind="ENTITY"][data-name="${name}"]`);
}

/** The card of the relationship proposal whose ends and words read like this ("Femke Jansen werkt bij Zutphen"). */
export function relationCard(page: Page, ...texts: string[]): Locator {
  let card = page.locator('[data-testid="proposal"][data-kind="RELATION"]');
  for (const t of texts) card = card.filter({ has: page.locator('[data-testid="proposal-name"]', { hasText: t }) });
  return card;
}

/** Selects (as a mouse drag would) the first occurrence of `sentence` in the article text. */
export async function selectInArticle(page: Page, sentence: string): Promise<void> {
  const found = await page.evaluate((s) => {
    const root = document.querySelector('[data-testid="article-text"]');
    if (!root) return false;
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const at = n.textContent?.indexOf(s) ?? -1;
      if (at >= 0) {
        const range = document.createRange();
        range.setStart(n, at);
        range.setEnd(n, at + s.length);
        const sel = document.getSelection();
        sel?.removeAllRanges();
        sel?.addRange(range);
        return true;
      }
    }
    return false;
  }, sentence);
  if (!found) throw new Error(`"${sentence}" is not one text run of the article`);
}

export async function progressOf(page: Page): Promise<{ reviewed: number; total: number; text: string }> {
  const el = byTestId(page, 'review-progress');
  return {
    reviewed: Number(await el.getAttribute('data-reviewed')),
    total: Number(await el.getAttribute('data-total')),
    text: (await el.locator('.progress-count').textContent()) ?? '',
  };
}
