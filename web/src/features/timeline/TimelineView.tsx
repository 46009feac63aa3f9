import { Fieldset, FieldsetLegend, FormLabel, Paragraph, RadioButton, SecondaryActionButton } from '@utrecht/component-library-react';
import { useMemo, useState } from 'react';
import type { EntityRef } from '../../api/fragments';
import type { TimelineGroupBy } from '../../api/generated/schema-enums';
import { useGraphQLQuery } from '../../api/useGraphQLQuery';
import { InlineError } from '../../components/InlineError';
import { ShowQuery } from '../../components/ShowQuery';
import { useI18n } from '../../i18n/I18nProvider';
import { TIMELINE_GROUPINGS, type Filters } from '../../state/appState';
import { yearRange, type FilterOptions } from '../filters/filterQueries';
import '../filters/FiltersView.css';
import { PeriodFilter } from '../filters/PeriodFilter';
import { TimelineChart, type Period } from './TimelineChart';
import { periodToFilter } from './timelineLayout';
import { TIMELINE_QUERY, timelineFilter, type TimelineSpan } from './timelineQuery';
import { TimelineTable } from './TimelineTable';
import './TimelineView.css';

/** Groups per request, and how many more "Meer groepen" asks for (the API gives at most 100). */
const GROUPS_PAGE = 20;
const MAX_GROUPS = 100;
/** Spans per group. */
const PER_GROUP = 50;

/**
 * The timeline view: the engagements that match the filters (theme, bureau) on a time axis, grouped
 * by gemeente or client, bureau or theme, with those of unknown period counted apart. The period is
 * the year filter itself (`filters.from`/`to`): brushing the axis, the arrow keys on it, and the two
 * year sliders below it set it, and a period set elsewhere (the filters view, the map, a link) shows
 * on the axis — so the graph and the map follow the timeline and the timeline follows them.
 */
export function TimelineView({
  filters,
  options,
  groupBy,
  selected,
  onFilters,
  onGroupBy,
  onSelect,
}: {
  filters: Filters;
  options: FilterOptions | undefined;
  groupBy: TimelineGroupBy;
  selected: string | null;
  onFilters: (f: Filters) => void;
  onGroupBy: (g: TimelineGroupBy) => void;
  onSelect: (e: EntityRef) => void;
}) {
  const { t, formatNumber } = useI18n();
  const [first, setFirst] = useState(GROUPS_PAGE);
  const q = useGraphQLQuery(TIMELINE_QUERY, { filter: timelineFilter(filters), groupBy, first, perGroup: PER_GROUP });
  const timeline = q.data?.engagementTimeline;

  // The known years: those of the year filter (every engagement's start), widened to the ends the timeline shows.
  const { min: filterMin, max: filterMax } = yearRange(options);
  const min = Math.min(...[filterMin, timeline?.minYear].filter((y): y is number => y != null));
  const max = Math.max(...[filterMax, timeline?.maxYear].filter((y): y is number => y != null));
  const hasAxis = Number.isFinite(min) && Number.isFinite(max);

  const period: Period | null = useMemo(
    () => (filters.from === null && filters.to === null ? null : { from: filters.from ?? min, to: filters.to ?? max }),
    [filters.from, filters.to, min, max],
  );
  const setPeriod = (p: Period | null) => {
    if (!p) return onFilters({ ...filters, from: null, to: null });
    onFilters({ ...filters, ...periodToFilter(p.from, p.to, filterMin ?? min, filterMax ?? max) });
  };
  const select = (s: TimelineSpan) => onSelect({ id: s.id, name: s.name, type: 'ENGAGEMENT' });

  const dated = timeline ? timeline.engagementCount - timeline.unknownPeriodCount : 0;

  return (
    <div className="view timeline-view" data-testid="timeline-view">
      <Paragraph className="intro">{t('timeline.intro')}</Paragraph>

      <Fieldset className="filter-group timeline-grouping">
        <FieldsetLegend>{t('timeline.groupBy')}</FieldsetLegend>
        {TIMELINE_GROUPINGS.map((g) => (
          <div key={g} className="timeline-grouping-option">
            <RadioButton
              id={`timeline-by-${g}`}
              name="timeline-by"
              value={g}
              checked={groupBy === g}
              data-testid={`timeline-by-${g}`}
              onChange={() => {
                setFirst(GROUPS_PAGE);
                onGroupBy(g);
              }}
            />
            <FormLabel htmlFor={`timeline-by-${g}`} type="radio">
              {t(`timeline.by.${g}`)}
            </FormLabel>
          </div>
        ))}
      </Fieldset>

      <InlineError error={q.error} onRetry={q.retry} />
      {timeline && (
        <div className="timeline-summary" aria-live="polite">
          <p data-testid="timeline-summary">{t('timeline.summary', { count: formatNumber(timeline.engagementCount), dated: formatNumber(dated) })}</p>
          <p className="timeline-unknown" data-testid="timeline-unknown">
            <strong>{t('timeline.unknown', { count: formatNumber(timeline.unknownPeriodCount) })}</strong> <span className="muted">— {t('timeline.unknownHint')}</span>
          </p>
          <p data-testid="timeline-period">{period ? t('timeline.period', { from: period.from, to: period.to }) : t('timeline.noPeriod')}</p>
        </div>
      )}

      {timeline && timeline.engagementCount === 0 && <p className="muted">{t('timeline.empty')}</p>}
      {timeline && hasAxis && timeline.groups.length > 0 && (
        <TimelineChart groups={timeline.groups} min={min} max={max} period={period} selected={selected} onPeriod={setPeriod} onSelect={select} />
      )}
      {!timeline && !q.error && <p className="muted">{t('loading')}</p>}

      {hasAxis && min < max && (
        <div className="timeline-period-controls">
          <PeriodFilter
            min={filterMin ?? min}
            max={filterMax ?? max}
            from={filters.from}
            to={filters.to}
            onChange={(from, to) => onFilters({ ...filters, from, to })}
          />
          <SecondaryActionButton disabled={!period} data-testid="timeline-clear" onClick={() => setPeriod(null)}>
            {t('timeline.clear')}
          </SecondaryActionButton>
        </div>
      )}

      {timeline && (
        <div className="timeline-left-out small">
          {timeline.groupCount > timeline.groups.length && (
            <p data-testid="timeline-groups-left-out">
              {t('timeline.groupsLeftOut', { shown: timeline.groups.length, total: timeline.groupCount })}{' '}
              {first < MAX_GROUPS && (
                <button type="button" className="button-link" data-testid="timeline-more" onClick={() => setFirst((n) => Math.min(MAX_GROUPS, n + GROUPS_PAGE))}>
                  {t('timeline.more')}
                </button>
              )}
            </p>
          )}
          {timeline.ungroupedCount > 0 && <p>{t('timeline.ungrouped', { count: timeline.ungroupedCount })}</p>}
          <p className="muted">{t('timeline.selectHint')}</p>
        </div>
      )}

      {timeline && timeline.groups.length > 0 && <TimelineTable groups={timeline.groups} period={period} selected={selected} onSelect={select} />}
      <ShowQuery request={q.request} />
    </div>
  );
}
