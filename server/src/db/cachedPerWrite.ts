/**
 * Derived data that changes only when the graph does (the stats, the sources, every gemeente's
 * comparable features, the neighbourhoods of busy nodes), computed once and shared by every
 * request until the graph changes: the
 * value is kept per Database and key, and computed again after a write through that Database (its
 * `writeVersion`), and at the latest after `maxAgeMs` for writes made elsewhere (another server
 * instance, `npm run import` or `synth`). Requests that arrive while it is being computed wait for
 * the same computation; a failed one is not kept.
 */
import type { Database } from './database.js';

/**
 * The query timeout of such a computation: it runs once for all requests (they wait for it), so
 * a busy machine must not turn it into an error for everyone — and a failed one is computed again
 * by the next request. Longer than a request's own QUERY_TIMEOUT_MS, still bounded.
 */
export const DERIVED_QUERY_TIMEOUT_MS = 120_000;

/** How old a cached value may get when the graph is changed by something other than this server. */
const CACHE_MAX_AGE_MS = 60_000;

interface Entry {
  version: number;
  at: number;
  value: Promise<unknown>;
}

const caches = new WeakMap<Database, Map<string, Entry>>();

/**
 * At most this many values per Database: the fixed keys (stats, sources, comparable features) and
 * the answers kept by `keep` (busy nodes' neighbourhoods). Beyond it the least recently used goes.
 */
const MAX_ENTRIES = 200;

/**
 * The value for `key`, computed by `load` when there is none that is still valid. `keep` decides
 * on the computed value whether it is worth keeping (default: always); requests that arrive while
 * it is computed share the computation either way.
 */
export function cachedPerWrite<T>(
  db: Database,
  key: string,
  load: () => Promise<T>,
  opts: { maxAgeMs?: number; keep?: (value: T) => boolean } = {},
): Promise<T> {
  let cache = caches.get(db);
  if (!cache) caches.set(db, (cache = new Map<string, Entry>()));
  const now = Date.now();
  const hit = cache.get(key);
  if (hit && hit.version === db.writeVersion && now - hit.at < (opts.maxAgeMs ?? CACHE_MAX_AGE_MS)) {
    // Most recently used last: the first entry is the one to evict.
    cache.delete(key);
    cache.set(key, hit);
    return hit.value as Promise<T>;
  }
  const entry = { version: db.writeVersion, at: now, value: load() };
  cache.delete(key);
  cache.set(key, entry);
  if (cache.size > MAX_ENTRIES) cache.delete(cache.keys().next().value!);
  const drop = () => {
    if (cache.get(key) === entry) cache.delete(key);
  };
  entry.value.then((v) => {
    if (opts.keep && !opts.keep(v)) drop();
  }, drop);
  return entry.value;
}
