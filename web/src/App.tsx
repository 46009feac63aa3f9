import { useCallback, useEffect, useMemo } from 'react';
import './App.css';
import { useGraphQLQuery } from './api/useGraphQLQuery';
import { ErrorBanner } from './components/ErrorBanner';
import { ProgressBar } from './components/ProgressBar';
import { ComparableView } from './features/comparable-municipalities/ComparableView';
import { interlockIds, useInterlockQuery } from './features/comparable-municipalities/interlockQuery';
import { DetailPanel } from './features/entity-panel/DetailPanel';
import { GotoDetails } from './features/entity-panel/GotoDetails';
import { ActiveFilterChips } from './features/filters/ActiveFilterChips';
import { FILTER_OPTIONS_QUERY } from './features/filters/filterQueries';
import { FiltersView } from './features/filters/FiltersView';
import { useGraphFilter } from './features/filters/useGraphFilter';
import { GraphCanvas } from './features/graph-canvas/GraphCanvas';
import { GroupTable } from './features/graph-canvas/GroupTable';
import { useGraphData } from './features/graph-canvas/useGraphData';
import { useNeighborGroups } from './features/graph-canvas/useNeighborGroups';
import { IntakeView } from './features/intake/IntakeView';
import { MapView } from './features/map/MapView';
import { leavingOverviewUpdate } from './features/overview/leaveOverview';
import { OverviewView } from './features/overview/OverviewView';
import { TimelineView } from './features/timeline/TimelineView';
import { OpenReportContext } from './features/report/openReport';
import { ReportView } from './features/report/ReportView';
import { SourcePageView } from './features/source-page/SourcePageView';
import { OpenSourceContext } from './components/openSource';
import { usePathsQuery } from './features/paths/pathsQuery';
import { PathsView } from './features/paths/PathsView';
import { TableView } from './features/table-view/TableView';
import { interlockHighlight, pathHighlight } from './graph/highlights';
import { groupedVisibleGraph } from './graph/neighborGroups';
import { AppHeader } from './layout/AppHeader';
import { DetailsDrawer } from './layout/ResponsiveDrawer';
import { Sidebar } from './layout/Sidebar';
import { SkipLinks } from './layout/SkipLinks';
import type { AppState, ReportKind } from './state/appState';
import type { StateUpdate, UpdateOptions } from './state/useAppState';
import { useExplorerActions } from './state/useExplorerActions';

/** The explorer: header with search, views and filters on the left, the graph in the centre, details on the right. */
export function App({ state, update }: { state: AppState; update: (u: StateUpdate, o?: UpdateOptions) => void }) {
  const data = useGraphData(state.exp, state.pin, { hide: state.hide, filters: state.filters });
  const { known, addRelations } = data;
  // Busy neighbourhoods in groups (graph/neighborGroups.ts): the graph holds the entities shown.
  const neighbourGroups = useNeighborGroups(state.exp, data.addGraph);
  const grouped = useMemo(
    () => groupedVisibleGraph(known, { exp: state.exp, pin: state.pin, hide: state.hide }, neighbourGroups.counts, neighbourGroups.revealed, neighbourGroups.by),
    [known, state.exp, state.pin, state.hide, neighbourGroups.counts, neighbourGroups.revealed, neighbourGroups.by],
  );
  const { graph } = grouped;
  const options = useGraphQLQuery(FILTER_OPTIONS_QUERY, {});
  const graphFilter = useGraphFilter(graph, state.filters, options.data?.themes);
  const expanded = useMemo(() => new Set(state.exp), [state.exp]);
  // A graph action on the start page (search, its map, an entry point) opens the explorer.
  const explorerUpdate = useMemo(() => leavingOverviewUpdate(update), [update]);
  const actions = useExplorerActions(explorerUpdate, addRelations, graph);

  // The path or interlock a view shows is highlighted in the graph; their facts join the map. Both
  // are read from the query cache the view fills (same keys), not handed up by the view.
  const pathsQuery = usePathsQuery(
    state.view === 'paths' ? { from: state.pathFrom, to: state.pathTo, maxLength: state.pathMax, viaAll: state.pathVia } : { from: null, to: null, maxLength: 1, viaAll: false },
  );
  const path = pathsQuery.data?.paths[state.pathIndex] ?? null;
  const interlockQuery = useInterlockQuery(state.view === 'comparable' ? state.cmp : null, state.cmpWith);
  const interlock = interlockQuery.data?.interlocks ?? null;
  const { pinNodes, showInterlock: pinInterlock } = actions;
  useEffect(() => {
    if (!path) return;
    addRelations(
      path.steps.map((s) => s.relation),
      path.nodes,
    );
    pinNodes(path.nodes.map((n) => n.id));
  }, [path, addRelations, pinNodes]);
  useEffect(() => {
    if (interlock) pinInterlock([interlock.a.id, interlock.b.id], interlockIds(interlock));
  }, [interlock, pinInterlock]);
  const highlight = useMemo(() => {
    if (state.view === 'paths' && path) return pathHighlight(path);
    if (state.view === 'comparable' && interlock) return interlockHighlight(graph, [interlock.a.id, interlock.b.id], interlockIds(interlock));
    return null;
  }, [state.view, path, interlock, graph]);

  const tableGraph = useMemo(
    () => ({
      nodes: graph.nodes.filter((n) => !graphFilter.filtered.has(n.id)),
      edges: graph.edges.filter((e) => !graphFilter.filtered.has(e.source) && !graphFilter.filtered.has(e.target)),
    }),
    [graph, graphFilter.filtered],
  );

  const openReport = useCallback((report: ReportKind) => update({ report }, { push: true }), [update]);
  const openSource = useCallback((source: string) => update({ source }, { push: true }), [update]);

  return (
    <OpenReportContext value={openReport}>
    <OpenSourceContext value={openSource}>
    <div className="app">
      <ProgressBar />
      <SkipLinks page={state.intake !== null ? 'intake' : state.report !== null ? 'report' : state.view === 'overview' ? 'start' : 'explorer'} />
      <AppHeader
        onChoose={(e) => {
          actions.start(e);
          if (state.intake || state.report) update({ intake: null, report: null });
        }}
        onLanguage={(lang) => update({ lang })}
        intakeOpen={state.intake !== null}
        onIntake={(open) => update({ intake: open ? 'queue' : null, report: null }, { push: true })}
      />
      {state.sel && !state.intake && !state.report && <GotoDetails where="search" />}
      <ErrorBanner />
      {state.intake && (
        <IntakeView
          screen={state.intake}
          sourceId={state.intakeSource}
          proposalId={state.intakeProposal}
          onNavigate={(change, push) => update(change, { push })}
          onOpenInGraph={(e) => {
            actions.start(e);
            update({ intake: null });
          }}
        />
      )}
      {state.source && !state.intake && (
        <SourcePageView
          id={state.source}
          onClose={() => update({ source: null }, { push: true })}
          onOpenEntity={(e) => {
            actions.start(e);
            update({ source: null, report: null });
          }}
        />
      )}
      {state.report && !state.source && <ReportView kind={state.report} state={state} graph={tableGraph} onClose={() => update({ report: null }, { push: true })} />}
      {state.view === 'overview' && !state.intake && !state.report && !state.source && (
        <OverviewView
          onOpenGemeente={actions.start}
          onCompare={(e) => actions.comparable(e.id)}
          onFilters={(filters) => update({ view: 'filters', filters }, { push: true })}
          onView={(view) => update({ view }, { push: true })}
        />
      )}
      {/* Kept mounted under article intake, the report and the start page, so the graph is as it was on the way back. */}
      <div className={['workspace', state.table && 'with-table', (state.view === 'map' || state.view === 'timeline') && 'with-map'].filter(Boolean).join(' ')} hidden={state.intake !== null || state.report !== null || state.source !== null || state.view === 'overview'}>
        <Sidebar view={state.view} onView={(view) => update({ view }, { push: true })}>
          {state.view === 'filters' && (
            <FiltersView
              filters={state.filters}
              options={options.data}
              graphFilter={graphFilter}
              onChange={(filters) => update({ filters })}
              onSelect={actions.selectEntity}
            />
          )}
          {state.view === 'map' && (
            <MapView
              filters={state.filters}
              options={options.data}
              subject={state.cmp}
              preset={state.cmpPreset}
              weights={state.cmpWeights}
              onFilters={(filters) => update({ filters })}
              onChoose={actions.chooseOnMap}
            />
          )}
          {state.view === 'paths' && (
            <PathsView
              from={state.pathFrom}
              to={state.pathTo}
              maxLength={state.pathMax}
              viaAll={state.pathVia}
              activeIndex={state.pathIndex}
              onChange={(change) => update(change)}
              onSelectEntity={actions.selectEntity}
              onSelectRelation={actions.selectRelation}
            />
          )}
          {state.view === 'timeline' && (
            <TimelineView
              filters={state.filters}
              options={options.data}
              groupBy={state.timelineBy}
              selected={state.sel}
              onFilters={(filters) => update({ filters })}
              onGroupBy={(timelineBy) => update({ timelineBy })}
              onSelect={actions.selectEntity}
            />
          )}
          {state.view === 'comparable' && (
            <ComparableView
              subject={state.cmp}
              openWith={state.cmpWith}
              preset={state.cmpPreset}
              weights={state.cmpWeights}
              onChange={(change) => update(change)}
              onSelect={actions.selectEntity}
              onOpen={actions.open}
              onShowOnMap={actions.showOnMap}
            />
          )}
        </Sidebar>
        <main className="main" id="main">
          <ActiveFilterChips filters={state.filters} options={options.data} onChange={(filters) => update({ filters })} />
          <GraphCanvas
            graph={graph}
            view={{
              filtered: graphFilter.filtered,
              expanded,
              selected: state.sel,
              highlight,
              layout: state.layout,
              tableOpen: state.table,
            }}
            data={data}
            actions={actions}
            groups={{ ...neighbourGroups, list: grouped.groups, shortfalls: grouped.shortfalls }}
          />
          {state.sel && <GotoDetails where="graph" />}
          {state.table && (
            <GroupTable
              groups={grouped.groups}
              labelOf={(id) => known.nodes.get(id)?.label ?? id}
              opening={neighbourGroups.opening}
              onOpen={(g) => void neighbourGroups.open(g)}
            />
          )}
          {state.table && <TableView graph={tableGraph} selected={state.sel} onSelect={actions.select} />}
        </main>
        <DetailsDrawer>
          <DetailPanel selected={state.sel} expanded={expanded} actions={actions} />
        </DetailsDrawer>
      </div>
    </div>
    </OpenSourceContext>
    </OpenReportContext>
  );
}
