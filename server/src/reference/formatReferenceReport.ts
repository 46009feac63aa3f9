/** The report of a reference import, as the command prints it: what changed, section by section. Pure. */
import type { ReferencePlan } from './planReferenceUpdate.js';
import { planChangesNothing } from './planReferenceUpdate.js';

/** Lines per section before "… and N more". */
const MAX_LINES = 100;

const n = (v: string | number | boolean | null) => (typeof v === 'number' ? v.toLocaleString('nl-NL') : v === null ? '—' : String(v));

function section<T>(title: string, items: T[], line: (x: T) => string): string[] {
  if (items.length === 0) return [];
  const shown = items.slice(0, MAX_LINES).map((x) => `  ${line(x)}`);
  if (items.length > MAX_LINES) shown.push(`  … and ${items.length - MAX_LINES} more`);
  return [`${title} (${items.length}):`, ...shown];
}

export function formatReferenceReport(plan: ReferencePlan, opts: { file: string; written: boolean; dryRun: boolean; complete: boolean }): string {
  const r = plan.report;
  const lines = [
    ...section('New gemeenten', r.newMunicipalities, (m) => `${m.code} ${m.name} → ${m.id}${m.dissolved ? ' (dissolved)' : ''}`),
    ...section('Dissolved', r.dissolved, (d) =>
      `${d.code} ${d.name} (${d.id}), ${d.year}: ${d.by === 'HERINDELING' ? 'herindeling' : 'not in the complete list; import the herindelingen file to link its successors'}`,
    ),
    ...section(
      opts.complete ? 'Not in the file' : 'Not in the file, left as they are (give --complete when the file lists every gemeente on its peildatum)',
      r.missing,
      (m) => `${m.code} ${m.name} (${m.id})`,
    ),
    ...section('Population', r.populationChanges, (c) => `${c.code} ${c.name}: ${n(c.from)} → ${n(c.to)}`),
    ...(r.populationDatesMoved ? [`Population date (peildatum) moved for ${r.populationDatesMoved} gemeente(n).`] : []),
    ...section('Other attributes', r.attributeChanges, (c) => `${c.code} ${c.name}: ${c.key} ${n(c.from)} → ${n(c.to)}`),
    ...section('New regions', r.newRegions, (x) => `${x.kind} ${x.code} ${x.name} → ${x.id}`),
    ...section('Memberships', r.membershipChanges, (c) => `${c.code} ${c.name}: ${c.kind} ${c.from ?? '—'} → ${c.to ?? '— (ended)'}`),
    ...section('Herindelingen added', r.newSuccessions, (s) => `${s.year}: ${s.from} → ${s.to}`),
    ...section('Warnings', r.warnings, (w) => w),
  ];
  if (r.evidenceAdded) lines.push(`Evidence added to facts the graph had: ${r.evidenceAdded} (source + quoted line).`);
  lines.push(`Unchanged (figures the same, evidence aside): ${r.unchanged} gemeente(n).`);
  if (planChangesNothing(plan)) lines.push(`No changes: the graph already holds what ${opts.file} states.`);
  else if (opts.dryRun) lines.push('Dry run: nothing was written.');
  else if (opts.written) lines.push('Written in one transaction.');
  return lines.join('\n');
}
