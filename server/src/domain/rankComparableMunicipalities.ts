/**
 * Which gemeenten are comparable to a subject, and why. Pure and deterministic: the same graph and
 * weights give the same ranking. The formula (also in docs/API.md, with a worked example):
 *
 *   score = Σ_k w_k · sim_k        with the weights w_k normalised to sum to 1, so 0 ≤ score ≤ 1
 *
 * Structural parts (CBS reference data):
 *   SIZE, DENSITY   max(0, 1 − |log10(subject / candidate)|): 1 when equal, 0 from a factor 10 apart
 *   STEDELIJKHEID   1 − |subject − candidate| / 4 (CBS classes 1..5), only where the reference has it
 *   PROVINCE, COROP 1 when the candidate lies in a province / COROP region of the subject, else 0
 * Experience parts (the graph), each a weighted Jaccard similarity over weighted item sets:
 *   THEMES, CONSULTANCIES, REGION   Σ_i idf_i · min(s_i, c_i) / Σ_i idf_i · max(s_i, c_i)
 *   where idf_i = ln(N / df_i) (N current gemeenten, df_i of them have item i) and s_i, c_i are 1
 *   when the gemeente has the item itself (or through a dissolved predecessor), 0.5 when only
 *   through a region it is a member of (an engagement of the region or of an organisation that is
 *   part of it), 0 when not at all. Themes are widened with their broader themes (not the roots).
 *
 * A part for which the subject has no data (no density, no themes, no samenwerkingsverband, …)
 * gets weight 0 and the other weights are normalised again: what no source says is not counted
 * as a difference. A candidate without the data scores 0 on that part.
 *
 * The explanation is structure, not prose: per part the kind, family, weight, similarity,
 * contribution, the shared items (with their idf, and through which region or predecessor each
 * side has them) and for the numeric parts both values. The web app words it.
 */
// ---------------------------------------------------------------------------------------------
// Parts, families, weights, presets

// The SDL's ScorePartKind, ScoreFamily and ComparablePreset; graphql/domainContract.ts checks they match.
export type Family = 'STRUCTURAL' | 'EXPERIENCE';
export type Preset = 'STRUCTURE' | 'BALANCED' | 'EXPERIENCE';

/** Every part kind with its family, in the canonical order (ties in an explanation follow it). */
const FAMILY_OF = {
  SIZE: 'STRUCTURAL',
  DENSITY: 'STRUCTURAL',
  STEDELIJKHEID: 'STRUCTURAL',
  PROVINCE: 'STRUCTURAL',
  COROP: 'STRUCTURAL',
  THEMES: 'EXPERIENCE',
  CONSULTANCIES: 'EXPERIENCE',
  REGION: 'EXPERIENCE',
} as const satisfies Record<string, Family>;
export type PartKind = keyof typeof FAMILY_OF;

const PART_KINDS = Object.keys(FAMILY_OF) as PartKind[];

/** The weight of each part, keyed as in the SDL's `SimilarityWeights` (the kind in lower case). */
export type WeightKey = Lowercase<PartKind>;
export type Weights = Record<WeightKey, number>;
const keyOf = (kind: PartKind) => kind.toLowerCase() as WeightKey;
export const WEIGHT_KEYS = PART_KINDS.map(keyOf);

/**
 * The presets (docs/API.md says why). Within the structural family SIZE 50 %, DENSITY 40 %,
 * PROVINCE 5 %, COROP 5 %; within the experience family THEMES 60 %, CONSULTANCIES 30 %, REGION
 * 10 %. STRUCTURE is all structure, BALANCED half and half, EXPERIENCE 90 % experience with size
 * and density (5 % each) to order gemeenten with the same experience. STEDELIJKHEID has no weight
 * of its own in a preset: when the reference holds it for the subject, DENSITY's weight is shared
 * half and half between DENSITY and STEDELIJKHEID (both say how urban a gemeente is).
 */
export const PRESETS: Record<Preset, Weights> = {
  STRUCTURE: { size: 0.5, density: 0.4, stedelijkheid: 0, province: 0.05, corop: 0.05, themes: 0, consultancies: 0, region: 0 },
  BALANCED: { size: 0.25, density: 0.2, stedelijkheid: 0, province: 0.025, corop: 0.025, themes: 0.3, consultancies: 0.15, region: 0.05 },
  EXPERIENCE: { size: 0.05, density: 0.05, stedelijkheid: 0, province: 0, corop: 0, themes: 0.54, consultancies: 0.27, region: 0.09 },
};
const DEFAULT_PRESET: Preset = 'BALANCED';

/** How much an item that a gemeente has only through one of its regions counts, against its own. */
const VIA_REGION_FACTOR = 0.5;

export interface WeightChoice {
  /** The preset, or null when custom weights were given. */
  preset: Preset | null;
  /** The requested weights, not yet normalised. */
  weights: Weights;
}

/** The preset's weights, with every custom weight given (not null) in place of the preset's. */
export function chooseWeights(preset: Preset = DEFAULT_PRESET, custom?: Partial<Record<WeightKey, number | null>> | null): WeightChoice {
  const given = Object.entries(custom ?? {}).filter((e): e is [WeightKey, number] => typeof e[1] === 'number');
  if (given.length === 0) return { preset, weights: { ...PRESETS[preset] } };
  return { preset: null, weights: { ...PRESETS[preset], ...Object.fromEntries(given) } };
}

// ---------------------------------------------------------------------------------------------
// Input: what the graph holds (db/loadComparableFeatures.ts reads it in one query)

interface Named {
  id: string;
  name: string;
}

/** A theme or adviesbureau that a client has (from its engagements, or a theme it FACES). */
export interface Item extends Named {
  /** Backed by an article (client story, interview, article), not only by register or synthetic data. */
  curated: boolean;
}

export interface Experience {
  themes: Item[];
  consultancies: Item[];
}

export interface Membership extends Named {
  /** SAMENWERKINGSVERBAND, COROP, VEILIGHEIDSREGIO (null: a region loaded without a kind, read as a samenwerkingsverband). */
  kind: string | null;
  curated: boolean;
}

export interface MunicipalityFeatures extends Named {
  population: number | null;
  /** Inwoners per km² land. */
  density: number | null;
  /** CBS stedelijkheid, 1 (zeer sterk stedelijk) to 5 (niet stedelijk), when the reference holds it. */
  stedelijkheid: number | null;
  province: string | null;
  dissolved: boolean;
  /** For a dissolved gemeente: the gemeenten it went into (SUCCEEDED_BY). */
  successors: string[];
  /** Its current region memberships, every kind. */
  regions: Membership[];
  /** Its own experience: engagements for it or for organisations part of it, and themes they FACE. */
  experience: Experience;
}

/** A region's own experience (engagements for it or organisations part of it, themes they FACE). */
export interface RegionExperience extends Named, Experience {}

export interface ThemeInfo extends Named {
  broader: string[];
}

export interface ComparableGraph {
  municipalities: MunicipalityFeatures[];
  /** Regions with experience; others may be left out. */
  regions: RegionExperience[];
  themes: ThemeInfo[];
}

// ---------------------------------------------------------------------------------------------
// Output

interface SharedItem extends Named {
  weight: number;
  subjectVia: string | null;
  candidateVia: string | null;
  fromPredecessor: string | null;
  subjectFromPredecessor: string | null;
  curated: boolean;
}

interface ScorePart {
  kind: PartKind;
  family: Family;
  similarity: number;
  weight: number;
  contribution: number;
  shared: SharedItem[];
  sharedIds: string[];
  sharedNames: string[];
  /** SIZE, DENSITY, STEDELIJKHEID: the subject's value (the mean over its basis); otherwise null. */
  subjectValue: number | null;
  /** SIZE, DENSITY, STEDELIJKHEID: the candidate's value; otherwise null. */
  candidateValue: number | null;
}

export interface RankedMunicipality {
  id: string;
  rank: number;
  score: number;
  explanation: ScorePart[];
}

export interface Ranking {
  /** The weights used: normalised to sum to 1, 0 for parts the subject has no data for. */
  weights: Weights;
  results: RankedMunicipality[];
}

// ---------------------------------------------------------------------------------------------
// Helpers

const round = (x: number) => Math.round(x * 10000) / 10000;
const byName = (a: Named, b: Named) => a.name.localeCompare(b.name, 'nl') || a.id.localeCompare(b.id);

/** max(0, 1 − |log10(a / b)|): 1 when equal, 0.5 at a factor √10 ≈ 3.2, 0 from a factor 10. */
export function logSimilarity(a: number | null, b: number | null): number {
  if (a === null || b === null || a <= 0 || b <= 0) return 0;
  return Math.max(0, 1 - Math.abs(Math.log10(a / b)));
}

/** CBS stedelijkheid classes 1..5: 1 when equal, 0 when 1 against 5. */
export function classSimilarity(a: number | null, b: number | null): number {
  if (a === null || b === null) return 0;
  return Math.max(0, 1 - Math.abs(a - b) / 4);
}

/** How a gemeente has an item. */
interface Holding {
  item: Named;
  /** 1 own (or through a predecessor), VIA_REGION_FACTOR through a region. */
  factor: number;
  via: string | null;
  fromPredecessor: string | null;
  curated: boolean;
}

type Profile = Map<string, Holding>;

/** Own beats a predecessor's, which beats a region's; curated when any way of having it is. */
function hold(profile: Profile, h: Holding): void {
  const prior = profile.get(h.item.id);
  if (!prior) {
    profile.set(h.item.id, h);
    return;
  }
  const rank = (x: Holding) => x.factor * 10 + (x.via ? 0 : 1) + (x.fromPredecessor ? 0 : 1);
  // Equal ways (two regions, two predecessors): the first name, whatever order they came in.
  const label = (x: Holding) => `${x.via ?? ''}|${x.fromPredecessor ?? ''}`;
  const best = rank(h) > rank(prior) || (rank(h) === rank(prior) && label(h).localeCompare(label(prior), 'nl') < 0) ? h : prior;
  profile.set(h.item.id, { ...best, curated: prior.curated || h.curated });
}

/** Weighted Jaccard of two profiles, each item weighted by its idf. */
function weightedJaccard(subject: Profile, candidate: Profile, idf: (id: string) => number): { similarity: number; shared: SharedItem[] } {
  let num = 0;
  let den = 0;
  const shared: SharedItem[] = [];
  for (const [id, s] of subject) {
    const c = candidate.get(id);
    const w = idf(id);
    den += w * Math.max(s.factor, c?.factor ?? 0);
    if (!c) continue;
    num += w * Math.min(s.factor, c.factor);
    shared.push({
      id,
      name: s.item.name,
      weight: round(w),
      subjectVia: s.via,
      candidateVia: c.via,
      fromPredecessor: c.fromPredecessor,
      subjectFromPredecessor: s.fromPredecessor,
      curated: s.curated && c.curated,
    });
  }
  for (const [id, c] of candidate) if (!subject.has(id)) den += idf(id) * c.factor;
  shared.sort((a, b) => Number(b.curated) - Number(a.curated) || b.weight - a.weight || byName(a, b));
  return { similarity: den > 0 ? num / den : 0, shared };
}

/** Every broader theme of a theme, except the thesaurus roots (a root: no broader, but narrower themes). */
function broaderThemes(themes: ThemeInfo[]): (id: string) => string[] {
  const byId = new Map(themes.map((t) => [t.id, t]));
  const hasNarrower = new Set(themes.flatMap((t) => t.broader));
  const memo = new Map<string, string[]>();
  const up = (id: string, seen: Set<string>): string[] => {
    const known = memo.get(id);
    if (known) return known;
    const out = new Set<string>();
    for (const b of byId.get(id)?.broader ?? []) {
      if (seen.has(b) || !byId.has(b)) continue;
      const root = (byId.get(b)?.broader.length ?? 0) === 0 && hasNarrower.has(b);
      if (!root) out.add(b);
      for (const x of up(b, new Set([...seen, b]))) out.add(x);
    }
    const list = [...out];
    memo.set(id, list);
    return list;
  };
  return (id) => up(id, new Set([id]));
}

const SAMENWERKINGSVERBAND = (m: Membership) => m.kind === null || m.kind === 'SAMENWERKINGSVERBAND';

interface Profiles {
  themes: Profile;
  consultancies: Profile;
  regions: Profile;
}

/**
 * A gemeente's profiles: its own items, those of its dissolved predecessors (SUCCEEDED_BY, chains
 * followed) as its own, and those of the regions it is a member of, weaker.
 */
function profiler(graph: ComparableGraph): (m: MunicipalityFeatures) => Profiles {
  const themeName = new Map(graph.themes.map((t) => [t.id, t.name]));
  const broader = broaderThemes(graph.themes);
  const regionExperience = new Map(graph.regions.map((r) => [r.id, r]));
  const byId = new Map(graph.municipalities.map((m) => [m.id, m]));
  const predecessorsOf = new Map<string, MunicipalityFeatures[]>();
  for (const d of graph.municipalities) {
    for (const s of d.successors) predecessorsOf.set(s, [...(predecessorsOf.get(s) ?? []), d]);
  }
  const ancestors = (id: string): MunicipalityFeatures[] => {
    const out = new Map<string, MunicipalityFeatures>();
    const visit = (x: string) => {
      for (const d of predecessorsOf.get(x) ?? []) {
        if (out.has(d.id) || d.id === id) continue;
        out.set(d.id, d);
        visit(d.id);
      }
    };
    visit(id);
    return [...out.values()].filter((d) => byId.get(d.id)?.dissolved);
  };

  const add = (target: Profiles, exp: Experience, how: Omit<Holding, 'item' | 'curated'>) => {
    for (const t of exp.themes) {
      hold(target.themes, { ...how, item: t, curated: t.curated });
      for (const b of broader(t.id)) hold(target.themes, { ...how, item: { id: b, name: themeName.get(b) ?? b }, curated: t.curated });
    }
    for (const k of exp.consultancies) hold(target.consultancies, { ...how, item: k, curated: k.curated });
  };

  return (m) => {
    const p: Profiles = { themes: new Map(), consultancies: new Map(), regions: new Map() };
    add(p, m.experience, { factor: 1, via: null, fromPredecessor: null });
    for (const d of ancestors(m.id)) add(p, d.experience, { factor: 1, via: null, fromPredecessor: d.name });
    for (const r of m.regions) {
      const exp = regionExperience.get(r.id);
      if (exp) add(p, exp, { factor: VIA_REGION_FACTOR, via: r.name, fromPredecessor: null });
      if (SAMENWERKINGSVERBAND(r)) hold(p.regions, { item: r, factor: 1, via: null, fromPredecessor: null, curated: r.curated });
    }
    return p;
  };
}

/** idf per item id over the current gemeenten: ln(N / number of them that have the item). */
function inverseDocumentFrequency(profiles: Profile[], n: number): (id: string) => number {
  const df = new Map<string, number>();
  for (const p of profiles) for (const id of p.keys()) df.set(id, (df.get(id) ?? 0) + 1);
  return (id) => Math.log(n / Math.max(1, df.get(id) ?? 1));
}

const mean = (xs: (number | null)[]): number | null => {
  const known = xs.filter((x): x is number => typeof x === 'number' && x > 0);
  return known.length ? known.reduce((a, b) => a + b, 0) / known.length : null;
};

function union(profiles: Profile[]): Profile {
  const out: Profile = new Map();
  for (const p of profiles) for (const h of p.values()) hold(out, h);
  return out;
}

function part(
  kind: PartKind,
  similarity: number,
  weight: number,
  shared: SharedItem[] = [],
  values: { subject: number | null; candidate: number | null } = { subject: null, candidate: null },
): ScorePart {
  return {
    kind,
    family: FAMILY_OF[kind],
    similarity: round(similarity),
    weight: round(weight),
    contribution: round(similarity * weight),
    shared,
    sharedIds: shared.map((s) => s.id),
    sharedNames: shared.map((s) => s.name),
    subjectValue: values.subject === null ? null : round(values.subject),
    candidateValue: values.candidate,
  };
}

const equality = (item: Named, curated = false): SharedItem => ({
  ...item,
  weight: 1,
  subjectVia: null,
  candidateVia: null,
  fromPredecessor: null,
  subjectFromPredecessor: null,
  curated,
});

/** The weights used: unavailable parts 0, STEDELIJKHEID's share for a preset, normalised to sum 1. */
export function usedWeights(choice: WeightChoice, available: Record<WeightKey, boolean>): Weights {
  const w = { ...choice.weights };
  if (choice.preset && available.stedelijkheid) {
    w.stedelijkheid = w.density / 2;
    w.density /= 2;
  }
  for (const k of WEIGHT_KEYS) if (!available[k] || !(w[k] > 0)) w[k] = 0;
  const total = WEIGHT_KEYS.reduce((s, k) => s + w[k], 0);
  for (const k of WEIGHT_KEYS) w[k] = total > 0 ? w[k] / total : 0;
  return w;
}

// ---------------------------------------------------------------------------------------------
// The ranking

/** What does not depend on the subject: every current gemeente's profile and the idf of every item. */
interface Prepared {
  profileOf: (m: MunicipalityFeatures) => Profiles;
  current: MunicipalityFeatures[];
  profiles: Map<string, Profiles>;
  idf: Record<'themes' | 'consultancies' | 'regions', (id: string) => number>;
}

// Computed once per graph object: the server keeps one graph until the data changes
// (db/loadComparableFeatures.ts), so every ranking after the first reuses it. Same answers either way.
const preparedGraphs = new WeakMap<ComparableGraph, Prepared>();

function prepare(graph: ComparableGraph): Prepared {
  const known = preparedGraphs.get(graph);
  if (known) return known;
  const profileOf = profiler(graph);
  const current = graph.municipalities.filter((m) => !m.dissolved);
  const profiles = new Map(current.map((m) => [m.id, profileOf(m)]));
  const n = current.length;
  const all = [...profiles.values()];
  const idf = {
    themes: inverseDocumentFrequency(all.map((p) => p.themes), n),
    consultancies: inverseDocumentFrequency(all.map((p) => p.consultancies), n),
    regions: inverseDocumentFrequency(all.map((p) => p.regions), n),
  };
  const prepared = { profileOf, current, profiles, idf };
  preparedGraphs.set(graph, prepared);
  return prepared;
}

export function rankComparableMunicipalities(graph: ComparableGraph, basisIds: string[], choice: WeightChoice = chooseWeights(), first = 10): Ranking {
  const { profileOf, current, profiles, idf } = prepare(graph);

  // The subject: the union over its basis (a dissolved gemeente asked about stands for itself).
  const basis = graph.municipalities.filter((m) => basisIds.includes(m.id));
  const basisProfiles = basis.map((m) => profiles.get(m.id) ?? profileOf(m));
  const subject = {
    population: mean(basis.map((m) => m.population)),
    density: mean(basis.map((m) => m.density)),
    stedelijkheid: mean(basis.map((m) => m.stedelijkheid)),
    provinces: new Set(basis.map((m) => m.province).filter((p): p is string => !!p)),
    corops: new Set(basis.flatMap((m) => m.regions.filter((r) => r.kind === 'COROP').map((r) => r.id))),
    corop: new Map(basis.flatMap((m) => m.regions.filter((r) => r.kind === 'COROP').map((r) => [r.id, r] as const))),
    themes: union(basisProfiles.map((p) => p.themes)),
    consultancies: union(basisProfiles.map((p) => p.consultancies)),
    regions: union(basisProfiles.map((p) => p.regions)),
  };

  const available: Record<WeightKey, boolean> = {
    size: subject.population !== null,
    density: subject.density !== null,
    stedelijkheid: subject.stedelijkheid !== null,
    province: subject.provinces.size > 0,
    corop: subject.corops.size > 0,
    themes: subject.themes.size > 0,
    consultancies: subject.consultancies.size > 0,
    region: subject.regions.size > 0,
  };
  const weights = usedWeights(choice, available);

  const ranked = current
    .filter((m) => !basisIds.includes(m.id))
    .map((m) => {
      const p = profiles.get(m.id)!;
      const corop = m.regions.find((r) => r.kind === 'COROP' && subject.corops.has(r.id));
      const sameProvince = !!m.province && subject.provinces.has(m.province);
      const themes = weightedJaccard(subject.themes, p.themes, idf.themes);
      const consultancies = weightedJaccard(subject.consultancies, p.consultancies, idf.consultancies);
      const regions = weightedJaccard(subject.regions, p.regions, idf.regions);
      const parts: ScorePart[] = [
        part('SIZE', logSimilarity(subject.population, m.population), weights.size, [], { subject: subject.population, candidate: m.population }),
        part('DENSITY', logSimilarity(subject.density, m.density), weights.density, [], { subject: subject.density, candidate: m.density }),
        part('STEDELIJKHEID', classSimilarity(subject.stedelijkheid, m.stedelijkheid), weights.stedelijkheid, [], {
          subject: subject.stedelijkheid,
          candidate: m.stedelijkheid,
        }),
        part('PROVINCE', sameProvince ? 1 : 0, weights.province, sameProvince ? [equality({ id: m.province!, name: m.province! })] : []),
        part('COROP', corop ? 1 : 0, weights.corop, corop ? [equality(corop, corop.curated && !!subject.corop.get(corop.id)?.curated)] : []),
        part('THEMES', themes.similarity, weights.themes, themes.shared),
        part('CONSULTANCIES', consultancies.similarity, weights.consultancies, consultancies.shared),
        part('REGION', regions.similarity, weights.region, regions.shared),
      ]
        .filter((x) => weights[keyOf(x.kind)] > 0)
        .sort((a, b) => b.contribution - a.contribution || PART_KINDS.indexOf(a.kind) - PART_KINDS.indexOf(b.kind));
      return { id: m.id, name: m.name, score: round(parts.reduce((s, x) => s + x.contribution, 0)), explanation: parts };
    })
    .filter((r) => r.score > 0)
    .sort((a, b) => b.score - a.score || byName(a, b))
    .slice(0, first);

  return {
    weights: Object.fromEntries(WEIGHT_KEYS.map((k) => [k, round(weights[k])])) as Weights,
    results: ranked.map(({ name: _name, ...r }, i) => ({ ...r, rank: i + 1 })),
  };
}
