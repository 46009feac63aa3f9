import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { ApiError, isAbort } from '../api/ApiError';
import { graphqlRequest } from '../api/graphqlRequest';
import { clearOutage, reportOutage } from '../api/outages';
import type { EntityRef, Graph, Relation } from '../api/types';
import { NEIGHBORHOOD_LIMIT, VIEW_GRAPH_QUERY } from './graphQueries';
import { EMPTY_KNOWN, mergeGraph, mergeRelations, type KnownGraph } from './knownGraph';

interface ViewGraphData {
  neighborhood?: Graph;
  nodes?: (EntityRef & { relations: Relation[] })[];
}

export interface GraphData {
  known: KnownGraph;
  loading: boolean;
  /** Some expanded or pinned node has not been loaded yet (a request is due, running or failed). */
  pending: boolean;
  error: ApiError | undefined;
  /** True when a neighbourhood was cut by the limit. */
  truncated: boolean;
  /** Ids asked for that the server does not know (deleted or merged entities in an old link). */
  missing: string[];
  retry: () => void;
  /** Adds facts learned elsewhere (a path's steps) without a request. */
  addRelations: (relations: Pick<Relation, 'id' | 'type' | 'from' | 'to' | 'role' | 'title'>[], nodes?: EntityRef[]) => void;
}

/** Loads what the expanded and pinned nodes need, once per node, in one request per change. */
export function useGraphData(exp: readonly string[], pin: readonly string[]): GraphData {
  const [known, setKnown] = useState<KnownGraph>(EMPTY_KNOWN);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<ApiError>();
  const [truncated, setTruncated] = useState(false);
  const [missing, setMissing] = useState<string[]>([]);
  const [attempt, setAttempt] = useState(0);
  const fetchedExpand = useRef(new Set<string>());
  const fetchedPin = useRef(new Set<string>());
  const outageKey = useId();
  const retry = useCallback(() => setAttempt((a) => a + 1), []);

  const expKey = exp.join(',');
  const pinKey = pin.join(',');

  useEffect(() => {
    const expand = exp.filter((id) => !fetchedExpand.current.has(id));
    const pinned = pin.filter((id) => !fetchedPin.current.has(id) && !expand.includes(id));
    if (expand.length === 0 && pinned.length === 0) return undefined;
    const controller = new AbortController();
    const variables = {
      expand,
      pin: pinned,
      withExpand: expand.length > 0,
      withPin: pinned.length > 0,
      limit: NEIGHBORHOOD_LIMIT,
    };
    setLoading(true);
    setError(undefined);
    graphqlRequest<ViewGraphData>(VIEW_GRAPH_QUERY, variables, { signal: controller.signal, label: 'graph' })
      .then((data) => {
        for (const id of expand) fetchedExpand.current.add(id);
        for (const id of pinned) fetchedPin.current.add(id);
        const returned = new Set<string>([
          ...(data.neighborhood?.nodes.map((n) => n.id) ?? []),
          ...(data.nodes?.map((n) => n.id) ?? []),
        ]);
        setMissing([...expand, ...pinned].filter((id) => !returned.has(id)));
        setKnown((k) => {
          let next = data.neighborhood ? mergeGraph(k, data.neighborhood) : k;
          for (const n of data.nodes ?? []) next = mergeRelations(next, n.relations, [n]);
          return next;
        });
        setTruncated(Boolean(data.neighborhood?.truncated));
        setLoading(false);
        clearOutage(outageKey);
      })
      .catch((e: unknown) => {
        if (isAbort(e) || controller.signal.aborted) return;
        const err = e instanceof ApiError ? e : new ApiError('UNKNOWN', String(e));
        if (err.isOutage) reportOutage(outageKey, { error: err, retry });
        setError(err);
        setLoading(false);
      });
    return () => {
      controller.abort();
      setLoading(false);
    };
    // expKey and pinKey stand for exp and pin, whose arrays are new on every render.
  }, [expKey, pinKey, attempt, outageKey, retry]);

  useEffect(() => () => clearOutage(outageKey), [outageKey]);

  const addRelations = useCallback<GraphData['addRelations']>((relations, nodes = []) => {
    setKnown((k) => mergeRelations(k, relations, nodes));
  }, []);

  const pending =
    exp.some((id) => !fetchedExpand.current.has(id)) ||
    pin.some((id) => !fetchedPin.current.has(id) && !fetchedExpand.current.has(id) && !exp.includes(id));
  return { known, loading, pending, error, truncated, missing, retry, addRelations };
}
