import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useMemo, useState } from 'react';
import type { ApiError } from '../../api/ApiError';
import { graphql } from '../../api/generated';
import type { EngagementGrouping } from '../../api/generated/schema-enums';
import { graphqlQuery } from '../../api/queryClient';
import { useServerLimits } from '../../api/serverLimits';
import { GROUP_PAGE, NOTHING_REVEALED, reveal, type GroupCount, type NeighbourGroup, type Revealed } from '../../graph/neighborGroups';
import type { GraphData } from './useGraphData';

const COUNTS_QUERY = graphql(`
  query NeighborGroupCounts($ids: [ID!]!, $by: EngagementGrouping) {
    neighborGroups(ids: $ids, engagementsBy: $by) {
      of
      type
      count
      parts { key name count }
    }
  }
`);

const MEMBERS_QUERY = graphql(`
  query NeighborGroupPage($id: ID!, $type: EntityType!, $by: EngagementGrouping, $key: ID, $first: Int!, $after: String) {
    neighborGroupMembers(id: $id, type: $type, engagementsBy: $by, key: $key, first: $first, after: $after) {
      totalCount
      hasNextPage
      endCursor
      nodes { id label type provenanceCount degree year }
      edges { id source target type role title kind provenanceCount }
    }
  }
`);

export interface NeighbourGroups {
  by: EngagementGrouping | null;
  setBy: (by: EngagementGrouping | null) => void;
  /** The server's counts per expanded node. */
  counts: ReadonlyMap<string, readonly GroupCount[]>;
  revealed: Revealed;
  /** Adds the next page of a group's members to the map. */
  open: (group: NeighbourGroup) => Promise<void>;
  /** The group whose page is being loaded. */
  opening: string | null;
  error: ApiError | null;
}

/**
 * The counts behind the group nodes (one request for all expanded nodes, again when they or the
 * grouping change) and the members opened so far, a page per opening. Opened members are kept for
 * the session, not in the link: a shared link shows the groups closed.
 */
export function useNeighborGroups(exp: readonly string[], addGraph: GraphData['addGraph']): NeighbourGroups {
  const [by, setByState] = useState<EngagementGrouping | null>(null);
  const [revealed, setRevealed] = useState<Revealed>(NOTHING_REVEALED);
  const [opening, setOpening] = useState<string | null>(null);
  const [openError, setOpenError] = useState<ApiError | null>(null);
  const queryClient = useQueryClient();
  // Start ids per request: the server's limit (`limits.maxNeighborhoodIds`).
  const maxIds = useServerLimits().data?.maxNeighborhoodIds ?? 0;
  const ids = useMemo(() => [...exp].sort().slice(0, maxIds), [exp, maxIds]);
  const q = useQuery({
    ...graphqlQuery(COUNTS_QUERY, { ids, by }),
    enabled: ids.length > 0,
    placeholderData: keepPreviousData,
  });
  const counts = useMemo(() => {
    const m = new Map<string, GroupCount[]>();
    for (const c of q.data?.neighborGroups ?? []) m.set(c.of, [...(m.get(c.of) ?? []), c]);
    return m;
  }, [q.data]);

  const setBy = useCallback((next: EngagementGrouping | null) => {
    setByState(next);
    // Opened members stay on the map (they are in `byNode`); the new grouping's groups start closed.
    setRevealed((r) => ({ byNode: r.byNode, byGroup: new Map() }));
  }, []);

  const open = useCallback(
    async (group: NeighbourGroup) => {
      const state = revealed.byGroup.get(group.id);
      if (state?.done) return;
      setOpening(group.id);
      setOpenError(null);
      try {
        const answer = await queryClient.fetchQuery(
          graphqlQuery(MEMBERS_QUERY, {
            id: group.of,
            type: group.type,
            by: group.key === undefined ? null : group.by,
            key: group.key ?? null,
            first: GROUP_PAGE,
            after: state?.cursor ?? null,
          }),
        );
        const page = answer.neighborGroupMembers;
        addGraph(page);
        setRevealed((r) => reveal(r, group, page.nodes.map((n) => n.id), page.endCursor ?? null, !page.hasNextPage));
      } catch (e) {
        setOpenError(e as ApiError);
      } finally {
        setOpening(null);
      }
    },
    [revealed, queryClient, addGraph],
  );

  return { by, setBy, counts, revealed, open, opening, error: q.error ?? openError };
}
