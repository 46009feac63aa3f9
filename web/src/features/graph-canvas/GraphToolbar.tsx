import { Button, FormLabel, Select, SelectOption } from '@utrecht/component-library-react';
import type { Core } from 'cytoscape';
import { useState } from 'react';
import type { EngagementGrouping } from '../../api/generated/schema-enums';
import type { VisibleGraph } from '../../graph/knownGraph';
import { useI18n } from '../../i18n/I18nProvider';
import { useCompactLayout } from '../../layout/useCompactLayout';
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
  // On a phone the graph comes first: the everyday tools stay, the rest folds behind "Meer acties".
  const compact = useCompactLayout();
  const [more, setMore] = useState(false);
  const folded = compact && !more;
  return (
    <div className="graph-toolbar" role="toolbar" aria-label={t('graph.toolbar')} data-testid="graph-toolbar">
      <div className="toolbar-group" hidden={folded}>
        <FormLabel htmlFor="layout-select" className="toolbar-label">
          {t('graph.layout')}
        </FormLabel>
        <Select id="layout-select" data-testid="layout-select" value={layout} onChange={(e) => actions.setLayout(e.target.value as LayoutName)}>
          {LAYOUTS.map((l) => (
            <SelectOption key={l} value={l}>
              {t(`layout.${l}`)}
            </SelectOption>
          ))}
        </Select>
      </div>
      <div className="toolbar-group" hidden={folded}>
        <FormLabel htmlFor="group-by-select" className="toolbar-label">
          {t('group.by')}
        </FormLabel>
        <Select
          id="group-by-select"
          data-testid="group-by-select"
          value={groupBy ?? 'TYPE'}
          onChange={(e) => onGroupBy(e.target.value === 'TYPE' ? null : (e.target.value as EngagementGrouping))}
        >
          {(['TYPE', 'CLIENT', 'THEME'] as const).map((by) => (
            <SelectOption key={by} value={by}>
              {t(`group.by.${by}`)}
            </SelectOption>
          ))}
        </Select>
      </div>
      <div className="toolbar-group" role="group" aria-label={t('graph.fit')}>
        <Button appearance="secondary-action-button" className="small tool-icon" aria-label={t('graph.zoomOut')} title={t('graph.zoomOut')} disabled={empty} onClick={() => zoomBy(1 / 1.25)}>
          −
        </Button>
        <Button appearance="secondary-action-button" className="small tool-icon" aria-label={t('graph.zoomIn')} title={t('graph.zoomIn')} disabled={empty} onClick={() => zoomBy(1.25)}>
          +
        </Button>
        <Button appearance="secondary-action-button" className="small" data-testid="fit-button" disabled={empty} onClick={() => cy?.animate({ fit: { eles: cy.elements(':visible'), padding: 40 } }, { duration: 250 })}>
          {t('graph.fit')}
        </Button>
      </div>
      <div className="toolbar-group">
        {selectedNode && selectedExpanded ? (
          <Button appearance="secondary-action-button" className="small" data-testid="toolbar-collapse" onClick={() => actions.collapse(selectedNode)}>
            {t('graph.collapse')}
          </Button>
        ) : (
          <Button appearance="secondary-action-button" className="small" data-testid="toolbar-expand" disabled={!selectedNode} onClick={() => selectedNode && actions.expand(selectedNode)}>
            {t('graph.expand')}
          </Button>
        )}
      </div>
      <div className="toolbar-group">
        <Button appearance="secondary-action-button" className="small" aria-pressed={tableOpen} data-testid="table-toggle" onClick={actions.toggleTable}>
          {t('graph.table')}
        </Button>
      </div>
      <div className="toolbar-group" hidden={folded}>
        <ExportButtons cy={cy} graph={graph} />
      </div>
      <div className="toolbar-group" hidden={folded}>
        <ReportButton kind="graph" disabled={empty} />
      </div>
      {compact && (
        <div className="toolbar-group">
          <Button appearance="subtle-button" className="small" aria-expanded={more} data-testid="toolbar-more" onClick={() => setMore((m) => !m)}>
            {more ? t('graph.fewerTools') : t('graph.moreTools')}
          </Button>
        </div>
      )}
      <div className="toolbar-group toolbar-end" hidden={folded}>
        <Button appearance="secondary-action-button" className="small" disabled={empty} onClick={actions.clear}>
          {t('graph.clear')}
        </Button>
      </div>
    </div>
  );
}
