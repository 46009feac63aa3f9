import { useEffect, useRef, type RefObject } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import type { ExplorerActions } from '../../state/useExplorerActions';
import './DetailPanel.css';
import { EntityDetails } from './EntityDetails';
import { ReportButton } from '../report/ReportButton';
import { RelationDetails } from './RelationDetails';
import { isRelationId } from './relationQuery';

/** What the detail panel can ask the explorer to do. */
export type PanelActions = Pick<ExplorerActions, 'select' | 'selectEntity' | 'selectRelation' | 'expand' | 'collapse' | 'hide' | 'pathFrom' | 'comparable'>;

/** The right-hand panel: details and evidence of the selected node or edge. */
export function DetailPanel({ selected, expanded, actions }: { selected: string | null; expanded: ReadonlySet<string>; actions: PanelActions }) {
  const { t } = useI18n();
  const ref = useRef<HTMLElement>(null);
  useFocusOnSelection(ref, selected);
  return (
    <aside ref={ref} className="detail-panel" id="panel-start" tabIndex={-1} aria-label={t('panel.label')} data-testid="detail-panel" data-selected={selected ?? ''}>
      {selected && (
        <button type="button" className="icon-button panel-close" aria-label={t('panel.close')} onClick={() => actions.select(null)}>
          <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" focusable="false">
            <path d="M3 3l10 10M13 3 3 13" stroke="currentColor" strokeWidth="1.8" />
          </svg>
        </button>
      )}
      {selected && (
        <div className="panel-report">
          <ReportButton kind="entity" />
        </div>
      )}
      {!selected ? (
        <div className="panel-body panel-empty">
          <h2 className="visually-hidden">{t('panel.label')}</h2>
          <p className="muted">{t('panel.empty')}</p>
        </div>
      ) : isRelationId(selected) ? (
        <RelationDetails id={selected} onSelectEntity={actions.selectEntity} />
      ) : (
        <EntityDetails key={selected} id={selected} expanded={expanded.has(selected)} actions={actions} />
      )}
    </aside>
  );
}

/**
 * Focus follows a selection made in the panel or in a list of the sidebar (issue 14): to the new
 * details' heading once it is there. A selection made in the graph, the map, the table view or the
 * search box leaves focus where it is — their keys go on working — and "Ga naar details"
 * (GotoDetails) is a Tab or three away.
 */
function useFocusOnSelection(ref: RefObject<HTMLElement | null>, selected: string | null): void {
  const first = useRef(true);
  useEffect(() => {
    // Not on the first render: a page opened from a link starts at the top, as any page.
    if (first.current) {
      first.current = false;
      return;
    }
    const panel = ref.current;
    if (!selected || !panel) return;
    const from = document.activeElement;
    // The canvas, the map (both role="application", with keys of their own), the table view, the
    // search box and the rest keep their focus; the panel's own links (unmounted by the new selection,
    // so focus is on the body) and the sidebar's lists hand it on.
    const handsOn =
      !(from instanceof HTMLElement) ||
      from === document.body ||
      panel.contains(from) ||
      (from.closest('.sidebar') !== null && from.closest('[role="application"]') === null);
    if (!handsOn) return;
    const focusTitle = (): boolean => {
      const title = panel.querySelector<HTMLElement>('[data-testid="panel-title"]');
      if (!title || panel.dataset.selected !== selected) return false;
      title.focus();
      return true;
    };
    if (focusTitle()) return;
    // The details are still loading: focus the heading when it appears, unless the user went elsewhere.
    const observer = new MutationObserver(() => {
      if (focusTitle()) observer.disconnect();
    });
    const cancel = (e: FocusEvent) => {
      if (e.target instanceof Node && !panel.contains(e.target)) observer.disconnect();
    };
    observer.observe(panel, { childList: true, subtree: true });
    document.addEventListener('focusin', cancel);
    return () => {
      observer.disconnect();
      document.removeEventListener('focusin', cancel);
    };
  }, [ref, selected]);
}
