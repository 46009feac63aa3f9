import { graphql } from '../../api/generated';
import type { MapCountsQuery } from '../../api/generated/graphql';

/**
 * Every current gemeente with its CBS figures and the number of engagements that match the filters:
 * for itself or a predecessor (`count`), and only through a region or organisation (`viaRegion`).
 */
export const MAP_COUNTS_QUERY = graphql(`
  query MapCounts($filter: EngagementFilter) {
    municipalityEngagementCounts(filter: $filter) {
      count
      viaRegion
      municipality { ...EntityRef cbsCode province population density }
    }
  }
`);

export type MunicipalityCount = MapCountsQuery['municipalityEngagementCounts'][number];
