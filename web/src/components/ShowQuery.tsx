import { Button } from '@utrecht/component-library-react';
import { useId, useState } from 'react';
import { graphiqlUrl } from '../api/graphiqlUrl';
import type { GraphQLRequest } from '../api/queryClient';
import { useI18n } from '../i18n/I18nProvider';
import './ShowQuery.css';

/** Codegen prints a document's definitions (fragments appended) with stray indentation; show each flush left, a blank line apart. */
function tidy(query: string): string {
  return query.trim().replace(/\n[ \t]*(?=(?:query|mutation|fragment)\b)/g, '\n\n');
}

/** "Toon query": the GraphQL document and variables behind a view, with a link that opens them in GraphiQL. */
export function ShowQuery({ request, compact = false }: { request: GraphQLRequest | null; compact?: boolean }) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const [copied, setCopied] = useState(false);
  const panelId = useId();
  const query = request ? tidy(request.query) : '';
  const variables = request ? JSON.stringify(request.variables, null, 2) : '';

  return (
    <div className={compact ? 'show-query compact' : 'show-query'}>
      <button
        type="button"
        className="button-link"
        aria-expanded={open}
        aria-controls={panelId}
        data-testid="show-query-button"
        onClick={() => setOpen((o) => !o)}
      >
        <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" focusable="false">
          <path d="M5.5 4 1.5 8l4 4M10.5 4l4 4-4 4" fill="none" stroke="currentColor" strokeWidth="1.6" />
        </svg>
        {open ? t('query.hide') : t('query.show')}
      </button>
      {open && (
        <section id={panelId} className="query-panel" data-testid="query-panel" aria-label={t('query.title')}>
          {request ? (
            <>
              <pre className="query-text" tabIndex={0} aria-label="GraphQL">
                <code>{query}</code>
              </pre>
              <h4>{t('query.variables')}</h4>
              <pre className="query-text" tabIndex={0} aria-label={t('query.variables')}>
                <code>{variables}</code>
              </pre>
              <div className="query-actions">
                <a href={graphiqlUrl(query, request.variables)} target="_blank" rel="noopener noreferrer" data-testid="graphiql-link">
                  {t('query.openGraphiql')}
                </a>
                <Button appearance="secondary-action-button"
                 
                  className="small"
                  onClick={() => {
                    void navigator.clipboard?.writeText(`${query}\n\n# ${t('query.variables')}\n# ${variables.replace(/\n/g, '\n# ')}`).then(() => setCopied(true));
                  }}>
                  {copied ? t('query.copied') : t('query.copy')}
                </Button>
              </div>
            </>
          ) : (
            <p className="muted">{t('query.none')}</p>
          )}
        </section>
      )}
    </div>
  );
}
