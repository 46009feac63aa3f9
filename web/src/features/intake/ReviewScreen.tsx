import { Button } from '@utrecht/component-library-react';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useId, useMemo, useRef, useState, type KeyboardEvent as ReactKeyboardEvent } from 'react';
import type { EntityRef } from '../../api/fragments';
import type { ProposalEdits } from '../../api/generated/graphql';
import type { ProposalStatus, ReviewDecision } from '../../api/generated/schema-enums';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useI18n } from '../../i18n/I18nProvider';
import { ArticleText } from './ArticleText';
import { afterReview, useCuratorMutation, useCuratorQuery, useSignOut } from './curatorApi';
import { IntakeErrorMessage } from './IntakeErrorMessage';
import { describeIntakeError } from './intakeErrors';
import { ACCEPT_REMAINING_MUTATION, INTAKE_REVIEW_QUERY, REVIEW_PROPOSAL_MUTATION, type Proposal } from './intakeQueries';
import type { IntakeOutcome } from './NewArticle';
import { ProgressLine } from './ProgressLine';
import { ProposalCard, proposalName } from './ProposalCard';
import { nextPending, orderProposals, REVIEW_SHORTCUTS, reviewShortcut, stepFrom, type ReviewAction } from './reviewModel';
import './ReviewScreen.css';
import { locateQuote, type TextRange } from './textSegments';

/** What the last decision did; worded when shown, so a language switch rewords it. */
type Announcement = { kind: 'decided'; status: ProposalStatus; id: string; along: string[] } | { kind: 'remaining'; accepted: number; rejected: number };

/**
 * The review of one article: its text with every proposed mention highlighted beside the proposals
 * (entities, then relationships). Selecting a proposal frames its sentence in the text and scrolls
 * to it. Keyboard first: j/k move, a accepts, r rejects, e edits (never while typing in a field).
 * "12 van 31 beoordeeld" counts from the server's progress; accepting all the rest is one deliberate
 * action behind a confirmation dialog.
 */
export function ReviewScreen({
  sourceId,
  proposalId,
  outcome,
  onSelect,
  onOpenInGraph,
}: {
  sourceId: string;
  proposalId: string | null;
  /** What intake said, when this review follows it directly. */
  outcome: IntakeOutcome | null;
  onSelect: (proposalId: string | null) => void;
  onOpenInGraph: (e: EntityRef) => void;
}) {
  const { t, formatList, formatDate, formatNumber } = useI18n();
  const client = useQueryClient();
  const signOut = useSignOut();
  const headingId = useId();
  const q = useCuratorQuery(INTAKE_REVIEW_QUERY, { sourceId });
  const review = useCuratorMutation(REVIEW_PROPOSAL_MUTATION);
  const remaining = useCuratorMutation(ACCEPT_REMAINING_MUTATION);
  const [editing, setEditing] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState<Announcement | null>(null);
  const [selection, setSelection] = useState<TextRange | null>(null);
  const [confirming, setConfirming] = useState(false);
  const cards = useRef(new Map<string, HTMLLIElement>());

  const source = q.data?.source ?? null;
  const text = source?.text ?? '';
  const proposals = useMemo(() => orderProposals(q.data?.proposals ?? []), [q.data?.proposals]);
  const byId = useMemo(() => new Map(proposals.map((p) => [p.id, p])), [proposals]);
  const selected = (proposalId && byId.get(proposalId)) || null;
  const entities = proposals.filter((p) => p.kind === 'ENTITY');
  const relations = proposals.filter((p) => p.kind === 'RELATION');
  const progress = source?.review ?? null;
  const quote = selected ? locateQuote(text, selected.quote, selected.quoteStart) : null;
  const busy = review.isPending || remaining.isPending;
  const error = review.error ?? remaining.error;

  // Without a (known) selection, the review starts at the first proposal still pending.
  useEffect(() => {
    if (proposals.length > 0 && !selected) onSelect((nextPending(proposals, null) ?? proposals[0]).id);
  }, [proposals, selected, onSelect]);

  const select = useCallback(
    (p: Proposal | null, focus = true) => {
      if (!p) return;
      onSelect(p.id);
      if (focus) window.requestAnimationFrame(() => cards.current.get(p.id)?.focus());
    },
    [onSelect],
  );

  const failed = useCallback(
    (e: Parameters<typeof describeIntakeError>[1]) => {
      if (describeIntakeError(t, e).signIn) signOut();
    },
    [t, signOut],
  );

  const decide = useCallback(
    (p: Proposal, decision: ReviewDecision, edits?: ProposalEdits) => {
      remaining.reset();
      review.mutate(
        { id: p.id, decision, edits: edits && Object.keys(edits).length > 0 ? edits : null },
        {
          onSuccess: ({ reviewProposal: r }) => {
            const changed = [r.proposal, ...r.alongWith];
            afterReview(client, sourceId, changed, r.progress);
            const merged = new Map(byId);
            for (const c of changed) merged.set(c.id, c);
            setAnnouncement({
              kind: 'decided',
              status: r.proposal.status,
              id: r.proposal.id,
              along: r.alongWith.map((a) => a.id),
            });
            setEditing(null);
            const ordered = orderProposals([...merged.values()]);
            select(nextPending(ordered, p.id) ?? p);
          },
          onError: failed,
        },
      );
    },
    [review, remaining, client, sourceId, byId, select, failed],
  );

  const acceptRemaining = () => {
    setConfirming(false);
    review.reset();
    remaining.mutate(
      { sourceId },
      {
        onSuccess: ({ acceptRemainingProposals: r }) => {
          afterReview(client, sourceId, [...r.accepted, ...r.rejected], r.progress);
          setAnnouncement({ kind: 'remaining', accepted: r.accepted.length, rejected: r.rejected.length });
        },
        onError: failed,
      },
    );
  };

  // The shortcuts, on the whole page while the review is open; the latest handlers are read through a ref.
  const actions = useRef<Record<ReviewAction, () => void>>(null);
  useEffect(() => {
    const pendingSelected = selected && selected.status === 'PENDING' && !busy && editing === null ? selected : null;
    actions.current = {
      next: () => select(stepFrom(proposals, selected?.id ?? null, 1)),
      previous: () => select(stepFrom(proposals, selected?.id ?? null, -1)),
      accept: () => pendingSelected && decide(pendingSelected, 'ACCEPT'),
      reject: () => pendingSelected && decide(pendingSelected, 'REJECT'),
      edit: () => pendingSelected && setEditing(pendingSelected.id),
    };
  });
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || document.querySelector('dialog[open]')) return;
      const action = reviewShortcut({ key: e.key, ctrlKey: e.ctrlKey, metaKey: e.metaKey, altKey: e.altKey, target: e.target as HTMLElement | null });
      if (!action || !actions.current) return;
      e.preventDefault();
      actions.current[action]();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  // Arrow keys move between cards too, while a card has the focus.
  const onListKey = (e: ReactKeyboardEvent) => {
    if ((e.key !== 'ArrowDown' && e.key !== 'ArrowUp') || !(e.target as HTMLElement).matches('.proposal-card')) return;
    e.preventDefault();
    select(stepFrom(proposals, selected?.id ?? null, e.key === 'ArrowDown' ? 1 : -1));
  };

  if (q.error) return <IntakeErrorMessage error={q.error} />;
  if (!q.data) return <p className="muted">{t('loading')}</p>;
  if (!source) return <p data-testid="review-not-found">{t('intake.review.notFound')}</p>;

  // Proposals by id, worded now: names as edited, relationships in the current language.
  const announce = (a: Announcement): string => {
    if (a.kind === 'remaining') return t('intake.review.doneRemaining', { accepted: a.accepted, rejected: a.rejected });
    const nameOf = (id: string) => {
      const p = byId.get(id);
      return p ? proposalName(p, byId, t).trim() : '';
    };
    const along = a.along.map(nameOf).filter(Boolean);
    const done = t(`intake.review.done.${a.status}`, { name: nameOf(a.id) });
    return along.length > 0 ? `${done} ${t('intake.review.along', { names: formatList(along) })}` : done;
  };

  const card = (p: Proposal) => (
    <ProposalCard
      key={p.id}
      proposal={p}
      byId={byId}
      selected={p.id === selected?.id}
      editing={editing === p.id}
      busy={busy}
      text={text}
      selection={selection}
      cardRef={(el) => {
        if (el) cards.current.set(p.id, el);
        else cards.current.delete(p.id);
      }}
      onSelect={() => p.id !== selected?.id && select(p, false)}
      onDecide={(decision, edits) => decide(p, decision, edits)}
      onEdit={(open) => {
        setEditing(open ? p.id : null);
        if (!open) select(p);
      }}
      onOpenInGraph={onOpenInGraph}
    />
  );

  return (
    <div className="review-screen" data-testid="review-screen" data-source-id={source.id}>
      <header className="review-header">
        <div className="review-title">
          <h2 className="intake-heading" data-testid="review-title">
            {source.url ? (
              <a href={source.url} target="_blank" rel="noopener noreferrer">
                {source.title}
              </a>
            ) : (
              source.title
            )}
          </h2>
          {(source.publisher || source.date) && <p className="muted small">{[source.publisher, source.date && formatDate(source.date)].filter(Boolean).join(' · ')}</p>}
        </div>
        {progress && <ProgressLine progress={progress} testId="review-progress" />}
        <Button appearance="secondary-action-button"
         
          
          disabled={!progress || progress.pending === 0 || busy}
          data-testid="accept-remaining"
          onClick={() => setConfirming(true)}>
          {t('intake.review.acceptRemaining', { count: progress?.pending ?? 0 })}
        </Button>
        <p className="review-shortcuts" data-testid="review-shortcuts">
          <span>{t('intake.review.shortcuts')}:</span>
          {REVIEW_SHORTCUTS.map((s) => (
            <span key={s.key} className="shortcut">
              <kbd>{s.key}</kbd> {t(`intake.shortcut.${s.action}`)}
            </span>
          ))}
          <span className="muted">({t('intake.review.shortcutsHint')})</span>
        </p>
        <p className="review-announcement" role="status" data-testid="review-announcement">
          {(announcement && announce(announcement)) ||
            (outcome && outcome.source.id === source.id
              ? outcome.created || outcome.added > 0
                ? t('intake.review.ingested', { seconds: formatNumber(outcome.nlpMillis / 1000, { maximumFractionDigits: 1 }), added: outcome.added })
                : t('intake.review.ingestedAgain')
              : '')}
        </p>
        {error && <IntakeErrorMessage error={error} testId="review-error" />}
      </header>
      <div className="review-body">
        <section className="article-pane" aria-labelledby={headingId}>
          <h3 id={headingId}>{t('intake.review.article')}</h3>
          <p className="hint">{t('intake.review.legend')}</p>
          <ArticleText text={text} proposals={proposals} selected={selected} quote={quote} headingId={headingId} onPick={(id) => select(byId.get(id) ?? null)} onSelectText={setSelection} />
        </section>
        <section className="proposals-pane" aria-labelledby={`${headingId}-proposals`} onKeyDown={onListKey}>
          <h3 id={`${headingId}-proposals`} className="visually-hidden">
            {t('intake.review.proposals')}
          </h3>
          {proposals.length === 0 && <p className="muted">{t('intake.review.none')}</p>}
          {entities.length > 0 && (
            <>
              <h4 className="proposal-group">{t('intake.review.entities', { count: entities.length })}</h4>
              <ul className="proposal-list" data-testid="entity-proposals">
                {entities.map(card)}
              </ul>
            </>
          )}
          {relations.length > 0 && (
            <>
              <h4 className="proposal-group">{t('intake.review.relations', { count: relations.length })}</h4>
              <ul className="proposal-list" data-testid="relation-proposals">
                {relations.map(card)}
              </ul>
            </>
          )}
        </section>
      </div>
      <ConfirmDialog
        open={confirming}
        title={t('intake.review.confirmTitle', { count: progress?.pending ?? 0 })}
        confirmLabel={t('intake.review.confirmYes', { count: progress?.pending ?? 0 })}
        cancelLabel={t('intake.review.cancel')}
        onConfirm={acceptRemaining}
        onCancel={() => setConfirming(false)}
        testId="confirm-accept-remaining"
      >
        <p>{t('intake.review.confirmBody')}</p>
      </ConfirmDialog>
    </div>
  );
}
