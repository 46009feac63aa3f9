import { describe, expect, it } from 'vitest';
import boundaries from '../../../public/geo/gemeente_2024.topojson?raw';
import { classBreaks, countClass, findByTyping, nextInDirection, projectGemeenten, scaleStep, type Topology } from './mapGeometry';

const geometry = projectGemeenten(JSON.parse(boundaries) as Topology, 600);
const byCode = new Map(geometry.shapes.map((s) => [s.code, s]));
const shape = (code: string) => byCode.get(code)!;

describe('projectGemeenten', () => {
  it('draws the 342 gemeenten of 2024, keyed by CBS code, inside the SVG', () => {
    expect(geometry.shapes).toHaveLength(342);
    expect(new Set(geometry.shapes.map((s) => s.code)).size).toBe(342);
    expect(geometry.shapes.every((s) => /^GM\d{4}$/.test(s.code) && s.d.startsWith('M'))).toBe(true);
    expect(shape('GM1960').name).toBe('West Betuwe');
    expect(geometry.height).toBeGreaterThan(600);
    expect(geometry.height).toBeLessThan(800);
    for (const s of geometry.shapes) {
      expect(s.centroid[0]).toBeGreaterThanOrEqual(0);
      expect(s.centroid[0]).toBeLessThanOrEqual(600);
      expect(s.centroid[1]).toBeGreaterThanOrEqual(0);
      expect(s.centroid[1]).toBeLessThanOrEqual(geometry.height);
    }
  });

  it('puts north up and west left: Groningen is north-east of Middelburg', () => {
    const groningen = shape('GM0014').centroid;
    const middelburg = shape('GM0687').centroid;
    expect(groningen[0]).toBeGreaterThan(middelburg[0]);
    expect(groningen[1]).toBeLessThan(middelburg[1]);
  });
});

describe('moving over the map with the arrow keys', () => {
  it('goes to a neighbour in the direction asked', () => {
    const dordrecht = shape('GM0505');
    const right = nextInDirection(geometry.shapes, dordrecht, 'right')!;
    const up = nextInDirection(geometry.shapes, dordrecht, 'up')!;
    expect(right.centroid[0]).toBeGreaterThan(dordrecht.centroid[0]);
    expect(up.centroid[1]).toBeLessThan(dordrecht.centroid[1]);
    // A neighbour, not a gemeente across the country.
    expect(Math.hypot(right.centroid[0] - dordrecht.centroid[0], right.centroid[1] - dordrecht.centroid[1])).toBeLessThan(40);
  });

  it('stays put at the edge of the country', () => {
    const westernmost = geometry.shapes.reduce((a, b) => (b.centroid[0] < a.centroid[0] ? b : a));
    expect(nextInDirection(geometry.shapes, westernmost, 'left')).toBeNull();
  });
});

describe('type-ahead', () => {
  const names = ['Aa en Hunze', 'Aalsmeer', 'Aalten', 'Súdwest-Fryslân', 'Zwolle'].map((name) => ({ name }));

  it('finds a gemeente by the start of its name, ignoring case and accents', () => {
    expect(findByTyping(names, 'aals', null)?.name).toBe('Aalsmeer');
    expect(findByTyping(names, 'sudw', null)?.name).toBe('Súdwest-Fryslân');
    expect(findByTyping(names, 'q', null)).toBeNull();
  });

  it('walks through the gemeenten with the same initial when the letter is pressed again', () => {
    expect(findByTyping(names, 'a', names[0])?.name).toBe('Aalsmeer');
    expect(findByTyping(names, 'a', names[2])?.name).toBe('Aa en Hunze');
    expect(findByTyping(names, 'zz', names[4])?.name).toBe('Zwolle');
  });
});

describe('colour classes', () => {
  it('gives each count its own class while they fit, geometric steps beyond', () => {
    expect(classBreaks(0)).toEqual([]);
    expect(classBreaks(3)).toEqual([1, 2, 3]);
    expect(classBreaks(6)).toEqual([1, 2, 3, 4, 6]);
    expect(classBreaks(100)).toEqual([3, 6, 16, 40, 100]);
  });

  it('puts a count in the first class whose bound it does not exceed', () => {
    const breaks = [3, 6, 16, 40, 100];
    expect([0, 1, 3, 4, 16, 17, 100, 120].map((n) => countClass(n, breaks))).toEqual([0, 1, 1, 2, 3, 4, 5, 5]);
  });

  it('spreads fewer classes over the whole scale, darkest last', () => {
    expect([0, 1, 2].map((c) => scaleStep(c, 2))).toEqual([0, 3, 5]);
    expect([1, 2, 3].map((c) => scaleStep(c, 3))).toEqual([2, 4, 5]);
    expect([1, 2, 3, 4, 5].map((c) => scaleStep(c, 5))).toEqual([1, 2, 3, 4, 5]);
  });
});
