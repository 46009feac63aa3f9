import type { ReactNode } from 'react';
import type { Relation } from '../../api/fragments';
import { useGraphQLQuery } from '../../api/useGraphQLQuery';
import type { GraphEdge, GraphNode, VisibleGraph } from '../../graph/knownGraph';
import { useI18n } from '../../i18n/I18nProvider';
import type { AppState } from '../../state/appState';
import { isRelationId } from '../entity-panel/relationQuery';
import { REPORT_RELATIONS_MAX } from './EntityReport';
import { citeRelations, createFootnotes } from './footnotes';
import { GraphPicture } from './GraphPicture';
import { RelationSentences, ReportSection, ReportStatus } from './ReportParts';
import { REPORT_GRAPH_RELATIONS_QUERY } from './reportQueries';
import type { ReportContent } from './ReportView';

/** Start entities named in the question before "en N meer". */
const NAMED_STARTS = 4;

/**
 * The ends whose relationships the report reads: for each edge its less connected end (a gemeente
 * with hundreds of engagements is read through the engagements shown, not through all of its own).
 */
function reportRelationEnds(nodes: readonly GraphNode[], edges: readonly GraphEdge[]): string[] {
  const degree = new Map(nodes.map((n) => [n.id, n.degree ?? Number.MAX_SAFE_INTEGER]));
  const ends = new Set<string>();
  for (const e of edges) {
    const s = degree.get(e.source) ?? Number.MAX_SAFE_INTEGER;
    const t = degree.get(e.target) ?? Number.MAX_SAFE_INTEGER;
    ends.add(t < s ? e.target : e.source);
  }
  return [...ends].sort();
}

/** The report of the graph shown (what is expanded and pinned, with the filters applied): its picture and its relationships in words. */
export function GraphReport({ state, graph, render }: { state: AppState; graph: VisibleGraph; render: (c: ReportContent) => ReactNode }) {
  const { t, formatList } = useI18n();
  const edges = graph.edges.filter((e) => isRelationId(e.id)).slice(0, REPORT_RELATIONS_MAX);
  const ends = reportRelationEnds(graph.nodes, edges);
  const q = useGraphQLQuery(REPORT_GRAPH_RELATIONS_QUERY, ends.length ? { ids: ends } : null);

  const labels = new Map(graph.nodes.map((n) => [n.id, n.label]));
  const starts = [...state.exp, ...state.pin].filter((id) => labels.has(id)).map((id) => labels.get(id)!);
  const named = starts.length > NAMED_STARTS ? [...starts.slice(0, NAMED_STARTS), t('report.graph.andMore', { count: starts.length - NAMED_STARTS })] : starts;
  const question = starts.length ? t('report.graph.question', { names: formatList(named) }) : t('report.graph.questionEmpty');
  if (graph.nodes.length === 0) return render({ question, body: <p>{t('report.graph.empty')}</p>, notes: [], sourceCount: 0 });

  const byId = new Map<string, Relation>();
  for (const n of q.data?.nodes ?? []) for (const r of n.relations) byId.set(r.id, r);
  const relations = edges.map((e) => byId.get(e.id)).filter((r): r is Relation => r !== undefined);
  const notes = createFootnotes();
  const refs = citeRelations(notes, relations);
  const total = graph.edges.filter((e) => isRelationId(e.id)).length;
  const body = (
    <>
      <ReportSection id="report-answer-heading" title={t('report.answer')} testId="report-answer">
        <GraphPicture graph={graph} />
      </ReportSection>
      <ReportSection id="report-explanation-heading" title={t('report.graph.relations', { count: total })} testId="report-explanation">
        <ReportStatus loading={q.loading && !q.data} error={q.error} onRetry={q.retry} />
        {q.data && <RelationSentences relations={relations} refs={refs} nameOf={(e) => labels.get(e.id) ?? e.name} testId="report-relations" />}
        {total > relations.length && q.data && <p className="muted">{t('report.entity.more', { shown: relations.length, total })}</p>}
      </ReportSection>
    </>
  );
  return render({ question, body, notes: notes.list(), sourceCount: notes.sourceCount() });
}
