import type { EntityRef } from '../../api/fragments';
import { TypeBadge, TypeIcon } from '../../components/TypeIcon';
import { useEntityRefs } from '../../components/useEntityRefs';
import { useI18n } from '../../i18n/I18nProvider';
import './EmptyState.css';
import { EXAMPLE_START_IDS } from './exampleStarts';

/** The first screen: one line on what to do, and three places to start. */
export function EmptyState({ onStart }: { onStart: (entity: EntityRef) => void }) {
  const { t } = useI18n();
  const { refs, loading } = useEntityRefs(EXAMPLE_START_IDS);
  return (
    <div className="empty-state" data-testid="empty-state">
      <h2>{t('empty.title')}</h2>
      <p>{t('empty.line')}</p>
      <ul className="example-list" aria-label={t('empty.examples')}>
        {EXAMPLE_START_IDS.map((id) => refs.get(id))
          .filter((n) => n !== undefined)
          .map((n) => (
            <li key={n.id}>
              <button type="button" className="example-card" data-testid="example-start" onClick={() => onStart(n)}>
                <TypeIcon type={n.type} size={20} />
                <span className="example-name">{n.name}</span>
                <TypeBadge type={n.type} />
              </button>
            </li>
          ))}
        {loading && refs.size === 0 && <li className="muted">{t('loading')}</li>}
      </ul>
    </div>
  );
}
