import { useQuery } from '@tanstack/react-query';
import { graphql } from './generated';
import type { ServerLimitsQuery } from './generated/graphql';
import { graphqlQuery } from './queryClient';

/**
 * The limits the server is configured with (`limits`, schema.graphql): the app stays within them
 * instead of copying numbers a server may set otherwise (MAX_NEIGHBORHOOD_NODES, MAX_PAGE_SIZE, …).
 * Asked once per session: they change only when the server restarts with other settings.
 */
const SERVER_LIMITS_QUERY = graphql(`
  query ServerLimits {
    limits {
      maxPageSize
      maxNeighborhoodNodes
      maxNeighborhoodIds
      maxPinnedIds
      maxConnectIds
    }
  }
`);

export type ServerLimits = ServerLimitsQuery['limits'];

export function useServerLimits() {
  return useQuery({ ...graphqlQuery(SERVER_LIMITS_QUERY, {}), staleTime: Infinity, gcTime: Infinity, select: (d) => d.limits });
}
