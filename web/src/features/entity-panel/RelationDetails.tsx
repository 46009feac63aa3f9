import type { EntityRef } from '../../api/fragments';
import { useGraphQLQuery } from '../../api/useGraphQLQuery';
import { EntityLink } from '../../components/EntityLink';
import { InlineError } from '../../components/InlineError';
import { QuoteList } from '../../components/QuoteList';
import { RelationSentence } from '../../components/RelationSentence';
import { ShowQuery } from '../../components/ShowQuery';
import { describeRelation } from '../../i18n/describeRelation';
import { useI18n } from '../../i18n/I18nProvider';
import { attributeLabel } from './attributeLabel';
import { PropertyList } from './PropertyList';
import { RELATION_QUERY } from './relationQuery';
import { SourceList } from './SourceList';

/** The detail panel for a relationship (a clicked edge): its sentence, properties and quotes. */
export function RelationDetails({ id, onSelectEntity }: { id: string; onSelectEntity: (e: EntityRef) => void }) {
  const { t } = useI18n();
  const q = useGraphQLQuery(RELATION_QUERY, { id });
  const r = q.data?.relation && q.data.relation.id === id ? q.data.relation : null;

  if (!r) {
    return (
      <div className="panel-body">
        {q.loading && <p className="muted">{t('loading')}</p>}
        {q.isCurrent && q.data?.relation === null && <p data-testid="panel-not-found">{t('panel.relationNotFound')}</p>}
        <InlineError error={q.error} onRetry={q.retry} />
      </div>
    );
  }

  return (
    <div className="panel-body" aria-busy={q.loading}>
      <header className="panel-header">
        <p className="type-badge type-relation">{t('panel.relation')}</p>
        <h2 id="panel-title" data-testid="panel-title" tabIndex={-1}>
          {describeRelation(t, r)}
        </h2>
        <RelationSentence
          large
          from={<EntityLink entity={r.from} onSelect={onSelectEntity} />}
          verb={<span className="relation-verb">{t(`rel.${r.type}`)}</span>}
          to={<EntityLink entity={r.to} onSelect={onSelectEntity} />}
        />
      </header>
      <section className="panel-section" aria-labelledby="panel-props-heading">
        <h3 id="panel-props-heading">{t('panel.properties')}</h3>
        <PropertyList
          items={[
            [t('panel.role'), r.role ? t(`role.${r.role}`) : null],
            [t('panel.title'), r.title],
            ...r.attributes.map((a): [string, string] => [attributeLabel(t, a.key), a.value]),
          ]}
        />
      </section>
      <section className="panel-section" aria-labelledby="panel-quotes-heading">
        <h3 id="panel-quotes-heading">
          {t('panel.quotes')} <span className="count">{r.provenance.length}</span>
        </h3>
        <QuoteList provenance={r.provenance} />
      </section>
      <SourceList provenance={r.provenance} />
      <ShowQuery request={q.request} />
    </div>
  );
}
