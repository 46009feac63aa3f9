import type { MouseEvent } from 'react';
import { useI18n } from '../i18n/I18nProvider';
import './SkipLinks.css';

function focusTarget(testId: string) {
  return (e: MouseEvent) => {
    e.preventDefault();
    document.querySelector<HTMLElement>(`[data-testid="${testId}"]`)?.focus();
  };
}

/** "Direct naar": the first stops of the tab order, visible when focused (WCAG 2.4.1). In article intake: search and the content. */
export function SkipLinks({ intake = false }: { intake?: boolean }) {
  const { t } = useI18n();
  return (
    <nav className="skip-links" aria-label={t('app.skipLinks')}>
      <a className="skip-link" href="#main-search" data-testid="skip-to-search" onClick={focusTarget('search-input')}>
        {t('app.skipToSearch')}
      </a>
      {intake ? (
        <a className="skip-link" href="#intake-main" data-testid="skip-to-intake" onClick={focusTarget('intake')}>
          {t('intake.skip')}
        </a>
      ) : (
        <>
          <a className="skip-link" href="#graph-heading" data-testid="skip-to-graph" onClick={focusTarget('graph-canvas')}>
            {t('app.skipToGraph')}
          </a>
          <a className="skip-link" href="#panel-start" data-testid="skip-to-details" onClick={focusTarget('detail-panel')}>
            {t('app.skipToDetails')}
          </a>
        </>
      )}
    </nav>
  );
}
