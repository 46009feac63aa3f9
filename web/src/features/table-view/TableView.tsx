import { useEffect, useRef } from 'react';
import { TypeIcon } from '../../components/TypeIcon';
import type { VisibleGraph } from '../../graph/knownGraph';
import { describeRelation } from '../../i18n/describeRelation';
import { useI18n } from '../../i18n/I18nProvider';
import './TableView.css';

/**
 * The visible graph as two tables, for keyboard and screen-reader users and for reading lists.
 * Selecting a row selects the element in the graph; selecting in the graph marks and scrolls to the row.
 */
export function TableView({
  graph,
  selected,
  onSelect,
}: {
  graph: VisibleGraph;
  selected: string | null;
  onSelect: (id: string) => void;
}) {
  const { t } = useI18n();
  const rootRef = useRef<HTMLElement>(null);
  const names = new Map(graph.nodes.map((n) => [n.id, n.label]));
  const nodes = [...graph.nodes].sort((a, b) => a.type.localeCompare(b.type) || a.label.localeCompare(b.label, 'nl'));

  useEffect(() => {
    if (!selected || !rootRef.current) return;
    const row = rootRef.current.querySelector<HTMLElement>(`tr[data-id="${CSS.escape(selected)}"]`);
    row?.scrollIntoView({ block: 'nearest' });
  }, [selected]);

  return (
    <section ref={rootRef} className="table-view" aria-labelledby="table-view-heading" data-testid="table-view">
      <h2 id="table-view-heading" className="visually-hidden">
        {t('table.label')}
      </h2>
      {graph.nodes.length === 0 ? (
        <p className="muted">{t('table.empty')}</p>
      ) : (
        <div className="table-columns">
          <div className="table-scroll" tabIndex={-1}>
            <table className="data-table" data-testid="table-nodes">
              <caption>
                {t('table.nodes')} ({nodes.length})
              </caption>
              <thead>
                <tr>
                  <th scope="col">{t('table.name')}</th>
                  <th scope="col">{t('table.type')}</th>
                </tr>
              </thead>
              <tbody>
                {nodes.map((n) => (
                  <tr key={n.id} data-id={n.id} data-testid="table-row" aria-current={selected === n.id ? 'true' : undefined} className={selected === n.id ? 'selected' : undefined}>
                    <td>
                      <button type="button" className="row-button" onClick={() => onSelect(n.id)} aria-pressed={selected === n.id}>
                        {n.label}
                      </button>
                    </td>
                    <td className="type-cell">
                      <TypeIcon type={n.type} size={12} /> {t(`type.${n.type}`)}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <div className="table-scroll" tabIndex={-1}>
            <table className="data-table" data-testid="table-edges">
              <caption>
                {t('table.edges')} ({graph.edges.length})
              </caption>
              <thead>
                <tr>
                  <th scope="col">{t('panel.from')}</th>
                  <th scope="col">{t('table.relation')}</th>
                  <th scope="col">{t('panel.to')}</th>
                  <th scope="col">{t('table.sources')}</th>
                </tr>
              </thead>
              <tbody>
                {graph.edges.map((e) => (
                  <tr key={e.id} data-id={e.id} data-testid="table-edge-row" aria-current={selected === e.id ? 'true' : undefined} className={selected === e.id ? 'selected' : undefined}>
                    <td>{names.get(e.source) ?? e.source}</td>
                    <td>
                      <button type="button" className="row-button" onClick={() => onSelect(e.id)} aria-pressed={selected === e.id}>
                        {describeRelation(t, e)}
                      </button>
                    </td>
                    <td>{names.get(e.target) ?? e.target}</td>
                    <td className="num">{e.provenanceCount ?? ''}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </div>
      )}
    </section>
  );
}
