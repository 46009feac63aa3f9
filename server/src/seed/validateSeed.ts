/**
 * Seed files → one GraphDocument, or a SeedValidationError that names file, record and field of
 * every problem. The reference data (reference/*.csv, CBS) becomes the gemeenten, their COROP
 * regions and veiligheidsregio's and the herindelingen (reference/planReferenceUpdate.ts); the
 * curated files add the rest and may refer to those by id. Pure: reading files is readSeedFiles.ts,
 * writing is db/writeGraph.ts.
 */
import type { z } from 'zod';
import {
  articleFileSchema,
  gemeentenFileSchema,
  sourcesFileSchema,
  themesFileSchema,
  type ArticleEntity,
  type ProvenanceRecord,
} from './seedSchema.js';
import { relationId, relationRuleViolation } from '../domain/relationRules.js';
import { GRAPH_FORMAT, GRAPH_FORMAT_VERSION, type EntityNode, type GraphDocument, type RelationEdge, type SourceNode } from '../domain/graphDocument.js';
import { yearOf, type EntityType } from '../domain/vocabulary.js';
import { mergeProvenance } from '../db/provenance.js';
import { REFERENCE_FOLDER, referenceInputs } from '../reference/referenceFiles.js';
import { EMPTY_REFERENCE_STATE, planReferenceUpdate } from '../reference/planReferenceUpdate.js';

export interface SeedFile {
  /** Path relative to the seed folder, e.g. `articles/src-jso-waddinxveen.json`. */
  name: string;
  content: unknown;
}

export interface SeedProblem {
  file: string;
  record: string;
  field: string;
  message: string;
}

export class SeedValidationError extends Error {
  constructor(readonly problems: SeedProblem[]) {
    super(
      `The seed data was refused; nothing was written. ${problems.length} problem(s):\n` +
        problems.map((p) => `- ${p.file}, ${p.record}, field "${p.field}": ${p.message}`).join('\n'),
    );
    this.name = 'SeedValidationError';
  }
}

type Kind = 'sources' | 'gemeenten' | 'themes' | 'article' | 'reference';

function kindOf(name: string): Kind | null {
  const base = name.replace(/\\/g, '/');
  if (base === 'sources.json' || base === `${REFERENCE_FOLDER}/sources.json`) return 'sources';
  if (base.startsWith(`${REFERENCE_FOLDER}/`) && base.endsWith('.csv') && !base.slice(REFERENCE_FOLDER.length + 1).includes('/')) return 'reference';
  if (base === 'gemeenten.json') return 'gemeenten';
  if (base === 'themes.json') return 'themes';
  if (base.startsWith('articles/') && base.endsWith('.json')) return 'article';
  return null;
}

/** A scalar of an unvalidated record as text, for naming the record in a problem. */
const text = (v: unknown): string | undefined => (typeof v === 'string' || typeof v === 'number' ? String(v) : undefined);

/** Describes a zod issue path as record + field, using the record's id where it has one. */
function locate(content: unknown, path: (string | number)[]): { record: string; field: string } {
  if (path.length >= 2 && typeof path[1] === 'number') {
    const list = (content as Record<string, unknown[]>)?.[path[0] as string];
    const item = Array.isArray(list) ? (list[path[1]] as Record<string, unknown> | undefined) : undefined;
    const label = item && typeof item === 'object' ? (text(item.id) ?? text(item.name) ?? (item.from ? `${text(item.from)} ${text(item.type)} ${text(item.to)}` : undefined)) : undefined;
    return {
      record: `${path[0]}[${path[1]}]${label ? ` (${label})` : ''}`,
      field: path.slice(2).join('.') || '(record)',
    };
  }
  return { record: '(file)', field: path.join('.') || '(file)' };
}

function parse<T extends z.ZodTypeAny>(schema: T, file: SeedFile, problems: SeedProblem[]): z.infer<T> | null {
  const res = schema.safeParse(file.content);
  if (res.success) return res.data as z.infer<T>;
  for (const issue of res.error.issues) {
    problems.push({ file: file.name, ...locate(file.content, issue.path), message: issue.message });
  }
  return null;
}

interface Defined {
  type: EntityType;
  file: string;
  record: string;
  node: EntityNode;
}

export function validateSeed(files: SeedFile[]): GraphDocument {
  const problems: SeedProblem[] = [];
  const sources = new Map<string, SourceNode>();
  const defined = new Map<string, Defined>();
  const relations = new Map<string, RelationEdge>();
  const pendingProvenance: { id: string; type: EntityType; file: string; record: string; provenance: ProvenanceRecord[] }[] = [];
  const pendingRelations: { file: string; record: string; edge: RelationEdge; role?: string; kind?: string; year?: number }[] = [];
  const provenanceUses: { file: string; record: string; provenance: ProvenanceRecord[] }[] = [];

  const define = (type: EntityType, file: string, record: string, node: EntityNode) => {
    const prior = defined.get(node.id);
    if (prior) {
      problems.push({ file, record, field: 'id', message: `duplicate id "${node.id}": already defined in ${prior.file}, ${prior.record}` });
      return;
    }
    defined.set(node.id, { type, file, record, node });
    provenanceUses.push({ file, record, provenance: node.provenance });
  };
  const relate = (file: string, record: string, edge: RelationEdge, extra: { role?: string; kind?: string; year?: number } = {}) => {
    pendingRelations.push({ file, record, edge, ...extra });
    provenanceUses.push({ file, record, provenance: edge.provenance });
  };

  const byKind = (k: Kind) => files.filter((f) => kindOf(f.name) === k);
  for (const f of files) {
    if (!kindOf(f.name)) {
      problems.push({
        file: f.name,
        record: '(file)',
        field: '(file)',
        message: 'unknown seed file; expected sources.json, gemeenten.json, themes.json, articles/*.json, reference/sources.json or reference/*.csv',
      });
    }
  }

  for (const file of byKind('sources')) {
    const data = parse(sourcesFileSchema, file, problems);
    data?.sources.forEach((s, i) => {
      if (sources.has(s.id)) {
        problems.push({ file: file.name, record: `sources[${i}] (${s.id})`, field: 'id', message: `duplicate source id "${s.id}"` });
        return;
      }
      const { id, title, kind, ...rest } = s;
      sources.set(id, { id, title, kind, properties: rest });
    });
  }

  // The reference data: every gemeente (current and dissolved), COROP regions, veiligheidsregio's,
  // memberships and herindelingen, from the CBS files, each fact quoting its line.
  const csvFiles = byKind('reference').map((f) => ({ name: f.name, content: typeof f.content === 'string' ? f.content : '' }));
  if (csvFiles.length) {
    const { inputs, problems: fileProblems } = referenceInputs(
      csvFiles,
      [...sources.values()].map((s) => ({ id: s.id, text: typeof s.properties.text === 'string' ? s.properties.text : null, date: typeof s.properties.date === 'string' ? s.properties.date : null })),
    );
    for (const p of fileProblems) problems.push({ file: p.file, record: '(file)', field: '(csv)', message: p.message });
    const plan = planReferenceUpdate(EMPTY_REFERENCE_STATE, inputs);
    for (const message of plan.problems) problems.push({ file: REFERENCE_FOLDER, record: '(reference data)', field: '(csv)', message });
    for (const e of plan.entities) {
      const code = e.type === 'MUNICIPALITY' ? e.properties.cbsCode : e.properties.code;
      define(e.type, `${REFERENCE_FOLDER}/`, `${String(code)} (${e.id})`, e);
    }
    for (const r of plan.relations) {
      relate(`${REFERENCE_FOLDER}/`, `${r.from} ${r.type} ${r.to}`, r, { year: typeof r.properties.year === 'number' ? r.properties.year : undefined });
    }
  }

  for (const file of byKind('gemeenten')) {
    const data = parse(gemeentenFileSchema, file, problems);
    if (!data) continue;
    data.regions.forEach((r, i) =>
      define('REGION', file.name, `regions[${i}] (${r.id})`, {
        id: r.id,
        type: 'REGION',
        name: r.name,
        aliases: r.aliases,
        properties: { kind: r.kind, province: r.province, ...r.attributes },
        provenance: r.provenance,
      }),
    );
    data.memberships.forEach((m, i) =>
      relate(file.name, `memberships[${i}] (${m.municipality} → ${m.region})`, {
        type: 'MEMBER_OF',
        from: m.municipality,
        to: m.region,
        properties: { validFrom: m.validFrom, validTo: m.validTo },
        provenance: m.provenance,
      }),
    );
  }

  for (const file of byKind('themes')) {
    const data = parse(themesFileSchema, file, problems);
    data?.themes.forEach((t, i) => {
      const record = `themes[${i}] (${t.id})`;
      define('THEME', file.name, record, {
        id: t.id,
        type: 'THEME',
        name: t.name,
        aliases: t.aliases,
        properties: { description: t.description },
        provenance: t.provenance,
      });
      for (const b of t.broader) {
        relate(file.name, record, { type: 'BROADER', from: t.id, to: b, properties: {}, provenance: t.provenance });
      }
    });
  }

  for (const file of byKind('article')) {
    const data = parse(articleFileSchema, file, problems);
    if (!data) continue;
    if (!sources.has(data.source)) {
      problems.push({ file: file.name, record: '(file)', field: 'source', message: `unknown source "${data.source}"; add it to sources.json` });
    }
    data.entities.forEach((e: ArticleEntity, i) => {
      const record = `entities[${i}] (${e.id})`;
      if (e.name) {
        const properties: Record<string, string | null> = {};
        for (const key of ['kind', 'website', 'summary', 'start', 'end', 'status', 'note'] as const) {
          if (e[key] !== undefined) properties[key] = e[key] ?? null;
        }
        if (e.type === 'ENGAGEMENT') {
          properties.status ??= 'UNKNOWN';
          if (e.start) (properties as Record<string, unknown>).startYear = yearOf(e.start);
        }
        define(e.type, file.name, record, { id: e.id, type: e.type, name: e.name, aliases: e.aliases, properties, provenance: e.provenance });
      } else {
        pendingProvenance.push({ id: e.id, type: e.type, file: file.name, record, provenance: e.provenance });
        provenanceUses.push({ file: file.name, record, provenance: e.provenance });
      }
    });
    data.relations.forEach((r, i) => {
      const properties: Record<string, string> = {};
      if (r.role) properties.role = r.role;
      if (r.title) properties.title = r.title;
      if (r.kind) properties.kind = r.kind;
      if (r.note) properties.note = r.note;
      relate(file.name, `relations[${i}] (${r.from} ${r.type} ${r.to})`, { type: r.type, from: r.from, to: r.to, properties, provenance: r.provenance }, { role: r.role, kind: r.kind });
    });
  }

  // Mentions add provenance to entities defined elsewhere.
  for (const m of pendingProvenance) {
    const target = defined.get(m.id);
    if (!target) {
      problems.push({ file: m.file, record: m.record, field: 'id', message: `mentions "${m.id}", which no seed file defines (give it a name to define it here)` });
    } else if (target.type !== m.type) {
      problems.push({ file: m.file, record: m.record, field: 'type', message: `"${m.id}" is a ${target.type} (${target.file}), not a ${m.type}` });
    } else {
      target.node.provenance = mergeProvenance(target.node.provenance, m.provenance);
    }
  }

  for (const { file, record, edge, role, kind, year } of pendingRelations) {
    const from = defined.get(edge.from);
    const to = defined.get(edge.to);
    const themeEnd = edge.type === 'ABOUT' || edge.type === 'FACES' || edge.type === 'BROADER';
    if (!from) problems.push({ file, record, field: 'from', message: `dangling reference: no entity "${edge.from}"` });
    if (!to) {
      problems.push({ file, record, field: 'to', message: themeEnd ? `unknown theme "${edge.to}"; use an id from themes.json` : `dangling reference: no entity "${edge.to}"` });
    }
    if (!from || !to) continue;
    const violation = relationRuleViolation(edge.type, from.type, to.type, { role, kind, year });
    if (violation) {
      problems.push({ file, record, field: 'type', message: violation });
      continue;
    }
    const id = relationId(edge.from, edge.type, edge.to);
    const prior = relations.get(id);
    if (prior) {
      prior.provenance = mergeProvenance(prior.provenance, edge.provenance);
      prior.properties = { ...edge.properties, ...prior.properties };
    } else {
      relations.set(id, { ...edge, provenance: [...edge.provenance] });
    }
  }

  for (const use of provenanceUses) {
    use.provenance.forEach((p, i) => {
      if (!sources.has(p.source)) {
        problems.push({ file: use.file, record: use.record, field: `provenance.${i}.source`, message: `unknown source "${p.source}"; add it to sources.json` });
      }
    });
  }

  const cycle = findBroaderCycle([...relations.values()].filter((r) => r.type === 'BROADER'));
  if (cycle) problems.push({ file: 'themes.json', record: cycle.join(' → '), field: 'broader', message: 'the theme hierarchy has a cycle' });

  if (problems.length) throw new SeedValidationError(problems);
  return {
    format: GRAPH_FORMAT,
    version: GRAPH_FORMAT_VERSION,
    sources: [...sources.values()],
    entities: [...defined.values()].map((d) => d.node),
    relations: [...relations.values()],
  };
}

function findBroaderCycle(edges: RelationEdge[]): string[] | null {
  const next = new Map<string, string[]>();
  for (const e of edges) next.set(e.from, [...(next.get(e.from) ?? []), e.to]);
  const state = new Map<string, 'visiting' | 'done'>();
  const stack: string[] = [];
  const visit = (id: string): string[] | null => {
    if (state.get(id) === 'visiting') return [...stack.slice(stack.indexOf(id)), id];
    if (state.get(id) === 'done') return null;
    state.set(id, 'visiting');
    stack.push(id);
    for (const n of next.get(id) ?? []) {
      const c = visit(n);
      if (c) return c;
    }
    stack.pop();
    state.set(id, 'done');
    return null;
  };
  for (const id of next.keys()) {
    const c = visit(id);
    if (c) return c;
  }
  return null;
}
