/**
 * Layouts of many nodes off the main thread: the visible elements go to a web worker
 * (layoutWorker.ts: headless Cytoscape with fcose), the positions come back. One worker at a time;
 * a layout that a newer one makes stale is cancelled by terminating its worker (fcose cannot be
 * interrupted), and the next layout starts a fresh one.
 */
import type { Collection, LayoutOptions } from 'cytoscape';
import { debugNumber } from './debugOptions';

/** From this many visible nodes on, fcose runs in the worker (bench/render.md); `?layoutWorkerAbove=N` lowers it. */
export const WORKER_LAYOUT_THRESHOLD = debugNumber('layoutWorkerAbove', 500);

/** Above this many nodes fcose runs in its `draft` quality (the spectral layout, no polishing): minutes become seconds. */
const DRAFT_ABOVE = 1500;

/** The fcose options the worker runs with for this many nodes. */
export function workerLayoutOptions(options: object, nodes: number): Record<string, unknown> {
  const plain = Object.fromEntries(Object.entries(options).filter(([, v]) => typeof v !== 'function'));
  return nodes > DRAFT_ABOVE ? { ...plain, quality: 'draft' } : plain;
}

export interface LayoutRequest {
  id: number;
  nodes: { id: string; w: number; h: number; x?: number; y?: number }[];
  edges: { id: string; source: string; target: string }[];
  /** fcose options without functions (they cannot cross to a worker). */
  options: Record<string, unknown>;
}

export type LayoutAnswer = { id: number; positions: Record<string, { x: number; y: number }>; ms: number } | { id: number; error: string };

let worker: Worker | null = null;
let nextId = 1;

function startWorker(): Worker {
  worker ??= new Worker(new URL('./layoutWorker.ts', import.meta.url), { type: 'module' });
  return worker;
}

/** The request for the shown elements: their sizes (labels included), and positions when incremental. */
export function layoutRequest(elements: Collection, options: LayoutOptions, keepPositions: boolean): Omit<LayoutRequest, 'id'> {
  return {
    nodes: elements.nodes().map((n) => {
      const { w, h } = n.layoutDimensions({ nodeDimensionsIncludeLabels: true });
      const p = n.position();
      return keepPositions ? { id: n.id(), w, h, x: p.x, y: p.y } : { id: n.id(), w, h };
    }),
    edges: elements.edges().map((e) => ({ id: e.id(), source: e.source().id(), target: e.target().id() })),
    options: workerLayoutOptions(options, elements.nodes().length),
  };
}

/** Runs the layout in the worker; rejects with an AbortError when `signal` aborts (the worker is stopped). */
export function layoutInWorker(request: Omit<LayoutRequest, 'id'>, signal: AbortSignal): Promise<Record<string, { x: number; y: number }>> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) {
      reject(new DOMException('Layout cancelled', 'AbortError'));
      return;
    }
    const w = startWorker();
    const id = nextId++;
    const done = () => {
      w.removeEventListener('message', onMessage);
      w.removeEventListener('error', onError);
      signal.removeEventListener('abort', onAbort);
    };
    const onMessage = (e: MessageEvent<LayoutAnswer>) => {
      if (e.data.id !== id) return;
      done();
      if ('error' in e.data) reject(new Error(e.data.error));
      else resolve(e.data.positions);
    };
    const onError = (e: ErrorEvent) => {
      done();
      worker?.terminate();
      worker = null;
      reject(new Error(e.message || 'The layout worker failed'));
    };
    const onAbort = () => {
      done();
      // fcose runs to its end once started: stop the worker; the next layout starts a new one.
      w.terminate();
      if (worker === w) worker = null;
      reject(new DOMException('Layout cancelled', 'AbortError'));
    };
    w.addEventListener('message', onMessage);
    w.addEventListener('error', onError);
    signal.addEventListener('abort', onAbort);
    w.postMessage({ ...request, id } satisfies LayoutRequest);
  });
}
