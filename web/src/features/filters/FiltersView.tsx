import { SecondaryActionButton } from '@utrecht/component-library-react';
import type { EntityRef } from '../../api/fragments';
import type { EntityType } from '../../api/generated/schema-enums';
import { useI18n } from '../../i18n/I18nProvider';
import { EMPTY_FILTERS, type Filters } from '../../state/appState';
import { ConsultancyFilter } from './ConsultancyFilter';
import { EngagementResults } from './EngagementResults';
import { yearRange, type FilterOptions } from './filterQueries';
import './FiltersView.css';
import { PeriodFilter } from './PeriodFilter';
import { ThemeFilter } from './ThemeFilter';
import { TypeFilter } from './TypeFilter';
import type { GraphFilter } from './useGraphFilter';

/** The filters view: types, themes, period and bureau; the graph and the engagement list follow them. */
export function FiltersView({
  filters,
  options,
  graphFilter,
  onChange,
  onSelect,
}: {
  filters: Filters;
  options: FilterOptions | undefined;
  graphFilter: GraphFilter;
  onChange: (f: Filters) => void;
  onSelect: (e: EntityRef) => void;
}) {
  const { t } = useI18n();
  const { min: minYear, max: maxYear } = yearRange(options);
  const isDefault = JSON.stringify(filters) === JSON.stringify(EMPTY_FILTERS);

  return (
    <div className="view filters-view" data-testid="filters-view">
      <p className="filter-summary" aria-live="polite" data-testid="filter-summary">
        {t('filters.visible', { shown: graphFilter.engagementsShown, total: graphFilter.engagementsTotal })}
      </p>
      <TypeFilter
        hidden={filters.hiddenTypes}
        counts={graphFilter.typeCounts}
        onChange={(hiddenTypes: EntityType[]) => onChange({ ...filters, hiddenTypes })}
      />
      {options && (
        <ThemeFilter themes={options.themes} selected={filters.themes} onChange={(themes) => onChange({ ...filters, themes })} />
      )}
      {minYear !== null && maxYear !== null && minYear < maxYear && (
        <PeriodFilter min={minYear} max={maxYear} from={filters.from} to={filters.to} onChange={(from, to) => onChange({ ...filters, from, to })} />
      )}
      {minYear !== null && minYear === maxYear && (
        <div className="filter-group">
          <p className="field-label">{t('filters.period')}</p>
          <p className="hint">{t('filters.singleYear', { year: minYear })}</p>
        </div>
      )}
      {options && (
        <ConsultancyFilter
          consultancies={options.consultancies}
          selected={filters.consultancies}
          onChange={(consultancies) => onChange({ ...filters, consultancies })}
        />
      )}
      <SecondaryActionButton disabled={isDefault} data-testid="filter-reset" onClick={() => onChange(EMPTY_FILTERS)}>
        {t('filters.reset')}
      </SecondaryActionButton>
      <EngagementResults filters={filters} onSelect={onSelect} />
    </div>
  );
}
