import { isEntityType } from '../../api/entityTypes';
import { useGraphQLQuery } from '../../api/useGraphQLQuery';
import { InlineError } from '../../components/InlineError';
import { ShowQuery } from '../../components/ShowQuery';
import { TypeIcon } from '../../components/TypeIcon';
import { useI18n } from '../../i18n/I18nProvider';
import { BucketChart } from './BucketChart';
import './OverviewView.css';
import { STATS_QUERY } from './statsQuery';

/** Themes shown in the chart; the table beneath lists the same top. */
const TOP_THEMES = 15;

/** The whole graph in figures: entities per type, engagements per theme and per start year. */
export function OverviewView() {
  const { t } = useI18n();
  const q = useGraphQLQuery(STATS_QUERY, {});
  const stats = q.data?.stats;
  return (
    <div className="view overview-view" data-testid="overview-view">
      <InlineError error={q.error} onRetry={q.retry} />
      {q.loading && !stats && <p className="muted">{t('loading')}</p>}
      {stats && (
        <>
          <section aria-labelledby="overview-types-heading">
            <h3 id="overview-types-heading">{t('overview.byType')}</h3>
            <ul className="type-counts">
              {stats.nodesByType.map((b) => (
                <li key={b.key}>
                  {isEntityType(b.key) && <TypeIcon type={b.key} size={14} />}
                  <span>{isEntityType(b.key) ? t(`type.${b.key}`) : b.label}</span>
                  <span className="count">{b.count}</span>
                </li>
              ))}
            </ul>
            <p className="muted small">{t('overview.sources', { count: stats.sourceCount })}</p>
          </section>
          <BucketChart
            title={t('overview.perTheme')}
            buckets={[...stats.engagementsPerTheme].sort((a, b) => b.count - a.count).slice(0, TOP_THEMES)}
            horizontal
            colorToken="--type-theme"
            testId="chart-per-theme"
          />
          <BucketChart
            title={t('overview.perYear')}
            buckets={[...stats.engagementsPerYear].sort((a, b) => a.key.localeCompare(b.key))}
            colorToken="--type-municipality"
            testId="chart-per-year"
          />
        </>
      )}
      <ShowQuery request={q.request} />
    </div>
  );
}
