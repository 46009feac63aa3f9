import type { Provenance } from '../api/fragments';
import { SourceLink } from './SourceLink';
import { useI18n } from '../i18n/I18nProvider';
import './QuoteList.css';

type Source = Provenance['source'];

/**
 * What a reader needs to check a source: who published it and when, and a link to the original —
 * each said to be unknown where the source does not give it (seed/sources.json records why).
 */
export function SourceFacts({ source }: { source: Source }) {
  const { t } = useI18n();
  return (
    <span className="source-facts" data-testid="source-facts">
      <span data-testid="source-publisher" className={source.publisher ? undefined : 'muted'}>
        {source.publisher ?? t('source.noPublisher')}
      </span>
      {', '}
      <span data-testid="source-date" className={source.date ? undefined : 'muted'}>
        {source.date ?? t('source.noDate')}
      </span>
      {' · '}
      {source.url ? (
        <a href={source.url} target="_blank" rel="noopener noreferrer" data-testid="source-original">
          {t('source.original')}
          <span className="visually-hidden"> {t('source.newWindow')}</span>
        </a>
      ) : (
        <span className="muted" data-testid="source-no-link">
          {t('source.noLink')}
        </span>
      )}
    </span>
  );
}

/** The evidence for one fact: each quote with the article it comes from, its publisher, date and original. */
export function QuoteList({ provenance }: { provenance: readonly Provenance[] }) {
  const { t } = useI18n();
  if (provenance.length === 0) return null;
  return (
    <ul className="quote-list" aria-label={t('panel.quotes')}>
      {provenance.map((p, i) => (
        <li key={`${p.source.id}-${i}`}>
          <blockquote className="quote" data-testid="quote-item" data-source-id={p.source.id}>
            <p>“{p.quote}”</p>
            <footer>
              <cite>
                <SourceLink id={p.source.id}>{p.source.title}</SourceLink>
              </cite>{' '}
              — <SourceFacts source={p.source} />
            </footer>
          </blockquote>
        </li>
      ))}
    </ul>
  );
}
