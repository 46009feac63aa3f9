import type { StylesheetJson } from 'cytoscape';
import { ENTITY_TYPES } from '../api/types';
import { TYPE_STYLES } from './entityTypeStyle';

/**
 * The canvas stylesheet. Colour and shape come from the entity type; state is shown with classes:
 * `dimmed` (outside the highlighted path or neighbourhood), `highlighted`, `expanded`, `filtered`
 * (hidden by a filter), `hover` (edge labels appear on hover and selection, not always, to keep it legible).
 */
export const graphStyles: StylesheetJson = [
  {
    selector: 'node',
    style: {
      label: 'data(label)',
      'font-family': 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
      'font-size': 11,
      color: '#111827',
      'text-valign': 'bottom',
      'text-margin-y': 4,
      'text-outline-color': '#ffffff',
      'text-outline-width': 2,
      'text-wrap': 'ellipsis',
      'text-max-width': '140px',
      'border-width': 1.5,
      'border-color': '#ffffff',
      'transition-property': 'opacity',
      'transition-duration': 150,
    },
  },
  ...ENTITY_TYPES.map((type) => ({
    selector: `node[type = "${type}"]`,
    style: {
      'background-color': TYPE_STYLES[type].color,
      shape: TYPE_STYLES[type].shape,
      width: TYPE_STYLES[type].size,
      height: TYPE_STYLES[type].size,
    },
  })),
  {
    selector: 'node.expanded',
    style: { 'border-width': 3, 'border-color': '#0f172a', 'border-style': 'double' },
  },
  {
    selector: 'edge',
    style: {
      width: 1.5,
      'line-color': '#94a3b8',
      'target-arrow-color': '#94a3b8',
      'target-arrow-shape': 'triangle',
      'arrow-scale': 0.8,
      'curve-style': 'bezier',
      'font-size': 10,
      color: '#111827',
      'text-rotation': 'autorotate',
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.9,
      'text-background-padding': '2px',
    },
  },
  { selector: 'edge.hover, edge:selected, edge.label-on', style: { label: 'data(displayLabel)' } },
  {
    selector: '.highlighted',
    style: { opacity: 1 },
  },
  {
    selector: 'edge.highlighted',
    style: { width: 3, 'line-color': '#0f172a', 'target-arrow-color': '#0f172a' },
  },
  {
    selector: 'edge.path',
    style: { width: 4.5, 'line-color': '#b45309', 'target-arrow-color': '#b45309', label: 'data(displayLabel)' },
  },
  { selector: 'node.path', style: { 'border-width': 4, 'border-color': '#b45309', 'border-style': 'solid' } },
  { selector: '.dimmed', style: { opacity: 0.2 } },
  {
    selector: 'node:selected',
    style: {
      'border-width': 5,
      'border-color': '#f59e0b',
      'border-style': 'solid',
      'overlay-color': '#f59e0b',
      'overlay-opacity': 0.15,
      'overlay-padding': 6,
      opacity: 1,
      'z-index': 20,
    },
  },
  {
    selector: 'edge:selected',
    style: { width: 4, 'line-color': '#d97706', 'target-arrow-color': '#d97706', opacity: 1, 'z-index': 20 },
  },
  { selector: '.filtered', style: { display: 'none' } },
];
