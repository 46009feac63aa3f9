import { useQuery } from '@tanstack/react-query';
import { useCallback, useMemo, useState } from 'react';
import type { ApiError } from '../../api/ApiError';
import type { EntityRef } from '../../api/fragments';
import { graphql } from '../../api/generated';
import type { ViewGraphQuery } from '../../api/generated/graphql';
import { graphqlQuery, toRequest, type GraphQLRequest } from '../../api/queryClient';
import { useServerLimits, type ServerLimits } from '../../api/serverLimits';
import type { Filters } from '../../state/appState';
import { hasEngagementFilter } from '../filters/matchEngagement';
import { EMPTY_KNOWN, mergeGraph, mergeRelations, type GraphEdge, type GraphNode, type KnownGraph, type RelationLike } from '../../graph/knownGraph';

/**
 * What the view needs and does not have yet, in one request: the neighbourhood of newly expanded
 * nodes, and pinned nodes with their relations (to connect them to what is already shown).
 */
const VIEW_GRAPH_QUERY = graphql(`
  query ViewGraph($expand: [ID!]!, $pin: [ID!]!, $withExpand: Boolean!, $withPin: Boolean!, $limit: Int!, $connect: [ID!]) {
    neighborhood(ids: $expand, depth: 1, limit: $limit, connect: $connect) @include(if: $withExpand) {
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

/**
 * The whole view in one request, as "Toon query" shows it: the neighbourhood of every expanded node,
 * the pinned nodes, without the hidden ones, with the filters applied by the server as the graph
 * applies them. The view itself loads incrementally (VIEW_GRAPH_QUERY) and filters in the browser, so
 * that a filter change is instant; this request gives the same nodes and edges in one answer.
 */
const WHOLE_VIEW_QUERY = graphql(`
  query GraphView($ids: [ID!]!, $pin: [ID!], $exclude: [ID!], $filter: GraphViewFilter, $limit: Int!) {
    neighborhood(ids: $ids, pin: $pin, exclude: $exclude, filter: $filter, depth: 1, limit: $limit) {
      ...GraphFields
    }
  }
`);

/** Neighbourhood size per request (within the server's `limits.maxNeighborhoodNodes`). */
const NEIGHBORHOOD_LIMIT = 150;
/**
 * Known ids sent as `connect`, so that a new neighbourhood comes with its edges to what is shown;
 * a view larger than this (or than the server's `limits.maxConnectIds`) is grouped
 * (graph/neighborGroups.ts) and is not sent.
 */
const MAX_CONNECT = 3000;

/** Ids per request and nodes per neighbourhood, within the limits the server says it has. */
function requestLimits(limits: ServerLimits) {
  return {
    neighborhood: Math.min(NEIGHBORHOOD_LIMIT, limits.maxNeighborhoodNodes),
    wholeView: limits.maxNeighborhoodNodes,
    connect: Math.min(MAX_CONNECT, limits.maxConnectIds),
    expand: limits.maxNeighborhoodIds,
    // Pinned ids go to `nodes` (at most maxPageSize ids) and to `neighborhood(pin:)`.
    pin: Math.min(limits.maxPageSize, limits.maxPinnedIds),
  };
}

interface ViewRequest {
  expand: string[];
  pin: string[];
  withExpand: boolean;
  withPin: boolean;
  limit: number;
  connect: string[] | null;
}

/** What the answers so far have taught: the graph, and which ids have been asked for. */
interface Loaded {
  known: KnownGraph;
  expanded: ReadonlySet<string>;
  pinned: ReadonlySet<string>;
  truncated: boolean;
  /** Ids asked for that the server does not know (deleted or merged entities in an old link). */
  unknown: ReadonlySet<string>;
}

/** The key of the disabled query when nothing is due. */
const NO_REQUEST: ViewRequest = { expand: [], pin: [], withExpand: false, withPin: false, limit: NEIGHBORHOOD_LIMIT, connect: null };

const NOTHING_LOADED: Loaded = { known: EMPTY_KNOWN, expanded: new Set(), pinned: new Set(), truncated: false, unknown: new Set() };

/** The next request: expanded nodes without their neighbourhood yet, pinned nodes without their relations yet. */
function nextRequest(exp: readonly string[], pin: readonly string[], loaded: Loaded, limits: ServerLimits): ViewRequest | null {
  const max = requestLimits(limits);
  const expand = exp.filter((id) => !loaded.expanded.has(id)).slice(0, max.expand);
  const pinned = pin.filter((id) => !loaded.pinned.has(id) && !loaded.expanded.has(id) && !exp.includes(id)).slice(0, max.pin);
  if (expand.length === 0 && pinned.length === 0) return null;
  const known = loaded.known.nodes.size;
  const connect = expand.length > 0 && known > 0 && known <= max.connect ? [...loaded.known.nodes.keys()] : null;
  return { expand, pin: pinned, withExpand: expand.length > 0, withPin: pinned.length > 0, limit: max.neighborhood, connect };
}

/** What the view hides: the nodes the user hid, and the filters. */
export interface ViewScope {
  hide: readonly string[];
  filters: Filters;
}

/** The whole view as one request (for "Toon query"), or null when nothing is shown. */
function wholeViewRequest(exp: readonly string[], pin: readonly string[], scope: ViewScope, limits: ServerLimits): GraphQLRequest | null {
  const max = requestLimits(limits);
  const ids = exp.slice(0, max.expand);
  const pinned = pin.filter((id) => !exp.includes(id)).slice(0, max.pin);
  if (ids.length === 0 && pinned.length === 0) return null;
  const f = scope.filters;
  const filtered = hasEngagementFilter(f) || f.hiddenTypes.length > 0;
  return toRequest(WHOLE_VIEW_QUERY, {
    ids,
    pin: pinned.length ? pinned : null,
    exclude: scope.hide.length ? [...scope.hide] : null,
    filter: filtered
      ? {
          hiddenTypes: f.hiddenTypes.length ? f.hiddenTypes : null,
          themes: f.themes.length ? f.themes : null,
          consultancies: f.consultancies.length ? f.consultancies : null,
          from: f.from,
          to: f.to,
        }
      : null,
    limit: Math.min(max.wholeView, max.neighborhood * Math.max(1, ids.length) + pinned.length),
  });
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
  /** The whole view (expanded, pinned, hidden, filters) as one request, for "Toon query". */
  request: GraphQLRequest | null;
  /** Adds facts learned elsewhere (a path's steps, a selected relation) without a request. */
  addRelations: (relations: readonly RelationLike[], nodes?: readonly EntityRef[]) => void;
  /** Adds nodes and edges as a graph view gives them (a page of a group of neighbours). */
  addGraph: (graph: { nodes: readonly GraphNode[]; edges: readonly GraphEdge[] }) => void;
}

/** Loads what the expanded and pinned nodes need, once per node, in one request per change. */
export function useGraphData(exp: readonly string[], pin: readonly string[], scope: ViewScope): GraphData {
  const [loaded, setLoaded] = useState<Loaded>(NOTHING_LOADED);
  const limits = useServerLimits();
  const asked = useMemo(() => (limits.data ? nextRequest(exp, pin, loaded, limits.data) : null), [exp, pin, loaded, limits.data]);
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

  const { hide, filters } = scope;
  const request = useMemo(() => (limits.data ? wholeViewRequest(exp, pin, { hide, filters }, limits.data) : null), [exp, pin, hide, filters, limits.data]);
  const pending =
    exp.some((id) => !loaded.expanded.has(id)) ||
    pin.some((id) => !loaded.pinned.has(id) && !loaded.expanded.has(id) && !exp.includes(id));
  return {
    known: loaded.known,
    loading: (asked !== null && q.isFetching) || (limits.isFetching && (exp.length > 0 || pin.length > 0)),
    pending,
    error: limits.error ?? (asked !== null ? q.error : null),
    truncated: loaded.truncated,
    missing: [...loaded.unknown].filter((id) => exp.includes(id) || pin.includes(id)),
    retry: () => void (limits.error ? limits.refetch() : q.refetch()),
    request,
    addRelations,
    addGraph,
  };
}
