import { useQuery } from '@tanstack/react-query';
import { useCallback, useMemo, useState } from 'react';
import type { ApiError } from '../../api/ApiError';
import type { EntityRef } from '../../api/fragments';
import { graphql } from '../../api/generated';
import type { ViewGraphQuery } from '../../api/generated/graphql';
import { graphqlQuery, toRequest, type GraphQLRequest } from '../../api/queryClient';
import { EMPTY_KNOWN, mergeGraph, mergeRelations, type GraphEdge, type GraphNode, type KnownGraph, type RelationLike } from '../../graph/knownGraph';

/**
 * What the view needs and does not have yet, in one request: the neighbourhood of newly expanded
 * nodes, and pinned nodes with their relations (to connect them to what is already shown).
 */
const VIEW_GRAPH_QUERY = graphql(`
  query ViewGraph($expand: [ID!]!, $pin: [ID!]!, $withExpand: Boolean!, $withPin: Boolean!, $limit: Int!) {
    neighborhood(ids: $expand, depth: 1, limit: $limit) @include(if: $withExpand) {
      ...GraphFields
    }
    nodes(ids: $pin) @include(if: $withPin) {
      ...EntityRef
      relations {
        id
        type
        role
        title
        attributes { key value }
        from { ...EntityRef }
        to { ...EntityRef }
      }
    }
  }
`);

/** Neighbourhood size per request; the server refuses more than its configured maximum. */
const NEIGHBORHOOD_LIMIT = 150;
/** Ids per request, within the server's limits (50 start ids per neighbourhood, 100 ids per `nodes`). */
const MAX_EXPAND = 50;
const MAX_PIN = 100;

interface ViewRequest {
  expand: string[];
  pin: string[];
  withExpand: boolean;
  withPin: boolean;
  limit: number;
}

/** What the answers so far have taught: the graph, and which ids have been asked for. */
interface Loaded {
  known: KnownGraph;
  expanded: ReadonlySet<string>;
  pinned: ReadonlySet<string>;
  truncated: boolean;
  /** Ids asked for that the server does not know (deleted or merged entities in an old link). */
  unknown: ReadonlySet<string>;
  last: ViewRequest | null;
}

/** The key of the disabled query when nothing is due. */
const NO_REQUEST: ViewRequest = { expand: [], pin: [], withExpand: false, withPin: false, limit: NEIGHBORHOOD_LIMIT };

const NOTHING_LOADED: Loaded = { known: EMPTY_KNOWN, expanded: new Set(), pinned: new Set(), truncated: false, unknown: new Set(), last: null };

/** The next request: expanded nodes without their neighbourhood yet, pinned nodes without their relations yet. */
function nextRequest(exp: readonly string[], pin: readonly string[], loaded: Loaded): ViewRequest | null {
  const expand = exp.filter((id) => !loaded.expanded.has(id)).slice(0, MAX_EXPAND);
  const pinned = pin.filter((id) => !loaded.pinned.has(id) && !loaded.expanded.has(id) && !exp.includes(id)).slice(0, MAX_PIN);
  if (expand.length === 0 && pinned.length === 0) return null;
  return { expand, pin: pinned, withExpand: expand.length > 0, withPin: pinned.length > 0, limit: NEIGHBORHOOD_LIMIT };
}

function learn(loaded: Loaded, asked: ViewRequest, data: ViewGraphQuery): Loaded {
  let known = data.neighborhood ? mergeGraph(loaded.known, data.neighborhood) : loaded.known;
  for (const n of data.nodes ?? []) known = mergeRelations(known, n.relations, [n]);
  const returned = new Set([...(data.neighborhood?.nodes.map((n) => n.id) ?? []), ...(data.nodes?.map((n) => n.id) ?? [])]);
  const { expand, pin } = asked;
  return {
    known,
    expanded: new Set([...loaded.expanded, ...expand]),
    pinned: new Set([...loaded.pinned, ...pin]),
    truncated: data.neighborhood ? data.neighborhood.truncated : loaded.truncated,
    unknown: new Set([...loaded.unknown, ...[...expand, ...pin].filter((id) => !returned.has(id))]),
    last: asked,
  };
}

export interface GraphData {
  known: KnownGraph;
  loading: boolean;
  /** Some expanded or pinned node has not been loaded yet (a request is due, running or failed). */
  pending: boolean;
  error: ApiError | null;
  /** True when a neighbourhood was cut by the limit. */
  truncated: boolean;
  /** Ids in the view that the server does not know (merged or removed since the link was made). */
  missing: string[];
  retry: () => void;
  /** The last request for the map (for "Toon query"). */
  request: GraphQLRequest | null;
  /** Adds facts learned elsewhere (a path's steps, a selected relation) without a request. */
  addRelations: (relations: readonly RelationLike[], nodes?: readonly EntityRef[]) => void;
  /** Adds nodes and edges as a graph view gives them (a page of a group of neighbours). */
  addGraph: (graph: { nodes: readonly GraphNode[]; edges: readonly GraphEdge[] }) => void;
}

/** Loads what the expanded and pinned nodes need, once per node, in one request per change. */
export function useGraphData(exp: readonly string[], pin: readonly string[]): GraphData {
  const [loaded, setLoaded] = useState<Loaded>(NOTHING_LOADED);
  const asked = useMemo(() => nextRequest(exp, pin, loaded), [exp, pin, loaded]);
  const q = useQuery({
    ...graphqlQuery(VIEW_GRAPH_QUERY, asked ?? NO_REQUEST),
    enabled: asked !== null,
  });

  // Fold each new answer into what is known, once (React's pattern for state that follows a value).
  // Without placeholder data, `q.data` is the answer to `asked` or nothing.
  const [folded, setFolded] = useState<ViewGraphQuery | undefined>(undefined);
  if (asked && q.data && q.data !== folded) {
    const answer = q.data;
    setFolded(answer);
    setLoaded((l) => learn(l, asked, answer));
  }

  const addRelations = useCallback<GraphData['addRelations']>((relations, nodes = []) => {
    setLoaded((l) => ({ ...l, known: mergeRelations(l.known, relations, nodes) }));
  }, []);

  const addGraph = useCallback<GraphData['addGraph']>((graph) => {
    setLoaded((l) => ({ ...l, known: mergeGraph(l.known, graph) }));
  }, []);

  const pending =
    exp.some((id) => !loaded.expanded.has(id)) ||
    pin.some((id) => !loaded.pinned.has(id) && !loaded.expanded.has(id) && !exp.includes(id));
  const last = asked ?? loaded.last;
  return {
    known: loaded.known,
    loading: asked !== null && q.isFetching,
    pending,
    error: asked !== null ? q.error : null,
    truncated: loaded.truncated,
    missing: [...loaded.unknown].filter((id) => exp.includes(id) || pin.includes(id)),
    retry: () => void q.refetch(),
    request: last ? toRequest(VIEW_GRAPH_QUERY, last) : null,
    addRelations,
    addGraph,
  };
}
