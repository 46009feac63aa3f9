import type { ReactNode } from 'react';
import type { EntityRef, Provenance } from '../../api/types';
import { useQuery } from '../../api/useQuery';
import { TypeIcon } from '../../graph/TypeIcon';
import { useI18n, type Translate } from '../../i18n/I18nProvider';
import { InlineError } from '../feedback/InlineError';
import { ShowQuery } from '../show-query/ShowQuery';
import { EngagementItem } from './EngagementItem';
import { EntityLink } from './EntityLink';
import { CLIENT_TYPES, ENTITY_DETAILS_QUERY, type EntityDetails as Details, type EntityDetailsData } from './entityQuery';
import { formatPeriod } from './formatPeriod';
import type { PanelActions } from './panelActions';
import { PropertyList } from './PropertyList';
import { QuoteList } from './QuoteList';
import { RelationGroups } from './RelationGroups';
import { SourceList } from './SourceList';

/** The detail panel for an entity: properties, engagements, relationships by type, and every source. */
export function EntityDetails({ id, actions }: { id: string; actions: PanelActions }) {
  const { t, lang } = useI18n();
  const q = useQuery<EntityDetailsData>(ENTITY_DETAILS_QUERY, { id }, 'entity');
  const node = q.data?.node && q.data.node.id === id ? q.data.node : null;

  if (!node) {
    return (
      <div className="panel-body">
        {q.loading && <p className="muted">{t('loading')}</p>}
        {!q.loading && q.data && q.data.node === null && <p data-testid="panel-not-found">{t('panel.notFound')}</p>}
        <InlineError error={q.error} onRetry={q.retry} />
      </div>
    );
  }

  const expanded = actions.isExpanded(node.id);
  const allProvenance: Provenance[] = [...node.provenance, ...node.relations.flatMap((r) => r.provenance)];
  const engagementList = node.engagements ?? node.participations?.map((p) => p.engagement) ?? [];
  const roleOf = new Map(node.participations?.map((p) => [p.engagement.id, t(`role.${p.role}`)]) ?? []);

  return (
    <div className="panel-body" aria-busy={q.loading}>
      <header className="panel-header">
        <p className={`type-badge type-${node.type.toLowerCase()}`}>
          <TypeIcon type={node.type} size={12} /> {t(`type.${node.type}`)}
        </p>
        <h2 id="panel-title" data-testid="panel-title">
          {node.name}
        </h2>
        <div className="panel-actions">
          {expanded ? (
            <button type="button" className="button-secondary small" data-testid="panel-collapse" onClick={() => actions.collapse(node.id)}>
              {t('graph.collapse')}
            </button>
          ) : (
            <button type="button" className="button-secondary small" data-testid="panel-expand" onClick={() => actions.expand(node.id)}>
              {t('graph.expand')}
            </button>
          )}
          <button type="button" className="button-secondary small" onClick={() => actions.pathFrom(node.id)}>
            {t('graph.pathFrom')}
          </button>
          {CLIENT_TYPES.includes(node.type) && (
            <button type="button" className="button-secondary small" onClick={() => actions.comparable(node.id)}>
              {t('graph.comparable')}
            </button>
          )}
          <button type="button" className="button-secondary small" onClick={() => actions.hide(node.id)}>
            {t('graph.hide')}
          </button>
        </div>
      </header>

      <section className="panel-section" aria-labelledby="panel-props-heading">
        <h3 id="panel-props-heading">{t('panel.properties')}</h3>
        <PropertyList items={propertyItems(node, t, lang, actions.selectEntity)} />
        <QuoteList provenance={node.provenance} />
      </section>

      {node.type !== 'ENGAGEMENT' ? (
        <section className="panel-section" aria-labelledby="panel-eng-heading">
          <h3 id="panel-eng-heading">
            {t('panel.engagements')} <span className="count">{engagementList.length}</span>
          </h3>
          {engagementList.length === 0 ? (
            <p className="muted">{t('panel.noEngagements')}</p>
          ) : (
            <div className="engagement-list">
              {engagementList.map((e) => (
                <EngagementItem key={e.id} engagement={e} role={roleOf.get(e.id)} onSelect={actions.selectEntity} />
              ))}
            </div>
          )}
        </section>
      ) : null}

      <section className="panel-section" aria-labelledby="panel-rel-heading">
        <h3 id="panel-rel-heading">
          {t('panel.relations')} <span className="count">{node.relations.length}</span>
        </h3>
        <RelationGroups
          entityId={node.id}
          relations={node.relations}
          onSelectEntity={actions.selectEntity}
          onSelectRelation={actions.selectRelation}
        />
      </section>

      <SourceList provenance={allProvenance} />
      <ShowQuery request={q.request} />
    </div>
  );
}

function propertyItems(
  node: Details,
  t: Translate,
  lang: string,
  onSelect: (e: EntityRef) => void,
): [string, ReactNode][] {
  const links = (list: EntityRef[] | undefined) =>
    list && list.length > 0 ? (
      <span className="link-list">
        {list.map((e) => (
          <EntityLink key={e.id} entity={e} onSelect={onSelect} />
        ))}
      </span>
    ) : null;
  const population =
    node.population != null
      ? `${node.population.toLocaleString(lang === 'en' ? 'en-GB' : 'nl-NL')}${node.populationYear ? ` (${node.populationYear})` : ''}`
      : null;
  return [
    [t('panel.id'), <code key="id">{node.id}</code>],
    [t('panel.aliases'), node.aliases.join(', ')],
    [t('panel.cbsCode'), node.cbsCode],
    [t('panel.province'), node.province],
    [t('panel.population'), population],
    [t('panel.kind'), node.kind],
    [
      t('panel.website'),
      node.website ? (
        <a href={node.website} target="_blank" rel="noopener noreferrer">
          {node.website}
        </a>
      ) : null,
    ],
    [t('panel.description'), node.description],
    [t('panel.broader'), links(node.broader)],
    [t('panel.narrower'), links(node.narrower)],
    [t('panel.summary'), node.summary],
    [t('panel.period'), node.type === 'ENGAGEMENT' ? formatPeriod(node.start, node.end) ?? t('panel.periodUnknown') : null],
    [t('panel.status'), node.status ? t(`status.${node.status}`) : null],
    [t('panel.clients'), links(node.clients)],
    [t('panel.consultancies'), links(node.consultancies)],
    [t('panel.themes'), links(node.themes)],
  ];
}
