/**
 * Everything comparableMunicipalities needs, in three queries: the gemeenten the subject stands
 * for, every gemeente's features (themes, consultancies, regions, size, province — engagements
 * of its regions and of organisations that are part of it count for it), and the thesaurus.
 * The ranking itself is pure: domain/rankComparableMunicipalities.ts.
 */
import type { Database } from './database.js';
import type { MunicipalityFeatures, ThemeInfo } from '../domain/rankComparableMunicipalities.js';
import type { EntityRecord } from './entities.js';

const BASIS = `
  MATCH (x:Entity {id: $id})
  OPTIONAL MATCH (x)-[:PART_OF]->(p)
  WITH x, collect(p) AS parents
  WITH x, [x] + parents AS places
  UNWIND places AS place
  OPTIONAL MATCH (m:Municipality)
  WHERE m = place OR (m)-[:MEMBER_OF]->(place)
  WITH x, m WHERE m IS NULL OR m.dissolved IS NULL OR m = x
  RETURN properties(x) AS subject, [id IN collect(DISTINCT m.id) WHERE id IS NOT NULL] AS basis`;

const FEATURES = `
  MATCH (m:Municipality)
  CALL (m) {
    OPTIONAL MATCH (m)-[:MEMBER_OF]->(r:Region)
    WITH m, collect(DISTINCT r) AS rs
    OPTIONAL MATCH (o:Organization)-[:PART_OF]->(p) WHERE p = m OR p IN rs
    WITH m, rs, collect(DISTINCT o) AS orgs
    RETURN [m] + rs + orgs AS clients, [r IN rs | {id: r.id, name: r.name}] AS regions
  }
  RETURN m.id AS id, m.name AS name, m.population AS population, m.province AS province,
         m.dissolved IS NOT NULL AS dissolved, regions,
         COLLECT { UNWIND clients AS c MATCH (c)<-[:FOR]-(:Engagement)-[:BY]->(k:Consultancy) RETURN DISTINCT {id: k.id, name: k.name} } AS consultancies,
         COLLECT { UNWIND clients AS c MATCH (c)<-[:FOR]-(:Engagement)-[:ABOUT]->(t:Theme) RETURN DISTINCT t.id } AS engagementThemes,
         COLLECT { UNWIND clients AS c MATCH (c)-[:FACES]->(t:Theme) RETURN DISTINCT t.id } AS facedThemes
  ORDER BY m.name`;

const THEMES = `
  MATCH (t:Theme)
  RETURN t.id AS id, t.name AS name, COLLECT { MATCH (t)-[:BROADER]->(b:Theme) RETURN b.id } AS broader`;

export async function loadComparableBasis(db: Database, id: string): Promise<{ subject: EntityRecord; basis: string[] } | null> {
  const [row] = await db.read<{ subject: EntityRecord; basis: string[] }>('comparableBasis', BASIS, { id });
  return row ?? null;
}

export async function loadComparableFeatures(db: Database): Promise<{ municipalities: MunicipalityFeatures[]; themes: ThemeInfo[] }> {
  const rows = await db.read<Omit<MunicipalityFeatures, 'themes'> & { engagementThemes: string[]; facedThemes: string[] }>('comparableFeatures', FEATURES);
  const themes = await db.read<ThemeInfo>('comparableThemes', THEMES);
  return {
    municipalities: rows.map(({ engagementThemes, facedThemes, ...m }) => ({ ...m, themes: [...new Set([...engagementThemes, ...facedThemes])] })),
    themes,
  };
}
