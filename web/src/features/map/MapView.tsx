import { FormLabel, Heading3, Select, SelectOption } from '@utrecht/component-library-react';
import { useMemo } from 'react';
import type { EntityRef } from '../../api/fragments';
import type { ComparablePreset } from '../../api/generated/schema-enums';
import { useGraphQLQuery } from '../../api/useGraphQLQuery';
import { EntityCombobox } from '../../components/EntityCombobox';
import { InlineError } from '../../components/InlineError';
import { ShowQuery } from '../../components/ShowQuery';
import { useEntityRefs } from '../../components/useEntityRefs';
import { useI18n, type I18n } from '../../i18n/I18nProvider';
import type { CustomWeights, Filters } from '../../state/appState';
import { COMPARABLE_QUERY, comparableVariables } from '../comparable-municipalities/comparableQuery';
import { ConsultancyFilter } from '../filters/ConsultancyFilter';
import { toEngagementFilter, yearRange, type FilterOptions } from '../filters/filterQueries';
import '../filters/FiltersView.css';
import { PeriodFilter } from '../filters/PeriodFilter';
import { MapFigure } from './MapFigure';
import { classBreaks } from './mapGeometry';
import { MapLegend } from './MapLegend';
import { MAP_COUNTS_QUERY } from './mapQuery';
import { MapTable } from './MapTable';
import './MapView.css';
import { useMapGeometry } from './useMapGeometry';

const MUNICIPALITY = ['MUNICIPALITY'] as const;

/**
 * The map view: all gemeenten of 2024 coloured by their engagements under the active filters (a theme,
 * a bureau, a period), the chosen gemeente and its comparable gemeenten outlined and ranked, and the
 * same figures as a sortable table. Choosing a gemeente opens it in the graph.
 */
export function MapView({
  filters,
  options,
  subject,
  preset,
  weights,
  onFilters,
  onChoose,
}: {
  filters: Filters;
  options: FilterOptions | undefined;
  /** The subject of comparable gemeenten (the `cmp` of the link). */
  subject: string | null;
  preset: ComparablePreset;
  weights: CustomWeights | null;
  onFilters: (f: Filters) => void;
  /** A gemeente chosen on the map, in its table or by search. */
  onChoose: (e: EntityRef) => void;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const geometry = useMapGeometry();
  const counts = useGraphQLQuery(MAP_COUNTS_QUERY, { filter: toEngagementFilter(filters) });
  const comparable = useGraphQLQuery(COMPARABLE_QUERY, subject ? comparableVariables(subject, preset, weights) : null);
  const { refs } = useEntityRefs([subject]);

  const rows = useMemo(() => counts.data?.municipalityEngagementCounts ?? [], [counts.data]);
  const data = useMemo(() => new Map(rows.filter((r) => r.municipality.cbsCode).map((r) => [r.municipality.cbsCode!, r])), [rows]);
  const breaks = useMemo(() => classBreaks(Math.max(0, ...rows.map((r) => r.count))), [rows]);

  const result = comparable.data?.comparableMunicipalities;
  const { subjects, ranks } = useMemo(() => {
    const codes = (list: readonly { cbsCode?: string | null }[]) => list.map((m) => m.cbsCode).filter((c): c is string => Boolean(c));
    return {
      subjects: new Set(result ? codes(result.basis) : []),
      ranks: new Map((result?.results ?? []).filter((r) => r.municipality.cbsCode).map((r) => [r.municipality.cbsCode!, r.rank])),
    };
  }, [result]);

  const { min: minYear, max: maxYear } = yearRange(options);
  const subjectRef = subject ? (refs.get(subject) ?? result?.subject ?? null) : null;

  return (
    <div className="view map-view" data-testid="map-view">
      <p className="intro">{t('map.intro')}</p>
      <MapFigure geometry={geometry} counts={counts} data={data} breaks={breaks} subjects={subjects} ranks={ranks} onOpen={onChoose} />
      <MapLegend
        breaks={breaks}
        counted={countedWords(i18n, filters, options)}
        showViaRegion={rows.some((r) => r.count === 0 && r.viaRegion > 0)}
        showNoData={geometry.data !== undefined && counts.data !== undefined && geometry.data.shapes.some((s) => !data.has(s.code))}
        showOutlines={ranks.size > 0 || subjects.size > 0}
      />

      {result && ranks.size > 0 && (
        <p className="map-comparable-note small" data-testid="map-comparable-note">
          {t('map.comparableOf', {
            count: ranks.size,
            name: result.subject.name,
            preset: result.preset ? t(`preset.${result.preset}`) : t('comparable.custom'),
          })}
        </p>
      )}
      <InlineError error={comparable.error} onRetry={comparable.retry} />
      <EntityCombobox label={t('map.find')} types={MUNICIPALITY} value={subjectRef} onChoose={onChoose} testId="map-find" />


      <section className="map-colouring" aria-labelledby="map-colouring-heading">
        <Heading3 id="map-colouring-heading">{t('map.colourBy')}</Heading3>
        {options && <ThemeSelect options={options} selected={filters.themes} onChange={(themes) => onFilters({ ...filters, themes })} />}
        {options && (
          <ConsultancyFilter
            consultancies={options.consultancies}
            selected={filters.consultancies}
            onChange={(consultancies) => onFilters({ ...filters, consultancies })}
          />
        )}
        {minYear !== null && maxYear !== null && minYear < maxYear && (
          <PeriodFilter min={minYear} max={maxYear} from={filters.from} to={filters.to} onChange={(from, to) => onFilters({ ...filters, from, to })} />
        )}
      </section>

      <MapTable rows={rows} ranks={ranks} onOpen={onChoose} />
      <ShowQuery request={counts.request} />
    </div>
  );
}

/** One theme to colour by (narrower themes included, as everywhere); several chosen in the filters view show as such. */
function ThemeSelect({ options, selected, onChange }: { options: FilterOptions; selected: readonly string[]; onChange: (ids: string[]) => void }) {
  const { t } = useI18n();
  const themes = useMemo(() => [...options.themes].sort((a, b) => a.name.localeCompare(b.name, 'nl')), [options.themes]);
  const several = selected.length > 1;
  return (
    <div className="filter-group">
      <FormLabel className="field-label" htmlFor="map-theme">
        {t('map.theme')}
      </FormLabel>
      <Select
        id="map-theme"
        data-testid="map-theme"
        value={several ? '*' : (selected[0] ?? '')}
        onChange={(e) => onChange(e.target.value && e.target.value !== '*' ? [e.target.value] : [])}
      >
        <SelectOption value="">{t('map.anyTheme')}</SelectOption>
        {several && (
          <SelectOption value="*" disabled>
            {t('map.severalThemes', { count: selected.length })}
          </SelectOption>
        )}
        {themes.map((th) => (
          <SelectOption key={th.id} value={th.id}>
            {th.name}
          </SelectOption>
        ))}
      </Select>
    </div>
  );
}

/** The active filters in words, for the legend: what the colours count. */
function countedWords({ t, formatList }: I18n, filters: Filters, options: FilterOptions | undefined): string[] {
  const names = (ids: readonly string[], list: readonly { id: string; name: string }[] | undefined) =>
    formatList(ids.map((id) => list?.find((x) => x.id === id)?.name ?? id));
  const words: string[] = [];
  if (filters.themes.length) words.push(t('map.countedTheme', { names: names(filters.themes, options?.themes) }));
  if (filters.consultancies.length) words.push(t('map.countedConsultancy', { names: names(filters.consultancies, options?.consultancies) }));
  if (filters.from !== null && filters.to !== null) words.push(t('map.countedPeriod', { from: filters.from, to: filters.to }));
  else if (filters.from !== null) words.push(t('map.countedFrom', { from: filters.from }));
  else if (filters.to !== null) words.push(t('map.countedTo', { to: filters.to }));
  return words;
}
