import { useQueries } from '@tanstack/react-query';
import { useMemo } from 'react';
import { graphql } from '../../api/generated';
import type { TableEngagementsQuery } from '../../api/generated/graphql';
import { graphqlQuery } from '../../api/queryClient';

/** What the table view shows of an engagement besides its name and year: its bureaus, themes and status. */
const TABLE_ENGAGEMENTS_QUERY = graphql(`
  query TableEngagements($ids: [ID!]!) {
    nodes(ids: $ids) {
      id
      ... on Engagement {
        status
        consultancies { id name }
        themes { id name }
      }
    }
  }
`);

type Node = TableEngagementsQuery['nodes'][number];
export type EngagementFacts = Extract<Node, { status: unknown }>;

/** `nodes(ids)` takes at most the server's page size (100) per call. */
const BATCH = 100;

/** Module-level, so TanStack runs it only when an answer changes (a stable `combine`). */
function combine(results: { data?: TableEngagementsQuery }[]): ReadonlyMap<string, EngagementFacts> {
  return new Map(
    results
      .flatMap((r) => r.data?.nodes ?? [])
      .filter((n): n is EngagementFacts => 'status' in n)
      .map((n) => [n.id, n]),
  );
}

/** The bureaus, themes and status of the given engagements, in batches of 100 (each batch cached on its own). */
export function useEngagementFacts(ids: readonly string[]): ReadonlyMap<string, EngagementFacts> {
  const batches = useMemo(() => {
    const sorted = [...ids].sort();
    const out: string[][] = [];
    for (let i = 0; i < sorted.length; i += BATCH) out.push(sorted.slice(i, i + BATCH));
    return out;
  }, [ids]);
  return useQueries({ queries: batches.map((b) => graphqlQuery(TABLE_ENGAGEMENTS_QUERY, { ids: b })), combine });
}
