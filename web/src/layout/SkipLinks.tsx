import { SkipLink } from '@utrecht/component-library-react';
import type { MouseEvent } from 'react';
import { useI18n } from '../i18n/I18nProvider';
import './SkipLinks.css';

function focusTarget(testId: string) {
  return (e: MouseEvent) => {
    e.preventDefault();
    const el = document.querySelector<HTMLElement>(`[data-testid="${testId}"]`);
    if (!el) return;
    // A landmark is not focusable by itself: make it a target for the skip link only.
    if (!el.matches('a, button, input, select, textarea, [tabindex]')) el.tabIndex = -1;
    el.focus();
  };
}

/** The page the skip links lead into: the explorer, article intake, the start page or a report. */
export type SkipPage = 'explorer' | 'intake' | 'start' | 'report';

/**
 * "Direct naar": the first stops of the tab order, visible when focused (WCAG 2.4.1). In the explorer:
 * search, graph and details; on the other pages (intake, the start page, a report): search and the content.
 */
export function SkipLinks({ page }: { page: SkipPage }) {
  const { t } = useI18n();
  return (
    <nav className="skip-links" aria-label={t('app.skipLinks')}>
      <SkipLink className="skip-link utrecht-skip-link--visible-on-focus" href="#main-search" data-testid="skip-to-search" onClick={focusTarget('search-input')}>
        {t('app.skipToSearch')}
      </SkipLink>
      {page === 'intake' && (
        <SkipLink className="skip-link utrecht-skip-link--visible-on-focus" href="#intake-main" data-testid="skip-to-intake" onClick={focusTarget('intake')}>
          {t('intake.skip')}
        </SkipLink>
      )}
      {page === 'start' && (
        <SkipLink className="skip-link utrecht-skip-link--visible-on-focus" href="#start" data-testid="skip-to-content" onClick={focusTarget('overview-view')}>
          {t('app.skipToContent')}
        </SkipLink>
      )}
      {page === 'report' && (
        <SkipLink className="skip-link utrecht-skip-link--visible-on-focus" href="#report-main" data-testid="skip-to-content" onClick={focusTarget('report')}>
          {t('app.skipToContent')}
        </SkipLink>
      )}
      {page === 'explorer' && (
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
