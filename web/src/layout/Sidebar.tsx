import { Button, Heading2 } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';
import { useI18n } from '../i18n/I18nProvider';
import { VIEWS, type ViewName } from '../state/appState';
import { ResponsiveDrawer } from './ResponsiveDrawer';
import './Sidebar.css';

/** The left column: the views to switch between, and the active view's content; a drawer on a phone. */
export function Sidebar({ view, onView, children }: { view: ViewName; onView: (v: ViewName) => void; children: ReactNode }) {
  const { t } = useI18n();
  const label: Record<ViewName, string> = {
    filters: t('nav.filters'),
    map: t('nav.map'),
    paths: t('nav.paths'),
    comparable: t('nav.comparable'),
    overview: t('nav.overview'),
    timeline: t('nav.timeline'),
  };
  return (
    <ResponsiveDrawer align="inline-start" openLabel={t('drawer.openSidebar')} label={t('nav.sidebar')} testId="sidebar">
    <aside className="sidebar" aria-label={t('nav.sidebar')}>
      <nav aria-label={t('nav.label')}>
        <ul className="view-nav">
          {VIEWS.map((v) => (
            <li key={v}>
              <Button
                appearance={view === v ? 'primary-action-button' : 'secondary-action-button'}
                aria-current={view === v ? 'page' : undefined}
                data-testid={`nav-${v}`}
                onClick={() => onView(v)}
              >
                {label[v]}
              </Button>
            </li>
          ))}
        </ul>
      </nav>
      <section className="view-content" aria-labelledby="view-heading">
        <Heading2 id="view-heading">{label[view]}</Heading2>
        {children}
      </section>
    </aside>
    </ResponsiveDrawer>
  );
}
