import type { BoundingBox12, Core, EdgeSingular } from 'cytoscape';

/**
 * Which edge labels the canvas draws, so that they can be read: an edge's label shows on hover, on
 * selection (the selected node's or edge's own edges, class `label-on`), on a highlighted path, and
 * for every edge when the view is sparse (at most SPARSE_EDGES visible edges, class `label-auto`).
 * Labels are never drawn on top of each other or of a node or its name: in order of priority (hovered, selected,
 * path, selection, sparse view) each label is placed where it does not overlap what is placed
 * already; one that would is hidden with class `label-clash` (shown again on hover).
 *
 * Label boxes are in model coordinates and the font scales with the zoom, so overlaps do not change
 * with zoom or pan: this runs after a layout, a drag, a selection or a hover, not on every frame.
 */

/** A view with at most this many visible edges shows all their labels. */
const SPARSE_EDGES = 24;
/** At most this many labels are placed; further ones stay hidden (a selected hub's hundreds of edges). */
const MAX_PLACED = 200;
/** Nodes are obstacles for labels up to this many (beyond, the view is a large map without edge labels). */
const MAX_OBSTACLE_NODES = 2000;

type Box = Pick<BoundingBox12, 'x1' | 'x2' | 'y1' | 'y2'>;

/** Room kept around labels and nodes (model px): a selection's thicker border or a label's halo stays clear. */
const MARGIN = 4;

function overlaps(a: Box, b: Box, margin = MARGIN): boolean {
  return a.x1 - margin < b.x2 && b.x1 - margin < a.x2 && a.y1 - margin < b.y2 && b.y1 - margin < a.y2;
}

/** Lower is placed first. */
function priority(e: EdgeSingular): number {
  if (e.hasClass('hover')) return 0;
  if (e.selected()) return 1;
  if (e.hasClass('path')) return 2;
  if (e.hasClass('label-on')) return 3;
  return 4;
}

function labelled(e: EdgeSingular): boolean {
  return e.hasClass('hover') || e.selected() || e.hasClass('path') || e.hasClass('label-on') || e.hasClass('label-auto');
}

const LABEL_ONLY = {
  includeNodes: false,
  includeEdges: false,
  includeLabels: true,
  includeMainLabels: true,
  includeSourceLabels: false,
  includeTargetLabels: false,
  includeOverlays: false,
  includeUnderlays: false,
} as const;

/** Sets `label-auto` and `label-clash` on the edges; returns how many labels are drawn. */
function placeEdgeLabels(cy: Core): number {
  const edges = cy.edges().filter((e) => e.visible() && e.data('type') !== 'GROUP');
  const sparse = edges.length <= SPARSE_EDGES;
  cy.batch(() => {
    cy.edges().removeClass('label-clash');
    cy.edges().not(edges).removeClass('label-auto');
    edges.toggleClass('label-auto', sparse);
  });
  const candidates: EdgeSingular[] = [];
  edges.forEach((e) => {
    if (labelled(e)) candidates.push(e);
  });
  if (candidates.length === 0) return 0;
  candidates.sort((a, b) => priority(a) - priority(b));

  const nodes = cy.nodes().filter((n) => n.visible());
  // Every node with its name is an obstacle, the edge's own ends too: a label never covers a name.
  // Next to its own ends' names a label may sit without the margin (a short edge keeps its label).
  const obstacles =
    nodes.length <= MAX_OBSTACLE_NODES
      ? nodes.map((n) => ({ id: n.id(), box: n.boundingBox({ includeLabels: true, includeOverlays: false, includeUnderlays: false }) }))
      : [];
  const placed: Box[] = [];
  const clash: EdgeSingular[] = [];
  let shown = 0;
  for (const e of candidates) {
    const always = priority(e) <= 1;
    if (!always && shown >= MAX_PLACED) {
      clash.push(e);
      continue;
    }
    const box = e.boundingBox(LABEL_ONLY);
    if (box.w <= 0 || box.h <= 0) continue;
    const ends = [e.source().id(), e.target().id()];
    const hit = placed.some((p) => overlaps(box, p)) || obstacles.some((o) => overlaps(box, o.box, ends.includes(o.id) ? 0 : MARGIN));
    if (hit && !always) {
      clash.push(e);
      continue;
    }
    placed.push(box);
    shown += 1;
  }
  if (clash.length) cy.batch(() => clash.forEach((e) => e.addClass('label-clash')));
  return shown;
}

/** Runs placeEdgeLabels at most once a frame, after what changed the labels has been drawn. */
export function edgeLabelScheduler(cy: Core): { schedule: () => void; cancel: () => void } {
  let frame = 0;
  return {
    schedule: () => {
      if (frame) return;
      frame = requestAnimationFrame(() => {
        frame = 0;
        if (!cy.destroyed()) placeEdgeLabels(cy);
      });
    },
    cancel: () => {
      if (frame) cancelAnimationFrame(frame);
      frame = 0;
    },
  };
}
