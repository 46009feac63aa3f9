import type { EntityType } from '../api/types';

/**
 * Colour and shape per entity type, shared by the canvas, the legend and the icons in lists, so a type
 * looks the same everywhere. Colours have at least 3:1 contrast against white (WCAG 1.4.11), and the
 * shape carries the type too, so colour is never the only cue.
 */
export interface TypeStyle {
  color: string;
  shape: 'round-rectangle' | 'hexagon' | 'barrel' | 'diamond' | 'ellipse' | 'tag' | 'rectangle';
  /** Node size in the canvas (engagements are smaller: there are many). */
  size: number;
}

export const TYPE_STYLES: Record<EntityType, TypeStyle> = {
  MUNICIPALITY: { color: '#1d4ed8', shape: 'round-rectangle', size: 34 },
  REGION: { color: '#0e7490', shape: 'hexagon', size: 38 },
  ORGANIZATION: { color: '#6d28d9', shape: 'barrel', size: 32 },
  CONSULTANCY: { color: '#c2410c', shape: 'diamond', size: 40 },
  PERSON: { color: '#be185d', shape: 'ellipse', size: 28 },
  THEME: { color: '#15803d', shape: 'tag', size: 30 },
  ENGAGEMENT: { color: '#475569', shape: 'rectangle', size: 22 },
};
