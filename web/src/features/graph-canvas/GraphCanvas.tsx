import { Button } from '@utrecht/component-library-react';
import { useCallback, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { CLIENT_TYPES, ENTITY_TYPES } from '../../api/entityTypes';
import type { EntityType } from '../../api/generated/schema-enums';
import { InlineError } from '../../components/InlineError';
import { ShowQuery } from '../../components/ShowQuery';
import type { GraphEdge, VisibleGraph } from '../../graph/knownGraph';
import { GROUP_PAGE, isGroupId, type NeighbourGroup, type Shortfall } from '../../graph/neighborGroups';
import { useCytoscape, type Highlight } from '../../graph/useCytoscape';
import { describeRelation } from '../../i18n/describeRelation';
import { useI18n } from '../../i18n/I18nProvider';
import type { LayoutName } from '../../state/appState';
import type { GraphCanvasActions } from './actions';
import { ContextMenu, type MenuItem } from './ContextMenu';
import { EmptyState } from './EmptyState';
import './GraphCanvas.css';
import { GraphToolbar } from './GraphToolbar';
import { groupLabel } from './groupLabel';
import { Legend } from './Legend';
import type { GraphData } from './useGraphData';
import type { NeighbourGroups } from './useNeighborGroups';

/** How the map is shown: all of it comes from the URL state. */
interface GraphView {
  /** Visible nodes that a filter hides. */
  filtered: ReadonlySet<string>;
  expanded: ReadonlySet<string>;
  selected: string | null;
  highlight: Highlight | null;
  layout: LayoutName;
  tableOpen: boolean;
}

export interface GraphCanvasProps {
  graph: VisibleGraph;
  view: GraphView;
  /** Loading state of the map's data; `missing` are ids from the link the server does not know. */
  data: Pick<GraphData, 'loading' | 'pending' | 'truncated' | 'missing' | 'error' | 'retry' | 'request'>;
  actions: GraphCanvasActions;
  /** Busy neighbourhoods in groups: the group nodes, what each expanded node leaves out, and how to open more. */
  groups: Pick<NeighbourGroups, 'by' | 'setBy' | 'open' | 'opening' | 'error'> & { list: readonly NeighbourGroup[]; shortfalls: readonly Shortfall[] };
}

const PAN_STEP = 60;
const MENU_WIDTH = 230;
const MENU_HEIGHT = 240;

/** The canvas with its toolbar, legend, context menu and keyboard operation. */
export function GraphCanvas({ graph, view, data, actions, groups }: GraphCanvasProps) {
  const i18n = useI18n();
  const { t } = i18n;
  const labelOfGroup = useCallback((g: NeighbourGroup) => groupLabel(i18n, g), [i18n]);
  const groupById = useMemo(() => new Map(groups.list.map((g) => [g.id, g])), [groups.list]);
  // A group node is selected here, not in the link (it is no entity); selecting an entity clears it.
  const [selectedGroupId, setSelectedGroup] = useState<string | null>(null);
  const selectedGroup = selectedGroupId ? (groupById.get(selectedGroupId) ?? null) : null;
  const { open: openGroupPage } = groups;
  const select = useCallback(
    (id: string | null) => {
      if (id && isGroupId(id)) {
        setSelectedGroup(id);
        actions.select(null);
      } else {
        setSelectedGroup(null);
        actions.select(id);
      }
    },
    [actions],
  );
  const expand = useCallback(
    (id: string) => {
      const g = groupById.get(id);
      if (g) void openGroupPage(g);
      else if (!isGroupId(id)) actions.expand(id);
    },
    [actions, groupById, openGroupPage],
  );
  const edgeLabel = useCallback((e: GraphEdge) => describeRelation(t, e), [t]);
  const containerRef = useRef<HTMLDivElement>(null);
  const wrapperRef = useRef<HTMLDivElement>(null);
  const [menu, setMenu] = useState<{ id: string; at: { x: number; y: number } } | null>(null);
  // Keep the menu inside the canvas: flip it to the left or up near the right or bottom edge.
  const openMenu = useCallback((id: string, at: { x: number; y: number }) => {
    const w = wrapperRef.current?.clientWidth ?? Infinity;
    const h = wrapperRef.current?.clientHeight ?? Infinity;
    setMenu({ id, at: { x: at.x > w - MENU_WIDTH ? Math.max(0, at.x - MENU_WIDTH) : at.x, y: at.y > h - MENU_HEIGHT ? Math.max(0, at.y - MENU_HEIGHT) : at.y } });
  }, []);

  const { cy, webgl, layoutInWorker } = useCytoscape(containerRef, {
    graph,
    statusElement: wrapperRef,
    edgeLabel,
    groups: groups.list,
    groupLabel: labelOfGroup,
    expanded: view.expanded,
    filtered: view.filtered,
    selected: selectedGroup?.id ?? view.selected,
    highlight: view.highlight,
    layout: view.layout,
    onSelect: select,
    onExpand: expand,
    onContextMenu: openMenu,
  });

  const nodeById = useMemo(() => new Map(graph.nodes.map((n) => [n.id, n])), [graph]);
  // Keyboard order: the shown entities and group nodes by label.
  const order = useMemo(
    () =>
      [
        ...graph.nodes.filter((n) => !view.filtered.has(n.id)),
        ...groups.list.filter((g) => !view.filtered.has(g.of)).map((g) => ({ id: g.id, label: labelOfGroup(g) })),
      ].sort((a, b) => a.label.localeCompare(b.label, 'nl')),
    [graph, view.filtered, groups.list, labelOfGroup],
  );
  const selectedNode = view.selected && nodeById.has(view.selected) ? nodeById.get(view.selected)! : null;

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.target !== wrapperRef.current || !cy) return;
    const move = (delta: number) => {
      if (order.length === 0) return;
      const current = selectedGroup?.id ?? selectedNode?.id;
      const i = current ? order.findIndex((n) => n.id === current) : -1;
      const next = i < 0 ? (delta > 0 ? 0 : order.length - 1) : (i + delta + order.length) % order.length;
      select(order[next].id);
    };
    const key = e.key;
    if (e.shiftKey && key.startsWith('Arrow')) {
      const d = { ArrowLeft: [PAN_STEP, 0], ArrowRight: [-PAN_STEP, 0], ArrowUp: [0, PAN_STEP], ArrowDown: [0, -PAN_STEP] }[key];
      if (d) cy.panBy({ x: d[0], y: d[1] });
    } else if (key === 'ArrowRight' || key === 'ArrowDown') move(1);
    else if (key === 'ArrowLeft' || key === 'ArrowUp') move(-1);
    else if (key === 'Enter' && selectedGroup) void groups.open(selectedGroup);
    else if (key === 'Enter' && selectedNode) actions.expand(selectedNode.id);
    else if ((key === 'Delete' || key === 'Backspace') && selectedNode) actions.collapse(selectedNode.id);
    else if (key === '+' || key === '=') cy.zoom({ level: cy.zoom() * 1.25, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
    else if (key === '-') cy.zoom({ level: cy.zoom() / 1.25, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
    else if (key === '0') cy.fit(cy.elements(':visible'), 40);
    else if ((key === 'ContextMenu' || (key === 'F10' && e.shiftKey)) && (selectedNode || selectedGroup)) {
      const id = (selectedGroup?.id ?? selectedNode?.id)!;
      const pos = cy.getElementById(id).renderedPosition();
      openMenu(id, { x: pos.x, y: pos.y });
    } else if (key === 'Escape') select(null);
    else return;
    e.preventDefault();
  };

  const menuNode = menu ? nodeById.get(menu.id) : undefined;
  const menuGroup = menu ? groupById.get(menu.id) : undefined;
  const menuItems: MenuItem[] = menuGroup
    ? [{ key: 'open', label: t('group.open', { page: GROUP_PAGE }), onSelect: () => void groups.open(menuGroup) }]
    : menuNode
    ? [
        { key: 'details', label: t('graph.details'), onSelect: () => actions.select(menuNode.id) },
        view.expanded.has(menuNode.id)
          ? { key: 'collapse', label: t('graph.collapse'), onSelect: () => actions.collapse(menuNode.id) }
          : { key: 'expand', label: t('graph.expand'), onSelect: () => actions.expand(menuNode.id) },
        { key: 'hide', label: t('graph.hide'), onSelect: () => actions.hide(menuNode.id) },
        { key: 'paths', label: t('graph.pathFrom'), onSelect: () => actions.pathFrom(menuNode.id) },
        ...(CLIENT_TYPES.includes(menuNode.type)
          ? [{ key: 'comparable', label: t('graph.comparable'), onSelect: () => actions.comparable(menuNode.id) }]
          : []),
      ]
    : [];
  const closeMenu = useCallback(() => {
    setMenu(null);
    wrapperRef.current?.focus();
  }, []);

  const empty = graph.nodes.length === 0;
  const shownCounts = useMemo(() => {
    const counts = Object.fromEntries(ENTITY_TYPES.map((type) => [type, 0])) as Record<EntityType, number>;
    for (const n of graph.nodes) if (!view.filtered.has(n.id)) counts[n.type] += 1;
    return counts;
  }, [graph, view.filtered]);
  const shownEdges = graph.edges.filter((e) => !view.filtered.has(e.source) && !view.filtered.has(e.target)).length;
  const announcement = selectedGroup
    ? t('group.selected', { name: nodeById.get(selectedGroup.of)?.label ?? '', label: labelOfGroup(selectedGroup), page: GROUP_PAGE })
    : selectedNode
      ? t('graph.selected', { name: selectedNode.label, type: t(`type.${selectedNode.type}`) })
      : '';

  return (
    <section className="graph-area" aria-labelledby="graph-heading">
      <h2 id="graph-heading" className="visually-hidden">
        {t('graph.label')}
      </h2>
      <GraphToolbar
        cy={cy}
        graph={graph}
        layout={view.layout}
        selectedNode={selectedNode?.id ?? null}
        selectedExpanded={selectedNode ? view.expanded.has(selectedNode.id) : false}
        tableOpen={view.tableOpen}
        groupBy={groups.by}
        onGroupBy={groups.setBy}
        actions={actions}
      />
      <div
        ref={wrapperRef}
        className="graph-canvas-wrapper"
        tabIndex={0}
        role="application"
        aria-roledescription={t('graph.label')}
        aria-label={t('graph.region')}
        aria-describedby="graph-help"
        data-testid="graph-canvas"
        data-node-count={graph.nodes.length}
        data-group-count={groups.list.length}
        data-pending={data.pending}
        data-renderer={webgl ? 'webgl' : 'canvas'}
        onKeyDown={onKeyDown}
      >
        <div ref={containerRef} className="graph-canvas" />
        {/* Shown while the canvas has keyboard focus; always its accessible description. */}
        <p id="graph-help" className="graph-help">
          {t('graph.help')}
        </p>
        {empty && !data.loading && !data.error && <EmptyState onStart={actions.start} />}
        {empty && data.loading && <p className="graph-loading">{t('graph.loading')}</p>}
        {data.error && (empty || !data.error.isOutage) && (
          <div className="graph-message">
            <InlineError error={data.error} onRetry={data.retry} />
          </div>
        )}
        {menu && (menuNode || menuGroup) && (
          <ContextMenu
            title={t('graph.contextMenu', { name: menuNode ? menuNode.label : t('group.name', { name: nodeById.get(menuGroup!.of)?.label ?? '', label: labelOfGroup(menuGroup!) }) })}
            at={menu.at}
            items={menuItems}
            onClose={closeMenu}
          />
        )}
        {layoutInWorker && (
          <p className="graph-layout-busy" role="status" data-testid="layout-busy">
            {t('graph.layoutWorker', { nodes: i18n.formatNumber(graph.nodes.length + groups.list.length) })}
          </p>
        )}
      </div>
      <div className="graph-status" data-testid="graph-status">
        <Legend counts={shownCounts} />
        <span data-testid="graph-counts">{t('graph.counts', { nodes: graph.nodes.length - view.filtered.size, edges: shownEdges })}</span>
        {groups.shortfalls.map((s) => (
          <span key={s.id} className="warning shortfall" data-testid="graph-shortfall" data-node-id={s.id}>
            {t('group.shortfall', { name: s.label, shown: i18n.formatNumber(s.shown), total: i18n.formatNumber(s.total) })}
            <Button appearance="secondary-action-button"
             
              className="small"
              aria-label={t('group.moreLabel', { name: s.label })}
              disabled={groups.opening !== null}
              onClick={() => {
                const next = groups.list.find((g) => g.of === s.id);
                if (next) void groups.open(next);
              }}
            >
              {t('group.more')}
            </Button>
          </span>
        ))}
        {data.truncated && groups.shortfalls.length === 0 && <span className="warning">{t('graph.truncated')}</span>}
        {groups.error && (
          <span className="warning" role="alert">
            {t('group.openError')}
          </span>
        )}
        {data.missing.length > 0 && (
          <span className="warning" data-testid="graph-missing">
            {t('graph.missing', { ids: data.missing.join(', ') })}
          </span>
        )}
        {webgl && <span className="muted">{t('graph.webgl')}</span>}
        <ShowQuery request={data.request} compact />
      </div>
      <p className="visually-hidden" aria-live="polite" data-testid="graph-announcement">
        {announcement}
      </p>
    </section>
  );
}
