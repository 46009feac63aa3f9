/**
 * Which gemeenten are comparable to a subject, and why. Pure and deterministic: the same graph
 * gives the same ranking. The formula (also in docs/API.md):
 *
 *   score = w_themes · Jaccard(themes⁺) + w_consultancies · Jaccard(consultancies)
 *         + w_size · min(pop)/max(pop) + w_province · [same province] + w_region · [shared region]
 *
 * themes⁺ is a theme set widened with its broader themes, except the thesaurus roots (every theme
 * sits under "sociaal domein", which says nothing). The subject's features are the union over the
 * gemeenten it stands for (itself, a region's members, an organisation's gemeenten); its size is
 * their mean population.
 *
 * The explanation is structure, not prose: per part the kind, the numbers and the shared items
 * (and for SIZE both populations). The web app words it in the user's language.
 */
export interface Named {
  id: string;
  name: string;
}

export interface MunicipalityFeatures {
  id: string;
  name: string;
  population: number | null;
  province: string | null;
  dissolved: boolean;
  regions: Named[];
  consultancies: Named[];
  /** Direct theme ids (of engagements for it, its regions and organisations, and FACES). */
  themes: string[];
}

export interface ThemeInfo {
  id: string;
  name: string;
  broader: string[];
}

export interface Weights {
  themes: number;
  consultancies: number;
  size: number;
  province: number;
  region: number;
}

export const DEFAULT_WEIGHTS: Weights = { themes: 0.5, consultancies: 0.2, size: 0.15, province: 0.1, region: 0.05 };

export type PartKind = 'THEMES' | 'CONSULTANCIES' | 'SIZE' | 'PROVINCE' | 'REGION';

export interface ScorePart {
  kind: PartKind;
  similarity: number;
  weight: number;
  contribution: number;
  sharedIds: string[];
  sharedNames: string[];
  /** SIZE: the subject's population (the mean over its basis); null for other parts or when unknown. */
  subjectValue: number | null;
  /** SIZE: the candidate's population; null for other parts or when unknown. */
  candidateValue: number | null;
}

export interface RankedMunicipality {
  id: string;
  rank: number;
  score: number;
  explanation: ScorePart[];
}

const round = (x: number) => Math.round(x * 10000) / 10000;

export function jaccard<T>(a: Set<T>, b: Set<T>): number {
  if (a.size === 0 && b.size === 0) return 0;
  let inter = 0;
  for (const x of a) if (b.has(x)) inter++;
  return inter / (a.size + b.size - inter);
}

/** A theme set widened with all broader themes, leaving out the roots. */
export function widenThemes(ids: Iterable<string>, themes: Map<string, ThemeInfo>): Set<string> {
  const hasNarrower = new Set([...themes.values()].flatMap((t) => t.broader));
  const out = new Set<string>();
  const visit = (id: string) => {
    const t = themes.get(id);
    if (!t || out.has(id)) return;
    // A root (no broader, but narrower themes) says nothing; a lone theme without either counts.
    if (t.broader.length > 0 || !hasNarrower.has(id)) out.add(id);
    t.broader.forEach(visit);
  };
  for (const id of ids) visit(id);
  return out;
}

function part(
  kind: PartKind,
  similarity: number,
  weight: number,
  shared: Named[] = [],
  values: { subject: number | null; candidate: number | null } = { subject: null, candidate: null },
): ScorePart {
  return {
    kind,
    similarity: round(similarity),
    weight,
    contribution: round(similarity * weight),
    sharedIds: shared.map((s) => s.id),
    sharedNames: shared.map((s) => s.name),
    subjectValue: values.subject === null ? null : round(values.subject),
    candidateValue: values.candidate,
  };
}

export function rankComparableMunicipalities(
  basisIds: string[],
  all: MunicipalityFeatures[],
  themeList: ThemeInfo[],
  weights: Weights = DEFAULT_WEIGHTS,
  first = 10,
): RankedMunicipality[] {
  const themes = new Map(themeList.map((t) => [t.id, t]));
  const basis = all.filter((m) => basisIds.includes(m.id));
  const subjectThemes = widenThemes(
    basis.flatMap((m) => m.themes),
    themes,
  );
  const subjectConsultancies = new Map(basis.flatMap((m) => m.consultancies).map((c) => [c.id, c]));
  const subjectRegions = new Map(basis.flatMap((m) => m.regions).map((r) => [r.id, r]));
  const subjectProvinces = new Set(basis.map((m) => m.province).filter((p): p is string => !!p));
  const pops = basis.map((m) => m.population).filter((p): p is number => typeof p === 'number' && p > 0);
  const subjectPopulation = pops.length ? pops.reduce((a, b) => a + b, 0) / pops.length : null;

  const ranked = all
    .filter((m) => !basisIds.includes(m.id) && !m.dissolved)
    .map((m) => {
      const candThemes = widenThemes(m.themes, themes);
      const sharedThemes = [...candThemes]
        .filter((t) => subjectThemes.has(t))
        .map((id) => ({ id, name: themes.get(id)?.name ?? id }))
        .sort((a, b) => a.name.localeCompare(b.name, 'nl'));
      const themeSim = jaccard(subjectThemes, candThemes);

      const candCons = new Set(m.consultancies.map((c) => c.id));
      const sharedCons = [...subjectConsultancies.values()].filter((c) => candCons.has(c.id)).sort((a, b) => a.name.localeCompare(b.name, 'nl'));
      const consSim = jaccard(new Set(subjectConsultancies.keys()), candCons);

      const sizeSim =
        subjectPopulation && m.population ? Math.min(subjectPopulation, m.population) / Math.max(subjectPopulation, m.population) : 0;
      const sameProvince = !!m.province && subjectProvinces.has(m.province);
      const sharedRegions = m.regions.filter((r) => subjectRegions.has(r.id));

      const parts = [
        part('THEMES', themeSim, weights.themes, sharedThemes),
        part('CONSULTANCIES', consSim, weights.consultancies, sharedCons),
        part('SIZE', sizeSim, weights.size, [], { subject: subjectPopulation, candidate: m.population && m.population > 0 ? m.population : null }),
        part('PROVINCE', sameProvince ? 1 : 0, weights.province, sameProvince && m.province ? [{ id: m.province, name: m.province }] : []),
        part('REGION', sharedRegions.length ? 1 : 0, weights.region, sharedRegions),
      ].sort((a, b) => b.contribution - a.contribution || a.kind.localeCompare(b.kind));
      return { id: m.id, name: m.name, score: round(parts.reduce((s, p) => s + p.contribution, 0)), explanation: parts };
    })
    .filter((r) => r.score > 0)
    .sort((a, b) => b.score - a.score || a.name.localeCompare(b.name, 'nl'))
    .slice(0, first);
  return ranked.map(({ name: _name, ...r }, i) => ({ ...r, rank: i + 1 }));
}
