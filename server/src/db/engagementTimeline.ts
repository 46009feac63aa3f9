/**
 * The timeline (`engagementTimeline`): the engagements that match a filter, grouped by their
 * client, bureau or theme, each group with its dated engagements as spans (start, end as the
 * source states them) and the count of those whose period is unknown (no start) — in ONE query.
 * The matching engagements are found as `engagements(filter)` finds them (listEngagements.ts: from
 * the most selective criterion, on indexes); the groups are the engagements' FOR, BY or ABOUT
 * neighbours, largest first; both the number of groups and the spans per group are bounded (a
 * busy group's spans spread evenly over its time), and what is left out is counted.
 */
import { int, type Database } from './database.js';
import type { EntityRecord } from './entities.js';
import type { ENGAGEMENT_STATUSES } from '../domain/vocabulary.js';
import { filterParams, matchingEngagements, type EngagementFilterInput } from './listEngagements.js';

export type TimelineGroupBy = 'CLIENT' | 'CONSULTANCY' | 'THEME';

/**
 * The relationship to each group, one constant pattern per grouping — never built from input text.
 * No label on `g`: FOR, BY and ABOUT only ever end at a client, a bureau, a theme (relationRules.ts),
 * and a label check would cost a read per engagement.
 */
const GROUP_PATTERN: Record<TimelineGroupBy, string> = {
  CLIENT: '(e)-[:FOR]->(g)',
  CONSULTANCY: '(e)-[:BY]->(g)',
  THEME: '(e)-[:ABOUT]->(g)',
};

/** The year of a partial date (`2016`, `2016-12`, `2016-12-01`): its first four digits. */
const YEAR_OF_END = 'CASE WHEN x.end IS NULL THEN null ELSE toInteger(left(x.end, 4)) END';

interface TimelineSpanRecord {
  id: string;
  name: string;
  /** Every span has a start year; a start date that is missing falls back to that year. */
  start: string;
  end: string | null;
  startYear: number;
  endYear: number | null;
  status: (typeof ENGAGEMENT_STATUSES)[number];
}

interface TimelineGroupRecord {
  entity: EntityRecord;
  engagementCount: number;
  unknownPeriodCount: number;
  spans: TimelineSpanRecord[];
  spansLeftOut: number;
}

export interface TimelineRecord {
  groupBy: TimelineGroupBy;
  engagementCount: number;
  unknownPeriodCount: number;
  ungroupedCount: number;
  groupCount: number;
  minYear: number | null;
  maxYear: number | null;
  groups: TimelineGroupRecord[];
}

const timelineCypher = (matching: string, pattern: string) => `${matching}
  WITH collect(e) AS matched
  CALL (matched) {
    UNWIND matched AS x
    RETURN count(x) AS engagementCount, count(x) - count(x.startYear) AS unknownPeriodCount,
           min(x.startYear) AS minYear, max(coalesce(${YEAR_OF_END}, x.startYear)) AS maxYear
  }
  CALL (matched) {
    UNWIND matched AS e
    OPTIONAL MATCH ${pattern}
    WITH g, collect(e) AS es
    WITH g, es ORDER BY size(es) DESC, g.name ASC
    // The engagements without a group fall under g = null: counted, not listed. One expansion per engagement.
    RETURN collect(CASE WHEN g IS NOT NULL THEN {g: g, es: es} END) AS grouped,
           sum(CASE WHEN g IS NULL THEN size(es) ELSE 0 END) AS ungroupedCount
  }
  CALL (grouped) {
    UNWIND range(0, size(grouped[0..$first]) - 1) AS i
    WITH i, grouped[i] AS grp
    WITH i, grp, COLLECT { UNWIND grp.es AS x WITH x WHERE x.startYear IS NOT NULL
                           WITH x ORDER BY x.startYear, x.start, x.name RETURN x } AS dated
    // More than $perGroup: every k-th by start, so the spans shown cover the group's whole time, not its first years.
    WITH i, grp, dated, CASE WHEN size(dated) <= $perGroup THEN dated
                             ELSE [k IN range(0, $perGroup - 1) | dated[k * size(dated) / $perGroup]] END AS shown
    WITH i, {
      entity: properties(grp.g),
      engagementCount: size(grp.es),
      unknownPeriodCount: size(grp.es) - size(dated),
      spansLeftOut: size(dated) - size(shown),
      spans: [x IN shown | {id: x.id, name: x.name, start: coalesce(x.start, toString(x.startYear)), end: x.end, startYear: x.startYear,
                            endYear: ${YEAR_OF_END}, status: coalesce(x.status, 'UNKNOWN')}]
    } AS entry
    ORDER BY i
    RETURN collect(entry) AS groups
  }
  RETURN engagementCount, unknownPeriodCount, minYear, maxYear, size(grouped) AS groupCount, ungroupedCount, groups`;

/** The timeline of the engagements matching `filter`, grouped by `groupBy` (one query). */
export async function engagementTimeline(
  db: Database,
  filter: EngagementFilterInput,
  groupBy: TimelineGroupBy,
  bounds: { first: number; perGroup: number },
): Promise<TimelineRecord> {
  const params = filterParams(filter);
  const [row] = await db.read<Omit<TimelineRecord, 'groupBy'>>('engagementTimeline', timelineCypher(matchingEngagements(params), GROUP_PATTERN[groupBy]), {
    ...params,
    first: int(bounds.first),
    perGroup: int(bounds.perGroup),
  });
  const empty = { engagementCount: 0, unknownPeriodCount: 0, ungroupedCount: 0, groupCount: 0, minYear: null, maxYear: null, groups: [] };
  return { groupBy, ...(row ?? empty) };
}
