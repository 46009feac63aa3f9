import { useState, type ReactNode } from 'react';
import type { EntityRef, Relation } from '../../api/fragments';
import type { RelationType } from '../../api/generated/schema-enums';
import { EntityLink } from '../../components/EntityLink';
import { QuoteList } from '../../components/QuoteList';
import { RelationSentence } from '../../components/RelationSentence';
import { describeRelation } from '../../i18n/describeRelation';
import { attributeLabel } from './attributeLabel';
import { useI18n } from '../../i18n/I18nProvider';

/** Relationships grouped by type; each reads as a sentence, with its quotes and a link to the edge. */
export function RelationGroups({
  entityId,
  relations,
  onSelectEntity,
  onSelectRelation,
}: {
  entityId: string;
  relations: readonly Relation[];
  onSelectEntity: (e: EntityRef) => void;
  onSelectRelation: (r: Relation) => void;
}) {
  const { t } = useI18n();
  const groups = new Map<RelationType, Relation[]>();
  for (const r of relations) groups.set(r.type, [...(groups.get(r.type) ?? []), r]);
  if (relations.length === 0) return <p className="muted">{t('panel.noRelations')}</p>;

  const end = (e: EntityRef) =>
    e.id === entityId ? <strong className="self">{e.name}</strong> : <EntityLink entity={e} onSelect={onSelectEntity} />;

  return (
    <div className="relation-groups" data-testid="relation-groups">
      {[...groups.entries()].map(([type, list]) => (
        <RelationGroup key={type} type={type} list={list} end={end} onSelectRelation={onSelectRelation} />
      ))}
    </div>
  );
}

/** Relations per step of "show more" in a group. */
const GROUP_PAGE = 50;

/**
 * One type's relations in a disclosure, open when short. A closed group renders no items, an open
 * one the first 50 and more on request: a gemeente's 953 FOR relations are not all in the DOM.
 */
function RelationGroup({
  type,
  list,
  end,
  onSelectRelation,
}: {
  type: RelationType;
  list: readonly Relation[];
  end: (e: EntityRef) => ReactNode;
  onSelectRelation: (r: Relation) => void;
}) {
  const { t } = useI18n();
  const [open, setOpen] = useState(list.length <= 12);
  const [shown, setShown] = useState(GROUP_PAGE);
  return (
    <details className="relation-group" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>
        {t(`rel.${type}`)} <span className="count">{list.length}</span>
      </summary>
      {open && (
        <ul>
          {list.slice(0, shown).map((r) => (
            <li key={r.id} className="relation-item" data-testid="relation-item" data-relation-id={r.id}>
              <RelationSentence from={end(r.from)} verb={<span className="relation-verb">{describeRelation(t, r)}</span>} to={end(r.to)} />
              {/* A RELATED_TO's kind is in the sentence already. */}
              {r.attributes.some((a) => a.key !== 'kind') && (
                <p className="muted small">
                  {r.attributes
                    .filter((a) => a.key !== 'kind')
                    .map((a) => `${attributeLabel(t, a.key)}: ${a.value}`)
                    .join(' · ')}
                </p>
              )}
              <QuoteList provenance={r.provenance} />
              <button type="button" className="button-link small" onClick={() => onSelectRelation(r)}>
                {t('panel.showEdge')}
              </button>
            </li>
          ))}
        </ul>
      )}
      {open && shown < list.length && (
        <button type="button" className="button-link small relation-more" data-testid="relation-more" onClick={() => setShown((n) => n + GROUP_PAGE)}>
          {t('panel.showMore', { count: Math.min(GROUP_PAGE, list.length - shown), total: list.length })}
        </button>
      )}
    </details>
  );
}
