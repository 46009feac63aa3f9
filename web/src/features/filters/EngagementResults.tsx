import { Heading3, SecondaryActionButton } from '@utrecht/component-library-react';
import { useInfiniteQuery } from '@tanstack/react-query';
import type { EntityRef } from '../../api/fragments';
import { fetchGraphQL, toRequest } from '../../api/queryClient';
import { EngagementItem, EngagementList } from '../../components/EngagementItem';
import { InlineError } from '../../components/InlineError';
import { ShowQuery } from '../../components/ShowQuery';
import { useI18n } from '../../i18n/I18nProvider';
import type { Filters } from '../../state/appState';
import { ENGAGEMENTS_QUERY, toEngagementFilter } from './filterQueries';
import { hasEngagementFilter } from './matchEngagement';

const PAGE_SIZE = 20;

/** The engagements that match the filters (all of the graph, not only what is visible), page by page. */
export function EngagementResults({ filters, onSelect }: { filters: Filters; onSelect: (e: EntityRef) => void }) {
  const { t } = useI18n();
  const filter = toEngagementFilter(filters);
  // One cache entry per filter, holding its pages; "Meer laden" fetches the next one after the last cursor.
  const q = useInfiniteQuery({
    queryKey: ['FilteredEngagements', filter],
    queryFn: ({ pageParam, signal }) => fetchGraphQL(ENGAGEMENTS_QUERY, { filter, first: PAGE_SIZE, after: pageParam }, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => (last.engagements.pageInfo.hasNextPage ? last.engagements.pageInfo.endCursor : undefined),
  });
  const pages = q.data?.pages ?? [];
  const conn = pages.at(-1)?.engagements;
  const items = pages.flatMap((p) => p.engagements.edges.map((e) => e.node));
  const lastAfter = (q.data?.pageParams.at(-1) as string | null | undefined) ?? null;

  return (
    <section className="filter-results" aria-labelledby="engagement-results-heading" data-testid="engagement-results">
      <Heading3 id="engagement-results-heading">
        {t('filters.engagements')}{' '}
        {conn && (
          <span className="count" data-testid="engagement-total">
            {conn.totalCount}
          </span>
        )}
      </Heading3>
      <p className="muted small" aria-live="polite">
        {conn ? (
          <span data-testid="engagement-count">
            {t(hasEngagementFilter(filters) ? 'filters.engagementCountFiltered' : 'filters.engagementCount', { count: conn.totalCount })}
          </span>
        ) : q.isFetching ? (
          t('loading')
        ) : (
          ''
        )}
      </p>
      <InlineError error={q.error} onRetry={() => void q.refetch()} />
      {conn && conn.totalCount === 0 && <p className="muted">{t('filters.none')}</p>}
      <EngagementList>
        {items.map((e) => (
          <EngagementItem key={e.id} engagement={e} onSelect={onSelect} />
        ))}
      </EngagementList>
      {q.hasNextPage && (
        <SecondaryActionButton disabled={q.isFetching} onClick={() => void q.fetchNextPage()}>
          {t('filters.more')}
        </SecondaryActionButton>
      )}
      <ShowQuery request={toRequest(ENGAGEMENTS_QUERY, { filter, first: PAGE_SIZE, after: lastAfter })} />
    </section>
  );
}
