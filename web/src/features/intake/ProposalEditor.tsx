import { Button } from '@utrecht/component-library-react';
import { useId, useState, type KeyboardEvent } from 'react';
import { ENTITY_TYPES } from '../../api/entityTypes';
import type { EntityRef } from '../../api/fragments';
import type { ProposalEdits } from '../../api/generated/graphql';
import type { EntityType, ParticipationRole } from '../../api/generated/schema-enums';
import { EntityCombobox } from '../../components/EntityCombobox';
import { useI18n } from '../../i18n/I18nProvider';
import type { Proposal } from './intakeQueries';
import { changedEdits } from './reviewModel';
import { quoteFromSelection, type TextRange } from './textSegments';

const ROLES: ParticipationRole[] = ['CONSULTANT', 'CLIENT_CONTACT', 'OTHER'];

/**
 * Editing a proposal before accepting it: an entity's type and name, or the entity in the graph it
 * is (search); a relationship's role or job title; and for either the quote — taken over from a
 * selection in the article, or typed, but always verbatim one sentence of the article.
 */
export function ProposalEditor({
  proposal,
  text,
  selection,
  busy,
  onSave,
  onCancel,
}: {
  proposal: Proposal;
  text: string;
  /** The last stretch of the article the curator selected. */
  selection: TextRange | null;
  busy: boolean;
  onSave: (edits: ProposalEdits) => void;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  const id = useId();
  const [type, setType] = useState<EntityType | null>(proposal.entityType);
  const [name, setName] = useState(proposal.name ?? '');
  const [role, setRole] = useState<ParticipationRole | null>(proposal.role);
  const [title, setTitle] = useState(proposal.title ?? '');
  const [quote, setQuote] = useState(proposal.quote);
  const [link, setLink] = useState<EntityRef | null>(null);
  const [shown, setShown] = useState(false);

  const selected = selection ? quoteFromSelection(text, selection.start, selection.end) : null;
  const q = quote.trim();
  const quoteProblem = /[\r\n]/.test(q) ? t('intake.edit.quoteOneLine') : !q || !text.includes(q) ? t('intake.edit.quoteNotInText') : null;
  const nameProblem = proposal.kind === 'ENTITY' && !link && !name.trim() ? t('intake.edit.nameEmpty') : null;

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape' && !e.defaultPrevented) {
      e.preventDefault();
      onCancel();
    }
  };

  return (
    <form
      className="proposal-editor"
      data-testid="proposal-editor"
      noValidate
      onKeyDown={onKeyDown}
      onSubmit={(e) => {
        e.preventDefault();
        setShown(true);
        if (quoteProblem || nameProblem) return;
        onSave(changedEdits(proposal, { type, name, role, title, quote, link }));
      }}
    >
      <fieldset disabled={busy}>
        <legend>{t('intake.edit.legend')}</legend>
        {proposal.kind === 'ENTITY' && (
          <>
            <label className="field-label" htmlFor={`${id}-type`}>
              {t('intake.edit.type')}
            </label>
            <select id={`${id}-type`} value={type ?? ''} data-testid="edit-type" autoFocus onChange={(e) => setType(e.target.value as EntityType)}>
              {ENTITY_TYPES.map((ty) => (
                <option key={ty} value={ty}>
                  {t(`type.${ty}`)}
                </option>
              ))}
            </select>
            <label className="field-label" htmlFor={`${id}-name`}>
              {t('intake.edit.name')}
            </label>
            <input
              id={`${id}-name`}
              className="small-input"
              type="text"
              value={name}
              disabled={link !== null}
              aria-invalid={shown && nameProblem ? true : undefined}
              aria-describedby={shown && nameProblem ? `${id}-name-error` : undefined}
              data-testid="edit-name"
              onChange={(e) => setName(e.target.value)}
            />
            {shown && nameProblem && (
              <p id={`${id}-name-error`} className="field-error">
                {nameProblem}
              </p>
            )}
            <EntityCombobox label={t('intake.edit.linkTo')} types={type ? [type] : undefined} onChoose={setLink} testId="edit-link" />
            {link && (
              <p className="edit-link-chosen" data-testid="edit-link-chosen">
                {t('intake.edit.linkChosen', { name: link.name })}{' '}
                <button type="button" className="button-link small" onClick={() => setLink(null)}>
                  {t('intake.edit.unlink')}
                </button>
              </p>
            )}
          </>
        )}
        {proposal.relationType === 'WORKED_ON' && (
          <>
            <label className="field-label" htmlFor={`${id}-role`}>
              {t('intake.edit.role')}
            </label>
            <select id={`${id}-role`} value={role ?? ''} data-testid="edit-role" autoFocus onChange={(e) => setRole(e.target.value as ParticipationRole)}>
              {ROLES.map((r) => (
                <option key={r} value={r}>
                  {t(`role.${r}`)}
                </option>
              ))}
            </select>
          </>
        )}
        {(proposal.relationType === 'WORKS_AT' || proposal.relationType === 'MEMBER_OF') && (
          <>
            <label className="field-label" htmlFor={`${id}-title`}>
              {t('intake.edit.jobTitle')}
            </label>
            <input id={`${id}-title`} className="small-input" type="text" value={title} data-testid="edit-title" autoFocus onChange={(e) => setTitle(e.target.value)} />
          </>
        )}
        <label className="field-label" htmlFor={`${id}-quote`}>
          {t('intake.edit.quote')}
        </label>
        <textarea
          id={`${id}-quote`}
          className="small-input quote-input"
          rows={3}
          value={quote}
          aria-invalid={shown && quoteProblem ? true : undefined}
          aria-describedby={`${id}-quote-hint${shown && quoteProblem ? ` ${id}-quote-error` : ''}`}
          data-testid="edit-quote"
          autoFocus={proposal.kind === 'RELATION' && proposal.relationType !== 'WORKED_ON' && proposal.relationType !== 'WORKS_AT' && proposal.relationType !== 'MEMBER_OF'}
          onChange={(e) => setQuote(e.target.value)}
        />
        {shown && quoteProblem && (
          <p id={`${id}-quote-error`} className="field-error">
            {quoteProblem}
          </p>
        )}
        <p id={`${id}-quote-hint`} className="hint">
          {t('intake.edit.selectionHint')}
        </p>
        <Button appearance="secondary-action-button" className="small" disabled={!selected} data-testid="edit-use-selection" onClick={() => selected && setQuote(selected.quote)}>
          {t('intake.edit.useSelection')}
        </Button>
        {selected && <q className="selection-preview">{selected.quote}</q>}
        <div className="editor-actions">
          <Button appearance="primary-action-button" type="submit" className="small" data-testid="edit-save">
            {t('intake.edit.save')}
          </Button>
          <Button appearance="secondary-action-button" className="small" data-testid="edit-cancel" onClick={onCancel}>
            {t('intake.edit.cancel')}
          </Button>
        </div>
      </fieldset>
    </form>
  );
}
