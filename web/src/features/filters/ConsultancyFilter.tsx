import type { EntityRef } from '../../api/fragments';
import { useI18n } from '../../i18n/I18nProvider';

/** Engagements by one bureau, or all. */
export function ConsultancyFilter({
  consultancies,
  selected,
  onChange,
}: {
  consultancies: readonly EntityRef[];
  selected: readonly string[];
  onChange: (ids: string[]) => void;
}) {
  const { t } = useI18n();
  return (
    <div className="filter-group">
      <label className="field-label" htmlFor="filter-consultancy">
        {t('filters.consultancy')}
      </label>
      <select
        id="filter-consultancy"
        data-testid="filter-consultancy"
        value={selected[0] ?? ''}
        onChange={(e) => onChange(e.target.value ? [e.target.value] : [])}
      >
        <option value="">{t('filters.anyConsultancy')}</option>
        {consultancies.map((c) => (
          <option key={c.id} value={c.id}>
            {c.name}
          </option>
        ))}
      </select>
    </div>
  );
}
