import { graphql } from '../../api/generated';
import type { EngagementFilter, TimelineQuery } from '../../api/generated/graphql';
import type { Filters } from '../../state/appState';
import { toEngagementFilter } from '../filters/filterQueries';

/**
 * The timeline: the engagements that match the filters grouped by client, bureau or theme, each
 * group with its dated engagements as spans and its engagements without a start counted apart.
 */
export const TIMELINE_QUERY = graphql(`
  query Timeline($filter: EngagementFilter, $groupBy: TimelineGroupBy!, $first: Int, $perGroup: Int) {
    engagementTimeline(filter: $filter, groupBy: $groupBy, first: $first, perGroup: $perGroup) {
      engagementCount
      unknownPeriodCount
      ungroupedCount
      groupCount
      minYear
      maxYear
      groups {
        entity { ...EntityRef }
        engagementCount
        unknownPeriodCount
        spansLeftOut
        spans { id name start end startYear endYear status }
      }
    }
  }
`);

type Timeline = TimelineQuery['engagementTimeline'];
export type TimelineGroup = Timeline['groups'][number];
export type TimelineSpan = TimelineGroup['spans'][number];

/**
 * The timeline asks with every filter but the period: the whole time axis stays in view, and the
 * period (the same `from`/`to` as the year filter) is the brush on it.
 */
export function timelineFilter(filters: Filters): EngagementFilter {
  return { ...toEngagementFilter(filters), from: null, to: null };
}
