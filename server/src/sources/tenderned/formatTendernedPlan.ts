/**
 * The plan in the two forms `npm run import:tenderned -- <file> --dry-run` prints: the JSON
 * document of `--json` (one entry per publication of the file, the buyer resolved even when the
 * publication is skipped, plus what a curator should review) and a short report in words. Pure.
 */
import type { PlannedRecord, TendernedPlan } from './planTendernedImport.js';

export interface TendernedPlanJson {
  records: (Pick<PlannedRecord, 'id' | 'status' | 'reason' | 'detail' | 'supplier' | 'suppliers' | 'themes' | 'sociaalDomein' | 'engagementIds'> & {
    buyer: { name: string; type: string | null; id: string | null; cbsCode: string | null; kind: string | null; confidence: number; evidence: string; unresolved?: { reason: string; candidates: string[] } };
  })[];
  counts: TendernedPlan['counts'];
  review: TendernedPlan['review'];
  /** What the write step would write. */
  graph: { sources: number; entities: number; relations: number };
}

export function tendernedPlanJson(plan: TendernedPlan): TendernedPlanJson {
  return {
    records: plan.records.map((r) => ({
      id: r.id,
      status: r.status,
      reason: r.reason,
      detail: r.detail,
      buyer: r.buyer,
      supplier: r.supplier,
      suppliers: r.suppliers,
      themes: r.themes,
      sociaalDomein: r.sociaalDomein,
      engagementIds: r.engagementIds,
    })),
    counts: plan.counts,
    review: plan.review,
    graph: { sources: plan.document.sources.length, entities: plan.document.entities.length, relations: plan.document.relations.length },
  };
}

export function formatTendernedPlan(plan: TendernedPlan, file: string): string {
  const c = plan.counts;
  const gemeenten = new Set(plan.records.filter((r) => r.status === 'engagement' && r.buyer.cbsCode).map((r) => r.buyer.cbsCode));
  const lines = [
    `${file}: ${c.publications} publications → ${c.engagements} engagements (${c.AWARDED} publications, ${gemeenten.size} gemeenten)`,
    `skipped: ${c.OPEN_CALL} open calls, ${c.NO_AWARDED_COMPANY} award notices without a company, ${c.NOT_SOCIAAL_DOMEIN} outside the sociaal domein, ${c.BUYER_UNRESOLVED} buyers not resolved`,
    `would write: ${plan.document.sources.length} sources, ${plan.document.entities.length} entities, ${plan.document.relations.length} relationships`,
  ];
  if (plan.review.buyers.length) {
    lines.push(`buyers for review (${plan.review.buyers.length}):`);
    for (const b of plan.review.buyers) lines.push(`  ${b.publicationId} "${b.name}": ${b.reason} — ${b.evidence}`);
  }
  if (plan.review.suppliers.length) {
    lines.push(`possible duplicate companies for review (${plan.review.suppliers.length}):`);
    for (const s of plan.review.suppliers) lines.push(`  ${s.publicationId} "${s.name}" (${s.id}): ${s.mergeCandidates.map((m) => `${m.id} — ${m.reason}`).join('; ')}`);
  }
  return lines.join('\n');
}
