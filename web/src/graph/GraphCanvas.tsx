import { useCallback, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { ApiError } from '../api/ApiError';
import { lastQuery } from '../api/lastQuery';
import { ENTITY_TYPES, type EntityRef, type EntityType, type GraphEdge } from '../api/types';
import { CLIENT_TYPES } from '../features/entity-panel/entityQuery';
import { InlineError } from '../features/feedback/InlineError';
import { EmptyState } from '../features/search/EmptyState';
import { ShowQuery } from '../features/show-query/ShowQuery';
import { useI18n } from '../i18n/I18nProvider';
import type { LayoutName } from '../state/appState';
import { ContextMenu, type MenuItem } from './ContextMenu';
import { GraphToolbar } from './GraphToolbar';
import type { VisibleGraph } from './knownGraph';
import { Legend } from './Legend';
import { useCytoscape, type Highlight } from './useCytoscape';

export interface GraphCanvasProps {
  graph: VisibleGraph;
  filtered: ReadonlySet<string>;
  expanded: ReadonlySet<string>;
  selected: string | null;
  highlight: Highlight | null;
  layout: LayoutName;
  tableOpen: boolean;
  loading: boolean;
  /** Expanded or pinned nodes whose data has not arrived yet. */
  pending: boolean;
  truncated: boolean;
  /** Ids from the link that the server does not know (merged or removed since). */
  missing: readonly string[];
  error: ApiError | undefined;
  edgeLabel: (e: GraphEdge) => string;
  onRetry: () => void;
  onLayout: (l: LayoutName) => void;
  onSelect: (id: string | null) => void;
  onExpand: (id: string) => void;
  onCollapse: (id: string) => void;
  onHide: (id: string) => void;
  onPathFrom: (id: string) => void;
  onComparable: (id: string) => void;
  onToggleTable: () => void;
  onClear: () => void;
  onStart: (e: EntityRef) => void;
}

const PAN_STEP = 60;
const MENU_WIDTH = 230;
const MENU_HEIGHT = 240;

/** The canvas with its toolbar, legend, context menu and keyboard operation. */
export function GraphCanvas(p: GraphCanvasProps) {
  const { t } = useI18n();
  const containerRef = useRef<HTMLDivElement>(null);
  const wrapperRef = useRef<HTMLDivElement>(null);
  const [menu, setMenu] = useState<{ id: string; at: { x: number; y: number } } | null>(null);
  // Keep the menu inside the canvas: flip it to the left or up near the right or bottom edge.
  const openMenu = useCallback((id: string, at: { x: number; y: number }) => {
    const w = wrapperRef.current?.clientWidth ?? Infinity;
    const h = wrapperRef.current?.clientHeight ?? Infinity;
    setMenu({ id, at: { x: at.x > w - MENU_WIDTH ? Math.max(0, at.x - MENU_WIDTH) : at.x, y: at.y > h - MENU_HEIGHT ? Math.max(0, at.y - MENU_HEIGHT) : at.y } });
  }, []);

  const { cy, webgl } = useCytoscape(containerRef, {
    graph: p.graph,
    statusElement: wrapperRef,
    edgeLabel: p.edgeLabel,
    expanded: p.expanded,
    filtered: p.filtered,
    selected: p.selected,
    highlight: p.highlight,
    layout: p.layout,
    onSelect: p.onSelect,
    onExpand: p.onExpand,
    onContextMenu: openMenu,
  });

  const nodeById = useMemo(() => new Map(p.graph.nodes.map((n) => [n.id, n])), [p.graph]);
  const order = useMemo(
    () => p.graph.nodes.filter((n) => !p.filtered.has(n.id)).sort((a, b) => a.label.localeCompare(b.label, 'nl')),
    [p.graph, p.filtered],
  );
  const selectedNode = p.selected && nodeById.has(p.selected) ? nodeById.get(p.selected)! : null;

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.target !== wrapperRef.current || !cy) return;
    const move = (delta: number) => {
      if (order.length === 0) return;
      const i = selectedNode ? order.findIndex((n) => n.id === selectedNode.id) : -1;
      const next = i < 0 ? (delta > 0 ? 0 : order.length - 1) : (i + delta + order.length) % order.length;
      p.onSelect(order[next].id);
    };
    const key = e.key;
    if (e.shiftKey && key.startsWith('Arrow')) {
      const d = { ArrowLeft: [PAN_STEP, 0], ArrowRight: [-PAN_STEP, 0], ArrowUp: [0, PAN_STEP], ArrowDown: [0, -PAN_STEP] }[key];
      if (d) cy.panBy({ x: d[0], y: d[1] });
    } else if (key === 'ArrowRight' || key === 'ArrowDown') move(1);
    else if (key === 'ArrowLeft' || key === 'ArrowUp') move(-1);
    else if (key === 'Enter' && selectedNode) p.onExpand(selectedNode.id);
    else if ((key === 'Delete' || key === 'Backspace') && selectedNode) p.onCollapse(selectedNode.id);
    else if (key === '+' || key === '=') cy.zoom({ level: cy.zoom() * 1.25, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
    else if (key === '-') cy.zoom({ level: cy.zoom() / 1.25, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
    else if (key === '0') cy.fit(cy.elements(':visible'), 40);
    else if ((key === 'ContextMenu' || (key === 'F10' && e.shiftKey)) && selectedNode) {
      const pos = cy.getElementById(selectedNode.id).renderedPosition();
      openMenu(selectedNode.id, { x: pos.x, y: pos.y });
    } else if (key === 'Escape') p.onSelect(null);
    else return;
    e.preventDefault();
  };

  const menuNode = menu ? nodeById.get(menu.id) : undefined;
  const menuItems: MenuItem[] = menuNode
    ? [
        { key: 'details', label: t('graph.details'), onSelect: () => p.onSelect(menuNode.id) },
        p.expanded.has(menuNode.id)
          ? { key: 'collapse', label: t('graph.collapse'), onSelect: () => p.onCollapse(menuNode.id) }
          : { key: 'expand', label: t('graph.expand'), onSelect: () => p.onExpand(menuNode.id) },
        { key: 'hide', label: t('graph.hide'), onSelect: () => p.onHide(menuNode.id) },
        { key: 'paths', label: t('graph.pathFrom'), onSelect: () => p.onPathFrom(menuNode.id) },
        ...(CLIENT_TYPES.includes(menuNode.type)
          ? [{ key: 'comparable', label: t('graph.comparable'), onSelect: () => p.onComparable(menuNode.id) }]
          : []),
      ]
    : [];
  const closeMenu = useCallback(() => {
    setMenu(null);
    wrapperRef.current?.focus();
  }, []);

  const empty = p.graph.nodes.length === 0;
  const shownCounts = useMemo(() => {
    const counts = Object.fromEntries(ENTITY_TYPES.map((type) => [type, 0])) as Record<EntityType, number>;
    for (const n of p.graph.nodes) if (!p.filtered.has(n.id)) counts[n.type] += 1;
    return counts;
  }, [p.graph, p.filtered]);
  const shownEdges = p.graph.edges.filter((e) => !p.filtered.has(e.source) && !p.filtered.has(e.target)).length;
  const announcement = selectedNode
    ? t('graph.selected', { name: selectedNode.label, type: t(`type.${selectedNode.type}`) })
    : '';

  return (
    <section className="graph-area" aria-labelledby="graph-heading">
      <h2 id="graph-heading" className="visually-hidden">
        {t('graph.label')}
      </h2>
      <GraphToolbar
        cy={cy}
        graph={p.graph}
        layout={p.layout}
        selectedNode={selectedNode?.id ?? null}
        selectedExpanded={selectedNode ? p.expanded.has(selectedNode.id) : false}
        tableOpen={p.tableOpen}
        onLayout={p.onLayout}
        onExpand={p.onExpand}
        onCollapse={p.onCollapse}
        onToggleTable={p.onToggleTable}
        onClear={p.onClear}
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
        data-node-count={p.graph.nodes.length}
        data-pending={p.pending}
        data-renderer={webgl ? 'webgl' : 'canvas'}
        onKeyDown={onKeyDown}
      >
        <div ref={containerRef} className="graph-canvas" />
        {/* Shown while the canvas has keyboard focus; always its accessible description. */}
        <p id="graph-help" className="graph-help">
          {t('graph.help')}
        </p>
        {empty && !p.loading && !p.error && <EmptyState onStart={p.onStart} />}
        {empty && p.loading && <p className="graph-loading">{t('graph.loading')}</p>}
        {p.error && (empty || !p.error.isOutage) && (
          <div className="graph-message">
            <InlineError error={p.error} onRetry={p.onRetry} />
          </div>
        )}
        {menu && menuNode && (
          <ContextMenu title={t('graph.contextMenu', { name: menuNode.label })} at={menu.at} items={menuItems} onClose={closeMenu} />
        )}
      </div>
      <div className="graph-status">
        <Legend counts={shownCounts} />
        <span data-testid="graph-counts">{t('graph.counts', { nodes: p.graph.nodes.length - p.filtered.size, edges: shownEdges })}</span>
        {p.truncated && <span className="warning">{t('graph.truncated')}</span>}
        {p.missing.length > 0 && (
          <span className="warning" data-testid="graph-missing">
            {t('graph.missing', { ids: p.missing.join(', ') })}
          </span>
        )}
        {webgl && <span className="muted">{t('graph.webgl')}</span>}
        <ShowQuery request={lastQuery.graph ?? null} compact />
      </div>
      <p className="visually-hidden" aria-live="polite" data-testid="graph-announcement">
        {announcement}
      </p>
    </section>
  );
}
