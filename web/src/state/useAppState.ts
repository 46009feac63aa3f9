import { useCallback, useEffect, useRef, useState } from 'react';
import { parseAppState, serializeAppState, type AppState } from './appState';

export type StateUpdate = Partial<AppState> | ((s: AppState) => Partial<AppState>);

export interface UpdateOptions {
  /** Add a history entry (for navigation the back button should undo); otherwise replace. */
  push?: boolean;
}

/** The app state, kept in the URL: reload or a shared link restores it; back and forward move through it. */
export function useAppState(): [AppState, (update: StateUpdate, options?: UpdateOptions) => void] {
  const [state, setState] = useState<AppState>(() => parseAppState(window.location.search));
  // What `update` builds on: the last state it wrote, or the one history navigation restored.
  const stateRef = useRef(state);
  useEffect(() => {
    stateRef.current = state;
  }, [state]);

  useEffect(() => {
    const onPop = () => setState(parseAppState(window.location.search));
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);

  const update = useCallback((u: StateUpdate, options: UpdateOptions = {}) => {
    const prev = stateRef.current;
    const next = { ...prev, ...(typeof u === 'function' ? u(prev) : u) };
    stateRef.current = next;
    const search = serializeAppState(next);
    if (search !== window.location.search) {
      const url = `${window.location.pathname}${search}${window.location.hash}`;
      if (options.push) window.history.pushState(null, '', url);
      else window.history.replaceState(null, '', url);
    }
    setState(next);
  }, []);

  return [state, update];
}
