import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import { ApiError, isAbort } from '../../api/ApiError';
import { graphqlRequest } from '../../api/graphqlRequest';
import { clearOutage, reportOutage } from '../../api/outages';
import { ENTITY_TYPES, type EntityType } from '../../api/types';
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

/**
 * Applies the filters to the visible graph: hidden types, and engagements that fail the theme, period or
 * bureau filter. The themes, year and bureaus of visible engagements are fetched once, in one request.
 */
export function useGraphFilter(graph: VisibleGraph, filters: Filters, themes: readonly ThemeOption[] | undefined): GraphFilter {
  const facets = useRef(new Map<string, EngagementFacet>());
  const [version, setVersion] = useState(0);
  const [attempt, setAttempt] = useState(0);
  const outageKey = useId();
  const retry = useCallback(() => setAttempt((a) => a + 1), []);
  const active = hasEngagementFilter(filters);
  const engagementIds = useMemo(() => graph.nodes.filter((n) => n.type === 'ENGAGEMENT').map((n) => n.id), [graph]);
  const missingKey = active ? engagementIds.filter((id) => !facets.current.has(id)).join(',') : '';

  useEffect(() => {
    if (!missingKey) return undefined;
    const controller = new AbortController();
    graphqlRequest<{ nodes: EngagementFacet[] }>(ENGAGEMENT_FACETS_QUERY, { ids: missingKey.split(',') }, {
      signal: controller.signal,
      label: 'filters-graph',
    })
      .then((data) => {
        for (const f of data.nodes) facets.current.set(f.id, { ...f, startYear: f.startYear ?? null });
        clearOutage(outageKey);
        setVersion((v) => v + 1);
      })
      .catch((e: unknown) => {
        if (isAbort(e) || controller.signal.aborted) return;
        const err = e instanceof ApiError ? e : new ApiError('UNKNOWN', String(e));
        if (err.isOutage) reportOutage(outageKey, { error: err, retry });
      });
    return () => controller.abort();
  }, [missingKey, attempt, outageKey, retry]);

  useEffect(() => () => clearOutage(outageKey), [outageKey]);

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
        const facet = facets.current.get(n.id);
        // Until its facets arrive an engagement stays visible, so the graph does not flash empty.
        if (active && facet && !matchEngagement(facet, filters, closure)) hide = true;
        if (!hide) shown += 1;
      }
      if (hide) filtered.add(n.id);
    }
    return { filtered, typeCounts, engagementsShown: shown, engagementsTotal: total };
    // version: the facets map changed.
  }, [graph, filters, themes, active, version]);
}
