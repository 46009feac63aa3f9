import cytoscape, { type Core, type ElementDefinition, type EventObject, type Position, type SingularElementReturnValue } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import type { LayoutName } from '../state/appState';
import { documentTokens } from '../styles/tokens';
import type { GraphEdge, VisibleGraph } from './knownGraph';
import type { NeighbourGroup } from './neighborGroups';
import { cssEscape, inIdOrder, layoutOptions, layoutSeed, withSeededRandom } from './layouts';
import { edgeLabelScheduler } from './edgeLabels';
import { graphStyles, labelSizeFor } from './styles';
import { hasHardwareWebgl } from './webglSupport';
import { layoutInWorker, layoutRequest, WORKER_LAYOUT_THRESHOLD } from './workerLayout';

cytoscape.use(fcose);

declare global {
  interface Window {
    /** The Cytoscape instance, for browser tests and for poking around in the console. */
    __kgCy?: Core;
  }
}

/**
 * From this many elements on, the WebGL renderer is used where the browser has a graphics card; below
 * it, and in software WebGL, the canvas renderer is faster and draws crisper labels (bench/render.md).
 */
const WEBGL_THRESHOLD = 1500;

/** From this many elements on, labels are drawn only where readable (styles.ts, `large`). */
const LARGE_GRAPH = 3000;

/** Phones and narrow windows (the compact layout's breakpoint, layout/useCompactLayout.ts): labels scale with the zoom there. */
const SMALL_SCREEN = '(max-width: 899.98px)';

/** Fitting a few nodes stops at this zoom level. */
const MAX_FIT_ZOOM = 1.4;

export interface Highlight {
  nodes: readonly string[];
  edges: readonly string[];
}

export interface UseCytoscapeOptions {
  graph: VisibleGraph;
  /**
   * Element that gets `data-layout-state` (running | idle), `data-layout-mode` (main | worker: where
   * the last layout ran) and `data-synced-nodes`, written in the same
   * tick as the canvas changes, so tests can wait for a settled map without guessing at time.
   */
  statusElement: RefObject<HTMLElement | null>;
  edgeLabel: (e: GraphEdge) => string;
  /** Group nodes of busy neighbourhoods (neighborGroups.ts), each tied to its node by a dashed edge. */
  groups: readonly NeighbourGroup[];
  groupLabel: (g: NeighbourGroup) => string;
  expanded: ReadonlySet<string>;
  filtered: ReadonlySet<string>;
  selected: string | null;
  highlight: Highlight | null;
  layout: LayoutName;
  onSelect: (id: string | null) => void;
  onExpand: (id: string) => void;
  onContextMenu: (id: string, at: Position) => void;
}

export interface CytoscapeHandle {
  cy: Core | null;
  webgl: boolean;
  /** A layout is running in the web worker (the map is usable meanwhile). */
  layoutInWorker: boolean;
}

/** The nodes no filter hides, and the edges between them. */
function shownElements(cy: Core): cytoscape.CollectionReturnValue {
  const nodes = cy.nodes().not('.filtered');
  return nodes.union(nodes.edgesWith(nodes));
}

/** State classes: expanded nodes, nodes hidden by a filter. */
function applyStateClasses(cy: Core, expanded: ReadonlySet<string>, filtered: ReadonlySet<string>): void {
  cy.batch(() => {
    cy.nodes().forEach((n) => {
      n.toggleClass('expanded', expanded.has(n.id()));
      // A group node goes with the node whose neighbours it holds.
      const of = n.data('of') as string | undefined;
      n.toggleClass('filtered', filtered.has(n.id()) || (of !== undefined && filtered.has(of)));
    });
  });
}

function groupEdgeId(g: NeighbourGroup): string {
  return `${g.id}|edge`;
}

function jitter(): number {
  return (Math.random() - 0.5) * 60;
}

/** The element an event is about (Cytoscape types it `any`). */
function target(e: EventObject): SingularElementReturnValue {
  return e.target as SingularElementReturnValue;
}

/** Owns the Cytoscape instance: keeps its elements, classes, selection and layout in step with React. */
export function useCytoscape(container: RefObject<HTMLDivElement | null>, o: UseCytoscapeOptions): CytoscapeHandle {
  const { graph, edgeLabel, groups, groupLabel, expanded, filtered, selected, highlight, layout } = o;
  const [cy, setCy] = useState<Core | null>(null);
  // The latest options, for Cytoscape's event handlers and the layout run; updated before the
  // effects below read them (effects run in order).
  const callbacks = useRef(o);
  useEffect(() => {
    callbacks.current = o;
  });
  const webgl = graph.nodes.length + graph.edges.length >= WEBGL_THRESHOLD && hasHardwareWebgl();
  const layoutRef = useRef<cytoscape.Layouts | null>(null);
  const queryClient = useQueryClient();
  const workerRun = useRef<AbortController | null>(null);
  const largeStyle = useRef(false);
  /** The node label size in use (styles.ts labelSizeFor): readable on a phone at the zoom that fits the map. */
  const labelSize = useRef(labelSizeFor(1, false));
  const [workerBusy, setWorkerBusy] = useState(false);
  const labelScheduler = useRef<ReturnType<typeof edgeLabelScheduler> | null>(null);
  const setStatus = useCallback((key: 'layoutState' | 'layoutMode' | 'syncedNodes', value: string) => {
    const el = callbacks.current.statusElement.current;
    if (el) el.dataset[key] = value;
  }, []);

  useEffect(() => {
    if (!container.current) return undefined;
    const instance = cytoscape({
      container: container.current,
      style: graphStyles(documentTokens),
      minZoom: 0.08,
      maxZoom: 4,
      boxSelectionEnabled: false,
      selectionType: 'single',
      autoungrabify: false,
      webgl,
    });
    instance.on('tap', (e: EventObject) => {
      if (e.target === instance) callbacks.current.onSelect(null);
      else callbacks.current.onSelect(target(e).id());
    });
    instance.on('dbltap', 'node', (e: EventObject) => callbacks.current.onExpand(target(e).id()));
    instance.on('cxttap', 'node', (e: EventObject) => {
      callbacks.current.onSelect(target(e).id());
      callbacks.current.onContextMenu(target(e).id(), target(e).renderedPosition());
    });
    // Edge labels are placed so that none covers another (graph/edgeLabels.ts): again after a
    // layout, a drag or a hover; the selection effect below asks too.
    const labels = edgeLabelScheduler(instance);
    labelScheduler.current = labels;
    instance.on('mouseover', 'node, edge', (e: EventObject) => {
      target(e).addClass('hover');
      labels.schedule();
    });
    instance.on('mouseout', 'node, edge', (e: EventObject) => {
      target(e).removeClass('hover');
      labels.schedule();
    });
    instance.on('layoutstop dragfree add remove', () => labels.schedule());
    instance.on('mouseover', 'node, edge', () => {
      if (container.current) container.current.style.cursor = 'pointer';
    });
    instance.on('mouseout', 'node, edge', () => {
      if (container.current) container.current.style.cursor = '';
    });
    window.__kgCy = instance;
    const status = callbacks.current.statusElement.current;
    if (status) {
      status.dataset.layoutState = 'idle';
      status.dataset.syncedNodes = '0';
    }
    // The instance needs the mounted container, so it is made here, once per renderer, and handed to
    // the toolbar and the effects below through state.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setCy(instance);
    return () => {
      layoutRef.current?.stop();
      workerRun.current?.abort();
      labels.cancel();
      if (window.__kgCy === instance) delete window.__kgCy;
      instance.destroy();
      setCy(null);
    };
  }, [container, webgl]);

  const runLayout = useCallback(
    (incremental: boolean) => {
      if (!cy || cy.nodes().length === 0) return;
      layoutRef.current?.stop();
      // A newer layout makes a running worker layout stale: cancel it.
      workerRun.current?.abort();
      workerRun.current = null;
      const roots = [...callbacks.current.expanded].filter((id) => cy.getElementById(id).nonempty());
      const visible = shownElements(cy);
      const fcoseLayout = callbacks.current.layout === 'fcose';
      const options = layoutOptions(callbacks.current.layout, {
        incremental: incremental && fcoseLayout,
        // Animation helps the eye follow an expand in fcose; a first layout, and the geometric
        // layouts (computed at once), just appear.
        animate: incremental && fcoseLayout && visible.length < 600,
        roots: roots.length ? roots : callbacks.current.selected ? [callbacks.current.selected] : [],
      });
      const start = (run: cytoscape.Layouts) => {
        layoutRef.current = run;
        run.one('layoutstop', () => {
          // A handful of nodes would be fitted at a giant zoom; keep them at a readable size.
          if (cy.zoom() > MAX_FIT_ZOOM) {
            cy.zoom(MAX_FIT_ZOOM);
            cy.center(visible);
          }
          if (layoutRef.current === run) setStatus('layoutState', 'idle');
        });
        // Seeded: the same nodes are laid out the same way on every load of a link (layouts.ts).
        withSeededRandom(layoutSeed(visible.nodes().map((n) => n.id())), () => run.run());
      };
      setStatus('layoutState', 'running');
      if (!fcoseLayout || visible.nodes().length <= WORKER_LAYOUT_THRESHOLD) {
        setStatus('layoutMode', 'main');
        // In id order: the layout iterates its elements in order, which follows when answers arrived.
        start(inIdOrder(visible).layout(options));
        return;
      }
      // Many nodes: fcose in a web worker, the page stays responsive; the answer is applied as a preset.
      setStatus('layoutMode', 'worker');
      const request = layoutRequest(visible, options, incremental);
      const abort = new AbortController();
      workerRun.current = abort;
      setWorkerBusy(true);
      // Through the query client, so the app's progress bar shows while the worker runs.
      queryClient
        .fetchQuery({ queryKey: ['layout', request.nodes.length, Date.now()], queryFn: () => layoutInWorker(request, abort.signal), retry: false, gcTime: 0 })
        .then((positions) => {
          if (abort.signal.aborted || cy.destroyed()) return;
          // Nodes without an answer (none, normally) keep their place.
          start(visible.layout({ name: 'preset', positions, fit: true, padding: 40, animate: false }));
        })
        .catch((error: unknown) => {
          if (abort.signal.aborted || cy.destroyed()) return;
          // A worker that fails (an old browser, a blocked script) must not leave the map unlaid.
          console.warn('Layout worker failed; laying out on the main thread.', error);
          setStatus('layoutMode', 'main');
          start(visible.layout(options));
        })
        .finally(() => {
          if (workerRun.current === abort) {
            workerRun.current = null;
            setWorkerBusy(false);
          }
        });
    },
    [cy, setStatus, queryClient],
  );

  // The canvas changes size with the window and when the table view opens or closes: tell Cytoscape,
  // and fit the map again unless the user has moved it.
  useEffect(() => {
    const el = container.current;
    if (!cy || !el) return undefined;
    let userMoved = false;
    const moved = () => {
      userMoved = true;
    };
    const fitted = () => {
      userMoved = false;
    };
    cy.on('dragpan scrollzoom pinchzoom', moved);
    cy.on('layoutstop', fitted);
    // On a small screen the labels keep a readable size on screen at the zoom the map is fitted at.
    let labelFrame = 0;
    const zoomed = () => {
      if (labelFrame) return;
      labelFrame = requestAnimationFrame(() => {
        labelFrame = 0;
        const next = labelSizeFor(cy.zoom(), window.matchMedia(SMALL_SCREEN).matches);
        if (next === labelSize.current) return;
        labelSize.current = next;
        cy.style(graphStyles(documentTokens, { large: largeStyle.current, labelSize: next }));
      });
    };
    cy.on('zoom', zoomed);
    const observer = new ResizeObserver(() => {
      cy.resize();
      // A running layout fits the map itself when it stops (its animated fit is a viewport animation: left alone).
      if (callbacks.current.statusElement.current?.dataset.layoutState === 'running') return;
      // A viewport animation started for the old size (centring the selection) would undo the fit.
      cy.stop(true, false);
      const visible = shownElements(cy);
      const bb = visible.boundingBox();
      const ext = cy.extent();
      const outside = bb.x1 < ext.x1 || bb.x2 > ext.x2 || bb.y1 < ext.y1 || bb.y2 > ext.y2;
      // Refit unless the user has panned or zoomed since the last layout, or part of the map fell outside.
      if (visible.nonempty() && (!userMoved || outside)) {
        cy.fit(visible, 40);
        if (cy.zoom() > MAX_FIT_ZOOM) {
          cy.zoom(MAX_FIT_ZOOM);
          cy.center(visible);
        }
      }
    });
    observer.observe(el);
    return () => {
      observer.disconnect();
      cy.removeListener('dragpan scrollzoom pinchzoom', moved);
      cy.removeListener('layoutstop', fitted);
      cy.removeListener('zoom', zoomed);
      cancelAnimationFrame(labelFrame);
    };
  }, [cy, container]);

  // Elements: add the new, drop the gone, refresh labels; lay out when the set changed.
  useEffect(() => {
    if (!cy) return;
    const wanted = new Set<string>([...graph.nodes.map((n) => n.id), ...graph.edges.map((e) => e.id)]);
    const groupsShown = groups.filter((g) => wanted.has(g.of));
    for (const g of groupsShown) wanted.add(g.id).add(groupEdgeId(g));
    const hadNodes = cy.nodes().length > 0;
    const gone = cy.elements().filter((el) => !wanted.has(el.id()));
    const additions: ElementDefinition[] = [];
    cy.batch(() => {
      gone.remove();
      for (const n of graph.nodes) {
        const existing = cy.getElementById(n.id);
        const data = { id: n.id, label: n.label, type: n.type, year: n.year ?? null };
        if (existing.nonempty()) existing.data(data);
        else additions.push({ group: 'nodes', data });
      }
      for (const e of graph.edges) {
        const existing = cy.getElementById(e.id);
        const data = { id: e.id, source: e.source, target: e.target, type: e.type, displayLabel: edgeLabel(e) };
        if (existing.nonempty()) existing.data(data);
        else additions.push({ group: 'edges', data });
      }
      for (const g of groupsShown) {
        const data = { id: g.id, label: groupLabel(g), type: g.type, group: true, of: g.of };
        const existing = cy.getElementById(g.id);
        if (existing.nonempty()) existing.data(data);
        else additions.push({ group: 'nodes', data });
        if (cy.getElementById(groupEdgeId(g)).empty()) {
          additions.push({ group: 'edges', data: { id: groupEdgeId(g), source: g.of, target: g.id, type: 'GROUP', displayLabel: '' } });
        }
      }
      if (additions.length) {
        const added = cy.add(additions);
        // Start new nodes next to a neighbour already placed, so an incremental layout barely moves the rest.
        const extent = cy.extent();
        const centre = { x: (extent.x1 + extent.x2) / 2, y: (extent.y1 + extent.y2) / 2 };
        added.nodes().forEach((node) => {
          const placed = node.neighborhood('node').filter((nb) => !added.contains(nb)).nodes();
          const anchor = placed.nonempty() ? placed.first().position() : centre;
          node.position({ x: anchor.x + jitter(), y: anchor.y + jitter() });
        });
      }
    });
    const large = cy.elements().length >= LARGE_GRAPH;
    if (large !== largeStyle.current) {
      largeStyle.current = large;
      cy.style(graphStyles(documentTokens, { large, labelSize: labelSize.current }));
    }
    // Filters apply before the layout, so hidden nodes take no room in it.
    applyStateClasses(cy, callbacks.current.expanded, callbacks.current.filtered);
    if (additions.length || gone.length) runLayout(hadNodes);
    setStatus('syncedNodes', String(cy.nodes('[!group]').length));
  }, [cy, graph, groups, groupLabel, edgeLabel, runLayout, setStatus]);

  // Classes that follow state: expanded nodes, nodes hidden by a filter.
  useEffect(() => {
    if (!cy) return;
    applyStateClasses(cy, expanded, filtered);
    labelScheduler.current?.schedule();
  }, [cy, graph, expanded, filtered]);

  // Selection and highlight: the path or the selection's neighbourhood stands out, the rest is dimmed.
  useEffect(() => {
    if (!cy) return;
    cy.batch(() => {
      cy.elements().removeClass('dimmed highlighted path label-on');
      cy.$(':selected').unselect();
      const sel = selected ? cy.getElementById(selected) : null;
      if (sel?.nonempty()) sel.select();
      let focus: cytoscape.CollectionReturnValue | null = null;
      if (highlight && (highlight.nodes.length || highlight.edges.length)) {
        const ids = [...highlight.nodes, ...highlight.edges].map((id) => `#${cssEscape(id)}`).join(',');
        focus = cy.$(ids);
        focus.addClass('path');
      } else if (sel?.nonempty()) {
        const edgeEnds = sel.edges().connectedNodes();
        focus = sel.nodes().nonempty() ? sel.closedNeighborhood() : sel.union(edgeEnds);
        focus.edges().addClass('label-on');
      }
      if (focus?.nonempty()) {
        focus.addClass('highlighted');
        cy.elements().not(focus).addClass('dimmed');
      }
    });
    labelScheduler.current?.schedule();
    const sel = selected ? cy.getElementById(selected) : null;
    // Not while the canvas is hidden (the start page or intake over the explorer): centring in a
    // canvas of no size would pan the map to its corner, and the animation outlives the refit below.
    const shown = (container.current?.clientWidth ?? 0) > 0 && (container.current?.clientHeight ?? 0) > 0;
    if (shown && sel?.nonempty() && sel.isNode()) {
      const ext = cy.extent();
      const p = sel.position();
      if (p.x < ext.x1 || p.x > ext.x2 || p.y < ext.y1 || p.y > ext.y2) cy.animate({ center: { eles: sel } }, { duration: 250 });
    }
  }, [cy, graph, selected, highlight, container]);

  // A new layout choice lays out from scratch (a new instance is laid out by the elements effect).
  const appliedLayout = useRef(layout);
  useEffect(() => {
    if (appliedLayout.current === layout) return;
    appliedLayout.current = layout;
    runLayout(false);
  }, [layout, runLayout]);

  return { cy, webgl, layoutInWorker: workerBusy };
}
