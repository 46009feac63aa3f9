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
    <fieldset className="filter-group">
      <legend>{t('filters.types')}</legend>
      <ul className="checkbox-list">
        {ENTITY_TYPES.map((type) => {
          const id = `filter-type-${type}`;
          return (
            <li key={type}>
              <input
                id={id}
                type="checkbox"
                data-testid={id}
                checked={!hidden.includes(type)}
                onChange={(e) => onChange(e.target.checked ? hidden.filter((h) => h !== type) : [...hidden, type])}
              />
              <label htmlFor={id}>
                <TypeIcon type={type} size={14} />
                {t(`type.${type}`)}
                <span className="count" aria-label={`(${counts[type]})`}>
                  {counts[type]}
                </span>
              </label>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}
