/**
 * The whole graph, with provenance, as one GraphDocument (three read queries, no per-row work).
 * Synthetic benchmark data (`synthetic: true`, npm run synth) is never exported.
 */
import type { Database } from './database.js';
import { GRAPH_FORMAT, GRAPH_FORMAT_VERSION, RESERVED_PROPERTIES, type GraphDocument } from '../domain/graphDocument.js';
import { decodeProvenance } from './provenance.js';

const EXPORT_SOURCES = 'MATCH (s:Source) WHERE s.synthetic IS NULL RETURN properties(s) AS props ORDER BY s.id';
const EXPORT_ENTITIES = 'MATCH (n:Entity) WHERE n.synthetic IS NULL RETURN properties(n) AS props ORDER BY n.id';
const EXPORT_RELATIONS = `
  MATCH (a:Entity)-[r]->(b:Entity)
  WHERE r.synthetic IS NULL AND a.synthetic IS NULL AND b.synthetic IS NULL
  RETURN type(r) AS type, a.id AS from, b.id AS to, properties(r) AS props
  ORDER BY a.id, type(r), b.id`;

type Props = Record<string, unknown>;

function rest(p: Props, extraReserved: string[] = []): Record<string, never> {
  const out: Props = {};
  for (const [k, v] of Object.entries(p)) if (!RESERVED_PROPERTIES.has(k) && !extraReserved.includes(k)) out[k] = v;
  return out as Record<string, never>;
}

export async function exportGraph(db: Database): Promise<GraphDocument> {
  const sources = await db.read<{ props: Props }>('exportSources', EXPORT_SOURCES);
  const entities = await db.read<{ props: Props }>('exportEntities', EXPORT_ENTITIES);
  const relations = await db.read<{ type: string; from: string; to: string; props: Props }>('exportRelations', EXPORT_RELATIONS);
  return {
    format: GRAPH_FORMAT,
    version: GRAPH_FORMAT_VERSION,
    exportedAt: new Date().toISOString(),
    sources: sources.map(({ props }) => ({
      id: props.id as string,
      title: props.title as string,
      kind: props.kind as GraphDocument['sources'][number]['kind'],
      properties: rest(props, ['title', 'kind']),
    })),
    entities: entities.map(({ props }) => ({
      id: props.id as string,
      type: props.type as GraphDocument['entities'][number]['type'],
      name: props.name as string,
      aliases: (props.aliases as string[] | undefined) ?? [],
      properties: rest(props),
      provenance: decodeProvenance(props),
    })),
    relations: relations.map((r) => ({
      type: r.type as GraphDocument['relations'][number]['type'],
      from: r.from,
      to: r.to,
      properties: rest(r.props),
      provenance: decodeProvenance(r.props),
    })),
  };
}
