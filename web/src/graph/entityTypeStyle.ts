import type { EntityType } from '../api/generated/schema-enums';
import type { TokenName } from '../styles/tokens';

/**
 * Shape and size per entity type, shared by the canvas, the legend and the icons in lists, so a type
 * looks the same everywhere. Its colour is the design token `--type-<type>` (styles/tokens.css),
 * read by Cytoscape and used by CSS alike. The shape carries the type too, so colour is never the
 * only cue.
 */
export interface TypeStyle {
  shape: 'round-rectangle' | 'hexagon' | 'barrel' | 'diamond' | 'ellipse' | 'tag' | 'rectangle';
  /** Node size in the canvas (engagements are smaller: there are many). */
  size: number;
}

export const TYPE_STYLES: Record<EntityType, TypeStyle> = {
  MUNICIPALITY: { shape: 'round-rectangle', size: 34 },
  REGION: { shape: 'hexagon', size: 38 },
  ORGANIZATION: { shape: 'barrel', size: 32 },
  CONSULTANCY: { shape: 'diamond', size: 40 },
  PERSON: { shape: 'ellipse', size: 28 },
  THEME: { shape: 'tag', size: 30 },
  ENGAGEMENT: { shape: 'rectangle', size: 22 },
};

/** The colour token of a type, e.g. `--type-municipality`. */
export function typeColorToken(type: EntityType): TokenName {
  return `--type-${type.toLowerCase()}`;
}
