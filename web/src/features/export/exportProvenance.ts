import { PROVENANCE_FIELDS } from '../../api/fragments';
import { ApiError } from '../../api/ApiError';
import { graphqlRequest } from '../../api/graphqlRequest';
import type { GraphEdge, GraphNode, Provenance } from '../../api/types';
import type { VisibleGraph } from '../../graph/knownGraph';

/**
 * Provenance of the visible nodes and of the relations between them, in one `nodes(ids)` request per
 * chunk of ids: each visible relation is a relation of its endpoints, so it comes along.
 */
export const EXPORT_PROVENANCE_QUERY = /* GraphQL */ `
  query ExportProvenance($ids: [ID!]!) {
    nodes(ids: $ids) {
      id
      provenance { ${PROVENANCE_FIELDS} }
      relations { id provenance { ${PROVENANCE_FIELDS} } }
    }
  }
`;

/**
 * Ids per request: the number of requests is ⌈nodes / 100⌉. Should the server find a chunk too costly
 * (LIMIT_EXCEEDED), that chunk is split in two, down to MIN_CHUNK ids.
 */
export const EXPORT_CHUNK = 100;
const MIN_CHUNK = 10;

interface ExportData {
  nodes: { id: string; provenance: Provenance[]; relations: { id: string; provenance: Provenance[] }[] }[];
}

export interface ExportedGraph {
  exportedAt: string;
  nodes: (GraphNode & { provenance: Provenance[] })[];
  edges: (GraphEdge & { provenance: Provenance[] })[];
}

export async function fetchExportProvenance(graph: VisibleGraph, signal?: AbortSignal): Promise<ExportedGraph> {
  const nodeProv = new Map<string, Provenance[]>();
  const relProv = new Map<string, Provenance[]>();
  const fetchChunk = async (ids: string[]): Promise<void> => {
    let data: ExportData;
    try {
      data = await graphqlRequest<ExportData>(EXPORT_PROVENANCE_QUERY, { ids }, { signal, label: 'export' });
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
