import { graphql } from '../../api/generated';
import type { PathVia } from '../../api/generated/schema-enums';
import type { PathsQuery } from '../../api/generated/graphql';
import { useGraphQLQuery } from '../../api/useGraphQLQuery';

/** The best paths between two entities (ranked by the server), each step with its relationship, direction and evidence. */
const PATHS_QUERY = graphql(`
  query Paths($from: ID!, $to: ID!, $maxLength: Int!, $first: Int!, $via: [PathVia!]) {
    paths(from: $from, to: $to, maxLength: $maxLength, first: $first, via: $via) {
      length
      nodes { ...EntityRef }
      steps {
        from { ...EntityRef }
        to { ...EntityRef }
        direction
        relation { ...RelationFields }
      }
    }
  }
`);

export type Path = PathsQuery['paths'][number];

const MAX_PATHS = 5;

/** What the paths view asks: the two ends, the maximum length, and whether themes and CBS regions count (the URL's pf, pt, pm, pv). */
export interface PathsAsk {
  from: string | null;
  to: string | null;
  maxLength: number;
  viaAll: boolean;
}

/** Everything a path may pass through when the user ticks "ook via thema's en CBS-regio's". */
const VIA_ALL: PathVia[] = ['THEMES', 'CBS_REGIONS'];

/**
 * The paths query of the paths view. The view lists its answer and App highlights the chosen path
 * from the same cache entry (one query key), so no result is handed up through an effect.
 */
export function usePathsQuery({ from, to, maxLength, viaAll }: PathsAsk) {
  return useGraphQLQuery(PATHS_QUERY, from && to && from !== to ? { from, to, maxLength, first: MAX_PATHS, via: viaAll ? VIA_ALL : [] } : null);
}
