/**
 * The newest sources of some kinds (the start page's recent articles), from the cache of all sources
 * (entities.ts `cachedSources`, kept until a write): at most one query, none while the cache holds.
 */
import type { Database } from './database.js';
import { cachedSources, type SourceRecord } from './entities.js';

export interface RecentSources {
  totalCount: number;
  sources: SourceRecord[];
}

/** Newest first by the (partial ISO) date, which sorts as text ("2021" and "2021-03" after "2020-11-03"); undated last; then by title. */
function newestFirst(a: SourceRecord, b: SourceRecord): number {
  const da = typeof a.date === 'string' ? a.date : null;
  const db = typeof b.date === 'string' ? b.date : null;
  if (da !== db) {
    if (da === null) return 1;
    if (db === null) return -1;
    return da < db ? 1 : -1;
  }
  return a.title.localeCompare(b.title, 'nl') || a.id.localeCompare(b.id);
}

export async function recentSources(db: Database, kinds: readonly string[], first: number): Promise<RecentSources> {
  const wanted = new Set(kinds);
  const matching = [...(await cachedSources(db)).values()].filter((s) => wanted.has(s.kind));
  return { totalCount: matching.length, sources: matching.sort(newestFirst).slice(0, first) };
}
