import type { Filters } from '../../state/appState';
import type { EngagementFacet } from './filterQueries';

/** True when some filter on engagements (theme, period, consultancy) is set. */
export function hasEngagementFilter(f: Filters): boolean {
  return f.themes.length > 0 || f.from !== null || f.to !== null || f.consultancies.length > 0;
}

/**
 * Whether an engagement passes the filters, with the same rules as the server's `engagements(filter)`:
 * any of the themes (narrower included, via `themes`), any of the bureaus, and a start year in range
 * (an engagement without a year fails a period filter).
 */
export function matchEngagement(e: EngagementFacet, f: Filters, themes: ReadonlySet<string>): boolean {
  if (f.themes.length > 0 && !e.themes.some((t) => themes.has(t.id))) return false;
  if (f.consultancies.length > 0 && !e.consultancies.some((c) => f.consultancies.includes(c.id))) return false;
  if (f.from !== null || f.to !== null) {
    if (e.startYear === null) return false;
    if (f.from !== null && e.startYear < f.from) return false;
    if (f.to !== null && e.startYear > f.to) return false;
  }
  return true;
}
