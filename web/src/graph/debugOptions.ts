/**
 * Thresholds that tests and benchmarks lower through the page's URL (`?groupAbove=3`, `?groupPage=5`,
 * `?layoutWorkerAbove=5`); read once when the app loads. They are no part of the view's state, so a
 * shared link never carries them by accident.
 */
export function debugNumber(name: string, fallback: number): number {
  if (typeof window === 'undefined' || !window.location) return fallback;
  const raw = new URLSearchParams(window.location.search).get(name);
  const n = raw === null ? NaN : Number(raw);
  return Number.isInteger(n) && n >= 0 ? n : fallback;
}
