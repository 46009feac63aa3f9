/**
 * What two entities share. For each side one profile: its engagements (as client — including via
 * its regions, member gemeenten and organisations —, as bureau, as person, as theme), and from
 * those the consultancies, consultants and themes (plus FACES themes). One query for both sides.
 * The client types and the consultant role come from the vocabulary as $parameters.
 */
import type { Database } from './database.js';
import type { EntityRecord } from './entities.js';
import { CLIENT_TYPES, type ParticipationRole } from '../domain/vocabulary.js';

const CONSULTANT: ParticipationRole = 'CONSULTANT';

const PROFILES = `
  UNWIND [$a, $b] AS xid
  MATCH (x:Entity {id: xid})
  CALL (x) {
    OPTIONAL MATCH (x)-[:MEMBER_OF|PART_OF]->(up)
    WITH x, collect(DISTINCT up) AS ups
    OPTIONAL MATCH (down)-[:MEMBER_OF|PART_OF]->(x) WHERE NOT down:Person
    WITH x, ups, collect(DISTINCT down) AS downs
    // A gemeente also stands behind the organisations of its regions (a sociale dienst of the
    // region), as in the engagements filter; an organisation does not pull in its siblings.
    OPTIONAL MATCH (o:Organization)-[:PART_OF]->(r:Region) WHERE x:Municipality AND r IN ups
    WITH x, ups, downs, collect(DISTINCT o) AS regionOrgs
    RETURN CASE WHEN x.type IN $clientTypes THEN [x] + ups + downs + regionOrgs ELSE [] END AS places
  }
  CALL (x, places) {
    MATCH (e:Engagement)
    WHERE e = x OR (e)-[:BY]->(x) OR (x)-[:WORKED_ON]->(e) OR (e)-[:ABOUT]->(x)
       OR EXISTS { MATCH (e)-[:FOR]->(c) WHERE c IN places }
    RETURN collect(DISTINCT e) AS engs
  }
  RETURN x.id AS id,
    [e IN engs | properties(e)] AS engagements,
    COLLECT { UNWIND engs AS e MATCH (e)-[:BY]->(k:Consultancy) RETURN DISTINCT properties(k) AS k
              UNION MATCH (x) WHERE x:Consultancy RETURN properties(x) AS k
              UNION MATCH (x)-[:WORKS_AT]->(k:Consultancy) RETURN properties(k) AS k } AS consultancies,
    COLLECT { UNWIND engs AS e MATCH (p:Person)-[w:WORKED_ON]->(e) WHERE w.role = $consultant RETURN DISTINCT properties(p) AS p } AS consultants,
    COLLECT { UNWIND engs AS e MATCH (e)-[:ABOUT]->(t:Theme) RETURN DISTINCT properties(t) AS t
              UNION UNWIND places AS c MATCH (c)-[:FACES]->(t:Theme) RETURN properties(t) AS t
              UNION MATCH (x) WHERE x:Theme RETURN properties(x) AS t } AS themes`;

export interface Profile {
  id: string;
  engagements: EntityRecord[];
  consultancies: EntityRecord[];
  consultants: EntityRecord[];
  themes: EntityRecord[];
}

export async function loadProfiles(db: Database, a: string, b: string): Promise<Map<string, Profile>> {
  const rows = await db.read<Profile>('loadProfiles', PROFILES, { a, b, clientTypes: [...CLIENT_TYPES], consultant: CONSULTANT });
  return new Map(rows.map((r) => [r.id, r]));
}

/** The items of both lists with the same id, by name. */
export function shared(x: EntityRecord[], y: EntityRecord[]): EntityRecord[] {
  const ids = new Set(y.map((e) => e.id));
  const seen = new Set<string>();
  return x.filter((e) => ids.has(e.id) && !seen.has(e.id) && seen.add(e.id)).sort((p, q) => p.name.localeCompare(q.name, 'nl'));
}
