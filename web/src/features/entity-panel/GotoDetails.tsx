import { useI18n } from '../../i18n/I18nProvider';

/** Focuses the panel's heading (or the panel while its details load). */
function focusPanel(): void {
  const target = document.querySelector<HTMLElement>('[data-testid="detail-panel"] [data-testid="panel-title"]') ?? document.querySelector<HTMLElement>('[data-testid="detail-panel"]');
  target?.focus();
}

/**
 * "Ga naar details": a link that appears when focused, placed right after the search box and after the
 * graph, so a keyboard user reaches the selection's details in one Tab from where the selection was
 * made, while focus stays in the search box or the graph (whose arrow keys keep moving the selection).
 */
export function GotoDetails({ where }: { where: 'search' | 'graph' }) {
  const { t } = useI18n();
  return (
    <a
      href="#panel-title"
      className="goto-details"
      data-testid={`goto-details-${where}`}
      onClick={(e) => {
        e.preventDefault();
        focusPanel();
      }}
    >
      {t('app.gotoDetails')}
    </a>
  );
}
