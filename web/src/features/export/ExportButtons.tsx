import { Button } from '@utrecht/component-library-react';
import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { Core } from 'cytoscape';
import { useState } from 'react';
import { toApiError } from '../../api/ApiError';
import type { VisibleGraph } from '../../graph/knownGraph';
import { describeRelation } from '../../i18n/describeRelation';
import { useI18n, type I18n } from '../../i18n/I18nProvider';
import { graphqlQuery } from '../../api/queryClient';
import { FILTER_OPTIONS_QUERY } from '../filters/filterQueries';
import { parseAppState } from '../../state/appState';
import { ENTITY_TYPES } from '../../api/entityTypes';
import { composePng, typeCounts, type PngCaption } from './composePng';
import { download, exportFilename } from './download';
import { fetchExportProvenance } from './exportProvenance';
import { toCsv } from './toCsv';

/** PNG of the canvas; CSV and JSON of the visible nodes and edges with their provenance. */
export function ExportButtons({ cy, graph }: { cy: Core | null; graph: VisibleGraph }) {
  const i18n = useI18n();
  const { t } = i18n;
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

  const exportPng = async () => {
    if (!cy) return;
    setBusy(true);
    setError(null);
    try {
      const blob = await composePng(cy, await pngCaption(client, graph, i18n));
      download(blob, exportFilename('png'));
    } catch (e) {
      const error = toApiError(e);
      setError(error.code === 'UNKNOWN' ? t('export.pngFailed', { message: error.message }) : t(`error.${error.code}`, { message: error.message }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="toolbar-group" role="group" aria-label={t('export.label')}>
      <Button appearance="secondary-action-button"
       
        className="small"
        disabled={!cy || empty || busy}
        aria-label={t('export.pngLabel')}
        title={t('export.pngLabel')}
        data-testid="export-png"
        onClick={() => void exportPng()}
      >
        {t('export.png')}
      </Button>
      <Button appearance="secondary-action-button" className="small" disabled={empty || busy} aria-label={t('export.csvLabel')} title={t('export.csvLabel')} data-testid="export-csv" onClick={() => void exportData('csv')}>
        {t('export.csv')}
      </Button>
      <Button appearance="secondary-action-button" className="small" disabled={empty || busy} aria-label={t('export.jsonLabel')} title={t('export.jsonLabel')} data-testid="export-json" onClick={() => void exportData('json')}>
        {t('export.json')}
      </Button>
      <span className="visually-hidden" aria-live="polite">
        {busy ? t('export.busy') : error ?? ''}
      </span>
      {error && <span className="toolbar-error">{error}</span>}
    </div>
  );
}

/**
 * The words of a PNG export: the title, what the graph is around (the expanded or pinned entities),
 * the active filters as the URL holds them, the legend, the date, and the number of distinct sources
 * behind the nodes and relationships shown (fetched as for the CSV export).
 */
async function pngCaption(client: QueryClient, graph: VisibleGraph, { t, formatList, locale }: I18n): Promise<PngCaption> {
  const state = parseAppState(window.location.search);
  const [options, provenance] = await Promise.all([client.fetchQuery(graphqlQuery(FILTER_OPTIONS_QUERY, {})), fetchExportProvenance(client, graph)]);
  const label = new Map(graph.nodes.map((n) => [n.id, n.label]));
  const around = (state.exp.length > 0 ? state.exp : state.pin).map((id) => label.get(id)).filter((x): x is string => !!x);
  const themeName = new Map(options.themes.map((th) => [th.id, th.name]));
  const bureauName = new Map(options.consultancies.map((c) => [c.id, c.name]));
  const f = state.filters;
  const parts: string[] = [];
  if (f.hiddenTypes.length > 0) parts.push(t('export.hiddenTypes', { types: formatList(f.hiddenTypes.map((x) => t(`type.${x}`))) }));
  if (f.themes.length > 0) parts.push(t('export.themes', { names: formatList(f.themes.map((id) => themeName.get(id) ?? id)) }));
  if (f.from !== null && f.to !== null) parts.push(t('export.years', { from: f.from, to: f.to }));
  else if (f.from !== null) parts.push(t('export.fromYear', { year: f.from }));
  else if (f.to !== null) parts.push(t('export.toYear', { year: f.to }));
  if (f.consultancies.length > 0) parts.push(t('export.bureaus', { names: formatList(f.consultancies.map((id) => bureauName.get(id) ?? id)) }));
  const sources = new Set([...provenance.nodes, ...provenance.edges].flatMap((x) => x.provenance.map((p) => p.source.id)));
  const counts = typeCounts(graph);
  return {
    title: t('app.title'),
    subtitle: around.length > 0 ? t('export.around', { names: formatList(around) }) : null,
    filters: parts.length > 0 ? t('export.filters', { list: parts.join('; ') }) : t('export.noFilters'),
    legend: ENTITY_TYPES.map((type) => ({ type, label: t(`type.${type}`), count: counts.get(type) ?? 0 })),
    date: t('export.date', { date: new Date().toLocaleDateString(locale, { dateStyle: 'long' }) }),
    source: t('export.source', { count: sources.size }),
  };
}
