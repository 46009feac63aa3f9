import { useEffect, useMemo, useRef } from 'react';
import type { EntityRef } from '../api/fragments';
import type { RelationLike, VisibleGraph } from '../graph/knownGraph';
import type { LayoutName } from './appState';
import type { StateUpdate, UpdateOptions } from './useAppState';
import * as actions from './viewActions';

/** Everything a view can ask the explorer to do; the canvas and the panels each take the part they use. */
export interface ExplorerActions {
  /** A fresh map of this entity and its neighbourhood (search, examples). */
  start: (e: EntityRef) => void;
  /** Select a node or relation id that is on the map, or clear the selection. */
  select: (id: string | null) => void;
  /** Select an entity, adding it to the map if needed. */
  selectEntity: (e: EntityRef) => void;
  /** Select a relationship, adding both ends and the edge to the map. */
  selectRelation: (r: RelationLike) => void;
  /** Open an entity in the graph: expand and select it. */
  open: (e: EntityRef) => void;
  /** A gemeente chosen on the map: opened in the graph and the subject of comparable gemeenten. */
  chooseOnMap: (e: EntityRef) => void;
  /** Switch to the map (which highlights the comparable gemeenten of the subject). */
  showOnMap: () => void;
  expand: (id: string) => void;
  collapse: (id: string) => void;
  hide: (id: string) => void;
  clear: () => void;
  /** Open the paths view from this entity. */
  pathFrom: (id: string) => void;
  /** Open comparable gemeenten for this client. */
  comparable: (id: string) => void;
  pinNodes: (ids: string[]) => void;
  showInterlock: (ends: string[], ids: string[]) => void;
  setLayout: (layout: LayoutName) => void;
  toggleTable: () => void;
}

const PUSH: UpdateOptions = { push: true };

/**
 * The actions bound to the URL state and the graph data. Navigation (choosing, expanding, collapsing,
 * hiding, switching view) adds a history entry so the back button undoes it.
 */
export function useExplorerActions(
  update: (u: StateUpdate, o?: UpdateOptions) => void,
  addRelations: (relations: readonly RelationLike[], nodes?: readonly EntityRef[]) => void,
  graph: VisibleGraph,
): ExplorerActions {
  // Read when an entity is selected; kept out of the memo so the actions keep their identity while
  // the map changes (views pass them to effects).
  const visible = useRef<ReadonlySet<string>>(new Set());
  useEffect(() => {
    visible.current = new Set(graph.nodes.map((n) => n.id));
  }, [graph]);

  return useMemo(
    () => ({
      start: (e) => {
        addRelations([], [e]);
        update(actions.startAt(e.id), PUSH);
      },
      select: (id) => update({ sel: id }),
      selectEntity: (e) => {
        addRelations([], [e]);
        update((s) => actions.selectEntity(s, e.id, visible.current), PUSH);
      },
      selectRelation: (r) => {
        addRelations([r]);
        update((s) => actions.selectRelation(s, r), PUSH);
      },
      open: (e) => {
        addRelations([], [e]);
        update((s) => actions.openNode(s, e.id), PUSH);
      },
      chooseOnMap: (e) => {
        addRelations([], [e]);
        update((s) => actions.chooseOnMap(s, e.id), PUSH);
      },
      showOnMap: () => update({ view: 'map' }, PUSH),
      expand: (id) => update((s) => actions.expandNode(s, id), PUSH),
      collapse: (id) => update((s) => actions.collapseNode(s, id), PUSH),
      hide: (id) => update((s) => actions.hideNode(s, id), PUSH),
      clear: () => update(actions.clearGraph(), PUSH),
      pathFrom: (id) => update({ view: 'paths', pathFrom: id, pathIndex: 0 }, PUSH),
      comparable: (id) => update({ view: 'comparable', cmp: id, cmpWith: null }, PUSH),
      pinNodes: (ids) => update((s) => actions.pinNodes(s, ids)),
      showInterlock: (ends, ids) => update((s) => actions.showInterlock(s, ends, ids)),
      setLayout: (layout) => update({ layout }),
      toggleTable: () => update((s) => ({ table: !s.table })),
    }),
    [update, addRelations],
  );
}
