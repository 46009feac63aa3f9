import type { ApiError } from './ApiError';

/**
 * Failed requests that mean the service is down. The error banner shows them and its retry button
 * re-runs every one of them; a request that later succeeds removes itself.
 */
export interface Outage {
  error: ApiError;
  retry: () => void;
}

type Listener = (outages: Outage[]) => void;

const outages = new Map<string, Outage>();
const listeners = new Set<Listener>();

function emit(): void {
  const list = [...outages.values()];
  for (const l of listeners) l(list);
}

export function reportOutage(key: string, outage: Outage): void {
  outages.set(key, outage);
  emit();
}

export function clearOutage(key: string): void {
  if (outages.delete(key)) emit();
}

export function retryAllOutages(): void {
  const list = [...outages.values()];
  outages.clear();
  emit();
  for (const o of list) o.retry();
}

export function subscribeToOutages(listener: Listener): () => void {
  listeners.add(listener);
  listener([...outages.values()]);
  return () => listeners.delete(listener);
}
