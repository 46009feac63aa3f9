import cytoscape from 'cytoscape';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { VisibleGraph } from '../../graph/knownGraph';
import { layoutOptions } from '../../graph/layouts';
import { graphStyles } from '../../graph/styles';
import { useI18n } from '../../i18n/I18nProvider';
import { documentTokens } from '../../styles/tokens';

/** Above this many nodes the picture is laid out in rings (fast) instead of by force (readable). */
const FORCE_LAYOUT_MAX = 300;
/**
 * The area the layout spreads the graph over, in model pixels (the PNG is drawn at twice that): it
 * grows with the number of nodes, so labels stay readable on paper for a few nodes and for many.
 */
function pictureBox(nodes: number): { x1: number; y1: number; w: number; h: number } {
  const w = Math.round(Math.min(1600, Math.max(360, Math.sqrt(nodes) * 170)));
  return { x1: 0, y1: 0, w, h: Math.round((w * 2) / 3) };
}

/**
 * A picture of the graph for print: a Cytoscape instance of the report's own, off screen, laid out
 * once and drawn to a PNG (`cy.png`), so the printout does not depend on the canvas's zoom or size.
 * Its table equivalent is the list of relationships below it.
 */
export function GraphPicture({ graph }: { graph: VisibleGraph }) {
  const { t } = useI18n();
  const box = useRef<HTMLDivElement>(null);
  const [png, setPng] = useState<{ key: string; uri: string } | null>(null);
  const key = useMemo(() => [...graph.nodes.map((n) => n.id), ...graph.edges.map((e) => e.id)].join(' '), [graph]);
  // The graph drawn last: the app re-renders with an equal graph (a resize, print media), which is not redrawn.
  const drawn = useRef<string | null>(null);

  useEffect(() => {
    const container = box.current;
    if (!container || graph.nodes.length === 0 || drawn.current === key) return;
    const ids = new Set(graph.nodes.map((n) => n.id));
    const cy = cytoscape({
      container,
      elements: [
        ...graph.nodes.map((n) => ({ group: 'nodes' as const, data: { id: n.id, label: n.label, type: n.type } })),
        ...graph.edges.filter((e) => ids.has(e.source) && ids.has(e.target)).map((e) => ({ group: 'edges' as const, data: { id: e.id, source: e.source, target: e.target, type: e.type } })),
      ],
      style: graphStyles(documentTokens),
      userZoomingEnabled: false,
      userPanningEnabled: false,
      boxSelectionEnabled: false,
      autoungrabify: true,
    });
    let cancelled = false;
    // The layout's own box, so the picture does not depend on the (off-screen, maybe hidden) container's size.
    const boundingBox = pictureBox(graph.nodes.length);
    // The explorer's own layouts (graph/layouts.ts; fcose is registered by graph/useCytoscape.ts), without animation, in the picture's box.
    const name = graph.nodes.length > FORCE_LAYOUT_MAX ? 'concentric' : 'fcose';
    const layout = cy.layout({ ...layoutOptions(name, { incremental: false, animate: false, roots: [] }), boundingBox } as cytoscape.LayoutOptions);
    layout.one('layoutstop', () => {
      if (cancelled) return;
      cy.fit(undefined, 24);
      drawn.current = key;
      setPng({ key, uri: cy.png({ full: true, scale: 2, maxWidth: 2400, bg: documentTokens('--color-surface'), output: 'base64uri' }) });
    });
    layout.run();
    return () => {
      cancelled = true;
      layout.stop();
      cy.destroy();
    };
  }, [graph, key]);

  const caption = t('report.graph.picture', { nodes: graph.nodes.length, edges: graph.edges.length });
  return (
    <figure className="report-figure" data-testid="report-graph-figure">
      <div ref={box} className="report-picture-canvas" aria-hidden="true" />
      {png?.key === key ? (
        <img src={png.uri} alt={caption} data-testid="report-graph-picture" className="report-picture" />
      ) : (
        <p className="muted" role="status">
          {t('report.graph.drawing')}
        </p>
      )}
      <figcaption>{caption}</figcaption>
    </figure>
  );
}
