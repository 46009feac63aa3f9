import { Checkbox, Fieldset, FieldsetLegend, FormLabel } from '@utrecht/component-library-react';
import { ENTITY_TYPES } from '../../api/entityTypes';
import type { EntityType } from '../../api/generated/schema-enums';
import { TypeIcon } from '../../components/TypeIcon';
import { useI18n } from '../../i18n/I18nProvider';

/** One checkbox per entity type, with how many of that type the graph shows. */
export function TypeFilter({
  hidden,
  counts,
  onChange,
}: {
  hidden: readonly EntityType[];
  counts: Record<EntityType, number>;
  onChange: (hidden: EntityType[]) => void;
}) {
  const { t } = useI18n();
  return (
    <Fieldset className="filter-group">
      <FieldsetLegend>{t('filters.types')}</FieldsetLegend>
      <ul className="checkbox-list">
        {ENTITY_TYPES.map((type) => {
          const id = `filter-type-${type}`;
          return (
            <li key={type}>
              <Checkbox
                id={id}
                data-testid={id}
                checked={!hidden.includes(type)}
                onChange={(e) => onChange(e.target.checked ? hidden.filter((h) => h !== type) : [...hidden, type])}
              />
              <FormLabel htmlFor={id} type="checkbox">
                <TypeIcon type={type} size={14} />
                {t(`type.${type}`)}
                <span className="count" aria-label={`(${counts[type]})`}>
                  {counts[type]}
                </span>
              </FormLabel>
            </li>
          );
        })}
      </ul>
    </Fieldset>
  );
}
