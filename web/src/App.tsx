import { useCallback, useMemo, useState } from 'react';
import type { GraphEdge } from './api/types';
import { useQuery } from './api/useQuery';
import { ComparableView } from './features/comparable-municipalities/ComparableView';
import { interlockIds, type Interlock } from './features/comparable-municipalities/interlockQuery';
import { DetailPanel } from './features/entity-panel/DetailPanel';
import type { PanelActions } from './features/entity-panel/panelActions';
import { ErrorBanner } from './features/feedback/ErrorBanner';
import { ProgressBar } from './features/feedback/ProgressBar';
import { FILTER_OPTIONS_QUERY, type FilterOptionsData } from './features/filters/filterQueries';
import { FiltersView } from './features/filters/FiltersView';
import { useGraphFilter } from './features/filters/useGraphFilter';
import { OverviewView } from './features/overview/OverviewView';
import type { Path } from './features/paths/pathsQuery';
import { PathsView } from './features/paths/PathsView';
import { TableView } from './features/table-view/TableView';
import { GraphCanvas } from './graph/GraphCanvas';
import { interlockHighlight, pathHighlight } from './graph/highlights';
import { visibleGraph } from './graph/knownGraph';
import { useGraphData } from './graph/useGraphData';
import { edgeDisplayLabel } from './i18n/describeRelation';
import { useI18n } from './i18n/I18nProvider';
import { AppHeader } from './layout/AppHeader';
import { Sidebar } from './layout/Sidebar';
import { SkipLinks } from './layout/SkipLinks';
import type { AppState } from './state/appState';
import type { StateUpdate, UpdateOptions } from './state/useAppState';
import { useExplorerActions } from './state/useExplorerActions';

/** The explorer: header with search, views and filters on the left, the graph in the centre, details on the right. */
export function App({ state, update }: { state: AppState; update: (u: StateUpdate, o?: UpdateOptions) => void }) {
  const { t } = useI18n();
  const data = useGraphData(state.exp, state.pin);
  const { known, addRelations } = data;
  const graph = useMemo(
    () => visibleGraph(known, { exp: state.exp, pin: state.pin, hide: state.hide }),
    [known, state.exp, state.pin, state.hide],
  );
  const options = useQuery<FilterOptionsData>(FILTER_OPTIONS_QUERY, {}, 'filter-options');
  const graphFilter = useGraphFilter(graph, state.filters, options.data?.themes);
  const expanded = useMemo(() => new Set(state.exp), [state.exp]);
  const edgeLabel = useCallback((e: GraphEdge) => edgeDisplayLabel(t, e), [t]);
  const act = useExplorerActions(update, addRelations, graph);

  // The path or interlock a view shows is highlighted in the graph; their facts join the map.
  const [path, setPath] = useState<Path | null>(null);
  const [interlock, setInterlock] = useState<Interlock | null>(null);
  const { pinNodes, showInterlock: pinInterlock } = act;
  const showPath = useCallback(
    (p: Path | null) => {
      setPath(p);
      if (!p) return;
      addRelations(p.steps.map((s) => s.relation), p.nodes);
      pinNodes(p.nodes.map((n) => n.id));
    },
    [addRelations, pinNodes],
  );
  const showInterlock = useCallback(
    (i: Interlock | null) => {
      setInterlock(i);
      if (i) pinInterlock([i.a.id, i.b.id], interlockIds(i));
    },
    [pinInterlock],
  );
  const highlight = useMemo(() => {
    if (state.view === 'paths' && path) return pathHighlight(path);
    if (state.view === 'comparable' && interlock) return interlockHighlight(graph, [interlock.a.id, interlock.b.id], interlockIds(interlock));
    return null;
  }, [state.view, path, interlock, graph]);

  const panelActions: PanelActions = {
    selectEntity: act.selectEntity,
    selectRelation: act.selectRelation,
    expand: act.expand,
    collapse: act.collapse,
    hide: act.hide,
    pathFrom: act.pathFrom,
    comparable: act.comparable,
    clearSelection: () => act.select(null),
    isExpanded: (id) => expanded.has(id),
  };

  const tableGraph = useMemo(
    () => ({
      nodes: graph.nodes.filter((n) => !graphFilter.filtered.has(n.id)),
      edges: graph.edges.filter((e) => !graphFilter.filtered.has(e.source) && !graphFilter.filtered.has(e.target)),
    }),
    [graph, graphFilter.filtered],
  );

  return (
    <div className="app">
      <ProgressBar />
      <SkipLinks />
      <AppHeader onChoose={act.start} onLanguage={(lang) => update({ lang })} />
      <ErrorBanner />
      <div className={state.table ? 'workspace with-table' : 'workspace'}>
        <Sidebar view={state.view} onView={(view) => update({ view }, { push: true })}>
          {state.view === 'filters' && (
            <FiltersView
              filters={state.filters}
              options={options.data}
              graphFilter={graphFilter}
              onChange={(filters) => update({ filters })}
              onSelect={act.selectEntity}
            />
          )}
          {state.view === 'paths' && (
            <PathsView
              from={state.pathFrom}
              to={state.pathTo}
              maxLength={state.pathMax}
              activeIndex={state.pathIndex}
              onChange={(change) => update(change)}
              onShowPath={showPath}
              onSelectEntity={act.selectEntity}
              onSelectRelation={act.selectRelation}
            />
          )}
          {state.view === 'comparable' && (
            <ComparableView
              subject={state.cmp}
              openWith={state.cmpWith}
              onChange={(change) => update(change)}
              onShowInterlock={showInterlock}
              onSelect={act.selectEntity}
            />
          )}
          {state.view === 'overview' && <OverviewView />}
        </Sidebar>
        <main className="main" id="main">
          <GraphCanvas
            graph={graph}
            filtered={graphFilter.filtered}
            expanded={expanded}
            selected={state.sel}
            highlight={highlight}
            layout={state.layout}
            tableOpen={state.table}
            loading={data.loading}
            pending={data.pending}
            truncated={data.truncated}
            missing={data.missing}
            error={data.error}
            edgeLabel={edgeLabel}
            onRetry={data.retry}
            onLayout={(layout) => update({ layout })}
            onSelect={act.select}
            onExpand={act.expand}
            onCollapse={act.collapse}
            onHide={act.hide}
            onPathFrom={act.pathFrom}
            onComparable={act.comparable}
            onToggleTable={() => update((s) => ({ table: !s.table }))}
            onClear={act.clear}
            onStart={act.start}
          />
          {state.table && <TableView graph={tableGraph} selected={state.sel} edgeLabel={edgeLabel} onSelect={act.select} />}
        </main>
        <DetailPanel selected={state.sel} actions={panelActions} />
      </div>
    </div>
  );
}
