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
    <fieldset className="filter-group period-filter">
      <legend>{t('filters.period')}</legend>
      <div className="range-row">
        <label htmlFor="filter-from">{t('filters.from')}</label>
        <input
          id="filter-from"
          data-testid="filter-from"
          type="range"
          min={min}
          max={max}
          step={1}
          value={lo}
          aria-valuetext={String(lo)}
          onChange={(e) => {
            const v = Number(e.target.value);
            set(v, Math.max(v, hi));
          }}
        />
        <output htmlFor="filter-from">{lo}</output>
      </div>
      <div className="range-row">
        <label htmlFor="filter-to">{t('filters.to')}</label>
        <input
          id="filter-to"
          data-testid="filter-to"
          type="range"
          min={min}
          max={max}
          step={1}
          value={hi}
          aria-valuetext={String(hi)}
          onChange={(e) => {
            const v = Number(e.target.value);
            set(Math.min(lo, v), v);
          }}
        />
        <output htmlFor="filter-to">{hi}</output>
      </div>
    </fieldset>
  );
}
