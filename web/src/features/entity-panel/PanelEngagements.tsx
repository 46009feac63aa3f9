import { Button, Heading3 } from '@utrecht/component-library-react';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
import type { EngagementSummary, EntityRef } from '../../api/fragments';
import type { EntityEngagementsQuery } from '../../api/generated/graphql';
import { fetchGraphQL } from '../../api/queryClient';
import { EngagementItem, VirtualEngagementList } from '../../components/EngagementItem';
import { InlineError } from '../../components/InlineError';
import { useI18n } from '../../i18n/I18nProvider';
import { ENTITY_ENGAGEMENTS_QUERY } from './entityQuery';

/** Engagements per page after the first (the first comes with the entity, the server's default 50). */
const PAGE_SIZE = 100;

function pageOf(data: EntityEngagementsQuery): readonly EngagementSummary[] {
  const node = data.node;
  return node && 'engagements' in node ? node.engagements : [];
}

/**
 * An entity's engagements in the panel: the first page with the total ("50 van 953 trajecten"), the
 * next pages when the list is scrolled to its end or on the button, in a virtualised list.
 */
export function PanelEngagements({
  entity,
  firstPage,
  total,
  roleOf,
  noteOf,
  indirect = 0,
  empty,
  onSelect,
}: {
  entity: EntityRef;
  firstPage: readonly EngagementSummary[];
  /** All engagements (all pages); the first page's length where the list is not paged. */
  total: number;
  roleOf?: ReadonlyMap<string, string>;
  noteOf?: (e: EngagementSummary) => string | undefined;
  /** Engagements that count for the entity through others (listed apart, under the list): in the heading's count. */
  indirect?: number;
  /** Said instead of "Geen trajecten." when there are none at all (a gemeente's panel says what the graph holds instead). */
  empty?: boolean;
  onSelect: (e: EntityRef) => void;
}) {
  const { t } = useI18n();
  const lastOfFirst = firstPage.at(-1)?.id ?? '';
  const more = useInfiniteQuery({
    queryKey: ['EntityEngagements', entity.id, lastOfFirst],
    queryFn: ({ pageParam, signal }) => fetchGraphQL(ENTITY_ENGAGEMENTS_QUERY, { id: entity.id, first: PAGE_SIZE, after: pageParam }, signal),
    initialPageParam: lastOfFirst,
    getNextPageParam: (page) => (pageOf(page).length === PAGE_SIZE ? pageOf(page).at(-1)?.id : undefined),
    // Started by the first "load more", not by opening the panel.
    enabled: false,
  });
  const items = useMemo(() => [...firstPage, ...(more.data?.pages.flatMap(pageOf) ?? [])], [firstPage, more.data]);
  const hasMore = items.length < total && (more.data === undefined || more.hasNextPage);
  const busy = more.isFetching;
  const { fetchNextPage, refetch } = more;
  const started = more.data !== undefined;
  const loadMore = useCallback(() => {
    if (!hasMore || busy) return;
    void (started ? fetchNextPage() : refetch());
  }, [hasMore, busy, started, fetchNextPage, refetch]);

  return (
    <>
      <Heading3 id="panel-eng-heading">
        {t('panel.engagements')}{' '}
        <span className="count" data-testid="panel-engagement-count">
          {items.length < total ? t('panel.engagementsShown', { shown: items.length, total: total + indirect }) : total + indirect}
        </span>
      </Heading3>
      {items.length === 0 && empty ? null : items.length === 0 ? (
        <p className="muted" data-testid="panel-no-engagements">
          {indirect > 0 ? t('panel.noOwnEngagements') : t('panel.noEngagements')}
        </p>
      ) : (
        <VirtualEngagementList
          items={items}
          label={t('panel.engagementsOf', { name: entity.name })}
          onNearEnd={hasMore ? loadMore : undefined}
          renderItem={(e) => <EngagementItem engagement={e} role={roleOf?.get(e.id)} note={noteOf?.(e)} onSelect={onSelect} />}
        />
      )}
      {hasMore && (
        <Button appearance="secondary-action-button" className="small" data-testid="panel-load-more" disabled={busy} busy={busy} onClick={loadMore}>
          {busy ? t('loading') : t('panel.loadMore', { count: Math.min(PAGE_SIZE, total - items.length) })}
        </Button>
      )}
      <InlineError error={more.error} onRetry={() => void (started ? fetchNextPage() : refetch())} />
      <p className="visually-hidden" aria-live="polite">
        {started ? t('panel.engagementsShown', { shown: items.length, total }) : ''}
      </p>
    </>
  );
}
