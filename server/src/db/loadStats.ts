/**
 * Counts for charts, in one query, and cached: the figures change only when the graph does.
 *
 * The query reads what Neo4j keeps counted: entities per label and relationships per type from the
 * count store (one literal query part per label and type, from the allow-lists), engagements per
 * theme and per bureau from the degree of each theme and bureau (every ABOUT and BY starts at an
 * engagement). Only the years and the provinces (per client the provinces of the gemeenten it
 * stands for, then its engagements) pass over the engagements: about 1.5 s for the national
 * synthetic graph (100,000 engagements) here, once per change of the graph.
 *
 * `cachedStats` keeps the answer until the graph changes (cachedPerWrite.ts: after a write through
 * this server, at the latest after a minute for writes made elsewhere).
 */
import type { Database } from './database.js';
import { DERIVED_QUERY_TIMEOUT_MS, cachedPerWrite } from './cachedPerWrite.js';
import { ENTITY_LABELS, ENTITY_TYPES, RELATION_TYPES } from '../domain/vocabulary.js';

const NODES_BY_TYPE = ENTITY_TYPES.map((t) => `CALL () { MATCH (n:${ENTITY_LABELS[t]}) RETURN {key: '${t}', label: '${t}', count: count(n)} AS c }`);
const RELATIONS_BY_TYPE = RELATION_TYPES.map((t) => `CALL () { MATCH ()-[r:${t}]->() RETURN {key: '${t}', label: '${t}', count: count(r)} AS c }`);

/** One part per label (or type), each a count-store lookup; zero counts left out, by key. */
const counted = (parts: string[], name: string) => `
  CALL () {
    ${parts.map((p) => `${p} RETURN c`).join('\n    UNION ALL\n    ')}
  }
  WITH c WHERE c.count > 0 ORDER BY c.key
  WITH collect(c) AS ${name}`;

const STATS = `
  ${counted(NODES_BY_TYPE, 'nodesByType')}
  CALL () { ${counted(RELATIONS_BY_TYPE, 'relationsByType')} RETURN relationsByType }
  CALL () { MATCH (s:Source) RETURN count(s) AS sourceCount }
  CALL () {
    MATCH (t:Theme) WITH t, COUNT { (t)<-[:ABOUT]-() } AS count WHERE count > 0
    WITH t, count ORDER BY count DESC, t.name
    RETURN collect({key: t.id, label: t.name, count: count}) AS perTheme
  }
  CALL () {
    MATCH (e:Engagement) WHERE e.startYear IS NOT NULL
    WITH e.startYear AS year, count(*) AS count ORDER BY year
    RETURN collect({key: toString(year), label: toString(year), count: count}) AS perYear
  }
  CALL () {
    MATCH (k:Consultancy) WITH k, COUNT { (k)<-[:BY]-() } AS count WHERE count > 0
    WITH k, count ORDER BY count DESC, k.name
    RETURN collect({key: k.id, label: k.name, count: count}) AS perConsultancy
  }
  CALL () {
    // Per client (a few hundred), the provinces of the gemeenten it stands for: itself, its member
    // gemeenten, or (an organisation) those of what it is part of; then its engagements, each
    // counted once per province.
    MATCH (c:Entity) WHERE (c:Municipality OR c:Region OR c:Organization) AND EXISTS { (c)<-[:FOR]-() }
    CALL (c) {
      MATCH (c)-[:PART_OF*0..1]->(place:Entity)
      CALL (place) {
        WITH place WHERE place:Municipality RETURN place AS m
        UNION
        MATCH (m:Municipality)-[:MEMBER_OF]->(place) RETURN m
      }
      WITH DISTINCT m.province AS province WHERE province IS NOT NULL
      RETURN province
    }
    MATCH (c)<-[:FOR]-(e:Engagement)
    WITH province, count(DISTINCT e) AS count
    WITH province, count ORDER BY count DESC, province
    RETURN collect({key: province, label: province, count: count}) AS perProvince
  }
  RETURN nodesByType, relationsByType, sourceCount, perTheme, perYear, perConsultancy, perProvince`;

interface Bucket {
  key: string;
  label: string;
  count: number;
}

interface StatsRow {
  nodesByType: Bucket[];
  relationsByType: Bucket[];
  sourceCount: number;
  perTheme: Bucket[];
  perYear: Bucket[];
  perConsultancy: Bucket[];
  perProvince: Bucket[];
}

async function loadStats(db: Database): Promise<StatsRow> {
  const [row] = await db.read<StatsRow>('loadStats', STATS, {}, { timeoutMs: DERIVED_QUERY_TIMEOUT_MS });
  return row!;
}

/** The stats, computed once per change of the graph (cachedPerWrite.ts). */
export function cachedStats(db: Database): Promise<StatsRow> {
  return cachedPerWrite(db, 'stats', () => loadStats(db));
}
