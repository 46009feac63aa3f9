/** The last GraphQL document and variables sent per view, so every view can show "the query behind it". */
export interface RecordedQuery {
  query: string;
  variables: Record<string, unknown>;
}

export const lastQuery: Record<string, RecordedQuery> = {};

export function recordQuery(label: string, query: string, variables: Record<string, unknown>): void {
  lastQuery[label] = { query, variables };
}
