import { Button } from '@utrecht/component-library-react';
import { useEffect, useRef } from 'react';
import type { EntityRef } from '../../api/fragments';
import { ApiError } from '../../api/ApiError';
import { useGraphQLQuery } from '../../api/useGraphQLQuery';
import { EntityLink } from '../../components/EntityLink';
import { InlineError } from '../../components/InlineError';
import { RelationSentence } from '../../components/RelationSentence';
import { TypeBadge } from '../../components/TypeIcon';
import { describeRelation } from '../../i18n/describeRelation';
import { useI18n } from '../../i18n/I18nProvider';
import { markText, type Span } from './markText';
import { SOURCE_PAGE_QUERY } from './sourcePageQuery';
import './SourcePage.css';

const factAnchor = (i: number) => `source-fact-${i}`;

/**
 * A source's public page (issue 19, item 4), for any reader, over the explorer: title, publisher,
 * date, kind, the original (in a new tab) or that none is known, the rights, the stored text with
 * every quote of a fact in the graph marked — each mark a link to the fact it supports —, and the
 * list of those facts in words, each leading into the graph.
 */
export function SourcePageView({ id, onClose, onOpenEntity }: { id: string; onClose: () => void; onOpenEntity: (e: EntityRef) => void }) {
  const i18n = useI18n();
  const { t } = i18n;
  const q = useGraphQLQuery(SOURCE_PAGE_QUERY, { id });
  const heading = useRef<HTMLHeadingElement>(null);
  const page = q.data?.sourcePage.source.id === id ? q.data.sourcePage : null;
  useEffect(() => heading.current?.focus(), [page?.source.id]);
  const notFound = q.error instanceof ApiError && q.error.code === 'NOT_FOUND';

  const close = (
    <Button appearance="secondary-action-button" className="small" data-testid="source-page-close" onClick={onClose}>
      {t('sourcePage.back')}
    </Button>
  );
  if (!page) {
    return (
      <main className="source-page" data-testid="source-page">
        {close}
        {q.loading && <p className="muted">{t('loading')}</p>}
        {notFound ? <p data-testid="source-page-not-found">{t('sourcePage.notFound')}</p> : <InlineError error={q.error} onRetry={q.retry} />}
      </main>
    );
  }

  const { source, text, facts } = page;
  const spans: Span[] = facts.flatMap((f, fact) => f.quotes.flatMap((qt) => (qt.start !== null && qt.end !== null ? [{ start: qt.start, end: qt.end, fact }] : [])));
  const factWords = (f: (typeof facts)[number]) =>
    f.entity ? `${t(`type.${f.entity.type}`)} ${f.entity.name}` : f.relation ? `${f.relation.from.name} ${describeRelation(t, f.relation)} ${f.relation.to.name}` : '';

  return (
    <main className="source-page" data-testid="source-page" aria-labelledby="source-page-title">
      {close}
      <header className="source-page-header">
        <p className="muted small">{t(`start.kind.${source.kind}`)}</p>
        <h1 id="source-page-title" ref={heading} tabIndex={-1} data-testid="source-page-title">
          {source.title}
        </h1>
        <dl className="source-page-meta">
          <dt>{t('sourcePage.publisher')}</dt>
          <dd data-testid="source-page-publisher">{source.publisher ?? t('source.noPublisher')}</dd>
          {source.author && (
            <>
              <dt>{t('sourcePage.author')}</dt>
              <dd>{source.author}</dd>
            </>
          )}
          <dt>{t('sourcePage.date')}</dt>
          <dd>{source.date ?? t('source.noDate')}</dd>
          <dt>{t('sourcePage.original')}</dt>
          <dd>
            {source.url ? (
              <a href={source.url} target="_blank" rel="noopener noreferrer" data-testid="source-page-original">
                {source.url}
                <span className="visually-hidden"> {t('source.newWindow')}</span>
              </a>
            ) : (
              <span className="muted" data-testid="source-page-no-original">
                {t('sourcePage.noOnline')}
              </span>
            )}
          </dd>
          <dt>{t('sourcePage.rights')}</dt>
          <dd data-testid="source-page-rights">
            {source.kind === 'REGISTER' ? t('sourcePage.rightsRegister', { publisher: source.publisher ?? '' }) : t('sourcePage.rightsArticle', { publisher: source.publisher ?? t('source.noPublisher') })}
          </dd>
        </dl>
      </header>

      {text && (
        <section aria-labelledby="source-page-text-heading">
          <h2 id="source-page-text-heading">{t('sourcePage.text')}</h2>
          <p className="muted small">{t('sourcePage.textNote', source.textRetrieved ? { date: source.textRetrieved } : { date: '—' })}</p>
          <div className="source-page-text" data-testid="source-page-text">
            {markText(text, spans).map((s, i) =>
              s.fact === null ? (
                <span key={i}>{s.text}</span>
              ) : (
                <a key={i} href={`#${factAnchor(s.fact)}`} className="source-mark-link" data-testid="source-mark" data-fact={s.fact} title={factWords(facts[s.fact])}>
                  <mark>{s.text}</mark>
                </a>
              ),
            )}
          </div>
        </section>
      )}

      <section aria-labelledby="source-page-facts-heading">
        <h2 id="source-page-facts-heading">
          {t('sourcePage.facts')} <span className="count">{page.factCount}</span>
        </h2>
        {page.factCount > facts.length && <p className="muted small">{t('sourcePage.factsShown', { shown: facts.length, total: page.factCount })}</p>}
        <ol className="source-page-facts">
          {facts.map((f, i) => (
            <li key={i} id={factAnchor(i)} tabIndex={-1} data-testid="source-fact">
              {f.entity ? (
                <p>
                  <TypeBadge type={f.entity.type} /> <EntityLink entity={f.entity} onSelect={onOpenEntity} />
                </p>
              ) : f.relation ? (
                <RelationSentence
                  from={<EntityLink entity={f.relation.from} onSelect={onOpenEntity} />}
                  verb={<span className="relation-verb">{describeRelation(t, f.relation)}</span>}
                  to={<EntityLink entity={f.relation.to} onSelect={onOpenEntity} />}
                />
              ) : null}
              {f.quotes.map((qt, j) => (
                <blockquote key={j} className="quote">
                  <p>“{qt.quote}”</p>
                </blockquote>
              ))}
            </li>
          ))}
        </ol>
      </section>
    </main>
  );
}
