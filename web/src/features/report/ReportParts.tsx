import { SourceLink } from '../../components/SourceLink';
import type { ReactNode } from 'react';
import type { EntityRef, Relation } from '../../api/fragments';
import type { ApiError } from '../../api/ApiError';
import { InlineError } from '../../components/InlineError';
import { RelationSentence } from '../../components/RelationSentence';
import { describeRelation } from '../../i18n/describeRelation';
import { useI18n } from '../../i18n/I18nProvider';
import { registerTable, type Footnote } from './footnotes';

/** Superscript footnote numbers, each a link to its note. */
export function Refs({ numbers }: { numbers: readonly number[] }) {
  const { t } = useI18n();
  if (numbers.length === 0) return null;
  return (
    <sup className="report-refs" data-testid="report-refs">
      {numbers.map((n, i) => (
        <span key={n}>
          {i > 0 && ','}
          <a href={`#report-fn-${n}`} aria-label={t('report.footnoteRef', { number: n })}>
            {n}
          </a>
        </span>
      ))}
    </sup>
  );
}

/** The footnotes: every quote with its source's title, publisher, date and address. */
export function FootnoteList({ notes }: { notes: readonly Footnote[] }) {
  const { t, formatDate } = useI18n();
  return (
    <section className="report-section report-footnotes" aria-labelledby="report-footnotes-heading">
      <h2 id="report-footnotes-heading">{t('report.sources')}</h2>
      {notes.length === 0 ? (
        <p className="muted">{t('report.noSources')}</p>
      ) : (
        <ol className="footnotes" data-testid="report-footnotes">
          {notes.map((n) => (
            <li key={n.number} id={`report-fn-${n.number}`} value={n.number} data-testid="report-footnote">
              {/* The number as text, not a list marker: a marker of two digits outgrew its box and lost its first digit in print. */}
              <span className="footnote-number" aria-hidden="true">
                {n.number}.
              </span>
              <span className="footnote-text">
              {n.subject ? (
                <>
                  <cite><SourceLink id={n.source.id}>{n.source.title}</SourceLink></cite>
                  {registerTable(n.source) && ` (${registerTable(n.source)})`}: {n.subject}
                </>
              ) : (
                <>
                  <q className="footnote-quote">{n.quote}</q> — <cite><SourceLink id={n.source.id}>{n.source.title}</SourceLink></cite>
                </>
              )}
              {', '}
              {n.source.publisher ?? t('source.noPublisher')}
              {', '}
              {n.source.date ? formatDate(n.source.date) : t('source.noDate')}
              {n.source.url && (
                <>
                  {', '}
                  <a className="footnote-url" href={n.source.url}>
                    {n.source.url}
                  </a>
                </>
              )}
              </span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

/** Relationships as sentences ("Kern Konsult werkte aan …"), each with its footnotes (cited before rendering: `citeRelations`). */
export function RelationSentences({
  relations,
  refs,
  nameOf,
  testId,
}: {
  relations: readonly Relation[];
  refs: ReadonlyMap<string, number[]>;
  /** The name a report uses for an end (the graph's label, say); the relation's own by default. */
  nameOf?: (e: EntityRef) => string;
  testId: string;
}) {
  const { t } = useI18n();
  const name = nameOf ?? ((e: EntityRef) => e.name);
  return (
    <ul className="report-relations" data-testid={testId}>
      {relations.map((r) => (
        <li key={r.id} data-relation-id={r.id}>
          <RelationSentence
            from={<strong>{name(r.from)}</strong>}
            verb={<span className="relation-verb">{describeRelation(t, r)}</span>}
            to={
              <>
                <strong>{name(r.to)}</strong>
                <Refs numbers={refs.get(r.id) ?? []} />
              </>
            }
          />
        </li>
      ))}
    </ul>
  );
}

/** What a report shows while its facts load, or why it cannot. */
export function ReportStatus({ loading, error, onRetry }: { loading: boolean; error: ApiError | null; onRetry: () => void }) {
  const { t } = useI18n();
  return (
    <>
      {loading && (
        <p className="muted" role="status">
          {t('loading')}
        </p>
      )}
      <InlineError error={error} onRetry={onRetry} />
    </>
  );
}

/** A section of a report with its heading. */
export function ReportSection({ id, title, children, testId }: { id: string; title: string; children: ReactNode; testId?: string }) {
  return (
    <section className="report-section" aria-labelledby={id} data-testid={testId}>
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  );
}
