import type { EntityRef } from '../../api/types';
import { useQuery } from '../../api/useQuery';

const ENTITY_REFS_QUERY = /* GraphQL */ `
  query EntityRefs($ids: [ID!]!) {
    nodes(ids: $ids) { id name type }
  }
`;

/** Names and types of some entities by id (for pickers restored from a link). */
export function useEntityRefs(ids: (string | null)[], label: string): Map<string, EntityRef> {
  const wanted = ids.filter((id): id is string => Boolean(id));
  const q = useQuery<{ nodes: EntityRef[] }>(ENTITY_REFS_QUERY, wanted.length ? { ids: wanted } : null, label);
  return new Map((q.data?.nodes ?? []).map((n) => [n.id, n]));
}
