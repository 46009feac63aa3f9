import { useI18n } from '../../i18n/I18nProvider';
import type { ExplorerActions } from '../../state/useExplorerActions';
import './DetailPanel.css';
import { EntityDetails } from './EntityDetails';
import { RelationDetails } from './RelationDetails';
import { isRelationId } from './relationQuery';

/** What the detail panel can ask the explorer to do. */
export type PanelActions = Pick<ExplorerActions, 'select' | 'selectEntity' | 'selectRelation' | 'expand' | 'collapse' | 'hide' | 'pathFrom' | 'comparable'>;

/** The right-hand panel: details and evidence of the selected node or edge. */
export function DetailPanel({ selected, expanded, actions }: { selected: string | null; expanded: ReadonlySet<string>; actions: PanelActions }) {
  const { t } = useI18n();
  return (
    <aside className="detail-panel" id="panel-start" tabIndex={-1} aria-label={t('panel.label')} data-testid="detail-panel" data-selected={selected ?? ''}>
      {selected && (
        <button type="button" className="icon-button panel-close" aria-label={t('panel.close')} onClick={() => actions.select(null)}>
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
        <EntityDetails id={selected} expanded={expanded.has(selected)} actions={actions} />
      )}
    </aside>
  );
}
