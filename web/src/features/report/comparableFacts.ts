import type { Provenance } from '../../api/fragments';
import type { Comparable, ComparableResult } from '../comparable-municipalities/comparableQuery';
import type { Footnotes } from './footnotes';
import type { ComparableFacts, ReportEngagement } from './reportQueries';

/**
 * The facts behind a comparison report, as pure functions: what to ask for (the shared themes and
 * bureaus of the ranking), the CBS lines of each gemeente, and for each shared item the engagement of
 * each side that gives it the item, with its footnotes.
 */

/** Engagements per facts query: the server's default maximum page size. */
const FACTS_PAGE = 100;

/** The parts whose shared items are backed by engagements, and the engagement field that holds them. */
const ENGAGEMENT_PARTS = { THEMES: 'themes', CONSULTANCIES: 'consultancies' } as const;
type EngagementPart = keyof typeof ENGAGEMENT_PARTS;
const isEngagementPart = (kind: string): kind is EngagementPart => kind in ENGAGEMENT_PARTS;
export const NO_FACTS: ComparableFacts = { nodes: [] };

/** The variables of the facts query: the ranked gemeenten and the subject, and the themes and bureaus they share. */
export function factsVariables(result: ComparableResult) {
  const shared = (kind: EngagementPart) => [...new Set(result.results.flatMap((r) => r.explanation.filter((p) => p.kind === kind).flatMap((p) => p.sharedIds)))];
  const themes = shared('THEMES');
  const consultancies = shared('CONSULTANCIES');
  return {
    ids: [result.subject.id, ...result.results.map((r) => r.municipality.id)],
    themes,
    consultancies,
    withThemes: themes.length > 0,
    withConsultancies: consultancies.length > 0,
    first: FACTS_PAGE,
  };
}

/** The CBS lines behind each gemeente's figures (register evidence published by CBS), by gemeente. */
export function cbsProvenance(data: ComparableFacts): Map<string, Provenance[]> {
  const out = new Map<string, Provenance[]>();
  for (const n of data.nodes) {
    if ('provenance' in n) out.set(n.id, n.provenance.filter((p) => p.source.publisher === 'CBS' && p.source.kind === 'REGISTER'));
  }
  return out;
}

export function allEngagements(data: ComparableFacts): ReportEngagement[] {
  const seen = new Map<string, ReportEngagement>();
  for (const e of [...(data.byTheme?.edges ?? []), ...(data.byConsultancy?.edges ?? [])]) seen.set(e.node.id, e.node);
  return [...seen.values()];
}

/**
 * The engagement (with evidence, where there is one) that gives a gemeente a shared item: the gemeente
 * is its client, or the region or predecessor through which the score counts it.
 */
function engagementFor(engagements: readonly ReportEngagement[], kind: EngagementPart, itemId: string, who: { id: string; names: readonly (string | null | undefined)[] }) {
  const field = ENGAGEMENT_PARTS[kind];
  const matches = engagements.filter((e) => e[field].some((x) => x.id === itemId) && e.clients.some((c) => c.id === who.id || who.names.includes(c.name)));
  return matches.find((e) => e.provenance.length > 0) ?? matches[0] ?? null;
}

/** A shared theme or bureau and the engagements (with their footnotes) that give each side of the comparison it. */
export interface SharedFact {
  id: string;
  name: string;
  candidate: { engagement: string; refs: number[] } | null;
  subject: { engagement: string; refs: number[] } | null;
}

/** The facts behind the shared items of one result, by part, cited in reading order. */
export function sharedFacts(r: Comparable, subject: ComparableResult['subject'], engagements: readonly ReportEngagement[], notes: Footnotes): Map<string, SharedFact[]> {
  const m = r.municipality;
  const cite = (e: ReportEngagement | null) => (e ? { engagement: e.name, refs: notes.cite(e.provenance) } : null);
  const out = new Map<string, SharedFact[]>();
  for (const p of r.explanation) {
    if (!isEngagementPart(p.kind)) continue;
    const kind = p.kind;
    out.set(
      p.kind,
      p.shared.map((item) => ({
        id: item.id,
        name: item.name,
        candidate: cite(engagementFor(engagements, kind, item.id, { id: m.id, names: [m.name, item.candidateVia, item.fromPredecessor] })),
        subject: cite(engagementFor(engagements, kind, item.id, { id: subject.id, names: [subject.name, item.subjectVia, item.subjectFromPredecessor] })),
      })),
    );
  }
  return out;
}
