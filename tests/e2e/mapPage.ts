/**
 * Probes for the map view: waits on what it exposes for tests (data-state on the map, data-code,
 * data-count and the outline classes on its SVG paths), never on time.
 */
import type { Page } from 'playwright-core';

export interface MapGemeente {
  code: string;
  count: number | null;
  viaRegion: number | null;
  className: string;
  fill: string;
}

/** Waits until the map has drawn its gemeenten and their counts for the current filters. */
export async function waitForMap(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const el = document.querySelector<HTMLElement>('[data-testid="map-canvas"]');
    return el?.dataset.state === 'ready' && document.querySelectorAll('path.gemeente').length > 0;
  });
}

/** Every gemeente on the map with its count (as the page holds it) and the fill the browser computed. */
export async function mapGemeenten(page: Page): Promise<MapGemeente[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<SVGPathElement>('path.gemeente')].map((p) => ({
      code: p.dataset.code ?? '',
      count: p.dataset.count ? Number(p.dataset.count) : null,
      viaRegion: p.dataset.viaRegion ? Number(p.dataset.viaRegion) : null,
      className: p.getAttribute('class') ?? '',
      fill: getComputedStyle(p).fill,
    })),
  );
}

/** CBS codes outlined as comparable, with the rank on each marker, and the outlined subject(s). */
export async function mapHighlights(page: Page): Promise<{ comparable: Record<string, number>; subjects: string[] }> {
  return page.evaluate(() => {
    const comparable: Record<string, number> = {};
    for (const p of document.querySelectorAll<SVGPathElement>('path.map-comparable')) {
      const code = p.dataset.comparable ?? '';
      const marker = document.querySelector(`g.map-rank[data-rank-of="${code}"] text`);
      comparable[code] = Number(marker?.textContent ?? NaN);
    }
    return { comparable, subjects: [...document.querySelectorAll<SVGPathElement>('path.map-subject')].map((p) => p.dataset.subject ?? '') };
  });
}

/**
 * Page coordinates of a point where a real click lands on the gemeente itself (not a neighbour, not a
 * rank marker): the sampled point nearest the middle of its outline that the browser hit-tests to it.
 */
export async function pointInGemeente(page: Page, code: string): Promise<{ x: number; y: number }> {
  const point = await page.evaluate((c) => {
    const path = document.querySelector(`path.gemeente[data-code="${c}"]`);
    if (!path) return null;
    const box = path.getBoundingClientRect();
    const points: { x: number; y: number; d: number }[] = [];
    for (let i = 1; i < 12; i++) {
      for (let j = 1; j < 12; j++) {
        const x = box.left + (box.width * i) / 12;
        const y = box.top + (box.height * j) / 12;
        points.push({ x, y, d: Math.hypot(x - (box.left + box.width / 2), y - (box.top + box.height / 2)) });
      }
    }
    points.sort((a, b) => a.d - b.d);
    return points.find((p) => document.elementFromPoint(p.x, p.y) === path) ?? null;
  }, code);
  if (!point) throw new Error(`no clickable point inside gemeente ${code}`);
  return { x: point.x, y: point.y };
}
