/**
 * CBS reference files + what the graph already holds → the facts to write and a report of what
 * changes. One planner for both uses: the seed (an empty graph: everything is new, written in
 * 'keep' mode) and `npm run reference:import` (the graph as it is: new codes are created, known
 * codes get their reference attributes refreshed, written in 'refresh' mode). Pure: the state is
 * read and the plan written by the caller, in one transaction.
 *
 * - A gemeente file (list or kerncijfers): one row per gemeente, keyed by CBS code. A row states
 *   the gemeente's reference attributes and its COROP region and veiligheidsregio
 *   (`MEMBER_OF {validFrom: <peildatum>}`); its line is the quote of all of them.
 * - A herindelingen file: one row per (dissolved gemeente → successor), stating
 *   `SUCCEEDED_BY {year}` and that the old gemeente is dissolved.
 * - Ids: a new gemeente gets `gemeente-<slug>`; when another gemeente (another code) has that id
 *   already, `gemeente-<slug>-<code>`. Known codes keep their ids. Files are taken in the order
 *   given: the seed gives the current list first, so current gemeenten keep the plain slugs.
 */
import { mergeProvenance, type Provenance } from '../db/provenance.js';
import type { EntityNode, RelationEdge } from '../domain/graphDocument.js';
import { entityIdFor, municipalityIdWithCode, referenceRegionIdFor, yearOf, type RegionKind } from '../domain/vocabulary.js';
import type { GemeenteRow, ReferenceFile } from './parseReferenceCsv.js';

type Scalar = string | number | boolean;
export type CbsRegionKind = Exclude<RegionKind, 'SAMENWERKINGSVERBAND'>;

// ---------------------------------------------------------------------------------------------
// What the graph holds (read by db/referenceState.ts; empty for the seed)

interface KnownMembership {
  regionId: string;
  kind: CbsRegionKind;
  code: string | null;
  validTo: string | null;
  provenance: Provenance[];
}

interface KnownSuccession {
  toId: string;
  year: number | null;
  provenance: Provenance[];
}

export interface KnownMunicipality {
  id: string;
  cbsCode: string;
  name: string;
  aliases: string[];
  /** The stored properties (reference attributes among them). */
  props: Record<string, unknown>;
  provenance: Provenance[];
  /** Its COROP and veiligheidsregio memberships, ended ones included. */
  memberships: KnownMembership[];
  /** Its outgoing SUCCEEDED_BY relationships. */
  successions: KnownSuccession[];
}

interface KnownRegion {
  id: string;
  kind: CbsRegionKind;
  code: string;
  name: string;
  aliases: string[];
  provenance: Provenance[];
}

export interface ReferenceState {
  municipalities: KnownMunicipality[];
  regions: KnownRegion[];
  /** Every other entity id that a new gemeente or region id must not take. */
  otherIds: string[];
}

export const EMPTY_REFERENCE_STATE: ReferenceState = { municipalities: [], regions: [], otherIds: [] };

// ---------------------------------------------------------------------------------------------
// Input and output

export interface ReferenceInputFile {
  /** Shown in problems and in the report (e.g. `reference/gemeenten.csv`). */
  name: string;
  parsed: Extract<ReferenceFile, { kind: 'GEMEENTEN' | 'HERINDELINGEN' }>;
  /** The source id of the row on this line. */
  sourceOf: (line: number) => string;
  /**
   * The date the file states its facts on (its source's date), for rows without an
   * `inwoners_peildatum`: the `validFrom` of the memberships it states, the date of its population
   * figures, the year a gemeente absent from a complete list was dissolved.
   */
  peildatum: string | null;
}

export interface PlanOptions {
  /** The gemeente file lists every gemeente on its peildatum: a current gemeente missing from it is dissolved. */
  complete?: boolean;
}

interface Change<T = Scalar | null> {
  code: string;
  name: string;
  from: T;
  to: T;
}

export interface ReferenceReport {
  /** Gemeenten (codes) the graph did not have. */
  newMunicipalities: { code: string; name: string; id: string; dissolved: boolean }[];
  /** Gemeenten dissolved by this update: by a herindeling row, or absent from a complete list. */
  dissolved: { code: string; name: string; id: string; year: number; by: 'HERINDELING' | 'ABSENT_FROM_COMPLETE_LIST' }[];
  /** Current gemeenten absent from a gemeente file given without `complete` (only reported). */
  missing: { code: string; name: string; id: string }[];
  populationChanges: Change<number | null>[];
  /** Known gemeenten whose population date (peildatum) moved, their figures confirmed or changed on the new date. */
  populationDatesMoved: number;
  /** Other reference attributes that changed (`key` says which), renames included. */
  attributeChanges: (Change & { key: string })[];
  newRegions: { kind: CbsRegionKind; code: string; name: string; id: string }[];
  /** A gemeente that moved to another COROP region or veiligheidsregio. */
  membershipChanges: (Change<string | null> & { kind: CbsRegionKind })[];
  newSuccessions: { year: number; from: string; to: string }[];
  /** Pieces of evidence (a source and a quote) added to facts that existed already. */
  evidenceAdded: number;
  /** Gemeenten in the files whose reference facts did not change (evidence aside). */
  unchanged: number;
  warnings: string[];
}

export interface ReferencePlan {
  entities: EntityNode[];
  relations: RelationEdge[];
  report: ReferenceReport;
  /** Reasons to refuse the whole update (nothing is written when there is one). */
  problems: string[];
}

/** True when the plan changes nothing in the graph. */
export function planChangesNothing(plan: ReferencePlan): boolean {
  const r = plan.report;
  return (
    r.newMunicipalities.length === 0 &&
    r.dissolved.length === 0 &&
    r.populationChanges.length === 0 &&
    r.populationDatesMoved === 0 &&
    r.attributeChanges.length === 0 &&
    r.newRegions.length === 0 &&
    r.membershipChanges.length === 0 &&
    r.newSuccessions.length === 0 &&
    r.evidenceAdded === 0
  );
}

// ---------------------------------------------------------------------------------------------
// The working model

interface WorkMunicipality {
  id: string;
  cbsCode: string;
  name: string;
  aliases: string[];
  /** Properties as they will be (known ones plus this plan's). */
  props: Record<string, Scalar>;
  known: KnownMunicipality | null;
  /** Properties this plan sets. */
  update: Record<string, Scalar>;
  /** The evidence this plan gives the entity. */
  provenance: Provenance[];
  changed: boolean;
}

interface WorkRegion {
  id: string;
  kind: CbsRegionKind;
  code: string;
  name: string;
  aliases: string[];
  known: KnownRegion | null;
  update: Record<string, Scalar>;
  provenance: Provenance[];
}

interface WorkRelation {
  edge: RelationEdge;
  /** The evidence the relationship had before this plan (null: it is new). */
  knownProvenance: Provenance[] | null;
}

const REGION_COLUMNS: Record<CbsRegionKind, { code: 'corop_code' | 'veiligheidsregio_code'; name: 'corop_naam' | 'veiligheidsregio_naam'; alias: string; report: string }> = {
  COROP: { code: 'corop_code', name: 'corop_naam', alias: 'COROP', report: 'corop' },
  VEILIGHEIDSREGIO: { code: 'veiligheidsregio_code', name: 'veiligheidsregio_naam', alias: 'Veiligheidsregio', report: 'veiligheidsregio' },
};

/** The reference attributes a gemeente row states (population and its date apart). */
const ATTRIBUTE_COLUMNS = {
  provincie: 'province',
  provinciecode: 'provinceCode',
  stedelijkheid: 'stedelijkheid',
  arbeidsmarktregio: 'arbeidsmarktregio',
  jeugdzorgregio: 'jeugdzorgregio',
  oppervlakte_totaal_ha: 'areaTotalHa',
  oppervlakte_land_ha: 'areaLandHa',
  oppervlakte_water_ha: 'areaWaterHa',
  bevolkingsdichtheid_per_km2_land: 'density',
  mannen: 'men',
  vrouwen: 'women',
} as const satisfies Partial<Record<keyof GemeenteRow, string>>;

/** Attributes that move with every new peildatum: their change is the population's, not reported apart. */
const DATE_ATTRIBUTES = new Set(['populationDate', 'populationYear']);

const municipalityAlias = (name: string) => `Gemeente ${name}`;

/** The day before an ISO date (`2025-01-01` → `2024-12-31`); a partial date gives null. */
export function dayBefore(date: string | null): string | null {
  if (!date || !/^\d{4}-\d{2}-\d{2}$/.test(date)) return null;
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

const withAlias = (aliases: string[], ...more: string[]) => [...new Set([...aliases, ...more.filter(Boolean)])];

const asScalar = (v: unknown): Scalar | null => (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? v : null);

export function planReferenceUpdate(state: ReferenceState, files: ReferenceInputFile[], options: PlanOptions = {}): ReferencePlan {
  const problems: string[] = [];
  const report: ReferenceReport = {
    newMunicipalities: [],
    dissolved: [],
    missing: [],
    populationChanges: [],
    populationDatesMoved: 0,
    attributeChanges: [],
    newRegions: [],
    membershipChanges: [],
    newSuccessions: [],
    evidenceAdded: 0,
    unchanged: 0,
    warnings: [],
  };

  // ----- the graph as it is
  const byCode = new Map<string, WorkMunicipality>();
  const takenIds = new Map<string, string>(); // id → what holds it (a code, or "another entity")
  for (const id of state.otherIds) takenIds.set(id, 'another entity');
  const knownByCode = new Map<string, KnownMunicipality>();
  for (const m of state.municipalities) {
    if (knownByCode.has(m.cbsCode)) {
      problems.push(`The graph holds two gemeenten with CBS code ${m.cbsCode} (${knownByCode.get(m.cbsCode)!.id} and ${m.id}); merge them (mergeEntities) first.`);
      continue;
    }
    knownByCode.set(m.cbsCode, m);
    takenIds.set(m.id, m.cbsCode);
  }
  const regions = new Map<string, WorkRegion>(); // `${kind}:${code}`
  for (const r of state.regions) {
    takenIds.set(r.id, `${r.kind}:${r.code}`);
    regions.set(`${r.kind}:${r.code}`, { ...r, aliases: [...r.aliases], known: r, update: {}, provenance: [] });
  }
  const relations = new Map<string, WorkRelation>();
  const touchedCodes = new Set<string>();

  const work = (code: string): WorkMunicipality | null => {
    const existing = byCode.get(code);
    if (existing) return existing;
    const known = knownByCode.get(code);
    if (!known) return null;
    const props: Record<string, Scalar> = {};
    for (const [k, v] of Object.entries(known.props)) {
      const s = asScalar(v);
      if (s !== null) props[k] = s;
    }
    const w: WorkMunicipality = { id: known.id, cbsCode: code, name: known.name, aliases: [...known.aliases], props, known, update: {}, provenance: [], changed: false };
    byCode.set(code, w);
    return w;
  };

  const allocateId = (base: string, withCode: string, holder: string, what: string): string | null => {
    for (const id of [base, withCode]) {
      const holderOfId = takenIds.get(id);
      if (holderOfId === undefined || holderOfId === holder) {
        takenIds.set(id, holder);
        return id;
      }
    }
    problems.push(`${what}: the ids ${base} and ${withCode} are both taken; give the entity that holds ${base} another id first.`);
    return null;
  };

  const create = (code: string, name: string, dissolved: boolean): WorkMunicipality | null => {
    const id = allocateId(entityIdFor('MUNICIPALITY', name), municipalityIdWithCode(name, code), code, `New gemeente ${code} ${name}`);
    if (!id) return null;
    const w: WorkMunicipality = {
      id,
      cbsCode: code,
      name,
      aliases: [municipalityAlias(name)],
      props: { cbsCode: code },
      known: null,
      update: { cbsCode: code },
      provenance: [],
      changed: true,
    };
    byCode.set(code, w);
    report.newMunicipalities.push({ code, name, id, dissolved });
    return w;
  };

  /** Sets a reference attribute; a known gemeente's change is reported. */
  const set = (m: WorkMunicipality, key: string, value: Scalar) => {
    const before = m.props[key] ?? null;
    m.props[key] = value;
    m.update[key] = value;
    if (before === value || !m.known) return;
    if (key === 'populationDate') report.populationDatesMoved++;
    // A figure confirmed on a newer date is unchanged; the date moves with it.
    if (DATE_ATTRIBUTES.has(key)) return;
    m.changed = true;
    if (key === 'population') report.populationChanges.push({ code: m.cbsCode, name: m.name, from: typeof before === 'number' ? before : null, to: value as number });
    else report.attributeChanges.push({ code: m.cbsCode, name: m.name, key, from: before, to: value });
  };

  const rename = (m: WorkMunicipality, name: string) => {
    if (m.name === name) return;
    if (m.known) {
      report.attributeChanges.push({ code: m.cbsCode, name, key: 'name', from: m.name, to: name });
      m.changed = true;
    }
    // The old name stays findable.
    m.aliases = withAlias(m.aliases, m.name, municipalityAlias(name));
    m.name = name;
  };

  const relation = (edge: RelationEdge, knownProvenance: Provenance[] | null) => {
    const key = `${edge.from}|${edge.type}|${edge.to}`;
    const prior = relations.get(key);
    if (prior) {
      prior.edge.provenance = mergeProvenance(prior.edge.provenance, edge.provenance);
      prior.edge.properties = { ...prior.edge.properties, ...edge.properties };
    } else relations.set(key, { edge: { ...edge, provenance: [...edge.provenance] }, knownProvenance });
  };

  const dissolve = (m: WorkMunicipality, year: number, by: ReferenceReport['dissolved'][number]['by'], prov: Provenance, note?: string) => {
    const wasDissolved = m.props.dissolved === true;
    if (!wasDissolved) {
      if (m.known) m.changed = true;
      report.dissolved.push({ code: m.cbsCode, name: m.name, id: m.id, year, by });
    }
    m.props.dissolved = true;
    m.update.dissolved = true;
    if (!wasDissolved || m.props.dissolvedYear !== year) {
      if (wasDissolved && m.known && m.props.dissolvedYear !== year) {
        report.attributeChanges.push({ code: m.cbsCode, name: m.name, key: 'dissolvedYear', from: m.props.dissolvedYear ?? null, to: year });
        m.changed = true;
      }
      m.props.dissolvedYear = year;
      m.update.dissolvedYear = year;
    }
    if (note) {
      m.props.dissolvedNote = note;
      m.update.dissolvedNote = note;
    }
    // A gemeente that no longer exists lies in no COROP region or veiligheidsregio any more.
    for (const ms of m.known?.memberships ?? []) {
      if (ms.validTo) continue;
      const validTo = `${year - 1}-12-31`;
      relation({ type: 'MEMBER_OF', from: m.id, to: ms.regionId, properties: { validTo }, provenance: [prov] }, ms.provenance);
      report.membershipChanges.push({ code: m.cbsCode, name: m.name, kind: ms.kind, from: ms.code, to: null });
    }
  };

  /** The region of a kind named by a row; created when the graph does not have it. */
  const regionFor = (kind: CbsRegionKind, code: string, name: string, prov: Provenance): WorkRegion | null => {
    const key = `${kind}:${code}`;
    const cols = REGION_COLUMNS[kind];
    let r = regions.get(key);
    if (!r) {
      const id = allocateId(referenceRegionIdFor(kind, name), `${referenceRegionIdFor(kind, name)}-${code.toLowerCase()}`, key, `New ${kind} region ${code} ${name}`);
      if (!id) return null;
      r = { id, kind, code, name, aliases: [`${cols.alias} ${name}`], known: null, update: { kind, code }, provenance: [prov] };
      regions.set(key, r);
      report.newRegions.push({ kind, code, name, id });
      return r;
    }
    if (r.name !== name) {
      if (r.known) report.attributeChanges.push({ code, name, key: `${cols.report} name`, from: r.name, to: name });
      r.aliases = withAlias(r.aliases, r.name, `${cols.alias} ${name}`);
      r.name = name;
      r.update.name = name;
      if (r.provenance.length === 0) r.provenance.push(prov);
    }
    return r;
  };

  // ----- gemeente files
  const gemeenteFiles = files.filter((f): f is ReferenceInputFile & { parsed: { kind: 'GEMEENTEN' } } => f.parsed.kind === 'GEMEENTEN');
  const herindelingFiles = files.filter((f): f is ReferenceInputFile & { parsed: { kind: 'HERINDELINGEN' } } => f.parsed.kind === 'HERINDELINGEN');

  for (const file of gemeenteFiles) {
    const inFile = new Set<string>();
    for (const { row, line, raw } of file.parsed.rows) {
      inFile.add(row.code);
      touchedCodes.add(row.code);
      const prov: Provenance = { source: file.sourceOf(line), quote: raw };
      const where = `${file.name} line ${line}`;
      const m = work(row.code) ?? create(row.code, row.name, false);
      if (!m) continue;
      if (m.props.dissolved === true && m.known) {
        report.warnings.push(`${where}: ${row.code} ${row.name} is listed, but the graph has it dissolved (${String(m.props.dissolvedYear ?? '?')}); left dissolved.`);
      }
      rename(m, row.name);
      m.aliases = withAlias(m.aliases, municipalityAlias(row.name));
      m.provenance = mergeProvenance(m.provenance, [prov]);
      for (const [column, key] of Object.entries(ATTRIBUTE_COLUMNS) as [keyof typeof ATTRIBUTE_COLUMNS, string][]) {
        const value = row[column];
        if (value !== undefined) set(m, key, value);
      }
      if (row.inwoners !== undefined) {
        const date = row.inwoners_peildatum ?? file.peildatum;
        if (!date) {
          problems.push(`${where}: a population (inwoners) needs its date: add the column inwoners_peildatum, or give the source a date (--source-date).`);
          continue;
        }
        set(m, 'population', row.inwoners);
        set(m, 'populationDate', date);
        set(m, 'populationYear', yearOf(date));
      }
      const validFrom = row.inwoners_peildatum ?? file.peildatum;
      for (const kind of ['COROP', 'VEILIGHEIDSREGIO'] as const) {
        const cols = REGION_COLUMNS[kind];
        const code = row[cols.code];
        const name = row[cols.name];
        if (!code || !name) continue;
        const region = regionFor(kind, code, name, prov);
        if (!region) continue;
        const current = (m.known?.memberships ?? []).filter((ms) => ms.kind === kind && !ms.validTo);
        const same = current.find((ms) => ms.regionId === region.id);
        for (const old of current.filter((ms) => ms.regionId !== region.id)) {
          const validTo = dayBefore(validFrom) ?? (validFrom ? String(yearOf(validFrom) - 1) : null);
          if (!validTo) {
            problems.push(`${where}: ${row.code} moves to another ${kind} region, and ending its membership of ${old.code ?? old.regionId} needs the file's date (--source-date).`);
            continue;
          }
          relation({ type: 'MEMBER_OF', from: m.id, to: old.regionId, properties: { validTo }, provenance: [prov] }, old.provenance);
          report.membershipChanges.push({ code: m.cbsCode, name: m.name, kind, from: old.code, to: code });
          m.changed = true;
        }
        if (!same && m.known && current.length === 0) {
          report.membershipChanges.push({ code: m.cbsCode, name: m.name, kind, from: null, to: code });
          m.changed = true;
        }
        relation(
          { type: 'MEMBER_OF', from: m.id, to: region.id, properties: same ? {} : { validFrom }, provenance: [prov] },
          same?.provenance ?? (m.known?.memberships ?? []).find((ms) => ms.regionId === region.id)?.provenance ?? null,
        );
      }
    }
    // Current gemeenten the file does not list.
    for (const known of state.municipalities) {
      if (inFile.has(known.cbsCode) || known.props.dissolved === true) continue;
      const m = work(known.cbsCode)!;
      if (m.props.dissolved === true) continue;
      if (!options.complete) {
        report.missing.push({ code: known.cbsCode, name: known.name, id: known.id });
        continue;
      }
      const sources = new Set(file.parsed.rows.map((r) => file.sourceOf(r.line)));
      if (!file.peildatum || sources.size !== 1) {
        problems.push(`${file.name}: --complete needs one source with a date (the peildatum of the list), to date the gemeenten it no longer lists.`);
        break;
      }
      const [source] = sources;
      touchedCodes.add(known.cbsCode);
      const prov: Provenance = { source: source!, quote: file.parsed.header };
      dissolve(
        m,
        yearOf(file.peildatum),
        'ABSENT_FROM_COMPLETE_LIST',
        prov,
        `Ontbreekt in de volledige lijst ${file.name} (bron ${source!}, peildatum ${file.peildatum}); de opvolgers volgen uit een herindelingenbestand.`,
      );
      m.provenance = mergeProvenance(m.provenance, [prov]);
    }
  }

  // ----- herindelingen
  for (const file of herindelingFiles) {
    for (const { row, line, raw } of file.parsed.rows) {
      const prov: Provenance = { source: file.sourceOf(line), quote: raw };
      touchedCodes.add(row.old_code);
      const old = work(row.old_code) ?? create(row.old_code, row.old_name, true);
      const successor = work(row.new_code) ?? create(row.new_code, row.new_name, false);
      if (!old || !successor) continue;
      if (row.old_code === row.new_code) {
        problems.push(`${file.name} line ${line}: ${row.old_code} cannot succeed itself.`);
        continue;
      }
      old.provenance = mergeProvenance(old.provenance, [prov]);
      if (!successor.known && successor.provenance.length === 0) successor.provenance.push(prov);
      dissolve(old, row.year, 'HERINDELING', prov);
      const known = old.known?.successions.find((s) => s.toId === successor.id) ?? null;
      if (!known) report.newSuccessions.push({ year: row.year, from: old.cbsCode, to: successor.cbsCode });
      else if (known.year !== row.year) {
        report.attributeChanges.push({ code: old.cbsCode, name: old.name, key: `herindeling year (→ ${successor.cbsCode})`, from: known.year, to: row.year });
        old.changed = true;
      }
      relation({ type: 'SUCCEEDED_BY', from: old.id, to: successor.id, properties: { year: row.year }, provenance: [prov] }, known?.provenance ?? null);
    }
  }

  // ----- a gemeente dissolved in one file and listed as current in another (the seed reads both)
  for (const file of gemeenteFiles) {
    for (const { row, line } of file.parsed.rows) {
      const m = byCode.get(row.code);
      if (m && !m.known && m.props.dissolved === true) problems.push(`${file.name} line ${line}: ${row.code} ${row.name} is listed as a current gemeente, but a herindeling dissolves it.`);
    }
  }

  // ----- output
  const entities: EntityNode[] = [];
  const knownPairs = (list: Provenance[] | null | undefined) => new Set((list ?? []).map((p) => `${p.source}\u0000${p.quote}`));
  const countAdded = (given: Provenance[], known: Provenance[] | null | undefined) => {
    if (!known) return 0;
    const have = knownPairs(known);
    return given.filter((p) => !have.has(`${p.source}\u0000${p.quote}`)).length;
  };
  for (const m of byCode.values()) {
    if (m.provenance.length === 0) continue; // read for a comparison only
    if (m.known) {
      report.evidenceAdded += countAdded(m.provenance, m.known.provenance);
      if (!m.changed && touchedCodes.has(m.cbsCode)) report.unchanged++;
    }
    entities.push({
      id: m.id,
      type: 'MUNICIPALITY',
      name: m.name,
      aliases: m.aliases,
      properties: m.known ? m.update : m.props,
      provenance: m.provenance,
    });
  }
  for (const r of regions.values()) {
    if (r.known && Object.keys(r.update).length === 0 && r.provenance.length === 0) continue;
    if (r.provenance.length === 0) continue;
    if (r.known) report.evidenceAdded += countAdded(r.provenance, r.known.provenance);
    entities.push({ id: r.id, type: 'REGION', name: r.name, aliases: r.aliases, properties: r.known ? r.update : { kind: r.kind, code: r.code }, provenance: r.provenance });
  }
  const relationList: RelationEdge[] = [];
  for (const { edge, knownProvenance } of relations.values()) {
    report.evidenceAdded += countAdded(edge.provenance, knownProvenance);
    relationList.push(edge);
  }
  return { entities, relations: relationList, report, problems };
}
