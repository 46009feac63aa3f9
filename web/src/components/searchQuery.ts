import { graphql } from '../api/generated';

/** Autocomplete: the best few entities whose name or alias matches the text; a dissolved gemeente says so. */
export const SEARCH_QUERY = graphql(`
  query Search($query: String!, $first: Int!, $types: [EntityType!]) {
    search(query: $query, first: $first, types: $types) {
      totalCount
      edges {
        node { ...EntityRef ... on Municipality { dissolved dissolvedYear } }
      }
    }
  }
`);

/** The server refuses text without a letter or digit; do not send it. */
export function isSearchable(text: string): boolean {
  return /[\p{L}\p{N}]/u.test(text);
}
