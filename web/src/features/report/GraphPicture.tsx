import cytoscape from 'cytoscape';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { VisibleGraph } from '../../graph/knownGraph';
import { graphStyles } from '../../graph/styles';
import { useI18n } from '../../i18n/I18nProvider';
import { documentTokens } from '../../styles/tokens';

/** Above this many nodes the picture is laid out in rings (fast) instead of by force (readable). */
const FORCE_LAYOUT_MAX = 300;

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

  useEffect(() => {
    const container = box.current;
    if (!container || graph.nodes.length === 0) return;
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
    const layout = cy.layout(graph.nodes.length > FORCE_LAYOUT_MAX ? { name: 'concentric', animate: false } : { name: 'cose', animate: false, randomize: false, idealEdgeLength: () => 140, nodeRepulsion: () => 12_000 });
    layout.one('layoutstop', () => {
      if (cancelled) return;
      cy.fit(undefined, 24);
      setPng({ key, uri: cy.png({ full: true, scale: 2, maxWidth: 2400, bg: '#ffffff', output: 'base64uri' }) });
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
