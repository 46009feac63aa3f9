/**
 * Property-based fuzzing (issue 12, fast-check) of the public queries' arguments: ids, search texts,
 * filters, first/after, depths, limits and weights, well-formed and hostile. Whatever comes in: no
 * HTTP 5xx, no unexpected (masked) error, no stack, Cypher, Lucene or Neo4j detail in any message,
 * and no write (the graph fingerprint is the same after every run).
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { gql, useTestApp } from '../support/testServer.js';
import { graphFingerprint } from '../support/graphFingerprint.js';
import { leaksInternals } from './apiHelpers.js';

const REAL_IDS = ['gemeente-westland', 'gemeente-den-helder', 'person-gabrielle-rypma', 'consultancy-kern-konsult', 'regio-drechtsteden', 'src-kern-konsult-drechtsteden', 'eigenKracht'];
const HOSTILE = [
  "' OR 1=1 --",
  '") MATCH (n) DETACH DELETE n //',
  '}) RETURN n //',
  '$id',
  '*',
  '?',
  '~',
  'a~0.5',
  '"unterminated',
  'AND OR NOT',
  '\\',
  '\u0000',
  '\u202e',
  'ë'.repeat(300),
  'x'.repeat(5000),
  'drecht',
  'creeren',
  '',
  ' ',
];

const text = fc.oneof(fc.constantFrom(...HOSTILE), fc.string({ maxLength: 40 }), fc.string({ unit: 'grapheme', maxLength: 20 }));
const id = fc.oneof(fc.constantFrom(...REAL_IDS), text);
const ids = fc.array(id, { maxLength: 8 });
const int = fc.oneof(fc.integer({ min: -5, max: 500 }), fc.constantFrom(0, -1, 2 ** 31 - 1, -(2 ** 31), 1000, 100000));
const cursor = fc.option(fc.oneof(text, fc.base64String({ maxLength: 40 }), fc.constantFrom('MA==', 'OTk5OTk5', 'LTE=', 'eyJ4IjoxfQ==')), { nil: undefined });
const entityTypes = fc.option(fc.array(fc.constantFrom('MUNICIPALITY', 'REGION', 'ORGANIZATION', 'CONSULTANCY', 'PERSON', 'THEME', 'ENGAGEMENT'), { maxLength: 3 }), { nil: undefined });
const year = fc.option(fc.oneof(fc.integer({ min: 1900, max: 2100 }), int), { nil: undefined });
const filter = fc.option(
  fc.record({ themes: fc.option(ids, { nil: undefined }), municipalities: fc.option(ids, { nil: undefined }), consultancies: fc.option(ids, { nil: undefined }), persons: fc.option(ids, { nil: undefined }), from: year, to: year }, { requiredKeys: [] }),
  { nil: undefined },
);
const weight = fc.option(fc.oneof(fc.double({ noNaN: true }), fc.constantFrom(0, -1, 1e308, 0.5)), { nil: undefined });
const weights = fc.option(fc.record({ size: weight, density: weight, province: weight, corop: weight, themes: weight }, { requiredKeys: [] }), { nil: undefined });

/** Each public query with an arbitrary for its variables. */
const CASES: [string, string, fc.Arbitrary<Record<string, unknown>>][] = [
  ['node', 'query($id: ID!) { node(id: $id) { id name } }', fc.record({ id })],
  ['nodes', 'query($ids: [ID!]!) { nodes(ids: $ids) { id } }', fc.record({ ids: fc.array(id, { maxLength: 150 }) })],
  ['relation', 'query($id: ID!) { relation(id: $id) { id } }', fc.record({ id })],
  ['municipality', 'query($id: ID!) { municipality(id: $id) { id name } }', fc.record({ id })],
  ['person', 'query($id: ID!) { person(id: $id) { id name } }', fc.record({ id })],
  ['source', 'query($id: ID!) { source(id: $id) { id title } }', fc.record({ id })],
  ['municipalities', 'query($p: String, $d: Boolean, $f: Int) { municipalities(province: $p, includeDissolved: $d, first: $f) { id } }', fc.record({ p: fc.option(text, { nil: undefined }), d: fc.boolean(), f: int })],
  [
    'search',
    'query($q: String!, $t: [EntityType!], $f: Int, $a: String) { search(query: $q, types: $t, first: $f, after: $a) { totalCount edges { cursor node { id } } } }',
    fc.record({ q: text, t: entityTypes, f: int, a: cursor }),
  ],
  [
    'engagements',
    'query($filter: EngagementFilter, $o: EngagementOrder, $f: Int, $a: String) { engagements(filter: $filter, orderBy: $o, first: $f, after: $a) { totalCount edges { node { id } } } }',
    fc.record({ filter, o: fc.constantFrom('START_DESC', 'START_ASC', 'TITLE_ASC'), f: int, a: cursor }),
  ],
  ['municipalityEngagementCounts', 'query($filter: EngagementFilter) { municipalityEngagementCounts(filter: $filter) { count } }', fc.record({ filter })],
  [
    'neighborhood',
    'query($ids: [ID!]!, $d: Int, $t: [EntityType!], $l: Int) { neighborhood(ids: $ids, depth: $d, types: $t, limit: $l) { truncated nodes { id } } }',
    fc.record({ ids, d: int, t: entityTypes, l: int }),
  ],
  ['paths', 'query($a: ID!, $b: ID!, $m: Int, $f: Int) { paths(from: $a, to: $b, maxLength: $m, first: $f) { length } }', fc.record({ a: id, b: id, m: int, f: int })],
  ['collaborators', 'query($id: ID!) { collaborators(personId: $id) { person { id } } }', fc.record({ id })],
  ['interlocks', 'query($a: ID!, $b: ID!) { interlocks(a: $a, b: $b) { __typename } }', fc.record({ a: id, b: id })],
  [
    'comparableMunicipalities',
    'query($id: ID!, $f: Int, $p: ComparablePreset, $w: SimilarityWeights) { comparableMunicipalities(id: $id, first: $f, preset: $p, weights: $w) { __typename } }',
    fc.record({ id, f: int, p: fc.constantFrom('STRUCTURE', 'EXPERIENCE', 'BALANCED'), w: weights }),
  ],
];

/** Every string among the variables (the message may quote what was sent; that is not a leak). */
function sentStrings(v: unknown): string[] {
  if (typeof v === 'string') return v.length >= 4 ? [v] : []; // shorter ones would cut words of a real leak apart
  if (Array.isArray(v)) return v.flatMap(sentStrings);
  if (v && typeof v === 'object') return Object.values(v).flatMap(sentStrings);
  return [];
}

const INTERNALS = /Neo4j|Neo\.|Cypher|Lucene|ParseException|neo4j-driver|\bMATCH\b|\bRETURN\b|db\.index|java\./i;

describe('fuzzing the public queries', () => {
  const ctx = useTestApp();

  it.each(CASES)('%s: any arguments give data or a client error, never a 5xx, an internal error or internals, and write nothing', async (_name, source, args) => {
    const before = await graphFingerprint(ctx.db);
    await fc.assert(
      fc.asyncProperty(args, async (variables) => {
        const res = await gql(ctx.app, source, variables);
        expect(res.status, JSON.stringify(res)).toBeLessThan(500);
        expect(leaksInternals(res), JSON.stringify(res)).toBe(false);
        for (const e of res.errors ?? []) {
          expect(e.extensions?.code, JSON.stringify(e)).not.toBe('INTERNAL_SERVER_ERROR');
          const own = sentStrings(variables).sort((x, y) => y.length - x.length).reduce((m, sent) => m.split(sent).join(''), e.message);
          expect(own, JSON.stringify(variables)).not.toMatch(INTERNALS);
        }
      }),
      { numRuns: 40, seed: Number(process.env.FUZZ_SEED ?? 20261126) },
    );
    expect(await graphFingerprint(ctx.db)).toEqual(before);
  }, 120_000);
});
