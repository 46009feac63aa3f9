/**
 * TenderNed records → the import plan: per publication what becomes of it and why (the
 * `--dry-run --json` document), and the graph document the write path takes (db/writeGraph.ts).
 *
 * - One award = one engagement: `FOR` the buyer, `BY` each awarded bureau (an awarded organisation —
 *   a university, TNO — is `RELATED_TO` it with kind "opdrachtnemer", since BY connects bureaus
 *   only), `ABOUT` its themes. Its publication is a `Source` of kind REGISTER with TenderNed's URL,
 *   id, date and licence (CC0); every fact quotes the record: the engagement its title, FOR the
 *   buyer as written, BY the company as written, ABOUT the sentence that names the theme.
 * - Skipped, with the reason: an open call and an award notice that names no company (neither
 *   says who did the work), a buyer not resolved with confidence (for the review queue), and —
 *   unless `all` — a tender outside the sociaal domein (with `all` it becomes an engagement
 *   without themes).
 * - Ids are stable (`src-tenderned-<id>`, `eng-tenderned-<id>`, `-2`… for further awards of one
 *   publication), so a second import of the same file writes the same facts (MERGE: nothing
 *   changes) and a newer file adds only what is new.
 * Gemeenten and bureaus the graph already has are referred to, never rewritten. Pure.
 */
import { GRAPH_FORMAT, GRAPH_FORMAT_VERSION, type EntityNode, type GraphDocument, type RelationEdge, type SourceNode } from '../../domain/graphDocument.js';
import { quoteProblem, yearOf } from '../../domain/vocabulary.js';
import { splitSentences } from '../../ingest/splitSentences.js';
import { BuyerResolver, type BuyerResolution } from './resolveBuyer.js';
import { SupplierRegistry, type MergeCandidate, type ResolvedSupplier } from './resolveSupplier.js';
import { SociaalDomeinClassifier } from './classifySociaalDomein.js';
import type { TendernedReference } from './tendernedReference.js';
import type { TenderRecord } from './tenderRecord.js';

const TENDERNED_LICENCE = 'CC0 1.0 (https://creativecommons.org/publicdomain/zero/1.0/)';

/** Why a publication is or is not an engagement: structure, so a reader can count and filter. */
type PlanReason = 'AWARDED' | 'OPEN_CALL' | 'NO_AWARDED_COMPANY' | 'BUYER_UNRESOLVED' | 'NOT_SOCIAAL_DOMEIN';

interface PlannedBuyer {
  name: string;
  type: 'MUNICIPALITY' | 'REGION' | 'ORGANIZATION' | null;
  id: string | null;
  cbsCode: string | null;
  kind: string | null;
  confidence: number;
  evidence: string;
  /** Set when unresolved: why, and what it might be (for the review queue). */
  unresolved?: { reason: string; candidates: string[] };
}

interface PlannedSupplier {
  name: string;
  id: string;
  type: 'CONSULTANCY' | 'ORGANIZATION';
  written: string;
  mergeCandidates: MergeCandidate[];
}

export interface PlannedRecord {
  id: string;
  status: 'engagement' | 'skipped';
  reason: PlanReason;
  /** The reason in words. */
  detail: string;
  buyer: PlannedBuyer;
  /** The awarded company (the first, where a publication has several awards or a consortium). */
  supplier: { name: string; id: string } | null;
  /** Every awarded company, one engagement per award. */
  suppliers: PlannedSupplier[];
  themes: string[];
  sociaalDomein: boolean;
  /** The engagements this publication becomes. */
  engagementIds: string[];
}

export interface TendernedPlan {
  records: PlannedRecord[];
  /** What the write step writes (mode 'overwrite': TenderNed's corrections replace the earlier text). */
  document: GraphDocument;
  /** For a curator: buyers not resolved with confidence, suppliers that may be a company seen under another name. */
  review: {
    buyers: { publicationId: string; name: string; reason: string; evidence: string; candidates: string[] }[];
    suppliers: { publicationId: string; name: string; id: string; mergeCandidates: MergeCandidate[] }[];
  };
  counts: Record<PlanReason, number> & { publications: number; engagements: number };
}

export interface PlanOptions {
  /** Import awards outside the sociaal domein too (without themes). */
  all?: boolean;
}

const tendernedSourceId = (publicationId: string) => `src-tenderned-${publicationId}`;
const tendernedEngagementId = (publicationId: string, award: number) => `eng-tenderned-${publicationId}${award > 0 ? `-${award + 1}` : ''}`;

/** The first of the texts that is a valid quote (one sentence, ≤ 400 characters), verbatim. */
function quoteFrom(...texts: string[]): string | null {
  for (const t of texts) {
    const q = t.replace(/\s+/g, ' ').trim();
    if (q && !quoteProblem(q)) return q;
    for (const s of splitSentences(t)) if (!quoteProblem(s.replace(/\s+/g, ' ').trim())) return s.replace(/\s+/g, ' ').trim();
  }
  return null;
}

function plannedBuyer(b: BuyerResolution): PlannedBuyer {
  if (b.status === 'RESOLVED') return { name: b.name, type: b.type, id: b.id, cbsCode: b.cbsCode, kind: b.kind, confidence: b.confidence, evidence: b.evidence };
  return { name: b.name, type: null, id: null, cbsCode: null, kind: null, confidence: 0, evidence: b.evidence, unresolved: { reason: b.reason, candidates: b.candidates } };
}

const DETAIL: Record<Exclude<PlanReason, 'AWARDED' | 'NOT_SOCIAAL_DOMEIN' | 'BUYER_UNRESOLVED'>, string> = {
  OPEN_CALL: 'an open call: it says nothing about who did the work',
  NO_AWARDED_COMPANY: 'an award notice that names no awarded company',
};

export function planTendernedImport(records: readonly TenderRecord[], reference: TendernedReference, options: PlanOptions = {}): TendernedPlan {
  const buyers = new BuyerResolver(reference.gazetteer, reference.herindelingen);
  const suppliers = new SupplierRegistry(reference.bureaus);
  const classifier = new SociaalDomeinClassifier(reference.themes);
  const knownThemes = new Set(reference.themes.map((t) => t.id));

  const sources: SourceNode[] = [];
  const entities = new Map<string, EntityNode>();
  const relations: RelationEdge[] = [];
  const review: TendernedPlan['review'] = { buyers: [], suppliers: [] };
  const planned: PlannedRecord[] = [];

  /** A new entity, or more evidence and aliases for one this plan already has. */
  const addEntity = (e: EntityNode) => {
    const had = entities.get(e.id);
    if (!had) return void entities.set(e.id, e);
    for (const a of e.aliases) if (!had.aliases.includes(a) && a !== had.name) had.aliases.push(a);
    for (const p of e.provenance) if (!had.provenance.some((q) => q.source === p.source && q.quote === p.quote)) had.provenance.push(p);
  };

  for (const record of records) {
    const buyerResolution = buyers.resolve(record.buyer.name, record.publicationDate);
    const buyer = plannedBuyer(buyerResolution);
    const classification = classifier.classify(record);
    const resolved = record.awards.map((a) => ({ award: a, companies: suppliers.resolve(a.supplier) }));
    const awarded = resolved
      .map((r) => ({ ...r, companies: r.companies.filter((c): c is ResolvedSupplier => c.status === 'RESOLVED') }))
      .filter((r) => r.companies.length > 0);
    const plannedSuppliers = awarded.flatMap((r) => r.companies.map((c) => ({ name: c.name, id: c.id, type: c.type, written: c.written, mergeCandidates: c.mergeCandidates })));
    for (const s of plannedSuppliers) if (s.mergeCandidates.length) review.suppliers.push({ publicationId: record.id, name: s.written, id: s.id, mergeCandidates: s.mergeCandidates });

    let reason: PlanReason;
    let detail: string;
    if (record.type === 'OPEN_CALL') [reason, detail] = ['OPEN_CALL', DETAIL.OPEN_CALL];
    else if (!awarded.length) {
      reason = 'NO_AWARDED_COMPANY';
      const named = record.awards.map((a) => `"${a.supplier.name}"`).join(', ');
      detail = named ? `an award notice whose winner field names no company (${named})` : DETAIL.NO_AWARDED_COMPANY;
    } else if (buyerResolution.status === 'UNRESOLVED') [reason, detail] = ['BUYER_UNRESOLVED', `the buyer is not resolved with confidence (${buyerResolution.evidence}); it goes to the review queue`];
    else if (!classification.sociaalDomein && !options.all) [reason, detail] = ['NOT_SOCIAAL_DOMEIN', classification.reason];
    else [reason, detail] = ['AWARDED', classification.sociaalDomein ? classification.reason : `imported with --all, without themes: ${classification.reason}`];

    if (buyerResolution.status === 'UNRESOLVED' && record.type === 'AWARD' && awarded.length) {
      review.buyers.push({ publicationId: record.id, name: buyerResolution.name, reason: buyerResolution.reason, evidence: buyerResolution.evidence, candidates: buyerResolution.candidates });
    }
    const themes = classification.sociaalDomein ? classification.themes.filter((t) => knownThemes.has(t)) : [];
    const engagementIds: string[] = [];

    if (reason === 'AWARDED' && buyerResolution.status === 'RESOLVED') {
      const sourceId = tendernedSourceId(record.id);
      const title = record.title.replace(/\s+/g, ' ').trim();
      sources.push({
        id: sourceId,
        title: `TenderNed ${record.id}: ${title}`.slice(0, 300),
        kind: 'REGISTER',
        properties: {
          publisher: 'TenderNed',
          date: record.publicationDate,
          url: record.url,
          licence: TENDERNED_LICENCE,
          publicationId: record.id,
          language: 'nl',
          note: 'Publicatie op TenderNed (open data, CC0). Het citaat van een feit is de titel, de aanbestedende dienst, de gegunde onderneming of een zin uit de omschrijving, zoals TenderNed ze publiceert.',
        },
      });
      const engagementQuote = quoteFrom(record.title, record.description);
      if (!engagementQuote) throw new Error(`TenderNed ${record.id} (${record.location}): neither title nor description gives a quote of one sentence`);
      if (buyerResolution.known === false) {
        addEntity({
          id: buyerResolution.id,
          type: buyerResolution.type,
          name: buyerResolution.name,
          aliases: buyerResolution.name === record.buyer.name ? [] : [record.buyer.name],
          properties: { kind: buyerResolution.kind },
          provenance: [{ source: sourceId, quote: quoteFrom(record.buyer.name) ?? buyerResolution.name }],
        });
      }
      awarded.forEach(({ award, companies }, i) => {
        const engagementId = tendernedEngagementId(record.id, i);
        engagementIds.push(engagementId);
        const start = award.date ?? record.publicationDate;
        addEntity({
          id: engagementId,
          type: 'ENGAGEMENT',
          name: title.slice(0, 200),
          aliases: [],
          properties: {
            summary: record.description.replace(/\s+/g, ' ').trim().slice(0, 600) || null,
            start,
            startYear: yearOf(start),
            status: 'UNKNOWN',
            tenderNedId: record.id,
            ...(award.value ? { value: award.value.amount, currency: award.value.currency } : {}),
            ...(record.cpvCodes.length ? { cpvCodes: record.cpvCodes } : {}),
          },
          provenance: [{ source: sourceId, quote: engagementQuote }],
        });
        relations.push({ type: 'FOR', from: engagementId, to: buyerResolution.id, properties: {}, provenance: [{ source: sourceId, quote: quoteFrom(record.buyer.name) ?? engagementQuote }] });
        for (const c of companies) {
          const quote = quoteFrom(c.written) ?? engagementQuote;
          if (!c.known) {
            addEntity({
              id: c.id,
              type: c.type,
              name: c.name,
              aliases: c.written === c.name ? [] : [c.written],
              properties: c.kvk ? { kvk: c.kvk } : {},
              provenance: [{ source: sourceId, quote }],
            });
          }
          relations.push(
            c.type === 'CONSULTANCY'
              ? { type: 'BY', from: engagementId, to: c.id, properties: {}, provenance: [{ source: sourceId, quote }] }
              : { type: 'RELATED_TO', from: engagementId, to: c.id, properties: { kind: 'opdrachtnemer' }, provenance: [{ source: sourceId, quote }] },
          );
        }
        for (const theme of themes) {
          const e = classification.evidence.find((x) => x.themeId === theme && x.where !== 'cpv');
          const quote = (e && quoteFrom(e.sentence)) ?? engagementQuote;
          relations.push({ type: 'ABOUT', from: engagementId, to: theme, properties: {}, provenance: [{ source: sourceId, quote }] });
        }
      });
    }

    const first = plannedSuppliers[0];
    planned.push({
      id: record.id,
      status: engagementIds.length ? 'engagement' : 'skipped',
      reason,
      detail,
      buyer,
      supplier: first ? { name: first.name, id: first.id } : null,
      suppliers: plannedSuppliers,
      themes,
      sociaalDomein: classification.sociaalDomein,
      engagementIds,
    });
  }

  const counts = { publications: records.length, engagements: 0, AWARDED: 0, OPEN_CALL: 0, NO_AWARDED_COMPANY: 0, BUYER_UNRESOLVED: 0, NOT_SOCIAAL_DOMEIN: 0 };
  for (const p of planned) {
    counts[p.reason]++;
    counts.engagements += p.engagementIds.length;
  }
  return {
    records: planned,
    document: { format: GRAPH_FORMAT, version: GRAPH_FORMAT_VERSION, sources, entities: [...entities.values()], relations },
    review,
    counts,
  };
}
