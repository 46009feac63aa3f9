import { FormLabel, Select, SelectOption } from '@utrecht/component-library-react';
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
      <FormLabel className="field-label" htmlFor="filter-consultancy">
        {t('filters.consultancy')}
      </FormLabel>
      <Select
        id="filter-consultancy"
        data-testid="filter-consultancy"
        value={selected[0] ?? ''}
        onChange={(e) => onChange(e.target.value ? [e.target.value] : [])}
      >
        <SelectOption value="">{t('filters.anyConsultancy')}</SelectOption>
        {consultancies.map((c) => (
          <SelectOption key={c.id} value={c.id}>
            {c.name}
          </SelectOption>
        ))}
      </Select>
    </div>
  );
}
