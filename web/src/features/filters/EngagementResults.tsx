import { useEffect, useState } from 'react';
import type { EngagementSummary, EntityRef } from '../../api/types';
import { useQuery, type QueryRequest } from '../../api/useQuery';
import { useI18n } from '../../i18n/I18nProvider';
import type { Filters } from '../../state/appState';
import { EngagementItem } from '../entity-panel/EngagementItem';
import { InlineError } from '../feedback/InlineError';
import { ENGAGEMENTS_QUERY, type EngagementsData } from './filterQueries';

const PAGE_SIZE = 20;

/** The engagements that match the filters (all of the graph, not only what is visible), page by page. */
export function EngagementResults({
  filters,
  onSelect,
  onRequest,
}: {
  filters: Filters;
  onSelect: (e: EntityRef) => void;
  onRequest: (r: QueryRequest | null) => void;
}) {
  const { t } = useI18n();
  const filter = {
    themes: filters.themes.length ? filters.themes : null,
    consultancies: filters.consultancies.length ? filters.consultancies : null,
    from: filters.from,
    to: filters.to,
  };
  const filterKey = JSON.stringify(filter);
  const [after, setAfter] = useState<string | null>(null);
  const [items, setItems] = useState<EngagementSummary[]>([]);
  const q = useQuery<EngagementsData>(ENGAGEMENTS_QUERY, { filter, first: PAGE_SIZE, after }, 'engagements');

  useEffect(() => {
    setAfter(null);
    setItems([]);
  }, [filterKey]);

  useEffect(() => {
    // Only an answer to the current filter counts; while the next one loads, `data` is the previous one.
    if (!q.data || !q.dataVariables || JSON.stringify(q.dataVariables.filter) !== filterKey) return;
    const page = q.data.engagements.edges.map((e) => e.node);
    const pageAfter = (q.dataVariables.after as string | null) ?? null;
    setItems((old) => (pageAfter === null ? page : [...old, ...page.filter((p) => !old.some((o) => o.id === p.id))]));
  }, [q.data, q.dataVariables, filterKey]);

  useEffect(() => onRequest(q.request), [q.request, onRequest]);

  const current = q.dataVariables && JSON.stringify(q.dataVariables.filter) === filterKey;
  const conn = current ? q.data?.engagements : undefined;
  return (
    <section className="filter-results" aria-labelledby="engagement-results-heading" data-testid="engagement-results">
      <h3 id="engagement-results-heading">
        {t('filters.engagements')}{' '}
        {conn && (
          <span className="count" data-testid="engagement-total">
            {conn.totalCount}
          </span>
        )}
      </h3>
      <p className="muted small" aria-live="polite">
        {conn ? t('filters.engagementCount', { count: conn.totalCount }) : q.loading ? t('loading') : ''}
      </p>
      <InlineError error={q.error} onRetry={q.retry} />
      {conn && conn.totalCount === 0 && <p className="muted">{t('filters.none')}</p>}
      <div className="engagement-list">
        {items.map((e) => (
          <EngagementItem key={e.id} engagement={e} onSelect={onSelect} />
        ))}
      </div>
      {conn?.pageInfo.hasNextPage && (
        <button
          type="button"
          className="button-secondary"
          disabled={q.loading}
          onClick={() => setAfter(conn.pageInfo.endCursor)}
        >
          {t('filters.more')}
        </button>
      )}
    </section>
  );
}
