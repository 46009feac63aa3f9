/**
 * The synthetic benchmark graph in Neo4j (`npm run synth`, `npm run synth:remove`): what the
 * generator builds on (the current gemeenten and the thesaurus), how much synthetic data there is,
 * and its removal. Writing goes through writeGraph like every other load. Everything synthetic
 * carries `synthetic: true` (domain/generateSyntheticGraph.ts); removal deletes exactly that, in
 * batches of its own transactions, so a 1M-relationship graph never sits in one transaction.
 */
import { int, type Database } from './database.js';
import type { SyntheticBasis } from '../domain/generateSyntheticGraph.js';
import { ENTITY_LABELS, ENTITY_TYPES } from '../domain/vocabulary.js';

const BASIS = `
  CALL () {
    MATCH (m:Municipality) WHERE m.dissolved IS NULL AND m.synthetic IS NULL AND m.population IS NOT NULL
    RETURN collect({id: m.id, name: m.name, population: m.population}) AS gemeenten
  }
  CALL () {
    // Not the thesaurus roots ("sociaal domein"): no traject is about everything.
    MATCH (t:Theme) WHERE t.synthetic IS NULL AND EXISTS { (t)-[:BROADER]->(:Theme) }
    RETURN collect({id: t.id, name: t.name}) AS themes
  }
  RETURN gemeenten, themes`;

export async function loadSyntheticBasis(db: Database): Promise<SyntheticBasis> {
  const [row] = await db.read<SyntheticBasis>('syntheticBasis', BASIS);
  return row ?? { gemeenten: [], themes: [] };
}

const COUNT = `
  CALL () { MATCH (n:Entity) WHERE n.synthetic = true RETURN count(n) AS nodes }
  CALL () { MATCH (:Entity)-[r]->(:Entity) WHERE r.synthetic = true RETURN count(r) AS relationships }
  RETURN nodes, relationships`;

export async function countSynthetic(db: Database): Promise<{ nodes: number; relationships: number }> {
  const [row] = await db.read<{ nodes: number; relationships: number }>('countSynthetic', COUNT);
  return row ?? { nodes: 0, relationships: 0 };
}

// Engagements first (most relationships, few each), then people, then bureaus, whose
// relationships are mostly gone by then; batches stay small whatever the skew.
const REMOVAL_ORDER = ['ENGAGEMENT', 'PERSON', ...ENTITY_TYPES.filter((t) => t !== 'ENGAGEMENT' && t !== 'PERSON')] as const;
const REMOVE_NODES = Object.fromEntries(
  REMOVAL_ORDER.map((t) => [
    t,
    `MATCH (n:${ENTITY_LABELS[t]}) WHERE n.synthetic = true
     CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF $rows ROWS`,
  ]),
);
// A synthetic relationship between two real entities (none are generated, but the mark is what counts).
const REMOVE_RELATIONSHIPS = `
  MATCH (:Entity)-[r]->(:Entity) WHERE r.synthetic = true
  CALL (r) { DELETE r } IN TRANSACTIONS OF $rows ROWS`;
const REMOVE_SOURCES = `
  MATCH (s:Source) WHERE s.synthetic = true
  CALL (s) { DETACH DELETE s } IN TRANSACTIONS OF $rows ROWS`;

/** Deletes every synthetic node, relationship and source, in transactions of `rows` rows each. */
export async function removeSyntheticGraph(
  db: Database,
  opts: { rows?: number; progress?: (m: string) => void } = {},
): Promise<{ nodes: number; relationships: number; sources: number }> {
  const rows = int(opts.rows ?? 2_000);
  let nodes = 0;
  let relationships = 0;
  for (const t of REMOVAL_ORDER) {
    const d = await db.runInTransactions(`removeSynthetic${ENTITY_LABELS[t]}`, REMOVE_NODES[t]!, { rows });
    nodes += d.nodesDeleted;
    relationships += d.relationshipsDeleted;
    if (d.nodesDeleted) opts.progress?.(`removed ${d.nodesDeleted} ${ENTITY_LABELS[t]} nodes and ${d.relationshipsDeleted} relationships`);
  }
  relationships += (await db.runInTransactions('removeSyntheticRelationships', REMOVE_RELATIONSHIPS, { rows })).relationshipsDeleted;
  const sources = (await db.runInTransactions('removeSyntheticSources', REMOVE_SOURCES, { rows })).nodesDeleted;
  return { nodes, relationships, sources };
}
