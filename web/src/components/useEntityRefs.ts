import type { EntityRef } from '../api/fragments';
import { graphql } from '../api/generated';
import { useGraphQLQuery } from '../api/useGraphQLQuery';

/** Names and types of entities by id: the examples on the first screen, pickers restored from a link. */
const ENTITY_REFS_QUERY = graphql(`
  query EntityRefs($ids: [ID!]!) {
    nodes(ids: $ids) { ...EntityRef }
  }
`);

export interface EntityRefs {
  refs: ReadonlyMap<string, EntityRef>;
  loading: boolean;
}

/** Names and types of some entities by id; ids that are null are left out. */
export function useEntityRefs(ids: readonly (string | null)[]): EntityRefs {
  const wanted = ids.filter((id): id is string => Boolean(id));
  const q = useGraphQLQuery(ENTITY_REFS_QUERY, wanted.length ? { ids: wanted } : null);
  return { refs: new Map((q.data?.nodes ?? []).map((n) => [n.id, n])), loading: q.loading };
}
