import type { StylesheetJson } from 'cytoscape';
import { ENTITY_TYPES } from '../api/entityTypes';
import type { Tokens } from '../styles/tokens';
import { TYPE_STYLES, typeColorToken } from './entityTypeStyle';

/**
 * The canvas stylesheet. Colours are the design tokens of styles/tokens.css (Cytoscape draws on a
 * canvas and cannot use CSS variables, so they are read once when the canvas is made). Colour and
 * shape come from the entity type; state is shown with classes: `dimmed` (outside the highlighted path
 * or neighbourhood), `highlighted`, `expanded`, `filtered` (hidden by a filter), `hover` (edge labels
 * appear on hover and selection, not always, to keep it legible; a hovered node shows its whole name). `large`: labels only where readable.
 */
/** The label size of the design, in model units: 11 px at zoom 1. */
const LABEL_SIZE = 11;
/** The smallest label a reader can read, in CSS px (on a phone the fitted map is often at zoom 0.5). */
const READABLE_LABEL_PX = 12;
/** Labels grow at most to this size in model units: further out, a map would drown in its labels. */
const MAX_LABEL_SIZE = 30;

/**
 * The node label size (model units) for a zoom level. On a small screen (`scaled`) labels are kept at
 * READABLE_LABEL_PX on screen however far the map is zoomed out to fit, up to MAX_LABEL_SIZE; on a
 * wide screen, and when zoomed in, the design's LABEL_SIZE. Whole numbers, so the stylesheet is
 * rebuilt only when the size really changes.
 */
export function labelSizeFor(zoom: number, scaled: boolean): number {
  if (!scaled || zoom <= 0) return LABEL_SIZE;
  return Math.min(MAX_LABEL_SIZE, Math.max(LABEL_SIZE, Math.ceil(READABLE_LABEL_PX / zoom)));
}

export function graphStyles(tokens: Tokens, { large = false, labelSize = LABEL_SIZE }: { large?: boolean; labelSize?: number } = {}): StylesheetJson {
  const scale = labelSize / LABEL_SIZE;
  const label = tokens('--canvas-label');
  const halo = tokens('--canvas-label-halo');
  const edge = tokens('--canvas-edge');
  const path = tokens('--canvas-path');
  const selection = tokens('--canvas-selection');
  const edgeSelection = tokens('--canvas-edge-selection');
  const emphasis = tokens('--canvas-edge-highlight');
  return [
    {
      selector: 'node',
      style: {
        label: 'data(label)',
        // Cytoscape refuses quoted family names ('Segoe UI') and would drop the whole list.
        'font-family': tokens('--font-family').replace(/['"]/g, ''),
        'font-size': labelSize,
        color: label,
        'text-valign': 'bottom',
        'text-margin-y': 4,
        'text-outline-color': halo,
        'text-outline-width': 2,
        'text-wrap': 'ellipsis',
        'text-max-width': `${Math.round(140 * scale)}px`,
        'border-width': 1.5,
        'border-color': tokens('--canvas-node-border'),
        'transition-property': 'opacity',
        'transition-duration': 150,
        // A large map (LARGE_GRAPH elements) draws labels only where they are readable: at the
        // zoom of a whole map of thousands they are specks, and drawing them is most of a frame.
        ...(large ? { 'min-zoomed-font-size': 8 } : {}),
      },
    },
    ...ENTITY_TYPES.map((type) => ({
      selector: `node[type = "${type}"]`,
      style: {
        'background-color': tokens(typeColorToken(type)),
        shape: TYPE_STYLES[type].shape,
        width: TYPE_STYLES[type].size,
        height: TYPE_STYLES[type].size,
      },
    })),
    {
      // A group of neighbours: the type's colour and shape, larger, with a dashed border and its count as label.
      selector: 'node[?group]',
      style: {
        width: 46,
        height: 46,
        'border-width': 2.5,
        'border-style': 'dashed',
        'border-color': tokens('--canvas-expanded'),
        'background-opacity': 0.55,
        'font-weight': 'bold',
      },
    },
    {
      selector: 'node.expanded',
      style: { 'border-width': 3, 'border-color': tokens('--canvas-expanded'), 'border-style': 'double' },
    },
    {
      selector: 'edge',
      style: {
        width: 1.5,
        'line-color': edge,
        'target-arrow-color': edge,
        'target-arrow-shape': 'triangle',
        'arrow-scale': 0.8,
        'curve-style': 'bezier',
        'font-size': Math.round(10 * scale),
        color: label,
        'text-rotation': 'autorotate',
        'text-background-color': halo,
        'text-background-opacity': 0.9,
        'text-background-padding': '2px',
      },
    },
    // The tie between a node and a group of its neighbours.
    { selector: 'edge[type = "GROUP"]', style: { 'line-style': 'dashed', 'target-arrow-shape': 'none' } },
    // A large map draws its edges as straight haystack lines without arrows: a bezier edge with an
    // arrow costs several times more to draw, and at that zoom neither its curve nor its arrow shows.
    ...(large ? [{ selector: 'edge', style: { 'curve-style': 'haystack' as const, 'haystack-radius': 0, 'target-arrow-shape': 'none' as const } }] : []),
    // Edge labels on hover, selection, a path, or all of them in a sparse view; graph/edgeLabels.ts
    // hides with `label-clash` those that would cover another label or a node.
    { selector: 'edge.hover, edge:selected, edge.label-on, edge.label-auto', style: { label: 'data(displayLabel)' } },
    { selector: '.highlighted', style: { opacity: 1 } },
    { selector: 'edge.highlighted', style: { width: 3, 'line-color': emphasis, 'target-arrow-color': emphasis } },
    { selector: 'edge.path', style: { width: 4.5, 'line-color': path, 'target-arrow-color': path, label: 'data(displayLabel)' } },
    { selector: 'node.path', style: { 'border-width': 4, 'border-color': path, 'border-style': 'solid' } },
    { selector: '.dimmed', style: { opacity: 0.2 } },
    {
      selector: 'node:selected',
      style: {
        'border-width': 5,
        'border-color': selection,
        'border-style': 'solid',
        'overlay-color': selection,
        'overlay-opacity': 0.15,
        'overlay-padding': 6,
        opacity: 1,
        'z-index': 20,
      },
    },
    { selector: 'edge:selected', style: { width: 4, 'line-color': edgeSelection, 'target-arrow-color': edgeSelection, opacity: 1, 'z-index': 20 } },
    { selector: 'edge.label-clash', style: { 'text-opacity': 0 } },
    // A hovered node shows its whole name (labels are cut at 140 px with an ellipsis), above the rest.
    {
      selector: 'node.hover',
      style: {
        'text-max-width': `${Math.round(480 * scale)}px`,
        'text-background-color': halo,
        'text-background-opacity': 0.95,
        'text-background-padding': '2px',
        'z-index': 30,
        'min-zoomed-font-size': 0,
      },
    },
    { selector: '.filtered', style: { display: 'none' } },
  ];
}
