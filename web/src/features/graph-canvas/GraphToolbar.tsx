import type { Core } from 'cytoscape';
import type { EngagementGrouping } from '../../api/generated/schema-enums';
import type { VisibleGraph } from '../../graph/knownGraph';
import { useI18n } from '../../i18n/I18nProvider';
import { LAYOUTS, type LayoutName } from '../../state/appState';
import { ExportButtons } from '../export/ExportButtons';
import { ReportButton } from '../report/ReportButton';
import type { GraphCanvasActions } from './actions';
import './GraphToolbar.css';

/** Buttons above the canvas: layout, zoom, expand or collapse the selected node, table view, export. */
export function GraphToolbar({
  cy,
  graph,
  layout,
  selectedNode,
  selectedExpanded,
  tableOpen,
  groupBy,
  onGroupBy,
  actions,
}: {
  cy: Core | null;
  graph: VisibleGraph;
  layout: LayoutName;
  selectedNode: string | null;
  selectedExpanded: boolean;
  tableOpen: boolean;
  /** How a busy node's engagements are grouped: by kind only, by client or by theme. */
  groupBy: EngagementGrouping | null;
  onGroupBy: (by: EngagementGrouping | null) => void;
  actions: Pick<GraphCanvasActions, 'setLayout' | 'expand' | 'collapse' | 'toggleTable' | 'clear'>;
}) {
  const { t } = useI18n();
  const zoomBy = (factor: number) => {
    if (!cy) return;
    cy.zoom({ level: cy.zoom() * factor, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
  };
  const empty = graph.nodes.length === 0;
  return (
    <div className="graph-toolbar" role="toolbar" aria-label={t('graph.toolbar')} data-testid="graph-toolbar">
      <div className="toolbar-group">
        <label htmlFor="layout-select" className="toolbar-label">
          {t('graph.layout')}
        </label>
        <select id="layout-select" data-testid="layout-select" value={layout} onChange={(e) => actions.setLayout(e.target.value as LayoutName)}>
          {LAYOUTS.map((l) => (
            <option key={l} value={l}>
              {t(`layout.${l}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="toolbar-group">
        <label htmlFor="group-by-select" className="toolbar-label">
          {t('group.by')}
        </label>
        <select
          id="group-by-select"
          data-testid="group-by-select"
          value={groupBy ?? 'TYPE'}
          onChange={(e) => onGroupBy(e.target.value === 'TYPE' ? null : (e.target.value as EngagementGrouping))}
        >
          {(['TYPE', 'CLIENT', 'THEME'] as const).map((by) => (
            <option key={by} value={by}>
              {t(`group.by.${by}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="toolbar-group" role="group" aria-label={t('graph.fit')}>
        <button type="button" className="tool-button icon" aria-label={t('graph.zoomOut')} title={t('graph.zoomOut')} disabled={empty} onClick={() => zoomBy(1 / 1.25)}>
          −
        </button>
        <button type="button" className="tool-button icon" aria-label={t('graph.zoomIn')} title={t('graph.zoomIn')} disabled={empty} onClick={() => zoomBy(1.25)}>
          +
        </button>
        <button type="button" className="tool-button" data-testid="fit-button" disabled={empty} onClick={() => cy?.animate({ fit: { eles: cy.elements(':visible'), padding: 40 } }, { duration: 250 })}>
          {t('graph.fit')}
        </button>
      </div>
      <div className="toolbar-group">
        {selectedNode && selectedExpanded ? (
          <button type="button" className="tool-button" data-testid="toolbar-collapse" onClick={() => actions.collapse(selectedNode)}>
            {t('graph.collapse')}
          </button>
        ) : (
          <button type="button" className="tool-button" data-testid="toolbar-expand" disabled={!selectedNode} onClick={() => selectedNode && actions.expand(selectedNode)}>
            {t('graph.expand')}
          </button>
        )}
      </div>
      <div className="toolbar-group">
        <button type="button" className="tool-button" aria-pressed={tableOpen} data-testid="table-toggle" onClick={actions.toggleTable}>
          {t('graph.table')}
        </button>
      </div>
      <ExportButtons cy={cy} graph={graph} />
      <div className="toolbar-group">
        <ReportButton kind="graph" className="tool-button" disabled={empty} />
      </div>
      <div className="toolbar-group toolbar-end">
        <button type="button" className="tool-button" disabled={empty} onClick={actions.clear}>
          {t('graph.clear')}
        </button>
      </div>
    </div>
  );
}
