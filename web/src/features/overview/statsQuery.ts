import { graphql } from '../../api/generated';
import type { OverviewQuery } from '../../api/generated/graphql';

/** The whole graph in figures. */
export const STATS_QUERY = graphql(`
  query Overview {
    stats {
      sourceCount
      nodesByType { key label count }
      engagementsPerTheme { key label count }
      engagementsPerYear { key label count }
    }
  }
`);

export type Bucket = OverviewQuery['stats']['nodesByType'][number];
