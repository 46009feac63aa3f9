/**
 * The provenance codec: how evidence is stored on a node or relationship, in ONE place.
 *
 * A fact's evidence is a list of `{ source, quote }`. Neo4j properties cannot hold maps, so it is
 * stored as two parallel lists, `provSources` (source ids) and `provQuotes` (the quotes): index i
 * of both is one piece of evidence (docs/DATA-MODEL.md says why not claim nodes). Writers encode
 * here, readers decode here, and evidence is merged here — in JS (`mergeProvenance`) and in Cypher
 * (`MERGE_PROVENANCE`), both appending only the pairs a fact does not have yet. Nodes and
 * relationships use the same code. Pure: the Cypher fragments are text for the db modules to run.
 */

/** One piece of evidence: the id of a source and the quote from it. */
export interface Provenance {
  source: string;
  quote: string;
}

/**
 * The stored form: two parallel lists, the properties the codec owns (domain/graphDocument.ts's
 * PROVENANCE_PROPERTIES; no other code writes them). (A type, not an interface, so it reads as a
 * property map.)
 */
export type EncodedProvenance = {
  provSources: string[];
  provQuotes: string[];
};

/** What the readers accept: any node's or relationship's properties (unchecked, as they come from Neo4j). */
type StoredProperties = Readonly<Record<string, unknown>>;

const keyOf = (p: Provenance) => `${p.source}\u0000${p.quote}`;

/** `a` followed by the entries of `b` it does not have yet; duplicates within `b` count once. */
export function mergeProvenance(a: readonly Provenance[], b: readonly Provenance[]): Provenance[] {
  const seen = new Set(a.map(keyOf));
  const out = [...a];
  for (const p of b) {
    const key = keyOf(p);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(p);
  }
  return out;
}

/** For writes: the evidence as the two stored lists, without duplicate pairs. */
export function encodeProvenance(list: readonly Provenance[]): EncodedProvenance {
  const unique = mergeProvenance([], list);
  return { provSources: unique.map((p) => p.source), provQuotes: unique.map((p) => p.quote) };
}

const stringList = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);

/**
 * For reads: the evidence of a node's or relationship's properties, in stored order. A fact
 * without provenance properties has none; a source without its quote (never written by this
 * codec) reads as an empty quote rather than being dropped.
 */
export function decodeProvenance(props: StoredProperties): Provenance[] {
  const sources = stringList(props.provSources);
  const quotes = stringList(props.provQuotes);
  return sources.map((source, i) => ({ source, quote: quotes[i] ?? '' }));
}

/** Number of pieces of evidence in a node's or relationship's properties. */
export function provenanceCount(props: StoredProperties): number {
  return stringList(props.provSources).length;
}

// ---------------------------------------------------------------------------------------------
// The same codec in Cypher, for queries that read or merge evidence without a round trip.

/** Cypher: the number of pieces of evidence of node or relationship `x`. */
export const PROVENANCE_COUNT = (x: string) => `size(coalesce(${x}.provSources, []))`;

/** Cypher predicate: node or relationship `x` cites the source whose id is `sourceId` (a variable or $parameter). */
export const CITES_SOURCE = (x: string, sourceId: string) => `${sourceId} IN ${x}.provSources`;

/**
 * Cypher predicate: node or relationship `x` cites one of the sources whose ids are in the list
 * `ids` (a variable, e.g. the ids of the sources of some kinds, read once per query): no lookup per row.
 */
export const CITES_ONE_OF = (x: string, ids: string) => `any(cited IN coalesce(${x}.provSources, []) WHERE cited IN ${ids})`;

/** Cypher: the encoded evidence (`{provSources, provQuotes}`) held in the property map `props`, empty lists when none. */
export const ENCODED_PROVENANCE_OF = (props: string) => `{provSources: coalesce(${props}.provSources, []), provQuotes: coalesce(${props}.provQuotes, [])}`;

/**
 * Cypher: appends to node or relationship `x` the pairs of `row` (an EncodedProvenance: a
 * $parameter row or a map from ENCODED_PROVENANCE_OF) that it does not have yet, in row order.
 * Expects `x` and `row` in scope; leaves both in scope.
 */
export const MERGE_PROVENANCE = (x: string) => `
  WITH ${x}, row, coalesce(${x}.provSources, []) AS oldS, coalesce(${x}.provQuotes, []) AS oldQ
  WITH ${x}, row, oldS, oldQ,
       [i IN range(0, size(row.provSources) - 1)
          WHERE NOT any(j IN range(0, size(oldS) - 1) WHERE oldS[j] = row.provSources[i] AND oldQ[j] = row.provQuotes[i])
            AND NOT any(k IN range(0, i - 1) WHERE row.provSources[k] = row.provSources[i] AND row.provQuotes[k] = row.provQuotes[i])] AS fresh
  SET ${x}.provSources = oldS + [i IN fresh | row.provSources[i]],
      ${x}.provQuotes = oldQ + [i IN fresh | row.provQuotes[i]]`;
