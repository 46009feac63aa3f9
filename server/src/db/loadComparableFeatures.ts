/**
 * Everything comparableMunicipalities needs: the subject and the gemeenten it stands for (one small
 * query per call), and — the same for every subject, so read once and kept until the graph changes
 * (cachedPerWrite.ts) — every gemeente's CBS figures, current region memberships, successors
 * (SUCCEEDED_BY) and own experience (themes and adviesbureaus of engagements for it or for
 * organisations part of it, and themes they FACE), the experience of every region that has some,
 * and the thesaurus. Each item says whether an article backs it (`curated`: the relationship cites a
 * source of an article kind; those source ids are read once per query). Themes and adviesbureaus
 * are not read when the weights give them nothing. The ranking itself is pure:
 * domain/rankComparableMunicipalities.ts.
 */
import type { Database } from './database.js';
import { DERIVED_QUERY_TIMEOUT_MS, cachedPerWrite } from './cachedPerWrite.js';
import type { EntityRecord } from './entities.js';
import { CITES_ONE_OF } from './provenance.js';
import type { ComparableGraph, Experience, MunicipalityFeatures, RegionExperience, ThemeInfo } from '../domain/rankComparableMunicipalities.js';
import type { SourceKind } from '../domain/vocabulary.js';

/** The kinds of source that make an item "curated": articles, not registers (or synthetic data). */
const CURATED_SOURCE_KINDS = ['CLIENT_STORY', 'INTERVIEW', 'ARTICLE'] as const satisfies readonly SourceKind[];

/** `curatedIds`: the ids of the sources of those kinds, read once at the start of each query. */
const CURATED = (x: string) => CITES_ONE_OF(x, 'curatedIds');
const CURATED_IDS = 'WITH COLLECT { MATCH (s:Source) WHERE s.kind IN $curatedKinds RETURN s.id } AS curatedIds';
/** Dissolved: `dissolved: true` (or a dissolution date, as older data has it). */
const DISSOLVED = (m: string) => `(coalesce(${m}.dissolved, false) <> false)`;
/** A membership that holds today. */
const CURRENT = (ms: string) => `((${ms}.validTo IS NULL OR ${ms}.validTo >= $today) AND (${ms}.validFrom IS NULL OR ${ms}.validFrom <= $today))`;

/** Engagements for `v` or for an organisation part of it, and themes either FACES. */
const THEMES_OF = (v: string) => `COLLECT {
      MATCH (${v})<-[:PART_OF*0..1]-(:Entity)<-[:FOR]-(:Engagement)-[a:ABOUT]->(t:Theme)
      RETURN {id: t.id, name: t.name, curated: ${CURATED('a')}} AS item
      UNION
      MATCH (${v})<-[:PART_OF*0..1]-(:Entity)-[f:FACES]->(t:Theme)
      RETURN {id: t.id, name: t.name, curated: ${CURATED('f')}} AS item
    }`;
const CONSULTANCIES_OF = (v: string) => `COLLECT {
      MATCH (${v})<-[:PART_OF*0..1]-(:Entity)<-[:FOR]-(:Engagement)-[b:BY]->(k:Consultancy)
      RETURN DISTINCT {id: k.id, name: k.name, curated: ${CURATED('b')}}
    }`;

const BASIS = `
  CALL (x) {
    OPTIONAL MATCH (x)-[:PART_OF]->(parent)
    WITH x, [x] + collect(parent) AS places
    UNWIND places AS place
    CALL (x, place) {
      WITH x, place WHERE place:Municipality AND (place = x OR NOT ${DISSOLVED('place')})
      RETURN place AS m
      UNION
      MATCH (m:Municipality)-[ms:MEMBER_OF]->(place)
      WHERE ${CURRENT('ms')} AND NOT ${DISSOLVED('m')}
      RETURN m
    }
    RETURN collect(DISTINCT m.id) AS basis
  }`;

/** The subject and the current gemeenten it stands for (per request: small). */
const SUBJECT = `
  MATCH (x:Entity {id: $id})
  ${BASIS}
  RETURN properties(x) AS subject, basis`;

/** Every gemeente's figures and experience, the regions' experience and the thesaurus (the same for every subject). */
function graphQuery(withThemes: boolean, withConsultancies: boolean): string {
  const themes = (v: string) => (withThemes ? THEMES_OF(v) : '[]');
  const consultancies = (v: string) => (withConsultancies ? CONSULTANCIES_OF(v) : '[]');
  const regions =
    withThemes || withConsultancies
      ? `COLLECT {
      MATCH (r:Region)
      WITH r, ${themes('r')} AS themes, ${consultancies('r')} AS consultancies
      WHERE size(themes) + size(consultancies) > 0
      RETURN {id: r.id, name: r.name, themes: themes, consultancies: consultancies}
    }`
      : '[]';
  const thesaurus = withThemes
    ? `COLLECT { MATCH (t:Theme) RETURN {id: t.id, name: t.name, broader: COLLECT { MATCH (t)-[:BROADER]->(b:Theme) RETURN b.id }} }`
    : '[]';
  return `
  ${CURATED_IDS}
  RETURN
    COLLECT {
      MATCH (m:Municipality)
      RETURN {
        id: m.id, name: m.name, population: m.population, density: m.density, stedelijkheid: m.stedelijkheid,
        province: m.province, dissolved: ${DISSOLVED('m')},
        successors: COLLECT { MATCH (m)-[:SUCCEEDED_BY]->(s:Municipality) RETURN s.id },
        regions: COLLECT {
          MATCH (m)-[ms:MEMBER_OF]->(r:Region) WHERE ${CURRENT('ms')}
          RETURN {id: r.id, name: r.name, kind: r.kind, curated: ${CURATED('ms')}}
        },
        themes: ${themes('m')},
        consultancies: ${consultancies('m')}
      }
    } AS municipalities,
    ${regions} AS regions,
    ${thesaurus} AS themes`;
}

interface GraphRow {
  municipalities: (Omit<MunicipalityFeatures, 'experience'> & Experience)[];
  regions: RegionExperience[];
  themes: ThemeInfo[];
}

export interface ComparableData {
  subject: EntityRecord;
  basis: string[];
  graph: ComparableGraph;
}

/**
 * The features of every gemeente, region and theme: the same for every subject, so read once and
 * kept until the graph changes (cachedPerWrite.ts) — per day (memberships are "current" on a date)
 * and per choice of parts read.
 */
function comparableGraph(db: Database, needs: { themes: boolean; consultancies: boolean }): Promise<ComparableGraph> {
  const today = new Date().toISOString().slice(0, 10);
  return cachedPerWrite(db, `comparable:${needs.themes}:${needs.consultancies}:${today}`, async () => {
    const [row] = await db.read<GraphRow>('comparableGraph', graphQuery(needs.themes, needs.consultancies), { today, curatedKinds: CURATED_SOURCE_KINDS }, {
      timeoutMs: DERIVED_QUERY_TIMEOUT_MS,
    });
    return {
      municipalities: row!.municipalities.map(({ themes, consultancies, ...m }) => ({ ...m, experience: { themes, consultancies } })),
      regions: row!.regions,
      themes: row!.themes,
    };
  });
}

/** Null when there is no entity with this id. */
export async function loadComparableData(db: Database, id: string, needs: { themes: boolean; consultancies: boolean }): Promise<ComparableData | null> {
  const [[row], graph] = await Promise.all([
    db.read<{ subject: EntityRecord; basis: string[] }>('comparableSubject', SUBJECT, { id, today: new Date().toISOString().slice(0, 10) }),
    comparableGraph(db, needs),
  ]);
  if (!row) return null;
  return { subject: row.subject, basis: [...row.basis].sort(), graph };
}
