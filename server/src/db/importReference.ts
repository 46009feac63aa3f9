/**
 * The CBS reference import (`npm run reference:import`): in ONE transaction, read what the graph
 * holds of the reference data, plan the update (reference/planReferenceUpdate.ts), check the plan
 * as any graph document is checked, and write it through writeGraph in 'refresh' mode — or write
 * nothing at all when the plan has a problem, when nothing changes, or on a dry run.
 */
import type { Database, WriteTx } from './database.js';
import { decodeProvenance } from './provenance.js';
import { writeGraphInTx } from './writeGraph.js';
import { GRAPH_FORMAT, GRAPH_FORMAT_VERSION, graphDocumentSchema, type SourceNode } from '../domain/graphDocument.js';
import { planChangesNothing, planReferenceUpdate, type CbsRegionKind, type ReferenceInputFile, type ReferencePlan, type ReferenceState } from '../reference/planReferenceUpdate.js';

const CBS_REGION_KINDS: CbsRegionKind[] = ['COROP', 'VEILIGHEIDSREGIO'];

const STATE_MUNICIPALITIES = `
  MATCH (m:Municipality) WHERE m.cbsCode IS NOT NULL
  RETURN properties(m) AS props,
    COLLECT { MATCH (m)-[r:MEMBER_OF]->(g:Region) WHERE g.kind IN $kinds
              RETURN {regionId: g.id, kind: g.kind, code: g.code, props: properties(r)} AS x } AS memberships,
    COLLECT { MATCH (m)-[r:SUCCEEDED_BY]->(s:Municipality) RETURN {toId: s.id, props: properties(r)} AS x } AS successions`;
const STATE_REGIONS = 'MATCH (r:Region) WHERE r.kind IN $kinds RETURN properties(r) AS props';
// Ids a new gemeente or region must not take: every other gemeente-… and regio-… entity.
const STATE_OTHER_IDS = `
  MATCH (n:Entity) WHERE n.id STARTS WITH 'gemeente-' OR n.id STARTS WITH 'regio-'
  WITH n WHERE NOT (n:Municipality AND n.cbsCode IS NOT NULL) AND NOT (n:Region AND n.kind IN $kinds)
  RETURN n.id AS id`;
const SOURCES = 'UNWIND $ids AS id OPTIONAL MATCH (s:Source {id: id}) RETURN id, s IS NOT NULL AS found, s.date AS date, s.title AS title';

type Props = Record<string, unknown>;
const text = (v: unknown): string | null => (typeof v === 'string' ? v : null);
const aliases = (v: unknown): string[] => (Array.isArray(v) ? v.filter((a): a is string => typeof a === 'string') : []);

/** What the graph holds of the reference data (inside the import's transaction). */
async function readReferenceState(tx: WriteTx): Promise<ReferenceState> {
  const kinds = CBS_REGION_KINDS;
  const municipalities = await tx.run<{ props: Props; memberships: { regionId: string; kind: CbsRegionKind; code: string | null; props: Props }[]; successions: { toId: string; props: Props }[] }>(
    STATE_MUNICIPALITIES,
    { kinds },
  );
  const regions = await tx.run<{ props: Props }>(STATE_REGIONS, { kinds });
  const others = await tx.run<{ id: string }>(STATE_OTHER_IDS, { kinds });
  return {
    municipalities: municipalities.map(({ props, memberships, successions }) => ({
      id: props.id as string,
      cbsCode: props.cbsCode as string,
      name: props.name as string,
      aliases: aliases(props.aliases),
      props,
      provenance: decodeProvenance(props),
      memberships: memberships
        .map((m) => ({ regionId: m.regionId, kind: m.kind, code: m.code, validTo: text(m.props.validTo), provenance: decodeProvenance(m.props) }))
        .sort((a, b) => a.kind.localeCompare(b.kind) || a.regionId.localeCompare(b.regionId)),
      successions: successions.map((s) => ({ toId: s.toId, year: typeof s.props.year === 'number' ? s.props.year : null, provenance: decodeProvenance(s.props) })),
    })),
    regions: regions.map(({ props }) => ({
      id: props.id as string,
      kind: props.kind as CbsRegionKind,
      code: text(props.code) ?? '',
      name: props.name as string,
      aliases: aliases(props.aliases),
      provenance: decodeProvenance(props),
    })),
    otherIds: others.map((o) => o.id),
  };
}

/** A refused import: the problems, each naming what to fix. Nothing was written. */
export class ReferenceImportError extends Error {
  constructor(readonly problems: string[]) {
    super(`The reference import was refused; nothing was written. ${problems.length} problem(s):\n${problems.map((p) => `- ${p}`).join('\n')}`);
    this.name = 'ReferenceImportError';
  }
}

export interface ReferenceImportInput {
  files: ReferenceInputFile[];
  /** Sources to create or update with the import (a new `--source-title` source, the bundled sources). */
  sources: SourceNode[];
  /** The file lists every gemeente on its peildatum. */
  complete: boolean;
  /** Plan and report only. */
  dryRun: boolean;
}

export interface ReferenceImportResult {
  plan: ReferencePlan;
  /** False on a dry run, and when nothing changed. */
  written: boolean;
}

/**
 * Plans and (unless it is a dry run or changes nothing) writes a reference update, in one
 * transaction. A file without a peildatum takes the date of its source in the graph.
 */
export async function importReference(db: Database, input: ReferenceImportInput): Promise<ReferenceImportResult> {
  return db.write('importReference', async (tx) => {
    const given = new Map(input.sources.map((s) => [s.id, s]));
    const cited = [...new Set(input.files.flatMap((f) => f.parsed.rows.map((r) => f.sourceOf(r.line))))];
    const found = await tx.run<{ id: string; found: boolean; date: string | null; title: string | null }>(SOURCES, { ids: cited });
    const problems: string[] = [];
    for (const row of found) {
      const s = given.get(row.id);
      if (!row.found && !s) problems.push(`Unknown source "${row.id}": give an existing source with --source, or create one with --source-title.`);
      if (row.found && s && row.title !== s.title) {
        problems.push(`The source "${row.id}" exists with another title ("${row.title ?? ''}"); name it with --source ${row.id}, or choose another --source-title.`);
      }
    }
    if (problems.length) throw new ReferenceImportError(problems);
    const dates = new Map(found.map((r) => [r.id, typeof given.get(r.id)?.properties.date === 'string' ? (given.get(r.id)!.properties.date as string) : r.date]));
    const files = input.files.map((f) => ({ ...f, peildatum: f.peildatum ?? dates.get(f.sourceOf(f.parsed.rows[0]?.line ?? 0)) ?? null }));

    const state = await readReferenceState(tx);
    const plan = planReferenceUpdate(state, files, { complete: input.complete });
    const doc = { format: GRAPH_FORMAT, version: GRAPH_FORMAT_VERSION, sources: input.sources, entities: plan.entities, relations: plan.relations };
    // The plan is a graph document like any other: the same checks as an import (ids, quotes, provenance).
    const checked = graphDocumentSchema.safeParse(doc);
    if (!checked.success) problems.push(...checked.error.issues.slice(0, 20).map((i) => `${i.path.join('.')}: ${i.message}`));
    problems.push(...plan.problems);
    if (problems.length) throw new ReferenceImportError(problems);
    if (!checked.success || input.dryRun || planChangesNothing(plan)) return { plan, written: false };
    await writeGraphInTx(tx, checked.data, 'refresh');
    return { plan, written: true };
  });
}
