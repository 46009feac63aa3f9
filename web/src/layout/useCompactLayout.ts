import { useSyncExternalStore } from 'react';

/**
 * Phones and narrow windows (below 900 px, the breakpoint of the CSS in layout/ and App.css): the
 * graph or the chosen view first, the sidebar and the details in drawers.
 */
const COMPACT_QUERY = '(max-width: 899.98px)';

function subscribe(onChange: () => void): () => void {
  const query = window.matchMedia(COMPACT_QUERY);
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
}

export function useCompactLayout(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => window.matchMedia(COMPACT_QUERY).matches,
    () => false,
  );
}
