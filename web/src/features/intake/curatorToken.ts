/**
 * The curator's API token: kept in this tab's sessionStorage only (gone when the tab closes, never
 * in localStorage, a cookie or the URL), and sent as `Authorization: Bearer …` on the intake
 * queries and mutations — nowhere else.
 */
import { useSyncExternalStore } from 'react';

const KEY = 'kennisgraaf.curatorToken';
const listeners = new Set<() => void>();

function read(): string | null {
  try {
    return window.sessionStorage.getItem(KEY);
  } catch {
    return null; // storage switched off: the curator signs in again per page
  }
}

export function setCuratorToken(token: string | null): void {
  try {
    if (token) window.sessionStorage.setItem(KEY, token);
    else window.sessionStorage.removeItem(KEY);
  } catch {
    // nothing to keep it in; the header is then not sent
  }
  for (const l of listeners) l();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The token, or null when the curator has not signed in in this tab. */
export function useCuratorToken(): string | null {
  return useSyncExternalStore(subscribe, read, () => null);
}

export function bearer(token: string): Record<string, string> {
  return { authorization: `Bearer ${token}` };
}
