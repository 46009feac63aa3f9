import { Button, Heading3 } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';
import { CLIENT_TYPES } from '../../api/entityTypes';
import type { EntityRef, Provenance } from '../../api/fragments';
import { useGraphQLQuery } from '../../api/useGraphQLQuery';
import { EntityLinks } from '../../components/EntityLink';
import { formatPeriod } from '../../components/formatPeriod';
import { InlineError } from '../../components/InlineError';
import { QuoteList } from '../../components/QuoteList';
import { ShowQuery } from '../../components/ShowQuery';
import { TypeBadge } from '../../components/TypeIcon';
import { useI18n, type I18n } from '../../i18n/I18nProvider';
import type { PanelActions } from './DetailPanel';
import { ENTITY_DETAILS_QUERY, type EntityDetails as Details, type MunicipalityDetails } from './entityQuery';
import { AttributedEngagements, AttributionLine } from './AttributedEngagements';
import { EmptyMunicipality } from './EmptyMunicipality';
import { CbsFigures, Herindeling, predecessorClient, predecessorNotes } from './MunicipalityFacts';
import { LastChange } from './LastChange';
import { PanelEngagements } from './PanelEngagements';
import { PropertyList } from './PropertyList';
import { RelationGroups } from './RelationGroups';
import { SourceList } from './SourceList';

/** The detail panel for an entity: properties, engagements, relationships by type, and every source. */
export function EntityDetails({ id, expanded, actions }: { id: string; expanded: boolean; actions: PanelActions }) {
  const i18n = useI18n();
  const { t } = i18n;
  const q = useGraphQLQuery(ENTITY_DETAILS_QUERY, { id });
  const node = q.data?.node && q.data.node.id === id ? q.data.node : null;

  if (!node) {
    return (
      <div className="panel-body">
        {q.loading && <p className="muted">{t('loading')}</p>}
        {q.isCurrent && q.data?.node === null && <p data-testid="panel-not-found">{t('panel.notFound')}</p>}
        <InlineError error={q.error} onRetry={q.retry} />
      </div>
    );
  }

  const allProvenance: Provenance[] = [...node.provenance, ...node.relations.flatMap((r) => r.provenance)];
  const engagementList = ('engagements' in node ? node.engagements : undefined) ?? ('participations' in node ? node.participations.map((p) => p.engagement) : []);
  const roleOf = new Map('participations' in node ? node.participations.map((p) => [p.engagement.id, t(`role.${p.role}`)]) : []);
  const municipality: MunicipalityDetails | null = 'dissolved' in node ? node : null;
  const attribution = 'engagementAttribution' in node ? node.engagementAttribution : null;
  const viaPredecessors = municipality ? predecessorNotes(municipality, t) : null;

  return (
    <div className="panel-body" aria-busy={q.loading}>
      <header className="panel-header">
        <TypeBadge type={node.type} icon />
        <h2 id="panel-title" data-testid="panel-title" tabIndex={-1}>
          {node.name}
        </h2>
        <LastChange id={node.id} />
        {municipality?.dissolved && (
          <p className="dissolved-badge" data-testid="dissolved-badge">
            {municipality.dissolvedYear ? t('panel.dissolvedIn', { year: municipality.dissolvedYear }) : t('panel.dissolvedTitle')}
          </p>
        )}
        <div className="panel-actions">
          {expanded ? (
            <Button appearance="secondary-action-button" className="small" data-testid="panel-collapse" onClick={() => actions.collapse(node.id)}>
              {t('graph.collapse')}
            </Button>
          ) : (
            <Button appearance="secondary-action-button" className="small" data-testid="panel-expand" onClick={() => actions.expand(node.id)}>
              {t('graph.expand')}
            </Button>
          )}
          <Button appearance="secondary-action-button" className="small" onClick={() => actions.pathFrom(node.id)}>
            {t('graph.pathFrom')}
          </Button>
          {CLIENT_TYPES.includes(node.type) && (
            <Button appearance="secondary-action-button" className="small" onClick={() => actions.comparable(node.id)}>
              {t('graph.comparable')}
            </Button>
          )}
          <Button appearance="secondary-action-button" className="small" onClick={() => actions.hide(node.id)}>
            {t('graph.hide')}
          </Button>
        </div>
      </header>

      <section className="panel-section" aria-labelledby="panel-props-heading">
        <Heading3 id="panel-props-heading">{t('panel.properties')}</Heading3>
        {municipality && <Herindeling node={municipality} onSelect={actions.selectEntity} />}
        <PropertyList items={propertyItems(node, i18n, actions.selectEntity)} />
        {municipality && <CbsFigures node={municipality} onSelect={actions.selectEntity} />}
        <QuoteList provenance={node.provenance} />
      </section>

      {node.type !== 'ENGAGEMENT' ? (
        <section className="panel-section" aria-labelledby="panel-eng-heading">
          {viaPredecessors && viaPredecessors.names.length > 0 && (
            <p className="muted small" data-testid="predecessor-engagements-note">
              {t('panel.viaPredecessors', { names: i18n.formatList(viaPredecessors.names) })}
            </p>
          )}
          <PanelEngagements
            entity={node}
            firstPage={engagementList}
            total={'engagementCount' in node ? node.engagementCount : engagementList.length}
            roleOf={roleOf}
            noteOf={
              municipality
                ? (e) => {
                    const via = predecessorClient(municipality, e);
                    return via ? t('panel.engagementViaPredecessor', { name: via.name }) : undefined;
                  }
                : undefined
            }
            indirect={attribution ? attribution.viaMemberOrganization + attribution.viaRegion : 0}
            empty={Boolean(municipality && !municipality.dissolved && attribution?.total === 0)}
            onSelect={actions.selectEntity}
          />
          {attribution && <AttributionLine attribution={attribution} />}
          {municipality && !municipality.dissolved && attribution?.total === 0 && <EmptyMunicipality entity={node} onSelect={actions.selectEntity} />}
          {'attributedEngagements' in node && <AttributedEngagements items={node.attributedEngagements} onSelect={actions.selectEntity} />}
        </section>
      ) : null}

      <section className="panel-section" aria-labelledby="panel-rel-heading">
        <Heading3 id="panel-rel-heading">
          {t('panel.relations')} <span className="count">{node.relations.length}</span>
        </Heading3>
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

function propertyItems(node: Details, { t }: I18n, onSelect: (e: EntityRef) => void): [string, ReactNode][] {
  const links = (list: readonly EntityRef[] | undefined) => (list && list.length > 0 ? <EntityLinks entities={list} onSelect={onSelect} /> : null);
  // A gemeente's population is among its CBS figures; other entities have none.
  return [
    [t('panel.id'), <code key="id">{node.id}</code>],
    [t('panel.aliases'), node.aliases.join(', ')],
    [t('panel.cbsCode'), 'cbsCode' in node ? node.cbsCode : null],
    [t('panel.province'), 'province' in node ? node.province : null],
    [t('panel.regionKind'), 'regionKind' in node ? t(`regionKind.${node.regionKind}`) : null],
    [t('panel.regionCode'), 'code' in node ? node.code : null],
    [t('panel.kind'), 'kind' in node ? node.kind : null],
    [
      t('panel.website'),
      'website' in node && node.website ? (
        <a href={node.website} target="_blank" rel="noopener noreferrer">
          {node.website}
        </a>
      ) : null,
    ],
    [t('panel.description'), 'description' in node ? node.description : null],
    [t('panel.broader'), 'broader' in node ? links(node.broader) : null],
    [t('panel.narrower'), 'narrower' in node ? links(node.narrower) : null],
    [t('panel.summary'), 'summary' in node ? node.summary : null],
    [t('panel.period'), node.type === 'ENGAGEMENT' && 'start' in node ? (formatPeriod(node.start, node.end) ?? t('panel.periodUnknown')) : null],
    [t('panel.status'), 'status' in node ? t(`status.${node.status}`) : null],
    [t('panel.clients'), 'clients' in node ? links(node.clients) : null],
    [t('panel.consultancies'), 'consultancies' in node ? links(node.consultancies) : null],
    [t('panel.themes'), 'themes' in node ? links(node.themes) : null],
  ];
}
