import { geoMercator, geoPath } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { feature } from 'topojson-client';

/** A TopoJSON topology, as topojson-client reads it. */
export type Topology = Parameters<typeof feature>[0];

/** One gemeente as the map draws it: its outline in SVG coordinates and a point to put a label. */
export interface GemeenteShape {
  /** CBS gemeentecode (`GM0505`) = `Municipality.cbsCode`. */
  code: string;
  /** The name in the boundary file (the map shows the graph's name when it has the gemeente). */
  name: string;
  /** SVG path data. */
  d: string;
  /** Centre of the outline, in SVG coordinates. */
  centroid: [number, number];
}

export interface MapGeometry {
  width: number;
  height: number;
  shapes: GemeenteShape[];
}

interface GemeenteProperties {
  statcode?: string;
  statnaam?: string;
}

/** The boundary file's one object: the gemeenten of 1 January 2024. */
const OBJECT = 'gemeente_2024';

/**
 * The gemeenten of a TopoJSON topology (cartomap/nl, WGS84) projected with Mercator onto an SVG
 * `width` wide, as high as the country needs plus `padding`: a fixed coordinate system that the SVG's
 * viewBox scales to any size. Pure, so it is computed once per file and tested without a browser.
 */
export function projectGemeenten(topology: Topology, width = 600, padding = 4): MapGeometry {
  const object = topology.objects[OBJECT];
  if (object?.type !== 'GeometryCollection') throw new Error(`the boundary file has no collection "${OBJECT}"`);
  const collection = feature(topology, object) as FeatureCollection<Geometry, GemeenteProperties>;
  const projection = geoMercator().fitWidth(width - 2 * padding, collection);
  const [x, y] = projection.translate();
  projection.translate([x + padding, y + padding]);
  const path = geoPath(projection).digits(1);
  const [, [, maxY]] = path.bounds(collection);
  const shapes = collection.features.map((f: Feature<Geometry, GemeenteProperties>) => {
    const code = String(f.id ?? f.properties.statcode ?? '');
    const [cx, cy] = path.centroid(f);
    return { code, name: f.properties.statnaam ?? code, d: path(f) ?? '', centroid: [round(cx), round(cy)] as [number, number] };
  });
  return { width, height: Math.ceil(maxY + padding), shapes };
}

const round = (n: number) => Math.round(n * 10) / 10;

export type Direction = 'left' | 'right' | 'up' | 'down';

/**
 * The gemeente to go to from `from` with an arrow key: the nearest centre in that direction, where
 * going straight counts more than drifting sideways. Null when there is none (at the coast).
 */
export function nextInDirection(shapes: readonly GemeenteShape[], from: GemeenteShape, direction: Direction): GemeenteShape | null {
  const [fx, fy] = from.centroid;
  let best: GemeenteShape | null = null;
  let bestScore = Infinity;
  for (const s of shapes) {
    if (s.code === from.code) continue;
    const dx = s.centroid[0] - fx;
    const dy = s.centroid[1] - fy;
    const along = direction === 'right' ? dx : direction === 'left' ? -dx : direction === 'down' ? dy : -dy;
    const across = direction === 'left' || direction === 'right' ? Math.abs(dy) : Math.abs(dx);
    if (along <= 0.5) continue;
    const score = along + 2 * across;
    if (score < bestScore) {
      bestScore = score;
      best = s;
    }
  }
  return best;
}

/** A name for matching typed letters: lower case, without accents ("Súdwest-Fryslân" → "sudwest-fryslan"). */
function foldName(name: string): string {
  return name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/**
 * Type-ahead: the first gemeente (by name) whose name starts with the typed text. Typing the same
 * letter again moves to the next gemeente with that initial, so "a a a" walks through the A's.
 */
export function findByTyping<T extends { name: string }>(sortedByName: readonly T[], typed: string, current: T | null): T | null {
  const text = foldName(typed);
  if (!text) return null;
  const matches = sortedByName.filter((s) => foldName(s.name).startsWith(text));
  if (matches.length === 0) {
    // "aa" with no gemeente starting so: the same letter pressed twice, so walk on from the current one.
    const letter = text[0];
    return text.length > 1 && [...text].every((c) => c === letter) ? findByTyping(sortedByName, letter, current) : null;
  }
  if (text.length === 1 && current && foldName(current.name).startsWith(text)) {
    const i = matches.indexOf(current);
    return matches[(i + 1) % matches.length];
  }
  return matches[0];
}

/**
 * Upper bounds of the colour classes for engagement counts 1..max: one class per count up to
 * `classes`, otherwise geometric steps (counts are skewed: many gemeenten have one or two, a few
 * many), each class at least one wider than the last, the last ending at `max`.
 */
export function classBreaks(max: number, classes = 5): number[] {
  if (max <= 0) return [];
  if (max <= classes) return Array.from({ length: max }, (_, i) => i + 1);
  const bounds: number[] = [];
  for (let i = 1; i <= classes; i++) {
    const b = i === classes ? max : Math.round(max ** (i / classes));
    bounds.push(Math.max(b, (bounds.at(-1) ?? 0) + 1));
  }
  return bounds;
}

/** The colour class of a count: 0 for none, else 1 + the index of the first bound it does not exceed. */
export function countClass(count: number, breaks: readonly number[]): number {
  if (count <= 0) return 0;
  const i = breaks.findIndex((b) => count <= b);
  return i < 0 ? breaks.length : i + 1;
}

/**
 * The step of the five-step colour scale for a class out of `classes`: spread over the scale, darkest
 * last, so that two classes are told apart as clearly as five (1 of 2 → step 3, 2 of 2 → step 5).
 */
export function scaleStep(cls: number, classes: number): number {
  return cls <= 0 || classes <= 0 ? 0 : Math.ceil((cls * 5) / classes);
}
