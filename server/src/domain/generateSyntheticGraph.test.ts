import { describe, expect, it } from 'vitest';
import { generateSyntheticGraph, syntheticSizes, SYNTHETIC_SOURCE_ID, type SyntheticBasis } from './generateSyntheticGraph.js';
import { graphDocumentSchema, type GraphDocument } from './graphDocument.js';
import { relationRuleViolation } from './relationRules.js';
import { quoteProblem, type EntityType } from './vocabulary.js';

/** Forty gemeenten of very different sizes and twelve themes. */
const BASIS: SyntheticBasis = {
  gemeenten: Array.from({ length: 40 }, (_, i) => ({ id: `gemeente-g${i}`, name: `Gemeente ${i}`, population: i === 7 ? 900_000 : 5_000 + i * 1_000 })),
  themes: Array.from({ length: 12 }, (_, i) => ({ id: `thema${i}`, name: `thema ${i}` })),
};

const all = (docs: GraphDocument[]) => ({ entities: docs.flatMap((d) => d.entities), relations: docs.flatMap((d) => d.relations), sources: docs.flatMap((d) => d.sources) });

describe('generateSyntheticGraph', () => {
  const docs = [...generateSyntheticGraph(BASIS, { engagements: 3_000, seed: 1, chunkSize: 1_000 })];
  const { entities, relations, sources } = all(docs);

  it('makes the asked numbers of engagements, bureaus and people, in bounded chunks', () => {
    expect(syntheticSizes({ engagements: 100_000, seed: 1 })).toEqual({ engagements: 100_000, bureaus: 2_000, people: 20_000, chunkSize: 5_000 });
    const count = (t: EntityType) => entities.filter((e) => e.type === t).length;
    expect([count('ENGAGEMENT'), count('CONSULTANCY'), count('PERSON')]).toEqual([3_000, 60, 600]);
    expect(docs).toHaveLength(4); // bureaus and people, then three chunks of 1,000 engagements
    expect(Math.max(...docs.slice(1).map((d) => d.entities.length))).toBe(1_000);
    // About ten relationships per engagement: ≈1M for the national 100,000.
    expect(relations.length / 3_000).toBeGreaterThan(7);
    expect(relations.length / 3_000).toBeLessThan(11);
  });

  it('is the same for the same seed and different for another', () => {
    expect([...generateSyntheticGraph(BASIS, { engagements: 3_000, seed: 1, chunkSize: 1_000 })]).toEqual(docs);
    const other = all([...generateSyntheticGraph(BASIS, { engagements: 3_000, seed: 2, chunkSize: 1_000 })]);
    expect(other.relations).not.toEqual(relations);
  });

  it('marks everything synthetic, cites the synthetic source with a valid quote, and keeps the relation rules', () => {
    expect(sources).toEqual([expect.objectContaining({ id: SYNTHETIC_SOURCE_ID, kind: 'REGISTER', properties: expect.objectContaining({ synthetic: true }) })]);
    const types = new Map(entities.map((e) => [e.id, e.type]));
    for (const g of BASIS.gemeenten) types.set(g.id, 'MUNICIPALITY');
    for (const t of BASIS.themes) types.set(t.id, 'THEME');
    // Collected, not asserted one by one: 33,000 facts.
    const problems: string[] = [];
    for (const fact of [...entities, ...relations]) {
      const p = fact.provenance;
      if (fact.properties.synthetic !== true) problems.push(`not marked: ${JSON.stringify(fact)}`);
      if (p.length !== 1 || p[0]!.source !== SYNTHETIC_SOURCE_ID || quoteProblem(p[0]!.quote)) problems.push(`evidence: ${JSON.stringify(p)}`);
    }
    for (const r of relations) {
      const why = relationRuleViolation(r.type, types.get(r.from)!, types.get(r.to)!, r.properties);
      if (why) problems.push(why);
    }
    expect(problems.slice(0, 5)).toEqual([]);
    for (const d of docs) expect(graphDocumentSchema.safeParse(d).success).toBe(true);
    const keys = relations.map((r) => `${r.from}|${r.type}|${r.to}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(new Set(entities.map((e) => e.id)).size).toBe(entities.length);
  });

  it('is skewed: a few large bureaus and many small ones, the big city with the most engagements', () => {
    const per = (type: 'BY' | 'FOR') => {
      const counts = new Map<string, number>();
      for (const r of relations.filter((x) => x.type === type)) counts.set(r.to, (counts.get(r.to) ?? 0) + 1);
      return [...counts].sort((a, b) => b[1] - a[1]);
    };
    const bureaus = per('BY');
    expect(bureaus[0]![0]).toBe('consultancy-synth-0');
    expect(bureaus[0]![1]).toBeGreaterThan(10 * bureaus[Math.floor(bureaus.length / 2)]![1]);
    expect(per('FOR')[0]![0]).toBe('gemeente-g7');
  });

  it('refuses a basis without gemeenten or themes', () => {
    expect(() => [...generateSyntheticGraph({ gemeenten: [], themes: BASIS.themes }, { engagements: 1, seed: 1 })]).toThrow(/seed it first/);
  });
});
