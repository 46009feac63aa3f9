/** Counts for charts, in one query. */
import type { Database } from './database.js';

const STATS = `
  CALL () { MATCH (n:Entity) WITH n.type AS key, count(*) AS count ORDER BY key RETURN collect({key: key, label: key, count: count}) AS nodesByType }
  CALL () { MATCH (:Entity)-[r]->(:Entity) WITH type(r) AS key, count(*) AS count ORDER BY key RETURN collect({key: key, label: key, count: count}) AS relationsByType }
  CALL () { MATCH (s:Source) RETURN count(s) AS sourceCount }
  CALL () {
    MATCH (e:Engagement)-[:ABOUT]->(t:Theme)
    WITH t, count(DISTINCT e) AS count ORDER BY count DESC, t.name
    RETURN collect({key: t.id, label: t.name, count: count}) AS perTheme
  }
  CALL () {
    MATCH (e:Engagement) WHERE e.startYear IS NOT NULL
    WITH e.startYear AS year, count(*) AS count ORDER BY year
    RETURN collect({key: toString(year), label: toString(year), count: count}) AS perYear
  }
  CALL () {
    MATCH (e:Engagement)-[:BY]->(k:Consultancy)
    WITH k, count(DISTINCT e) AS count ORDER BY count DESC, k.name
    RETURN collect({key: k.id, label: k.name, count: count}) AS perConsultancy
  }
  CALL () {
    MATCH (e:Engagement)-[:FOR]->(c)
    OPTIONAL MATCH (c)-[:PART_OF]->(p)
    WITH e, [c, p] AS places UNWIND places AS place
    MATCH (m:Municipality) WHERE m = place OR (m)-[:MEMBER_OF]->(place)
    WITH m.province AS province, count(DISTINCT e) AS count WHERE province IS NOT NULL
    WITH province, count ORDER BY count DESC, province
    RETURN collect({key: province, label: province, count: count}) AS perProvince
  }
  RETURN nodesByType, relationsByType, sourceCount, perTheme, perYear, perConsultancy, perProvince`;

interface Bucket {
  key: string;
  label: string;
  count: number;
}

export interface StatsRow {
  nodesByType: Bucket[];
  relationsByType: Bucket[];
  sourceCount: number;
  perTheme: Bucket[];
  perYear: Bucket[];
  perConsultancy: Bucket[];
  perProvince: Bucket[];
}

export async function loadStats(db: Database): Promise<StatsRow> {
  const [row] = await db.read<StatsRow>('loadStats', STATS);
  return row!;
}
