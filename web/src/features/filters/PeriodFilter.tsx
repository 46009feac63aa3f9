import { Fieldset, FieldsetLegend, FormLabel } from '@utrecht/component-library-react';
import { useI18n } from '../../i18n/I18nProvider';

/**
 * A year-range slider over the years that have engagements: two range inputs (each labelled, each
 * operable with the arrow keys). At the ends of the range the filter is off.
 */
export function PeriodFilter({
  min,
  max,
  from,
  to,
  onChange,
}: {
  min: number;
  max: number;
  from: number | null;
  to: number | null;
  onChange: (from: number | null, to: number | null) => void;
}) {
  const { t } = useI18n();
  const lo = from ?? min;
  const hi = to ?? max;
  const set = (a: number, b: number) => onChange(a <= min ? null : a, b >= max ? null : b);
  return (
    <Fieldset className="filter-group period-filter">
      <FieldsetLegend>{t('filters.period')}</FieldsetLegend>
      <YearSlider id="filter-from" label={t('filters.from')} min={min} max={max} value={lo} onChange={(v) => set(v, Math.max(v, hi))} />
      <YearSlider id="filter-to" label={t('filters.to')} min={min} max={max} value={hi} onChange={(v) => set(Math.min(lo, v), v)} />
    </Fieldset>
  );
}

/** One labelled year slider with its value shown beside it; `id` is also its test id. */
function YearSlider(p: { id: string; label: string; min: number; max: number; value: number; onChange: (year: number) => void }) {
  return (
    <div className="range-row">
      <FormLabel htmlFor={p.id}>{p.label}</FormLabel>
      <input
        id={p.id}
        data-testid={p.id}
        type="range"
        min={p.min}
        max={p.max}
        step={1}
        value={p.value}
        aria-valuetext={String(p.value)}
        onChange={(e) => p.onChange(Number(e.target.value))}
      />
      <output htmlFor={p.id}>{p.value}</output>
    </div>
  );
}
