import { useQueryClient } from '@tanstack/react-query';
import type { Core } from 'cytoscape';
import { useState } from 'react';
import { toApiError } from '../../api/ApiError';
import type { VisibleGraph } from '../../graph/knownGraph';
import { describeRelation } from '../../i18n/describeRelation';
import { useI18n } from '../../i18n/I18nProvider';
import { documentTokens } from '../../styles/tokens';
import { download, exportFilename } from './download';
import { fetchExportProvenance } from './exportProvenance';
import { toCsv } from './toCsv';

/** PNG of the canvas; CSV and JSON of the visible nodes and edges with their provenance. */
export function ExportButtons({ cy, graph }: { cy: Core | null; graph: VisibleGraph }) {
  const { t } = useI18n();
  const client = useQueryClient();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const empty = graph.nodes.length === 0;

  const exportData = async (format: 'csv' | 'json') => {
    setBusy(true);
    setError(null);
    try {
      const data = await fetchExportProvenance(client, graph);
      const blob =
        format === 'csv'
          ? new Blob([toCsv(data, (e) => describeRelation(t, e))], { type: 'text/csv;charset=utf-8' })
          : new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' });
      download(blob, exportFilename(format));
    } catch (e) {
      const error = toApiError(e);
      setError(t(`error.${error.code}`, { message: error.message }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="toolbar-group" role="group" aria-label={t('export.label')}>
      <button
        type="button"
        className="tool-button"
        disabled={!cy || empty}
        aria-label={t('export.pngLabel')}
        title={t('export.pngLabel')}
        data-testid="export-png"
        onClick={() => {
          if (!cy) return;
          void cy.png({ output: 'blob-promise', full: true, scale: 2, bg: documentTokens('--canvas-bg') }).then((blob) => download(blob, exportFilename('png')));
        }}
      >
        {t('export.png')}
      </button>
      <button type="button" className="tool-button" disabled={empty || busy} aria-label={t('export.csvLabel')} title={t('export.csvLabel')} data-testid="export-csv" onClick={() => void exportData('csv')}>
        {t('export.csv')}
      </button>
      <button type="button" className="tool-button" disabled={empty || busy} aria-label={t('export.jsonLabel')} title={t('export.jsonLabel')} data-testid="export-json" onClick={() => void exportData('json')}>
        {t('export.json')}
      </button>
      <span className="visually-hidden" aria-live="polite">
        {busy ? t('export.busy') : error ?? ''}
      </span>
      {error && <span className="toolbar-error">{error}</span>}
    </div>
  );
}
