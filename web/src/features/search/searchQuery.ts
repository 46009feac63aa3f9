import type { EntityRef, EntityType } from '../../api/types';

export const SEARCH_QUERY = /* GraphQL */ `
  query Search($query: String!, $first: Int!, $types: [EntityType!]) {
    search(query: $query, first: $first, types: $types) {
      totalCount
      edges {
        score
        node { id name type }
      }
    }
  }
`;

export interface SearchData {
  search: { totalCount: number; edges: { score: number; node: EntityRef }[] };
}

export interface SearchVariables {
  query: string;
  first: number;
  types: EntityType[] | null;
}

/** The server refuses text without a letter or digit; do not send it. */
export function isSearchable(text: string): boolean {
  return /[\p{L}\p{N}]/u.test(text);
}
