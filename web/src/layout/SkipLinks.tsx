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

/** A skip link: where it goes, and the element (by test id) that takes the focus. */
interface Link {
  testId: string;
  href: string;
  target: string;
  label: string;
}

/** The page the skip links lead into: the explorer, article intake, the start page or a report. */
export type SkipPage = 'explorer' | 'intake' | 'start' | 'report';

/**
 * "Direct naar": the first stops of the tab order, visible when focused (WCAG 2.4.1). In the explorer:
 * search, graph and details; on the other pages (intake, the start page, a report): search and the content.
 */
export function SkipLinks({ page }: { page: SkipPage }) {
  const { t } = useI18n();
  const content: Record<Exclude<SkipPage, 'explorer'>, Link> = {
    intake: { testId: 'skip-to-intake', href: '#intake-main', target: 'intake', label: t('intake.skip') },
    start: { testId: 'skip-to-content', href: '#start', target: 'overview-view', label: t('app.skipToContent') },
    report: { testId: 'skip-to-content', href: '#report-main', target: 'report', label: t('app.skipToContent') },
  };
  const links: Link[] = [
    { testId: 'skip-to-search', href: '#main-search', target: 'search-input', label: t('app.skipToSearch') },
    ...(page === 'explorer'
      ? [
          { testId: 'skip-to-graph', href: '#graph-heading', target: 'graph-canvas', label: t('app.skipToGraph') },
          { testId: 'skip-to-details', href: '#panel-start', target: 'detail-panel', label: t('app.skipToDetails') },
        ]
      : [content[page]]),
  ];
  return (
    <nav className="skip-links" aria-label={t('app.skipLinks')}>
      {links.map((l) => (
        <SkipLink key={l.testId} className="skip-link utrecht-skip-link--visible-on-focus" href={l.href} data-testid={l.testId} onClick={focusTarget(l.target)}>
          {l.label}
        </SkipLink>
      ))}
    </nav>
  );
}
