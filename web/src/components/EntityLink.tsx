import type { EntityRef } from '../api/fragments';
import { useI18n } from '../i18n/I18nProvider';
import './EntityLink.css';
import { TypeIcon } from './TypeIcon';

/** An entity name that selects the entity (and shows it in the graph) when activated. */
export function EntityLink({ entity, onSelect }: { entity: EntityRef; onSelect: (e: EntityRef) => void }) {
  const { t } = useI18n();
  return (
    <button
      type="button"
      className="entity-link"
      title={t('panel.select', { name: entity.name })}
      data-entity-id={entity.id}
      onClick={() => onSelect(entity)}
    >
      <TypeIcon type={entity.type} size={12} />
      <span>{entity.name}</span>
    </button>
  );
}

/** Several entity links in a wrapping row. */
export function EntityLinks({ entities, onSelect }: { entities: readonly EntityRef[]; onSelect: (e: EntityRef) => void }) {
  return (
    <span className="link-list">
      {entities.map((e) => (
        <EntityLink key={e.id} entity={e} onSelect={onSelect} />
      ))}
    </span>
  );
}
