/**
 * Every example in docs/API.md works as written: each ```graphql block runs through the API against
 * the fixture graph without errors and with non-empty data (plus a check of what it is meant to show),
 * and so does the JSON body of each curl example. Mutations run with the test token; what they
 * create is removed afterwards.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Kind, parse, type OperationDefinitionNode } from 'graphql';
import { gql, useTestApp } from '../support/testServer.js';
import { REPO_ROOT } from '../../server/src/config.js';
import { AUTH, graphCounts, ids, type GraphCounts, type Json } from './apiHelpers.js';

const API_MD = fs.readFileSync(path.join(REPO_ROOT, 'docs', 'API.md'), 'utf8');

interface Example {
  name: string;
  operation: 'query' | 'mutation' | 'subscription';
  source: string;
}

function graphqlExamples(markdown: string): Example[] {
  return [...markdown.matchAll(/^```graphql\n([\s\S]*?)^```$/gm)].map((m, i) => {
    const source = m[1]!;
    const op = parse(source).definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
    return { name: op?.name?.value ?? `example ${i + 1}`, operation: op?.operation ?? 'query', source };
  });
}

/** The `--data '…'` JSON bodies of the curl examples. */
function curlBodies(markdown: string): { query: string; variables?: Record<string, unknown>; auth: boolean }[] {
  return [...markdown.matchAll(/^```sh\n([\s\S]*?)^```$/gm)]
    .map((m) => m[1]!)
    .filter((block) => /curl /.test(block) && /--data '/.test(block))
    .map((block) => {
      const body = /--data '([^']*)'/.exec(block)![1]!;
      return { ...(JSON.parse(body) as { query: string; variables?: Record<string, unknown> }), auth: /Authorization: Bearer/.test(block) };
    });
}

/** True when a value holds at least one real answer (not only nulls and empty lists). */
function nonEmpty(value: unknown): boolean {
  if (value === null || value === undefined) return false;
  if (Array.isArray(value)) return value.some(nonEmpty);
  if (typeof value === 'object') return Object.values(value).some(nonEmpty);
  return true;
}

const engagementTitles = (conn: Json): string[] => conn.edges.map((e: Json) => e.node.title);

/** What each example is meant to show, by operation name. */
const CHECKS: Record<string, (data: Json) => void> = {
  WhoWorkedWithGabrielleRypma: (data) => {
    expect(data.collaborators.map((c: Json) => c.person.name)).toEqual(['Nathalie de Man']);
    expect(data.collaborators[0].engagements[0].consultancies).toEqual([{ name: 'Kern Konsult' }]);
    expect(data.collaborators[0].engagements[0].provenance.length).toBeGreaterThan(0);
  },
  ComparableToDenHelder: (data) => {
    const results = data.comparableMunicipalities.results;
    expect(results.length).toBeGreaterThan(1);
    results.forEach((r: Json, i: number) => {
      expect(r.rank).toBe(i + 1);
      if (i > 0) expect(r.score).toBeLessThanOrEqual(results[i - 1].score);
      expect(r.explanation.reduce((s: number, p: Json) => s + p.contribution, 0)).toBeCloseTo(r.score, 3);
    });
  },
  EigenKrachtSince2015: (data) => {
    expect(engagementTitles(data.engagements)).toEqual(['Dienstverleningsstrategie sociaal domein']);
    expect(data.engagements.edges[0].node.start).toBe('2016');
  },
  PathKernKonsultToDenHelder: (data) => {
    expect(data.paths.length).toBeGreaterThan(0);
    for (const p of data.paths) {
      expect(p.steps[0].from.name).toBe('Kern Konsult');
      expect(p.steps.at(-1).to.name).toBe('Den Helder');
      for (const s of p.steps) expect(s.relation.provenance.length).toBeGreaterThan(0);
    }
  },
  ExportBuurt: (data) => {
    const nodeIds = new Set(ids(data.neighborhood.nodes));
    for (const id of ['gemeente-westland', 'gemeente-waddinxveen', 'gemeente-den-helder']) expect(nodeIds.has(id)).toBe(true);
    for (const e of data.neighborhood.edges) expect(nodeIds.has(e.source) && nodeIds.has(e.target)).toBe(true);
    expect(data.sources.length).toBeGreaterThan(5);
  },
  EvidenceForBuurt: (data) => {
    expect(data.nodes).toHaveLength(3);
    for (const n of data.nodes) {
      expect(n.provenance.length).toBeGreaterThan(0);
      for (const r of n.relations) expect(r.provenance.length).toBeGreaterThan(0);
    }
  },
  ConsultanciesInWestland: (data) => {
    const names = new Set(data.engagements.edges.flatMap((e: Json) => e.node.consultancies.map((c: Json) => c.name)));
    expect([...names].sort()).toEqual(['Key to Grip', 'Nul Vierentwintig']);
  },
  EngagementsPerThemePerYear: (data) => {
    const pairs = data.engagements.edges.flatMap((e: Json) => e.node.themes.map((t: Json) => `${t.id}/${e.node.startYear}`));
    expect(pairs).toContain('eigenKracht/2016');
    expect(data.stats.engagementsPerYear).toEqual([{ key: '2016', count: 1 }]);
    expect(data.stats.engagementsPerTheme.length).toBeGreaterThan(5);
    // The timeline: Waddinxveen's strategy (JSO, 2016) on the axis, Rivierenland's (no start) counted apart.
    expect(data.engagementTimeline).toMatchObject({ engagementCount: 2, unknownPeriodCount: 1, minYear: 2016, maxYear: 2016 });
    expect(data.engagementTimeline.groups.find((g: Json) => g.entity.id === 'consultancy-jso').spans.map((s: Json) => s.start)).toEqual(['2016']);
  },
  JeugdzorgPerGemeente: (data) => {
    const counts = new Map(data.municipalityEngagementCounts.map((c: Json) => [c.municipality.name, [c.count, c.viaRegion]]));
    expect(counts.size).toBe(342);
    expect(counts.get('Westland')).toEqual([1, 0]);
    expect(counts.get('Tiel')).toEqual([0, 1]); // Regio Rivierenland's traject
    expect(data.municipality).toMatchObject({ dissolved: true, dissolvedYear: 2019, currentSuccessors: [{ name: 'West Betuwe', engagementCount: 1 }] });
    expect(data.municipality.successors[0].provenance[0].quote).toBe('2019,GM0236,Geldermalsen,GM1960,West Betuwe');
  },
  FindDrechtsteden: (data) => {
    // With the gemeente Drechterland, which matches the same prefix.
    expect(data.search.edges.slice(0, 2).map((e: Json) => e.node)).toEqual([
      { id: 'gemeente-drechterland', name: 'Drechterland', type: 'MUNICIPALITY' },
      { id: 'regio-drechtsteden', name: 'Drechtsteden', type: 'REGION' },
    ]);
  },
  AddSourceAndPerson: (data) => {
    expect(data.createSource.id).toBe('src-voorbeeld-artikel');
    expect(data.createEntity.provenance).toEqual([{ quote: 'Voorbeeld Adviseur begeleidde het traject.', source: { title: 'Voorbeeldartikel' } }]);
  },
};

const examples = graphqlExamples(API_MD);
const queries = examples.filter((e) => e.operation === 'query');

describe('docs/API.md examples', () => {
  const ctx = useTestApp();
  let pristine: GraphCounts;
  const created: string[] = [];

  beforeAll(async () => {
    pristine = await graphCounts(ctx.db);
  });

  // Runs before useTestApp() closes the server and the db handle (after-hooks run in reverse).
  afterAll(async () => {
    await ctx.db.write('test:docsCleanup', (tx) => tx.run('MATCH (n) WHERE n.id IN $ids DETACH DELETE n', { ids: created }));
    expect(await graphCounts(ctx.db)).toEqual(pristine);
  });

  it('has five to ten example queries, each with a unique operation name', () => {
    expect(queries.length).toBeGreaterThanOrEqual(5);
    expect(queries.length).toBeLessThanOrEqual(10);
    const names = examples.map((e) => e.name);
    expect(new Set(names).size).toBe(names.length);
    for (const e of examples) expect(e.name, 'give every example an operation name').not.toMatch(/^example \d+$/);
  });

  it.each(examples.map((e) => [e.name, e] as const))('runs %s without errors and with data', async (_name, example) => {
    const headers = example.operation === 'mutation' ? AUTH : {};
    const res = await gql<Json>(ctx.app, example.source, {}, headers);
    if (example.operation === 'mutation') {
      for (const value of Object.values(res.data ?? {})) if ((value as Json)?.id) created.push((value as Json).id);
    }
    expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
    expect(res.status).toBe(200);
    for (const [field, value] of Object.entries(res.data ?? {})) expect(nonEmpty(value), `${example.name}: ${field} is empty`).toBe(true);
    CHECKS[example.name]?.(res.data);
  });

  it('checks what each example is meant to show', () => {
    const unchecked = examples.map((e) => e.name).filter((n) => !CHECKS[n]);
    expect(unchecked, 'add a check to CHECKS for these examples').toEqual([]);
  });

  it('runs the JSON body of every curl example', async () => {
    const bodies = curlBodies(API_MD);
    expect(bodies.length).toBeGreaterThanOrEqual(2);
    for (const body of bodies) {
      const res = await gql<Json>(ctx.app, body.query, body.variables ?? {}, body.auth ? AUTH : {});
      expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
      expect(nonEmpty(res.data)).toBe(true);
    }
  });
});
