import type { LayoutOptions, NodeSingular } from 'cytoscape';
import type { LayoutName } from '../state/appState';

export interface LayoutContext {
  /** Keep current positions as the start (after an expand), so the map does not jump. */
  incremental: boolean;
  animate: boolean;
  /** Roots for the tree layout: the expanded or selected nodes. */
  roots: string[];
}

/**
 * Layout options per name. fcose is the default: it is the fastest force-directed layout in
 * Cytoscape's ecosystem and handles a few hundred nodes well (figures in bench/render.md).
 */
export function layoutOptions(name: LayoutName, ctx: LayoutContext): LayoutOptions {
  const common = { fit: true, padding: 40, animate: ctx.animate, animationDuration: 350 };
  switch (name) {
    case 'concentric':
      return {
        name: 'concentric',
        ...common,
        minNodeSpacing: 40,
        concentric: (n: NodeSingular) => n.degree(false),
        levelWidth: () => 2,
      };
    case 'breadthfirst':
      return {
        name: 'breadthfirst',
        ...common,
        directed: false,
        spacingFactor: 1.15,
        roots: ctx.roots.length ? ctx.roots.map((id) => `#${cssEscape(id)}`).join(',') : undefined,
      } as LayoutOptions;
    case 'fcose':
    default:
      return {
        name: 'fcose',
        ...common,
        quality: 'default',
        randomize: !ctx.incremental,
        nodeDimensionsIncludeLabels: true,
        idealEdgeLength: 90,
        nodeRepulsion: 6500,
        nodeSeparation: 60,
        packComponents: true,
      } as LayoutOptions;
  }
}

/** Ids are slugs, but relation ids contain `|`; escape for Cytoscape selectors. */
export function cssEscape(id: string): string {
  return id.replace(/([^a-zA-Z0-9_-])/g, '\\$1');
}
