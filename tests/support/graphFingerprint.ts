/** Every node and relationship with all properties, sorted: two equal fingerprints are the same graph. */
import type { Database } from '../../server/src/db/database.js';

export interface GraphFingerprint {
  nodes: { labels: string[]; props: Record<string, unknown> }[];
  relations: { type: string; from: string; to: string; props: Record<string, unknown> }[];
}

const NODES = `
  MATCH (n) WHERE n:Entity OR n:Source
  RETURN labels(n) AS labels, properties(n) AS props ORDER BY coalesce(n.id, ''), labels(n)[0]`;
const RELS = `
  MATCH (a)-[r]->(b) WHERE (a:Entity OR a:Source) AND (b:Entity OR b:Source)
  RETURN type(r) AS type, a.id AS from, b.id AS to, properties(r) AS props ORDER BY a.id, type(r), b.id`;

export async function graphFingerprint(db: Database): Promise<GraphFingerprint> {
  const nodes = await db.read<{ labels: string[]; props: Record<string, unknown> }>('fingerprintNodes', NODES);
  const relations = await db.read<{ type: string; from: string; to: string; props: Record<string, unknown> }>('fingerprintRels', RELS);
  return { nodes: nodes.map((n) => ({ ...n, labels: [...n.labels].sort() })), relations };
}
