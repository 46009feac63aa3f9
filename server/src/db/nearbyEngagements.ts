/**
 * Issue 19, item 5: for a gemeente that no engagement counts for, the nearest engagements that do
 * count for another gemeente — in its COROP region, else its veiligheidsregio, else its provincie —
 * each with the gemeente it counts for and the way (the attribution of engagementAttribution.ts,
 * so the panel says what the map colours). One query.
 */
import { int, type Database } from './database.js';
import type { EntityRecord } from './entities.js';
import { ATTRIBUTION_WAYS, ENGAGEMENT_VIAS, type EngagementVia } from './engagementAttribution.js';

const NEARBY_SCOPES = ['COROP', 'VEILIGHEIDSREGIO', 'PROVINCE'] as const;
type NearbyScope = (typeof NEARBY_SCOPES)[number];

/** The first scope (COROP, veiligheidsregio, provincie) with engagements, and its first `$first` engagements (newest first). */
const NEARBY = `
  MATCH (m:Municipality {id: $id})
  CALL (m) {
    MATCH (m)-[:MEMBER_OF]->(r:Region {kind: 'COROP'})<-[:MEMBER_OF]-(n:Municipality) WHERE n <> m AND n.dissolved IS NULL
    RETURN 0 AS scope, r, n
    UNION
    MATCH (m)-[:MEMBER_OF]->(r:Region {kind: 'VEILIGHEIDSREGIO'})<-[:MEMBER_OF]-(n:Municipality) WHERE n <> m AND n.dissolved IS NULL
    RETURN 1 AS scope, r, n
    UNION
    MATCH (n:Municipality) WHERE m.province IS NOT NULL AND n.province = m.province AND n <> m AND n.dissolved IS NULL
    RETURN 2 AS scope, null AS r, n
  }
  CALL (n) {
    CALL (n) { ${ATTRIBUTION_WAYS('n')} }
    WITH e, rank, through ORDER BY rank, size(through)
    RETURN e, head(collect({rank: rank, through: through})) AS way
  }
  WITH m, scope, r, e, n, way ORDER BY scope, way.rank, n.name
  WITH m, scope, r, e, head(collect({n: n, way: way})) AS best
  WITH m, scope, r, e, best ORDER BY e.startYear IS NULL, e.startYear DESC, e.name
  WITH m, scope, r, collect({municipality: properties(best.n), engagement: properties(e), rank: best.way.rank,
                          through: [x IN best.way.through | properties(x)]}) AS found
  ORDER BY scope LIMIT 1
  RETURN scope, properties(r) AS region, m.province AS province, size(found) AS total, found[0..$first] AS engagements`;

interface NearbyEngagement {
  municipality: EntityRecord;
  engagement: EntityRecord;
  via: EngagementVia;
  through: EntityRecord[];
}

export interface NearbyEngagements {
  scope: NearbyScope;
  region: EntityRecord | null;
  province: string | null;
  totalCount: number;
  engagements: NearbyEngagement[];
}

/** Null when neither the gemeente's COROP region, its veiligheidsregio nor its provincie has an engagement (or there is no such gemeente). */
export async function nearbyEngagements(db: Database, id: string, first: number): Promise<NearbyEngagements | null> {
  const [row] = await db.read<{
    scope: number;
    region: EntityRecord | null;
    province: string | null;
    total: number;
    engagements: { municipality: EntityRecord; engagement: EntityRecord; rank: number; through: EntityRecord[] }[];
  }>('nearbyEngagements', NEARBY, { id, first: int(first) });
  if (!row) return null;
  return {
    scope: NEARBY_SCOPES[row.scope]!,
    region: row.region,
    province: row.province,
    totalCount: row.total,
    engagements: row.engagements.map((x) => ({ municipality: x.municipality, engagement: x.engagement, via: ENGAGEMENT_VIAS[x.rank]!, through: x.through })),
  };
}
