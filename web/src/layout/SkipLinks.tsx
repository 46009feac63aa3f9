import { SkipLink } from '@utrecht/component-library-react';
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
      <SkipLink className="skip-link utrecht-skip-link--visible-on-focus" href="#main-search" data-testid="skip-to-search" onClick={focusTarget('search-input')}>
        {t('app.skipToSearch')}
      </SkipLink>
      {intake ? (
        <SkipLink className="skip-link utrecht-skip-link--visible-on-focus" href="#intake-main" data-testid="skip-to-intake" onClick={focusTarget('intake')}>
          {t('intake.skip')}
        </SkipLink>
      ) : (
        <>
          <SkipLink className="skip-link utrecht-skip-link--visible-on-focus" href="#graph-heading" data-testid="skip-to-graph" onClick={focusTarget('graph-canvas')}>
            {t('app.skipToGraph')}
          </SkipLink>
          <SkipLink className="skip-link utrecht-skip-link--visible-on-focus" href="#panel-start" data-testid="skip-to-details" onClick={focusTarget('detail-panel')}>
            {t('app.skipToDetails')}
          </SkipLink>
        </>
      )}
    </nav>
  );
}
