export const STATS_QUERY = /* GraphQL */ `
  query Overview {
    stats {
      sourceCount
      nodesByType { key label count }
      engagementsPerTheme { key label count }
      engagementsPerYear { key label count }
    }
  }
`;

export interface Bucket {
  key: string;
  label: string;
  count: number;
}

export interface StatsData {
  stats: {
    sourceCount: number;
    nodesByType: Bucket[];
    engagementsPerTheme: Bucket[];
    engagementsPerYear: Bucket[];
  };
}
