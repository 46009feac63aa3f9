import type { EntityRef } from '../../api/types';
import { useQuery } from '../../api/useQuery';
import { TypeIcon } from '../../graph/TypeIcon';
import { useI18n } from '../../i18n/I18nProvider';
import { EXAMPLE_NODES_QUERY, EXAMPLE_START_IDS } from './exampleStarts';

/** The first screen: one line on what to do, and three places to start. */
export function EmptyState({ onStart }: { onStart: (entity: EntityRef) => void }) {
  const { t } = useI18n();
  const examples = useQuery<{ nodes: EntityRef[] }>(EXAMPLE_NODES_QUERY, { ids: EXAMPLE_START_IDS }, 'examples');
  return (
    <div className="empty-state" data-testid="empty-state">
      <h2>{t('empty.title')}</h2>
      <p>{t('empty.line')}</p>
      <ul className="example-list" aria-label={t('empty.examples')}>
        {(examples.data?.nodes ?? []).map((n) => (
          <li key={n.id}>
            <button type="button" className="example-card" data-testid="example-start" onClick={() => onStart(n)}>
              <TypeIcon type={n.type} size={20} />
              <span className="example-name">{n.name}</span>
              <span className={`type-badge type-${n.type.toLowerCase()}`}>{t(`type.${n.type}`)}</span>
            </button>
          </li>
        ))}
        {examples.loading && !examples.data && <li className="muted">{t('loading')}</li>}
      </ul>
    </div>
  );
}
