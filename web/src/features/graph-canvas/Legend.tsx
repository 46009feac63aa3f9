import { ENTITY_TYPES } from '../../api/entityTypes';
import type { EntityType } from '../../api/generated/schema-enums';
import { TypeIcon } from '../../components/TypeIcon';
import { useI18n } from '../../i18n/I18nProvider';
import './Legend.css';

/** What the colours and shapes mean, with how many of each the graph shows. */
export function Legend({ counts }: { counts: Record<EntityType, number> }) {
  const { t } = useI18n();
  return (
    <div className="legend" data-testid="legend">
      <h3 className="legend-title" id="legend-title">
        {t('graph.legend')}
      </h3>
      <ul aria-labelledby="legend-title">
        {ENTITY_TYPES.map((type) => (
          <li key={type} className={counts[type] ? '' : 'muted'}>
            <TypeIcon type={type} size={14} />
            <span>{t(`type.${type}`)}</span>
            <span className="count">{counts[type]}</span>
          </li>
        ))}
        <li className="legend-note">
          <svg width="14" height="14" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
            <rect className="legend-expanded" x="2" y="2" width="12" height="12" rx="2" />
          </svg>
          <span>{t('graph.expandedLegend')}</span>
        </li>
      </ul>
    </div>
  );
}
