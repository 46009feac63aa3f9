/**
 * Precision and recall of intake against gold: entities by type, and relationships. Names are
 * compared folded (case, diacritics), without "gemeente"/"regio"/"de", and against every name the
 * gold entity is known by (for gemeenten, regions and themes: the graph's aliases too, so the
 * article's "wijkteams" is the theme "sociaal team"). An engagement is matched by its client or
 * bureau, not by its name; a relationship by its type and both matched ends. Pure.
 */
import { foldText, type EntityType, type RelationType } from '../domain/vocabulary.js';
import type { IntakeJson } from './intakeJson.js';

export interface GoldEntity {
  type: EntityType;
  name: string;
  aliases?: string[];
}

interface GoldRelation {
  type: RelationType;
  from: string;
  to: string;
}

export interface Gold {
  entities: GoldEntity[];
  relations: GoldRelation[];
}

export interface Counts {
  tp: number;
  predicted: number;
  gold: number;
}

export interface Evaluation {
  entities: Record<string, Counts>;
  relations: Counts;
  errors: string[];
}

const norm = (s: string) =>
  foldText(s)
    .replace(/[‘’'"“”]/g, '')
    .replace(/^(de|het|gemeente|regio)\s+/, '')
    .replace(/\s+/g, ' ')
    .trim();

export function evaluate(predicted: IntakeJson, gold: Gold): Evaluation {
  const errors: string[] = [];
  const entities: Record<string, Counts> = {};
  const bump = (type: string, k: keyof Counts) => {
    entities[type] ??= { tp: 0, predicted: 0, gold: 0 };
    entities[type][k]++;
  };
  // Predicted name → gold name (per type), one to one.
  const alignment = new Map<string, string>();
  const used = new Set<GoldEntity>();
  const goldNonEng = gold.entities.filter((g) => g.type !== 'ENGAGEMENT');
  for (const g of gold.entities) bump(g.type, 'gold');
  const seenPredicted = new Set<string>();
  for (const p of predicted.entities.filter((e) => e.type !== 'ENGAGEMENT')) {
    const key = `${p.type}|${norm(p.name)}`;
    if (seenPredicted.has(key)) continue;
    seenPredicted.add(key);
    bump(p.type, 'predicted');
    const match = goldNonEng.find((g) => !used.has(g) && g.type === p.type && [g.name, ...(g.aliases ?? [])].some((n) => norm(n) === norm(p.name)));
    if (match) {
      used.add(match);
      alignment.set(`${p.type}|${p.name}`, match.name);
      bump(p.type, 'tp');
    } else {
      errors.push(`entity not in gold: ${p.type} ${p.name}`);
    }
  }
  for (const g of goldNonEng) if (!used.has(g)) errors.push(`entity missed: ${g.type} ${g.name}`);

  // Engagements: by their client (FOR) or bureau (BY).
  // A relation's end by name; a theme only at the theme end of ABOUT and FACES (names may repeat across types).
  const endOf = (name: string, relType: string, side: 'from' | 'to') => {
    const wantTheme = side === 'to' && (relType === 'ABOUT' || relType === 'FACES');
    return predicted.entities.find((e) => e.name === name && (e.type === 'THEME') === wantTheme) ?? predicted.entities.find((e) => e.name === name);
  };
  const byName = { get: (name: string) => predicted.entities.find((e) => e.name === name && e.type !== 'THEME') ?? predicted.entities.find((e) => e.name === name) };
  const predictedEngagements = predicted.entities.filter((e) => e.type === 'ENGAGEMENT');
  const goldEngagements = gold.entities.filter((g) => g.type === 'ENGAGEMENT');
  const goldEnds = (eng: string) => new Set(gold.relations.filter((r) => r.from === eng && (r.type === 'FOR' || r.type === 'BY')).map((r) => `${r.type}|${r.to}`));
  const usedEng = new Set<string>();
  for (const p of predictedEngagements) {
    bump('ENGAGEMENT', 'predicted');
    const ends = predicted.relations
      .filter((r) => r.from === p.name && (r.type === 'FOR' || r.type === 'BY'))
      .map((r) => `${r.type}|${alignment.get(`${byName.get(r.to)?.type}|${r.to}`) ?? '?'}`);
    // The gold engagement with the most relationships in common (two trajecten may share client and bureau).
    const overlap = (g: string) =>
      predicted.relations.filter((r) => (r.from === p.name || r.to === p.name) && gold.relations.some((x) => x.type === r.type && (x.from === g || x.to === g))).length;
    const match = goldEngagements
      .filter((g) => !usedEng.has(g.name) && ends.some((e) => goldEnds(g.name).has(e)))
      .sort((a, b) => overlap(b.name) - overlap(a.name))[0];
    if (match) {
      usedEng.add(match.name);
      alignment.set(`ENGAGEMENT|${p.name}`, match.name);
      bump('ENGAGEMENT', 'tp');
    } else errors.push(`engagement not in gold: ${p.name}`);
  }
  for (const g of goldEngagements) if (!usedEng.has(g.name)) errors.push(`engagement missed: ${g.name}`);

  // Relationships: type and both ends aligned.
  const relations: Counts = { tp: 0, predicted: 0, gold: gold.relations.length };
  const usedRel = new Set<GoldRelation>();
  const seenRel = new Set<string>();
  for (const r of predicted.relations) {
    const from = alignment.get(`${endOf(r.from, r.type, 'from')?.type}|${r.from}`);
    const to = alignment.get(`${endOf(r.to, r.type, 'to')?.type}|${r.to}`);
    const key = `${r.type}|${from ?? r.from}|${to ?? r.to}`;
    if (seenRel.has(key)) continue;
    seenRel.add(key);
    relations.predicted++;
    const match = from && to ? gold.relations.find((g) => !usedRel.has(g) && g.type === r.type && g.from === from && g.to === to) : undefined;
    if (match) {
      usedRel.add(match);
      relations.tp++;
    } else errors.push(`relation not in gold: ${r.from} —${r.type}→ ${r.to}`);
  }
  for (const g of gold.relations) if (!usedRel.has(g)) errors.push(`relation missed: ${g.from} —${g.type}→ ${g.to}`);
  return { entities, relations, errors };
}

export function add(a: Counts, b: Counts): Counts {
  return { tp: a.tp + b.tp, predicted: a.predicted + b.predicted, gold: a.gold + b.gold };
}

export const precision = (c: Counts) => (c.predicted ? c.tp / c.predicted : 1);
export const recall = (c: Counts) => (c.gold ? c.tp / c.gold : 1);
