import type { AppState } from './appState';

/**
 * What each graph action does to the URL state, as pure functions: the explorer's behaviour in one
 * place, testable without a browser. Each returns the fields that change.
 */
export type Patch = Partial<AppState>;

const addIds = (list: readonly string[], ...ids: string[]): string[] => [...list, ...ids.filter((id) => !list.includes(id))];
const removeIds = (list: readonly string[], ...ids: string[]): string[] => list.filter((id) => !ids.includes(id));

/** A search result or example: a fresh map of that entity and its neighbourhood. */
export function startAt(id: string): Patch {
  return { exp: [id], pin: [], hide: [], sel: id, cmpWith: null, pathIndex: 0 };
}

/** Merge a node's neighbourhood into the map (and select it if nothing is selected). */
export function expandNode(s: AppState, id: string): Patch {
  return { exp: addIds(s.exp, id), hide: removeIds(s.hide, id), sel: s.sel ?? id };
}

/** Open an entity in the graph: its neighbourhood joins the map and it is selected (map view, comparable cards). */
export function openNode(s: AppState, id: string): Patch {
  return { exp: addIds(s.exp, id), hide: removeIds(s.hide, id), sel: id };
}

/**
 * A gemeente chosen on the map: it opens in the graph and becomes the subject whose comparable
 * gemeenten the map highlights.
 */
export function chooseOnMap(s: AppState, id: string): Patch {
  return { ...openNode(s, id), cmp: id, cmpWith: null };
}

/** Drop the neighbours a node brought in; the node itself stays. */
export function collapseNode(s: AppState, id: string): Patch {
  return { exp: removeIds(s.exp, id), pin: addIds(s.pin, id) };
}

/** Take a node off the map, also when it is a neighbour of an expanded node. */
export function hideNode(s: AppState, id: string): Patch {
  return { exp: removeIds(s.exp, id), pin: removeIds(s.pin, id), hide: addIds(s.hide, id), sel: s.sel === id ? null : s.sel };
}

/** Select an entity, adding it to the map when it is not there yet. */
export function selectEntity(s: AppState, id: string, visible: ReadonlySet<string>): Patch {
  return { sel: id, pin: s.exp.includes(id) || visible.has(id) ? s.pin : addIds(s.pin, id), hide: removeIds(s.hide, id) };
}

/** Select a relationship: both its ends join the map so the edge can be drawn. */
export function selectRelation(s: AppState, r: { id: string; from: { id: string }; to: { id: string } }): Patch {
  return { sel: r.id, pin: addIds(s.pin, r.from.id, r.to.id), hide: removeIds(s.hide, r.from.id, r.to.id) };
}

/** Nodes of a path or an interlock join the map as pinned nodes, so a shared link restores them. */
export function pinNodes(s: AppState, ids: string[]): Patch {
  return { pin: addIds(s.pin, ...ids.filter((id) => !s.exp.includes(id))), hide: removeIds(s.hide, ...ids) };
}

/**
 * An interlock: both ends are expanded, so the engagements that link them to what they share are
 * drawn too; the shared entities are pinned.
 */
export function showInterlock(s: AppState, ends: string[], ids: string[]): Patch {
  return {
    exp: addIds(s.exp, ...ends),
    pin: addIds(s.pin, ...ids.filter((id) => !s.exp.includes(id) && !ends.includes(id))),
    hide: removeIds(s.hide, ...ids),
  };
}

export function clearGraph(): Patch {
  return { exp: [], pin: [], hide: [], sel: null, cmpWith: null };
}
