import type { EntityRef } from '../../api/types';
import { useQuery } from '../../api/useQuery';
import { relationPhrase } from '../../i18n/describeRelation';
import { useI18n } from '../../i18n/I18nProvider';
import { InlineError } from '../feedback/InlineError';
import { ShowQuery } from '../show-query/ShowQuery';
import { EntityLink } from './EntityLink';
import { PropertyList } from './PropertyList';
import { QuoteList } from './QuoteList';
import { RELATION_QUERY, type RelationData } from './relationQuery';
import { SourceList } from './SourceList';

/** The detail panel for a relationship (a clicked edge): its sentence, properties and quotes. */
export function RelationDetails({ id, onSelectEntity }: { id: string; onSelectEntity: (e: EntityRef) => void }) {
  const { t } = useI18n();
  const q = useQuery<RelationData>(RELATION_QUERY, { id }, 'relation');
  const r = q.data?.relation && q.data.relation.id === id ? q.data.relation : null;

  if (!r) {
    return (
      <div className="panel-body">
        {q.loading && <p className="muted">{t('loading')}</p>}
        {!q.loading && q.data && q.data.relation === null && <p data-testid="panel-not-found">{t('panel.relationNotFound')}</p>}
        <InlineError error={q.error} onRetry={q.retry} />
      </div>
    );
  }

  return (
    <div className="panel-body" aria-busy={q.loading}>
      <header className="panel-header">
        <p className="type-badge type-relation">{t('panel.relation')}</p>
        <h2 id="panel-title" data-testid="panel-title">
          {relationPhrase(t, r.type, r.role, r.title)}
        </h2>
        <p className="relation-sentence large">
          <EntityLink entity={r.from} onSelect={onSelectEntity} /> <span className="relation-verb">{t(`rel.${r.type}`)}</span>{' '}
          <EntityLink entity={r.to} onSelect={onSelectEntity} />
        </p>
      </header>
      <section className="panel-section" aria-labelledby="panel-props-heading">
        <h3 id="panel-props-heading">{t('panel.properties')}</h3>
        <PropertyList
          items={[
            [t('panel.id'), <code key="id">{r.id}</code>],
            [t('panel.role'), r.role ? t(`role.${r.role}`) : null],
            [t('panel.title'), r.title],
            ...r.attributes.map((a): [string, string] => [a.key, a.value]),
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
