import type { Collection, LayoutOptions, NodeSingular } from 'cytoscape';
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

/** A 32-bit hash of a string (FNV-1a), the seed of a layout. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** mulberry32: a small, well-known seeded generator of floats in [0, 1). */
function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The seed for laying out these nodes: the same nodes give the same seed, whatever their order. */
export function layoutSeed(nodeIds: Iterable<string>): number {
  return hash([...nodeIds].sort().join('\n'));
}

/**
 * Runs `run` (a layout's synchronous `run()`) with `Math.random` seeded by `seed`, so the same
 * graph gets the same layout on every load of a shared link: fcose (and cose-base under it) draws
 * its initial placement and its spectral sampling from `Math.random` and has no seed option.
 * JavaScript is single-threaded and `run` is synchronous, so nothing else sees the seeded generator.
 */
export function withSeededRandom<T>(seed: number, run: () => T): T {
  const original = Math.random;
  Math.random = seededRandom(seed);
  try {
    return run();
  } finally {
    Math.random = original;
  }
}

/**
 * The elements in id order (nodes, then edges): a layout iterates its elements in collection order,
 * which otherwise follows the order in which the answers arrived, so the same graph could be laid
 * out differently on two loads of the same link.
 */
export function inIdOrder<T extends Collection>(eles: T): Collection {
  const byId = (a: { id(): string }, b: { id(): string }) => (a.id() < b.id() ? -1 : a.id() > b.id() ? 1 : 0);
  return eles.nodes().sort(byId).union(eles.edges().sort(byId));
}
