/**
 * The review's pure rules: the order proposals are shown and walked in (entities, then
 * relationships, each in the server's order: highest confidence first), which proposal comes next
 * after a decision, how a mutation's answer is merged into the cached review, and which key does
 * what (never while the curator types in a field).
 */
import type { EntityRef } from '../../api/fragments';
import type { IntakeReviewQuery, ProposalEdits } from '../../api/generated/graphql';
import type { EntityType, ParticipationRole } from '../../api/generated/schema-enums';
import type { Proposal, ReviewProgress } from './intakeQueries';

/** Entities first, then relationships; within each the server's order. */
export function orderProposals(proposals: readonly Proposal[]): Proposal[] {
  return [...proposals.filter((p) => p.kind === 'ENTITY'), ...proposals.filter((p) => p.kind === 'RELATION')];
}

export const isPending = (p: Pick<Proposal, 'status'>) => p.status === 'PENDING';

/** The first pending proposal after `currentId` in `ordered`, wrapping round; null when none is pending. */
export function nextPending(ordered: readonly Proposal[], currentId: string | null): Proposal | null {
  const at = ordered.findIndex((p) => p.id === currentId);
  for (let i = 1; i <= ordered.length; i++) {
    const p = ordered[(at + i + ordered.length) % ordered.length];
    if (isPending(p) && p.id !== currentId) return p;
  }
  return null;
}

/** The proposal `step` places from `currentId` (j: +1, k: −1), stopping at either end. */
export function stepFrom(ordered: readonly Proposal[], currentId: string | null, step: 1 | -1): Proposal | null {
  if (ordered.length === 0) return null;
  const at = ordered.findIndex((p) => p.id === currentId);
  if (at < 0) return step === 1 ? ordered[0] : ordered.at(-1)!;
  return ordered[Math.min(ordered.length - 1, Math.max(0, at + step))];
}

/** The cached review with the proposals a mutation changed and its new progress. */
export function mergeReviewed(data: IntakeReviewQuery, changed: readonly Proposal[], progress: ReviewProgress): IntakeReviewQuery {
  const byId = new Map(changed.map((p) => [p.id, p]));
  return {
    source: data.source ? { ...data.source, review: progress } : data.source,
    proposals: data.proposals.map((p) => byId.get(p.id) ?? p),
  };
}

export type ReviewAction = 'next' | 'previous' | 'accept' | 'reject' | 'edit';

/** The shortcuts, as the help line shows them. */
export const REVIEW_SHORTCUTS: readonly { key: string; action: ReviewAction }[] = [
  { key: 'j', action: 'next' },
  { key: 'k', action: 'previous' },
  { key: 'a', action: 'accept' },
  { key: 'r', action: 'reject' },
  { key: 'e', action: 'edit' },
];

interface TargetLike {
  tagName?: string;
  type?: string;
  isContentEditable?: boolean;
}

const NOT_TYPED = new Set(['button', 'checkbox', 'radio', 'submit', 'reset', 'range', 'color', 'file', 'image']);

/** A field the curator types in: a letter there is text, not a shortcut. */
export function isTypingTarget(target: TargetLike | null | undefined): boolean {
  if (!target) return false;
  if (target.isContentEditable) return true;
  const tag = target.tagName?.toUpperCase();
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true;
  return tag === 'INPUT' && !NOT_TYPED.has((target.type ?? 'text').toLowerCase());
}

interface KeyLike {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  target: TargetLike | null;
}

/** The review action of a key press, or null: plain letters only, never in a field. */
export function reviewShortcut(e: KeyLike): ReviewAction | null {
  if (e.ctrlKey || e.metaKey || e.altKey || isTypingTarget(e.target)) return null;
  return REVIEW_SHORTCUTS.find((s) => s.key === e.key)?.action ?? null;
}

/** The edits that differ from the proposal; empty when the curator changed nothing. */
export function changedEdits(p: Proposal, form: { type: EntityType | null; name: string; role: ParticipationRole | null; title: string; quote: string; link: EntityRef | null }): ProposalEdits {
  const edits: ProposalEdits = {};
  if (p.kind === 'ENTITY') {
    if (form.type && form.type !== p.entityType) edits.type = form.type;
    if (form.name.trim() && form.name.trim() !== p.name) edits.name = form.name.trim();
    if (form.link && form.link.id !== p.linkedEntity?.id) edits.linkToEntityId = form.link.id;
  } else if (p.relationType === 'WORKED_ON') {
    if (form.role && form.role !== p.role) edits.role = form.role;
  } else if (p.relationType === 'WORKS_AT' || p.relationType === 'MEMBER_OF') {
    if (form.title.trim() !== (p.title ?? '')) edits.title = form.title.trim();
  }
  if (form.quote.trim() !== p.quote) edits.quote = form.quote.trim();
  return edits;
}
