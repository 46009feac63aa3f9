import { graphql } from '../../api/generated';
import type { InterlockQuery } from '../../api/generated/graphql';
import { useGraphQLQuery } from '../../api/useGraphQLQuery';

/** What a gemeente and its comparable share: bureaus, consultants, themes and engagements. */
const INTERLOCK_QUERY = graphql(`
  query Interlock($a: ID!, $b: ID!) {
    interlocks(a: $a, b: $b) {
      a { ...EntityRef }
      b { ...EntityRef }
      consultancies { ...EntityRef }
      consultants { ...EntityRef }
      themes { ...EntityRef }
      engagements { ...EntityRef }
    }
  }
`);

export type Interlock = InterlockQuery['interlocks'];

/**
 * The overlap of the comparison's subject with the result the user opened. The view words it and App
 * highlights it in the graph from the same cache entry (one query key), so nothing is handed up.
 */
export function useInterlockQuery(subject: string | null, openWith: string | null) {
  return useGraphQLQuery(INTERLOCK_QUERY, subject && openWith ? { a: subject, b: openWith } : null);
}

/**
 * Shared items the graph shows at most. Two large gemeenten can share hundreds (every engagement
 * and bureau of a regional programme); the graph would be unreadable, and more ids than the API
 * takes per call. The rest stays in the ranking's explanation.
 */
export const INTERLOCK_GRAPH_MAX = 40;

/** The shared items in the order the graph takes them: engagements (they connect both sides), consultants, bureaus, themes. */
function sharedItems(i: Interlock) {
  return [...i.engagements, ...i.consultants, ...i.consultancies, ...i.themes];
}

export function interlockSharedCount(i: Interlock): number {
  return sharedItems(i).length;
}

/** The two sides and the first INTERLOCK_GRAPH_MAX shared items: what "Toon overlap in graaf" puts in the graph. */
export function interlockIds(i: Interlock): string[] {
  return [i.a, i.b, ...sharedItems(i).slice(0, INTERLOCK_GRAPH_MAX)].map((e) => e.id);
}
