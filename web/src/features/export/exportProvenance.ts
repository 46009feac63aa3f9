import type { QueryClient } from '@tanstack/react-query';
import { ApiError } from '../../api/ApiError';
import type { Provenance } from '../../api/fragments';
import { graphql } from '../../api/generated';
import { graphqlQuery } from '../../api/queryClient';
import type { GraphEdge, GraphNode, VisibleGraph } from '../../graph/knownGraph';

/**
 * Provenance of the visible nodes and of the relations between them, in one `nodes(ids)` request per
 * chunk of ids: each visible relation is a relation of its endpoints, so it comes along.
 */
const EXPORT_PROVENANCE_QUERY = graphql(`
  query ExportProvenance($ids: [ID!]!) {
    nodes(ids: $ids) {
      id
      provenance { ...ProvenanceFields }
      relations { id provenance { ...ProvenanceFields } }
    }
  }
`);

/**
 * Ids per request: the number of requests is ⌈nodes / 100⌉. Should the server find a chunk too costly
 * (LIMIT_EXCEEDED), that chunk is split in two, down to MIN_CHUNK ids.
 */
const EXPORT_CHUNK = 100;
const MIN_CHUNK = 10;

export interface ExportedGraph {
  exportedAt: string;
  nodes: (GraphNode & { provenance: readonly Provenance[] })[];
  edges: (GraphEdge & { provenance: readonly Provenance[] })[];
}

/** Fetched through the query cache (so the progress bar shows it), always fresh: an export is a snapshot. */
export async function fetchExportProvenance(client: QueryClient, graph: VisibleGraph): Promise<ExportedGraph> {
  const nodeProv = new Map<string, readonly Provenance[]>();
  const relProv = new Map<string, readonly Provenance[]>();
  const fetchChunk = async (ids: string[]): Promise<void> => {
    let data;
    try {
      data = await client.fetchQuery({ ...graphqlQuery(EXPORT_PROVENANCE_QUERY, { ids }), staleTime: 0 });
    } catch (e) {
      if (!(e instanceof ApiError) || e.code !== 'LIMIT_EXCEEDED' || ids.length <= MIN_CHUNK) throw e;
      const half = Math.ceil(ids.length / 2);
      await fetchChunk(ids.slice(0, half));
      await fetchChunk(ids.slice(half));
      return;
    }
    for (const n of data.nodes) {
      nodeProv.set(n.id, n.provenance);
      for (const r of n.relations) relProv.set(r.id, r.provenance);
    }
  };
  const ids = graph.nodes.map((n) => n.id);
  for (let i = 0; i < ids.length; i += EXPORT_CHUNK) await fetchChunk(ids.slice(i, i + EXPORT_CHUNK));
  return {
    exportedAt: new Date().toISOString(),
    nodes: graph.nodes.map((n) => ({ ...n, provenance: nodeProv.get(n.id) ?? [] })),
    edges: graph.edges.map((e) => ({ ...e, provenance: relProv.get(e.id) ?? [] })),
  };
}
