import type { AppState } from '../../state/appState';
import type { StateUpdate, UpdateOptions } from '../../state/useAppState';

/**
 * A graph action taken while the start page is shown (a search in the header, a gemeente on its map,
 * an entry point) opens the explorer: a patch that puts something on the map or selects it, and says
 * no view of its own, lands in the filters view beside the graph. Pure, for the unit test.
 */
export function leavingOverview(s: AppState, patch: Partial<AppState>): Partial<AppState> {
  if (s.view !== 'overview' || 'view' in patch) return patch;
  const graphChange = 'exp' in patch || 'pin' in patch || (patch.sel !== undefined && patch.sel !== null);
  return graphChange ? { ...patch, view: 'filters' } : patch;
}

/** `update` for the explorer's actions, leaving the start page when an action changes the graph. */
export function leavingOverviewUpdate(update: (u: StateUpdate, o?: UpdateOptions) => void): (u: StateUpdate, o?: UpdateOptions) => void {
  return (u, o) => update((s) => leavingOverview(s, typeof u === 'function' ? u(s) : u), o);
}
