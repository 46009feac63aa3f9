/**
 * Engagement attribution (issue 19): which engagements count for a gemeente, region or organisation,
 * and by which way — the ONE definition that the detail panel (`attributedEngagements`,
 * `engagementAttribution`), the map (`municipalityEngagementCounts`, listEngagements.ts) and the
 * comparison's "via regio" (loadComparableFeatures.ts reads a region's experience along the same
 * paths) share, so that they cannot disagree.
 *
 * For an entity x, an engagement counts
 * - OWN: it is FOR x;
 * - PREDECESSOR: it is FOR a gemeente that went into x (SUCCEEDED_BY*, transitively);
 * - MEMBER_ORGANIZATION: it is FOR an organisation PART_OF x or of a predecessor (the Sociale Dienst
 *   Drechtsteden of regio Drechtsteden);
 * - REGION: it is FOR a region x (or a predecessor) is a member of, or for an organisation part of
 *   such a region (Dordrecht, via regio Drechtsteden, via the Sociale Dienst Drechtsteden).
 * An engagement reached along several ways counts once, by the first way in that order.
 * `through` is the chain of entities between x and the engagement's client, the client included.
 */
import type { Database } from './database.js';
import type { EntityRecord } from './entities.js';

export const ENGAGEMENT_VIAS = ['OWN', 'PREDECESSOR', 'MEMBER_ORGANIZATION', 'REGION'] as const;
export type EngagementVia = (typeof ENGAGEMENT_VIAS)[number];

/** Herindelingen are few and short; this bounds the walk back (as in listEngagements.ts). */
const MAX_SUCCESSION_STEPS = 20;

/**
 * Cypher: for the entity `x`, rows `e` (engagement), `rank` (index in ENGAGEMENT_VIAS) and
 * `through` (the nodes between x and the client, the client last), one per way an engagement is
 * reached. Used by the panel's fields below and by the map's counts (listEngagements.ts).
 */
export const ATTRIBUTION_WAYS = (x: string) => `
      MATCH (${x})<-[:FOR]-(e:Engagement) RETURN e, 0 AS rank, [] AS through
      UNION
      MATCH (${x}:Municipality)<-[:SUCCEEDED_BY*1..${MAX_SUCCESSION_STEPS}]-(p:Municipality)<-[:FOR]-(e:Engagement) RETURN e, 1 AS rank, [p] AS through
      UNION
      MATCH (${x})<-[:SUCCEEDED_BY*0..${MAX_SUCCESSION_STEPS}]-(:Entity)<-[:PART_OF]-(o:Organization)<-[:FOR]-(e:Engagement) RETURN e, 2 AS rank, [o] AS through
      UNION
      MATCH (${x}:Municipality)<-[:SUCCEEDED_BY*0..${MAX_SUCCESSION_STEPS}]-(:Municipality)-[:MEMBER_OF]->(r:Region)<-[:FOR]-(e:Engagement) RETURN e, 3 AS rank, [r] AS through
      UNION
      MATCH (${x}:Municipality)<-[:SUCCEEDED_BY*0..${MAX_SUCCESSION_STEPS}]-(:Municipality)-[:MEMBER_OF]->(r:Region)<-[:PART_OF]-(o:Organization)<-[:FOR]-(e:Engagement)
      RETURN e, 3 AS rank, [r, o] AS through`;

/** The indirect engagements listed per entity at most (the counts count all). */
export const MAX_LISTED = 500;

/** Per entity: every attributed engagement once (its first way), counted per way, and the first `$first` by way then name. */
const ATTRIBUTIONS = `
  UNWIND $ids AS id
  MATCH (x:Entity {id: id})
  CALL (x) {
    CALL (x) { ${ATTRIBUTION_WAYS('x')} }
    WITH e, rank, through ORDER BY rank, size(through), [n IN through | n.name]
    WITH e, head(collect({rank: rank, through: through})) AS way
    WITH e, way ORDER BY way.rank, e.name, e.id
    RETURN collect({e: e, rank: way.rank, through: way.through}) AS all
  }
  RETURN x.id AS id,
         [r IN range(0, ${ENGAGEMENT_VIAS.length - 1}) | size([a IN all WHERE a.rank = r])] AS counts,
         [a IN all WHERE a.rank > 0 | {engagement: properties(a.e), rank: a.rank, through: [n IN a.through | properties(n)]}][0..${MAX_LISTED}] AS rows`;

interface AttributedEngagement {
  engagement: EntityRecord;
  via: EngagementVia;
  through: EntityRecord[];
}

export interface EngagementAttribution {
  own: number;
  viaPredecessor: number;
  viaMemberOrganization: number;
  viaRegion: number;
  total: number;
  /** The engagements attributed by another way than OWN (at most MAX_LISTED), by way, then by title. */
  indirect: AttributedEngagement[];
}

/** The attribution of each of `ids` (one query for all); an unknown id is absent from the map. */
export async function engagementAttributionsOf(db: Database, ids: readonly string[]): Promise<Map<string, EngagementAttribution>> {
  const rows = await db.read<{
    id: string;
    counts: number[];
    rows: { engagement: EntityRecord; rank: number; through: EntityRecord[] }[];
  }>('engagementAttributions', ATTRIBUTIONS, { ids: [...new Set(ids)] });
  const out = new Map<string, EngagementAttribution>();
  for (const r of rows) {
    const [own, viaPredecessor, viaMemberOrganization, viaRegion] = r.counts;
    const indirect = r.rows.map((a) => ({ engagement: a.engagement, via: ENGAGEMENT_VIAS[a.rank]!, through: a.through }));
    out.set(r.id, {
      own: own!,
      viaPredecessor: viaPredecessor!,
      viaMemberOrganization: viaMemberOrganization!,
      viaRegion: viaRegion!,
      total: own! + viaPredecessor! + viaMemberOrganization! + viaRegion!,
      indirect,
    });
  }
  return out;
}
