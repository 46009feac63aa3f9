import { Button } from '@utrecht/component-library-react';
import type { Ref } from 'react';
import type { EntityRef } from '../../api/fragments';
import type { ProposalEdits } from '../../api/generated/graphql';
import type { ReviewDecision } from '../../api/generated/schema-enums';
import { formatPeriod } from '../../components/formatPeriod';
import { TypeBadge, TypeIcon } from '../../components/TypeIcon';
import { describeRelation } from '../../i18n/describeRelation';
import { useI18n } from '../../i18n/I18nProvider';
import type { Proposal } from './intakeQueries';
import './ProposalCard.css';
import { ProposalEditor } from './ProposalEditor';
import { isPending } from './reviewModel';
import type { TextRange } from './textSegments';

/** A proposal's name as the review shows it: an entity's name, a relationship's ends and type. */
export function proposalName(p: Proposal, byId: ReadonlyMap<string, Proposal>, t: ReturnType<typeof useI18n>['t']): string {
  if (p.kind === 'ENTITY') return p.name ?? '';
  const end = (x: Proposal['from']) => (x ? (byId.get(x.id)?.name ?? x.name ?? '') : '');
  return `${end(p.from)} ${p.relationType ? describeRelation(t, { type: p.relationType, role: p.role, title: p.title }) : ''} ${end(p.to)}`;
}

/**
 * One proposal in the review list: what it would add (an entity with its type, or a relationship
 * between two proposed entities), the sentence that supports it, the rule that found it and how
 * sure intake is. While pending: accept, edit, reject, or link it to an existing entity intake
 * suggests ("Is dit Kern Konsult?"). Once accepted, an entity opens in the graph.
 *
 * Only the selected card is in the tab order (its buttons too); j/k and the arrow keys move between cards.
 */
export function ProposalCard({
  proposal: p,
  byId,
  selected,
  editing,
  busy,
  text,
  selection,
  cardRef,
  onSelect,
  onDecide,
  onEdit,
  onOpenInGraph,
}: {
  proposal: Proposal;
  byId: ReadonlyMap<string, Proposal>;
  selected: boolean;
  editing: boolean;
  busy: boolean;
  text: string;
  selection: TextRange | null;
  cardRef: Ref<HTMLLIElement>;
  onSelect: () => void;
  onDecide: (decision: ReviewDecision, edits?: ProposalEdits) => void;
  onEdit: (open: boolean) => void;
  onOpenInGraph: (e: EntityRef) => void;
}) {
  const { t, formatNumber } = useI18n();
  const pending = isPending(p);
  const tab = selected ? 0 : -1;
  const headId = `proposal-${p.id}-head`;
  const name = proposalName(p, byId, t);
  const endpoint = (x: Proposal['from']) => {
    if (!x) return null;
    const current = byId.get(x.id);
    const type = current?.entityType ?? x.entityType;
    return (
      <span className="proposal-end">
        {type && <TypeIcon type={type} size={12} />}
        <strong>{current?.name ?? x.name}</strong>
      </span>
    );
  };
  const period = p.entityType === 'ENGAGEMENT' ? formatPeriod(p.start, p.end) : null;
  const mentions = p.mentions.length;

  return (
    <li
      ref={cardRef}
      className={['proposal-card', `proposal-${p.status.toLowerCase()}`, selected && 'is-selected'].filter(Boolean).join(' ')}
      tabIndex={tab}
      aria-labelledby={headId}
      aria-current={selected ? 'true' : undefined}
      data-testid="proposal"
      data-proposal-id={p.id}
      data-kind={p.kind}
      data-status={p.status}
      data-name={p.name ?? undefined}
      onClick={(e) => {
        // A click on the card chooses it; its buttons and fields do their own thing.
        if (!(e.target as HTMLElement).closest('button, a, input, select, textarea, label')) onSelect();
      }}
    >
      <div className="proposal-head" id={headId}>
        {p.kind === 'ENTITY' ? (
          <>
            {p.entityType && <TypeBadge type={p.entityType} icon />}
            <strong className="proposal-name" data-testid="proposal-name">
              {p.name}
            </strong>
          </>
        ) : (
          <span className="proposal-relation" data-testid="proposal-name">
            {endpoint(p.from)}{' '}
            <span className="proposal-rel">{p.relationType && describeRelation(t, { type: p.relationType, role: p.role, title: p.title })}</span>{' '}
            {endpoint(p.to)}
          </span>
        )}
        <span className={`proposal-status status-${p.status.toLowerCase()}`} data-testid="proposal-status">
          {t(`proposalStatus.${p.status}`)}
        </span>
      </div>
      <blockquote className="proposal-quote" data-testid="proposal-quote">
        {/^[“"„‘']/.test(p.quote) ? p.quote : `“${p.quote}”`}
      </blockquote>
      <p className="proposal-meta">
        {t('intake.review.rule', { rule: t(`rule.${p.rule}`) })} · {t('intake.review.confidence', { percent: formatNumber(p.confidence, { style: 'percent' }) })}
        {p.kind === 'ENTITY' && mentions > 0 && ` · ${mentions === 1 ? t('intake.review.mentionsOne') : t('intake.review.mentions', { count: mentions })}`}
        {period && ` · ${t('intake.review.period', { period })}`}
      </p>

      {pending && p.linkedEntity && (
        <p className="proposal-linked" data-testid="proposal-linked">
          {t('intake.review.linked', { name: p.linkedEntity.name })}
        </p>
      )}
      {pending && !p.linkedEntity && p.suggestions.length > 0 && !editing && (
        <ul className="suggestions" aria-label={t('intake.edit.linkTo')}>
          {p.suggestions.map((s) => (
            <li key={s.entity.id} className="suggestion" data-testid="suggestion" data-entity-id={s.entity.id}>
              <span>
                <TypeIcon type={s.entity.type} size={12} /> {t('intake.review.isThis', { name: s.entity.name })}
                {s.exactName && <span className="suggestion-exact"> ({t('intake.review.exact')})</span>}
              </span>
              <Button appearance="secondary-action-button"
               
                className="small"
                tabIndex={tab}
                disabled={busy}
                aria-label={t('intake.review.linkLabel', { proposal: name, name: s.entity.name })}
                data-testid="suggestion-link"
                onClick={() => {
                  onSelect();
                  onDecide('ACCEPT', { linkToEntityId: s.entity.id });
                }}>
                {t('intake.review.link')}
              </Button>
            </li>
          ))}
        </ul>
      )}

      {pending && !editing && (
        <div className="proposal-actions">
          <Button appearance="primary-action-button" className="small" tabIndex={tab} disabled={busy} aria-keyshortcuts="a" data-testid="proposal-accept" onClick={() => onDecide('ACCEPT')}>
            {t('intake.review.accept')} <kbd aria-hidden="true">a</kbd>
          </Button>
          <Button appearance="secondary-action-button"
           
            className="small"
            tabIndex={tab}
            disabled={busy}
            aria-keyshortcuts="e"
            data-testid="proposal-edit"
            onClick={() => {
              onSelect();
              onEdit(true);
            }}>
            {t('intake.review.edit')} <kbd aria-hidden="true">e</kbd>
          </Button>
          <Button appearance="secondary-action-button" className="small button-reject" tabIndex={tab} disabled={busy} aria-keyshortcuts="r" data-testid="proposal-reject" onClick={() => onDecide('REJECT')}>
            {t('intake.review.reject')} <kbd aria-hidden="true">r</kbd>
          </Button>
        </div>
      )}
      {pending && editing && (
        <ProposalEditor proposal={p} text={text} selection={selection} busy={busy} onSave={(edits) => onDecide('ACCEPT', edits)} onCancel={() => onEdit(false)} />
      )}
      {!pending && p.entity && (
        <div className="proposal-actions">
          <Button appearance="secondary-action-button"
           
            className="small"
            tabIndex={tab}
            data-testid="open-in-graph"
            data-entity-id={p.entity.id}
            onClick={() => p.entity && onOpenInGraph(p.entity)}>
            {t('intake.review.openInGraph')}: {p.entity.name}
          </Button>
        </div>
      )}
    </li>
  );
}
