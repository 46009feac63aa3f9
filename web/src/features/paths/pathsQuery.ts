import { graphql } from '../../api/generated';
import type { PathsQuery } from '../../api/generated/graphql';

/** The shortest paths between two entities, each step with its relationship and evidence. */
export const PATHS_QUERY = graphql(`
  query Paths($from: ID!, $to: ID!, $maxLength: Int!, $first: Int!) {
    paths(from: $from, to: $to, maxLength: $maxLength, first: $first) {
      length
      nodes { ...EntityRef }
      steps {
        from { ...EntityRef }
        to { ...EntityRef }
        relation { ...RelationFields }
      }
    }
  }
`);

export type Path = PathsQuery['paths'][number];

export const MAX_PATHS = 5;
