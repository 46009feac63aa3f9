/**
 * The layout web worker: runs fcose on a headless Cytoscape and posts back the positions, so a
 * layout of many nodes never blocks the page (workerLayout.ts starts it, useCytoscape.ts applies
 * the answer as a `preset` layout). Nodes arrive with the size the canvas gives them, labels
 * included, since a worker cannot measure text.
 */
import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { layoutSeed, withSeededRandom } from './layouts';
import type { LayoutAnswer, LayoutRequest } from './workerLayout';

cytoscape.use(fcose);

const scope = self as unknown as {
  onmessage: ((e: MessageEvent<LayoutRequest>) => void) | null;
  postMessage: (answer: LayoutAnswer) => void;
};

scope.onmessage = (e) => {
  const { id, nodes, edges, options } = e.data;
  const started = performance.now();
  try {
    const cy = cytoscape({
      headless: true,
      styleEnabled: true,
      style: [{ selector: 'node', style: { width: 'data(w)', height: 'data(h)' } }],
      elements: {
        nodes: nodes.map((n) => ({ data: { id: n.id, w: n.w, h: n.h }, position: n.x === undefined ? undefined : { x: n.x, y: n.y ?? 0 } })),
        edges: edges.map((ed) => ({ data: { id: ed.id, source: ed.source, target: ed.target } })),
      },
    });
    const layout = cy.layout({ ...options, name: 'fcose', animate: false, fit: false, nodeDimensionsIncludeLabels: false } as cytoscape.LayoutOptions);
    layout.one('layoutstop', () => {
      const positions: Record<string, { x: number; y: number }> = {};
      cy.nodes().forEach((n) => {
        positions[n.id()] = n.position();
      });
      scope.postMessage({ id, positions, ms: performance.now() - started });
      cy.destroy();
    });
    withSeededRandom(layoutSeed(nodes.map((n) => n.id)), () => layout.run());
  } catch (error) {
    scope.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
};
