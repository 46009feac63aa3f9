import type { Provenance } from '../api/fragments';
import { useI18n } from '../i18n/I18nProvider';
import './QuoteList.css';

/** The evidence for one fact: each quote with the article it comes from. */
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
                {p.source.url ? (
                  <a href={p.source.url} target="_blank" rel="noopener noreferrer">
                    {p.source.title}
                  </a>
                ) : (
                  p.source.title
                )}
              </cite>
              {[p.source.publisher, p.source.date].filter(Boolean).length > 0 && (
                <span className="muted"> — {[p.source.publisher, p.source.date].filter(Boolean).join(', ')}</span>
              )}
            </footer>
          </blockquote>
        </li>
      ))}
    </ul>
  );
}
