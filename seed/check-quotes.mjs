#!/usr/bin/env node
/**
 * Standalone checker for the curated seed files (plain Node ESM, no dependencies).
 *
 *   node seed/check-quotes.mjs            (from the repo root)
 *   SEED_TEXTS=/path/to/texts node seed/check-quotes.mjs
 *
 * Checks:
 *  - every provenance quote that cites an article source (a source with `file`) is a verbatim
 *    substring of that article's text, after collapsing whitespace on both sides; quotes that only
 *    match after collapsing (e.g. across a non-breaking space) are reported too;
 *  - a quote is one sentence at most: ≤ 400 characters, no line breaks, no inner sentence break;
 *  - every provenance cites a known source; an article file cites only its own source;
 *  - duplicate ids (sources, defined entities across all files, relations within a file);
 *  - mentions (entities without `name`) and relation endpoints refer to entities defined somewhere
 *    (gemeenten, regions, themes, article entities with `name`), with a matching type;
 *  - relation endpoint types follow the table in server/src/domain/relationRules.ts (copied below);
 *    WORKED_ON needs a role, RELATED_TO a kind;
 *  - themes: unknown or self `broader` ids and cycles; memberships: unknown gemeente/region.
 *
 * The article texts are not part of the repo: by default they are read from ../shared/seeds
 * relative to the repo root (/work/shared/seeds), or from $SEED_TEXTS.
 * Exit code 1 when anything is reported.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const seedDir = dirname(fileURLToPath(import.meta.url));
const repoRoot = resolve(seedDir, '..');
const textDir = process.env.SEED_TEXTS ? resolve(process.env.SEED_TEXTS) : resolve(repoRoot, '..', 'shared', 'seeds');

const problems = [];
const report = (where, msg) => problems.push(`${where}: ${msg}`);

function loadJson(path) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    report(path, `cannot read JSON (${e.message})`);
    return null;
  }
}
const collapse = (s) => s.replace(/\s+/g, ' ').trim();

// Same table as server/src/domain/relationRules.ts (keep in sync).
const CLIENTS = ['MUNICIPALITY', 'REGION', 'ORGANIZATION'];
const RULES = {
  FOR: { from: ['ENGAGEMENT'], to: CLIENTS },
  BY: { from: ['ENGAGEMENT'], to: ['CONSULTANCY'] },
  WORKED_ON: { from: ['PERSON'], to: ['ENGAGEMENT'], requires: 'role' },
  ABOUT: { from: ['ENGAGEMENT'], to: ['THEME'] },
  WORKS_AT: { from: ['PERSON'], to: ['CONSULTANCY', ...CLIENTS] },
  MEMBER_OF: { from: ['MUNICIPALITY', 'PERSON', 'ORGANIZATION'], to: ['REGION', 'ORGANIZATION'] },
  PART_OF: { from: ['ORGANIZATION'], to: CLIENTS },
  FOLLOWS: { from: ['ENGAGEMENT'], to: ['ENGAGEMENT'] },
  FACES: { from: CLIENTS, to: ['THEME'] },
  BROADER: { from: ['THEME'], to: ['THEME'] },
  RELATED_TO: {
    from: ['MUNICIPALITY', 'REGION', 'ORGANIZATION', 'CONSULTANCY', 'PERSON', 'ENGAGEMENT'],
    to: ['MUNICIPALITY', 'REGION', 'ORGANIZATION', 'CONSULTANCY', 'PERSON', 'ENGAGEMENT'],
    requires: 'kind',
  },
};

// ------------------------------------------------------------------ sources and article texts
const sourcesFile = loadJson(join(seedDir, 'sources.json'));
const sources = new Map();
for (const s of sourcesFile?.sources ?? []) {
  if (sources.has(s.id)) report('sources.json', `duplicate source id ${s.id}`);
  sources.set(s.id, s);
}
const texts = new Map(); // source id -> { raw, collapsed }
for (const s of sources.values()) {
  if (!s.file) continue;
  const p = join(textDir, s.file);
  if (!existsSync(p)) {
    report('sources.json', `${s.id}: article text ${p} not found`);
    continue;
  }
  const raw = readFileSync(p, 'utf8');
  texts.set(s.id, { raw, collapsed: collapse(raw) });
}

/** Checks one provenance list. `only`: the one source an article file may cite. */
function checkProvenance(where, provenance, only) {
  if (!Array.isArray(provenance) || provenance.length === 0) {
    report(where, 'no provenance');
    return;
  }
  for (const p of provenance) {
    const q = p?.quote ?? '';
    if (!sources.has(p?.source)) report(where, `unknown source ${p?.source}`);
    if (only && p?.source !== only) report(where, `cites ${p?.source}, but an article file may only cite ${only}`);
    if (q.trim().length < 3) report(where, 'empty quote');
    if (q.length > 400) report(where, `quote longer than 400 characters (${q.length})`);
    if (/[\r\n]/.test(q)) report(where, 'quote contains a line break');
    // An inner sentence break: . ! ? followed by whitespace and a capital or an opening quote mark.
    if (/[.!?]\s+[A-ZÀ-Þ‘“'"]/.test(q)) report(where, `quote looks like more than one sentence: "${q}"`);
    const text = texts.get(p?.source);
    if (text) {
      if (!text.collapsed.includes(collapse(q))) report(where, `quote not found in ${sources.get(p.source).file}: "${q}"`);
      else if (!text.raw.includes(q)) report(where, `quote only matches after collapsing whitespace (check spaces): "${q}"`);
    }
  }
}

// ------------------------------------------------------------------ definitions
const defined = new Map(); // id -> { type, where }
function define(id, type, where) {
  if (!id) return report(where, 'missing id');
  if (defined.has(id)) report(where, `duplicate id ${id} (also defined in ${defined.get(id).where})`);
  else defined.set(id, { type, where });
}

const gemeenten = loadJson(join(seedDir, 'gemeenten.json'));
const cbsCodes = new Map();
for (const m of gemeenten?.municipalities ?? []) {
  const where = `gemeenten.json municipality ${m.id ?? m.name}`;
  define(m.id, 'MUNICIPALITY', 'gemeenten.json');
  if (cbsCodes.has(m.cbsCode)) report(where, `duplicate cbsCode ${m.cbsCode} (also ${cbsCodes.get(m.cbsCode)})`);
  cbsCodes.set(m.cbsCode, m.id);
  checkProvenance(where, m.provenance);
}
for (const r of gemeenten?.regions ?? []) {
  define(r.id, 'REGION', 'gemeenten.json');
  checkProvenance(`gemeenten.json region ${r.id}`, r.provenance);
}

const themesFile = loadJson(join(seedDir, 'themes.json'));
const themes = themesFile?.themes ?? [];
for (const t of themes) {
  define(t.id, 'THEME', 'themes.json');
  checkProvenance(`themes.json ${t.id}`, t.provenance);
}

const articleDir = join(seedDir, 'articles');
const articleFiles = existsSync(articleDir) ? readdirSync(articleDir).filter((f) => f.endsWith('.json')).sort() : [];
const articles = [];
for (const f of articleFiles) {
  const a = loadJson(join(articleDir, f));
  if (!a) continue;
  articles.push({ f, a });
  if (!sources.has(a.source)) report(`articles/${f}`, `unknown source ${a.source}`);
  else if (!sources.get(a.source).file) report(`articles/${f}`, `source ${a.source} has no article file`);
  if (`${a.source}.json` !== f) report(`articles/${f}`, `file name should be ${a.source}.json`);
  for (const e of a.entities ?? []) if (e.name) define(e.id, e.type, `articles/${f}`);
}
for (const s of sources.values()) {
  if (s.file && !articleFiles.includes(`${s.id}.json`)) report('sources.json', `article source ${s.id} has no articles/${s.id}.json`);
}

// ------------------------------------------------------------------ references
function endpoint(where, id) {
  const d = defined.get(id);
  if (!d) report(where, `${id} is defined nowhere`);
  return d?.type;
}
function checkRelation(where, r) {
  const rule = RULES[r.type];
  if (!rule) return report(where, `unknown relation type ${r.type}`);
  const ft = endpoint(where, r.from);
  const tt = endpoint(where, r.to);
  if (ft && !rule.from.includes(ft)) report(where, `${r.type} may not start at a ${ft}`);
  if (tt && !rule.to.includes(tt)) report(where, `${r.type} may not end at a ${tt}`);
  if (rule.requires && !r[rule.requires]) report(where, `${r.type} needs a ${rule.requires}`);
  if (r.from === r.to) report(where, 'relation from an entity to itself');
}

for (const { f, a } of articles) {
  const seenMentions = new Set();
  for (const e of a.entities ?? []) {
    const where = `articles/${f} entity ${e.id}`;
    checkProvenance(where, e.provenance, a.source);
    if (!e.name) {
      if (seenMentions.has(e.id)) report(where, 'mentioned twice in the same file');
      seenMentions.add(e.id);
      const d = defined.get(e.id);
      if (!d) report(where, 'mention of an entity that is defined nowhere');
      else if (d.type !== e.type) report(where, `mentioned as ${e.type} but defined as ${d.type}`);
    }
  }
  const seenRelations = new Set();
  for (const r of a.relations ?? []) {
    const key = `${r.from}|${r.type}|${r.to}`;
    const where = `articles/${f} relation ${key}`;
    if (seenRelations.has(key)) report(where, 'duplicate relation in the same file');
    seenRelations.add(key);
    checkRelation(where, r);
    checkProvenance(where, r.provenance, a.source);
  }
}

for (const m of gemeenten?.memberships ?? []) {
  const where = `gemeenten.json membership ${m.municipality} -> ${m.region}`;
  if (defined.get(m.municipality)?.type !== 'MUNICIPALITY') report(where, `${m.municipality} is not a defined gemeente`);
  if (defined.get(m.region)?.type !== 'REGION') report(where, `${m.region} is not a defined region`);
  if (m.validFrom && m.validTo && m.validFrom > m.validTo) report(where, 'validFrom after validTo');
  checkProvenance(where, m.provenance);
}

// ------------------------------------------------------------------ thesaurus hierarchy
const themeIds = new Set(themes.map((t) => t.id));
const broaderOf = new Map(themes.map((t) => [t.id, t.broader ?? []]));
for (const t of themes) {
  for (const b of t.broader ?? []) {
    if (b === t.id) report(`themes.json ${t.id}`, 'broader than itself');
    else if (!themeIds.has(b)) report(`themes.json ${t.id}`, `unknown broader theme ${b}`);
  }
}
const state = new Map(); // id -> 'visiting' | 'done'
function visit(id, path) {
  if (state.get(id) === 'done') return;
  if (state.get(id) === 'visiting') return report('themes.json', `broader cycle: ${[...path, id].join(' -> ')}`);
  state.set(id, 'visiting');
  for (const b of broaderOf.get(id) ?? []) if (themeIds.has(b)) visit(b, [...path, id]);
  state.set(id, 'done');
}
for (const t of themes) visit(t.id, []);

// ------------------------------------------------------------------ result
if (problems.length) {
  console.log(problems.join('\n'));
  console.log(`\n${problems.length} problem(s)`);
  process.exit(1);
}
const counts = articles.map(({ f, a }) => `${f}: ${(a.entities ?? []).length} entities, ${(a.relations ?? []).length} relations`);
console.log(
  `OK: ${sources.size} sources, ${(gemeenten?.municipalities ?? []).length} gemeenten, ${(gemeenten?.regions ?? []).length} regions, ` +
    `${(gemeenten?.memberships ?? []).length} memberships, ${themes.length} themes\n` +
    counts.join('\n'),
);
