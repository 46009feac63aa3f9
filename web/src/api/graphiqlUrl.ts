import { GRAPHQL_ENDPOINT } from './graphqlRequest';

/** A link that opens the query in the server's GraphiQL (yoga reads `query` and `variables` from the URL). */
export function graphiqlUrl(query: string, variables: Record<string, unknown>): string {
  const params = new URLSearchParams({ query, variables: JSON.stringify(variables, null, 2) });
  return `${GRAPHQL_ENDPOINT}?${params.toString()}`;
}
