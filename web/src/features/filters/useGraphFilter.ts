import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { ENTITY_TYPES } from '../../api/entityTypes';
import type { EngagementFacetsQuery } from '../../api/generated/graphql';
import type { EntityType } from '../../api/generated/schema-enums';
import { graphqlQuery } from '../../api/queryClient';
import type { VisibleGraph } from '../../graph/knownGraph';
import type { Filters } from '../../state/appState';
import { ENGAGEMENT_FACETS_QUERY, type EngagementFacet, type ThemeOption } from './filterQueries';
import { hasEngagementFilter, matchEngagement } from './matchEngagement';
import { themeClosure } from './themeClosure';

export interface GraphFilter {
  /** Ids of the visible nodes the filters hide. */
  filtered: ReadonlySet<string>;
  /** Visible nodes per type, before the type filter (the counts beside the type checkboxes). */
  typeCounts: Record<EntityType, number>;
  engagementsShown: number;
  engagementsTotal: number;
}

/** Ids per request: the server's page size for `nodes(ids)`. */
const FACETS_PER_REQUEST = 100;

/** Facets per engagement id; null for an id the server does not know (asked once, not again). */
type Facets = ReadonlyMap<string, EngagementFacet | null>;

function learnFacets(facets: Facets, asked: readonly string[], data: EngagementFacetsQuery): Facets {
  const next = new Map(facets);
  for (const id of asked) next.set(id, null);
  for (const n of data.nodes) if ('startYear' in n) next.set(n.id, n);
  return next;
}

/**
 * Applies the filters to the visible graph: hidden types, and engagements that fail the theme, period or
 * bureau filter. The themes, year and bureaus of visible engagements are fetched once per engagement,
 * for all that are new in one request.
 */
export function useGraphFilter(graph: VisibleGraph, filters: Filters, themes: readonly ThemeOption[] | undefined): GraphFilter {
  const [facets, setFacets] = useState<Facets>(new Map());
  const active = hasEngagementFilter(filters);
  const asked = useMemo(
    () =>
      active
        ? graph.nodes
            .filter((n) => n.type === 'ENGAGEMENT' && !facets.has(n.id))
            .map((n) => n.id)
            .slice(0, FACETS_PER_REQUEST)
        : [],
    [active, graph, facets],
  );
  const q = useQuery({ ...graphqlQuery(ENGAGEMENT_FACETS_QUERY, { ids: asked }), enabled: asked.length > 0 });

  // Fold each new answer in once; without placeholder data, `q.data` answers `asked` or is undefined.
  const [folded, setFolded] = useState<EngagementFacetsQuery | undefined>(undefined);
  if (asked.length > 0 && q.data && q.data !== folded) {
    const answer = q.data;
    setFolded(answer);
    setFacets((f) => learnFacets(f, asked, answer));
  }

  return useMemo(() => {
    const hiddenTypes = new Set(filters.hiddenTypes);
    const closure = themeClosure(filters.themes, themes ?? []);
    const filtered = new Set<string>();
    const typeCounts = Object.fromEntries(ENTITY_TYPES.map((t) => [t, 0])) as Record<EntityType, number>;
    let shown = 0;
    let total = 0;
    for (const n of graph.nodes) {
      typeCounts[n.type] += 1;
      let hide = hiddenTypes.has(n.type);
      if (n.type === 'ENGAGEMENT') {
        total += 1;
        const facet = facets.get(n.id);
        // Until its facets arrive an engagement stays visible, so the graph does not flash empty.
        if (active && facet && !matchEngagement(facet, filters, closure)) hide = true;
        if (!hide) shown += 1;
      }
      if (hide) filtered.add(n.id);
    }
    return { filtered, typeCounts, engagementsShown: shown, engagementsTotal: total };
  }, [graph, filters, themes, active, facets]);
}
