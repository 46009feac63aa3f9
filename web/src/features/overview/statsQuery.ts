import { graphql } from '../../api/generated';
import type { OverviewQuery } from '../../api/generated/graphql';

/** The start page's figures: the whole graph in numbers and charts, and the newest articles. */
export const STATS_QUERY = graphql(`
  query Overview($recent: Int!) {
    stats {
      sourceCount
      nodesByType { key label count }
      engagementsPerTheme { key label count }
      engagementsPerYear { key label count }
      engagementsPerProvince { key label count }
    }
    recentSources(first: $recent) {
      totalCount
      sources { id title publisher date kind url }
    }
  }
`);

export type Bucket = OverviewQuery['stats']['nodesByType'][number];
