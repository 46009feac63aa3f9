import { useCallback, useMemo } from 'react';
import type { EntityRef, Relation } from '../api/types';
import type { VisibleGraph } from '../graph/knownGraph';
import type { GraphData } from '../graph/useGraphData';
import type { StateUpdate, UpdateOptions } from './useAppState';
import * as actions from './viewActions';

const PUSH: UpdateOptions = { push: true };

/**
 * The graph actions bound to the URL state and the graph data. Navigation (choosing, expanding,
 * collapsing, hiding, switching view) adds a history entry so the back button undoes it.
 */
export function useExplorerActions(
  update: (u: StateUpdate, o?: UpdateOptions) => void,
  addRelations: GraphData['addRelations'],
  graph: VisibleGraph,
) {
  const visible = useMemo(() => new Set(graph.nodes.map((n) => n.id)), [graph]);
  const start = useCallback(
    (e: EntityRef) => {
      addRelations([], [e]);
      update(actions.startAt(e.id), PUSH);
    },
    [update, addRelations],
  );
  const selectEntity = useCallback(
    (e: EntityRef) => {
      addRelations([], [e]);
      update((s) => actions.selectEntity(s, e.id, visible), PUSH);
    },
    [update, addRelations, visible],
  );
  const selectRelation = useCallback(
    (r: Relation) => {
      addRelations([r]);
      update((s) => actions.selectRelation(s, r), PUSH);
    },
    [update, addRelations],
  );
  const select = useCallback((id: string | null) => update({ sel: id }), [update]);
  const expand = useCallback((id: string) => update((s) => actions.expandNode(s, id), PUSH), [update]);
  const collapse = useCallback((id: string) => update((s) => actions.collapseNode(s, id), PUSH), [update]);
  const hide = useCallback((id: string) => update((s) => actions.hideNode(s, id), PUSH), [update]);
  const clear = useCallback(() => update(actions.clearGraph(), PUSH), [update]);
  const pathFrom = useCallback((id: string) => update({ view: 'paths', pathFrom: id, pathIndex: 0 }, PUSH), [update]);
  const comparable = useCallback((id: string) => update({ view: 'comparable', cmp: id, cmpWith: null }, PUSH), [update]);
  const pinNodes = useCallback((ids: string[]) => update((s) => actions.pinNodes(s, ids)), [update]);
  const showInterlock = useCallback((ends: string[], ids: string[]) => update((s) => actions.showInterlock(s, ends, ids)), [update]);
  return { start, selectEntity, selectRelation, select, expand, collapse, hide, clear, pathFrom, comparable, pinNodes, showInterlock };
}

export type ExplorerActions = ReturnType<typeof useExplorerActions>;
