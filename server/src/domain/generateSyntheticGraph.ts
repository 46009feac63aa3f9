/**
 * A deterministic national synthetic graph for benchmarks (`npm run synth`), on the real gemeenten
 * and themes already in the graph: adviesbureaus, their people and engagements, with the skew of
 * the real thing — a few large bureaus and many small ones (Zipf over bureaus), big cities with many
 * engagements (gemeenten weighted by population), some themes far more common than others (Zipf
 * over the thesaurus). The same basis, options and seed always give the same documents.
 *
 * Every node, relationship and the one source (`src-synthetic`, a REGISTER) carry `synthetic: true`,
 * so `npm run synth:remove` finds them and export leaves them out; every fact has a generated quote
 * as evidence, as every fact must. The documents come in chunks (the first: the source, bureaus,
 * people and employments; then `chunkSize` engagements with their relationships each), so memory
 * and transactions stay bounded however many engagements are asked for. Pure: no I/O.
 */
import type { EntityNode, GraphDocument, RelationEdge } from './graphDocument.js';
import { GRAPH_FORMAT, GRAPH_FORMAT_VERSION } from './graphDocument.js';

export const SYNTHETIC_SOURCE_ID = 'src-synthetic';

/** What the generator builds on: the current gemeenten (with population) and the thesaurus, as the graph holds them. */
export interface SyntheticBasis {
  gemeenten: readonly { id: string; name: string; population: number }[];
  themes: readonly { id: string; name: string }[];
}

export interface SyntheticOptions {
  engagements: number;
  seed: number;
  /** Default: one per 50 engagements (2,000 for 100,000), at least 1. */
  bureaus?: number;
  /** Default: one per 5 engagements (20,000 for 100,000), at least one per bureau. */
  people?: number;
  /** Engagements per document after the first; default 5,000 (about 48,000 relationships). */
  chunkSize?: number;
}

/** The sizes the options give (defaults filled in). */
export function syntheticSizes(opts: SyntheticOptions): { engagements: number; bureaus: number; people: number; chunkSize: number } {
  const engagements = Math.max(0, Math.trunc(opts.engagements));
  const bureaus = Math.max(1, Math.trunc(opts.bureaus ?? Math.ceil(engagements / 50)));
  const people = Math.max(bureaus, Math.trunc(opts.people ?? Math.ceil(engagements / 5)));
  return { engagements, bureaus, people, chunkSize: Math.max(1, Math.trunc(opts.chunkSize ?? 5_000)) };
}

/** mulberry32: a small, fast, seedable PRNG; good enough for test data, and the same everywhere. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Draws an index with probability proportional to `weights` (binary search over the running sums). */
function sampler(weights: readonly number[], random: () => number): () => number {
  const cumulative: number[] = [];
  let sum = 0;
  for (const w of weights) cumulative.push((sum += w));
  return () => {
    const x = random() * sum;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid]! > x) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  };
}

const zipf = (n: number, s: number) => Array.from({ length: n }, (_, r) => 1 / (r + 1) ** s);

/** A deterministic shuffle (Fisher–Yates). */
function shuffled<T>(xs: readonly T[], random: () => number): T[] {
  const out = [...xs];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

const BUREAU_HEADS = ['Kern', 'Brug', 'Wijk', 'Samen', 'Zorg', 'Stad', 'Dorp', 'Koers', 'Plein', 'Lint', 'Horizon', 'Kompas', 'Anker', 'Vonk', 'Spoor', 'Haven', 'Veld', 'Bron', 'Rivier', 'Duin'];
const BUREAU_TAILS = ['kracht', 'werk', 'visie', 'punt', 'lijn', 'stroom', 'kring', 'baken', 'wijzer', 'zicht', 'poort', 'hart', 'kamer', 'huis', 'raad', 'stap', 'veld', 'net', 'kader', 'plan'];
const BUREAU_FORMS = ['Advies', 'Partners', 'Groep', 'Konsult', 'Maatschappelijk Advies', 'Onderzoek', 'Interim', 'Organisatieadvies', 'Beleid', 'Academie', 'Management', 'Sociaal'];
const FIRST_NAMES = ['Anna', 'Bram', 'Carla', 'Daan', 'Eva', 'Floor', 'Gijs', 'Hanna', 'Iris', 'Jeroen', 'Karin', 'Lars', 'Marloes', 'Niels', 'Olga', 'Pieter', 'Quinten', 'Roos', 'Sander', 'Tessa', 'Ugo', 'Vera', 'Willem', 'Yara', 'Zeger', 'Anouk', 'Bas', 'Charlotte', 'Dirk', 'Esther', 'Frank', 'Greetje', 'Hugo', 'Ilse', 'Joost', 'Kim', 'Lotte', 'Maarten', 'Noor', 'Oscar'];
const LAST_NAMES = ['de Vries', 'Jansen', 'de Jong', 'Bakker', 'Visser', 'Smit', 'Meijer', 'de Boer', 'Mulder', 'de Groot', 'Bos', 'Vos', 'Peters', 'Hendriks', 'van Leeuwen', 'Dekker', 'Brouwer', 'de Wit', 'Dijkstra', 'Smits', 'de Graaf', 'van der Meer', 'van der Linden', 'Kok', 'Jacobs', 'de Haan', 'Vermeulen', 'van den Berg', 'van der Heijden', 'van den Broek', 'de Bruijn', 'de Lange', 'Schouten', 'van Beek', 'Willems', 'van Vliet', 'van de Ven', 'Hoekstra', 'Maas', 'Verhoeven', 'Koster', 'van Dam', 'van der Wal', 'Prins', 'Blom', 'Huisman', 'Peeters', 'de Leeuw', 'Kuipers', 'van Wijk', 'Postma', 'Kuiper', 'Veenstra', 'Kramer', 'van den Brink', 'Scholten', 'van Wijngaarden', 'Post', 'Martens', 'Vink'];
const STATUSES = ['COMPLETED', 'ONGOING', 'PLANNED'] as const;

/** Every generated fact cites the one synthetic source with a generated sentence. */
export const syntheticEvidence = (quote: string) => [{ source: SYNTHETIC_SOURCE_ID, quote: quote.slice(0, 400) }];
const evidence = syntheticEvidence;

/**
 * A document of synthetic facts (`properties.synthetic`), with the synthetic source when
 * `withSource`: what `npm run synth` writes and `synth:remove` (removeSyntheticGraph) takes away
 * again — also the way tests add a large graph for themselves.
 */
export const syntheticDocument = (entities: EntityNode[], relations: RelationEdge[], withSource = true): GraphDocument => ({
  format: GRAPH_FORMAT,
  version: GRAPH_FORMAT_VERSION,
  sources: withSource
    ? [{ id: SYNTHETIC_SOURCE_ID, title: 'Synthetische gegevens (benchmark)', kind: 'REGISTER', properties: { synthetic: true, note: 'Gegenereerd door npm run synth; geen echte feiten. Verwijderen: npm run synth:remove.' } }]
    : [],
  entities,
  relations,
});

/**
 * The synthetic graph as a sequence of documents, each small enough for one transaction. Needs at
 * least one gemeente and one theme in the basis.
 */
export function* generateSyntheticGraph(basis: SyntheticBasis, opts: SyntheticOptions): Generator<GraphDocument> {
  const { engagements, bureaus, people, chunkSize } = syntheticSizes(opts);
  if (!basis.gemeenten.length || !basis.themes.length) throw new Error('The synthetic graph needs the gemeenten and the thesaurus in the graph: seed it first.');
  const random = prng(opts.seed);
  const gemeenten = [...basis.gemeenten].sort((a, b) => (a.id < b.id ? -1 : 1));
  const themes = shuffled(
    [...basis.themes].sort((a, b) => (a.id < b.id ? -1 : 1)),
    random,
  );

  // Bureaus: names from a shuffled list of combinations, size by Zipf rank (bureau 0 is the largest).
  const nameIndexes = shuffled(
    Array.from({ length: BUREAU_HEADS.length * BUREAU_TAILS.length * BUREAU_FORMS.length }, (_, i) => i),
    random,
  );
  const bureauNames = Array.from({ length: bureaus }, (_, i) => {
    const k = nameIndexes[i % nameIndexes.length]!;
    const head = BUREAU_HEADS[k % BUREAU_HEADS.length]!;
    const tail = BUREAU_TAILS[Math.floor(k / BUREAU_HEADS.length) % BUREAU_TAILS.length]!;
    const form = BUREAU_FORMS[Math.floor(k / (BUREAU_HEADS.length * BUREAU_TAILS.length))]!;
    return `${head}${tail} ${form}${i >= nameIndexes.length ? ` ${Math.floor(i / nameIndexes.length) + 1}` : ''}`;
  });
  const bureauId = (i: number) => `consultancy-synth-${i}`;
  const personId = (i: number) => `person-synth-${i}`;
  const bureauWeights = zipf(bureaus, 1);
  const drawBureau = sampler(bureauWeights, random);

  const entities: EntityNode[] = [];
  const relations: RelationEdge[] = [];
  for (let b = 0; b < bureaus; b++) {
    entities.push({ id: bureauId(b), type: 'CONSULTANCY', name: bureauNames[b]!, aliases: [], properties: { synthetic: true }, provenance: evidence(`${bureauNames[b]} is een synthetisch adviesbureau.`) });
  }
  // People: one per bureau first, the rest by the bureaus' weights, so big bureaus have big staffs.
  const staff: number[][] = Array.from({ length: bureaus }, () => []);
  const personNames: string[] = [];
  for (let p = 0; p < people; p++) {
    const b = p < bureaus ? p : drawBureau();
    const first = FIRST_NAMES[Math.floor(random() * FIRST_NAMES.length)]!;
    const last = LAST_NAMES[Math.floor(random() * LAST_NAMES.length)]!;
    const initial = String.fromCharCode(65 + Math.floor(random() * 26));
    const name = `${first} ${initial}. ${last}`;
    personNames.push(name);
    staff[b]!.push(p);
    entities.push({ id: personId(p), type: 'PERSON', name, aliases: [], properties: { synthetic: true }, provenance: evidence(`${name} is een synthetische adviseur.`) });
    relations.push({
      type: 'WORKS_AT',
      from: personId(p),
      to: bureauId(b),
      properties: { synthetic: true, title: 'adviseur' },
      provenance: evidence(`${name} werkt als adviseur bij ${bureauNames[b]}.`),
    });
  }
  yield syntheticDocument(entities, relations, true);

  const drawGemeente = sampler(
    gemeenten.map((g) => Math.max(1, g.population)),
    random,
  );
  const drawTheme = sampler(zipf(themes.length, 0.8), random);
  for (let start = 0; start < engagements; start += chunkSize) {
    const chunkEntities: EntityNode[] = [];
    const chunkRelations: RelationEdge[] = [];
    for (let i = start; i < Math.min(engagements, start + chunkSize); i++) {
      const id = `eng-synth-${i}`;
      const gemeente = gemeenten[drawGemeente()]!;
      const themeCount = 1 + Math.floor(random() * 4);
      const chosenThemes = new Set<number>();
      for (let t = 0; t < themeCount; t++) chosenThemes.add(drawTheme());
      const mainTheme = themes[[...chosenThemes][0]!]!;
      // Later years have more engagements (the sociaal domein grew after 2015).
      const year = 2012 + Math.floor(Math.sqrt(random()) * 14);
      const month = 1 + Math.floor(random() * 12);
      const status = year < 2024 ? 'COMPLETED' : STATUSES[Math.floor(random() * STATUSES.length)]!;
      const name = `Traject ${i}: ${mainTheme.name} in ${gemeente.name}`;
      chunkEntities.push({
        id,
        type: 'ENGAGEMENT',
        name,
        aliases: [],
        properties: { synthetic: true, startYear: year, start: `${year}-${String(month).padStart(2, '0')}`, status },
        provenance: evidence(`${name} is een synthetisch traject.`),
      });
      chunkRelations.push({ type: 'FOR', from: id, to: gemeente.id, properties: { synthetic: true }, provenance: evidence(`${name} was voor gemeente ${gemeente.name}.`) });
      const lead = drawBureau();
      const bureauSet = new Set([lead]);
      if (random() < 0.1) bureauSet.add(drawBureau());
      for (const b of bureauSet) {
        chunkRelations.push({ type: 'BY', from: id, to: bureauId(b), properties: { synthetic: true }, provenance: evidence(`${bureauNames[b]} voerde ${name} uit.`) });
      }
      for (const t of chosenThemes) {
        const theme = themes[t]!;
        chunkRelations.push({ type: 'ABOUT', from: id, to: theme.id, properties: { synthetic: true }, provenance: evidence(`${name} ging over ${theme.name}.`) });
      }
      // Three to seven consultants from the lead bureau's staff (all of it when it is smaller).
      const team = staff[lead]!;
      const wanted = Math.min(team.length, 3 + Math.floor(random() * 5));
      const members = new Set<number>();
      while (members.size < wanted) members.add(team[Math.floor(random() * team.length)]!);
      for (const p of members) {
        chunkRelations.push({
          type: 'WORKED_ON',
          from: personId(p),
          to: id,
          properties: { synthetic: true, role: 'CONSULTANT' },
          provenance: evidence(`${personNames[p]} werkte als adviseur aan ${name}.`),
        });
      }
    }
    yield syntheticDocument(chunkEntities, chunkRelations, false);
  }
}
