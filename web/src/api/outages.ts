import { useQueryClient, type Query, type QueryClient } from '@tanstack/react-query';
import { useSyncExternalStore } from 'react';
import type { ApiErrorCode } from './ApiError';

/**
 * Outages are read from the query cache: every query a view is showing that failed because the
 * service is down. A query that later succeeds is no longer one, so the banner clears itself.
 */
function isOutage(query: Query): boolean {
  return query.state.status === 'error' && query.state.error?.isOutage === true;
}

/** The most telling code first: the database message is the most specific, a network failure next. */
const PRIORITY: readonly ApiErrorCode[] = ['DB_UNAVAILABLE', 'NETWORK', 'HTTP', 'UNKNOWN'];

export interface Outage {
  code: ApiErrorCode;
  /** A retry of the failed requests is running. */
  retrying: boolean;
}

function outageOf(client: QueryClient): string {
  const failed = client.getQueryCache().findAll({ type: 'active', predicate: isOutage });
  if (failed.length === 0) return '';
  const codes = new Set(failed.map((q) => q.state.error?.code));
  const code = PRIORITY.find((c) => codes.has(c)) ?? 'UNKNOWN';
  return `${code}|${failed.some((q) => q.state.fetchStatus === 'fetching') ? 'retrying' : ''}`;
}

/** The current outage, or null. */
export function useOutage(): Outage | null {
  const client = useQueryClient();
  // A string snapshot: equal while nothing relevant changed, however often the cache notifies.
  const snapshot = useSyncExternalStore(
    (onChange) => client.getQueryCache().subscribe(onChange),
    () => outageOf(client),
  );
  if (!snapshot) return null;
  const [code, retrying] = snapshot.split('|');
  return { code: code as ApiErrorCode, retrying: retrying === 'retrying' };
}

/** Re-runs every request that failed because the service was down (the banner's one retry for all). */
export function retryAllOutages(client: QueryClient): void {
  void client.refetchQueries({ type: 'active', predicate: isOutage });
}
