import { useI18n } from '../../i18n/I18nProvider';
import { EntityDetails } from './EntityDetails';
import type { PanelActions } from './panelActions';
import { RelationDetails } from './RelationDetails';
import { isRelationId } from './relationQuery';

/** The right-hand panel: details and evidence of the selected node or edge. */
export function DetailPanel({ selected, actions }: { selected: string | null; actions: PanelActions }) {
  const { t } = useI18n();
  return (
    <aside className="detail-panel" id="panel-start" tabIndex={-1} aria-label={t('panel.label')} data-testid="detail-panel" data-selected={selected ?? ''}>
      {selected && (
        <button type="button" className="icon-button panel-close" aria-label={t('panel.close')} onClick={actions.clearSelection}>
          <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" focusable="false">
            <path d="M3 3l10 10M13 3 3 13" stroke="currentColor" strokeWidth="1.8" />
          </svg>
        </button>
      )}
      {!selected ? (
        <div className="panel-body panel-empty">
          <h2 className="visually-hidden">{t('panel.label')}</h2>
          <p className="muted">{t('panel.empty')}</p>
        </div>
      ) : isRelationId(selected) ? (
        <RelationDetails id={selected} onSelectEntity={actions.selectEntity} />
      ) : (
        <EntityDetails id={selected} actions={actions} />
      )}
    </aside>
  );
}
