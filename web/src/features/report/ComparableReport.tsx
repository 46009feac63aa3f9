import type { ReactNode } from 'react';
import { useGraphQLQuery } from '../../api/useGraphQLQuery';
import { describeScorePart } from '../../i18n/describeScorePart';
import { useI18n } from '../../i18n/I18nProvider';
import type { AppState } from '../../state/appState';
import { COMPARABLE_QUERY, comparableVariables, type Comparable, type ComparableResult, type ScorePart } from '../comparable-municipalities/comparableQuery';
import { UsedWeighting } from '../comparable-municipalities/ComparableView';
import { allEngagements, cbsProvenance, factsVariables, NO_FACTS, sharedFacts, type SharedFact } from './comparableFacts';
import { createFootnotes } from './footnotes';
import { REPORT_COMPARABLE_FACTS_QUERY } from './reportQueries';
import { Refs, ReportSection, ReportStatus } from './ReportParts';
import type { ReportContent } from './ReportView';

/** The report of a comparison: the question with its weighting, the ranking, each gemeente's score in words, and the facts behind it. */
export function ComparableReport({ state, render }: { state: AppState; render: (c: ReportContent) => ReactNode }) {
  const i18n = useI18n();
  const { t } = i18n;
  // The same variables as the comparable view: its cached answer, no second ranking.
  const ranking = useGraphQLQuery(COMPARABLE_QUERY, state.cmp ? comparableVariables(state.cmp, state.cmpPreset, state.cmpWeights) : null);
  const result = ranking.data?.comparableMunicipalities;
  const facts = useGraphQLQuery(REPORT_COMPARABLE_FACTS_QUERY, result ? factsVariables(result) : null);

  if (!state.cmp) return render({ question: t('report.comparable.noSubject'), body: null, notes: [], sourceCount: 0 });
  // Without the facts (an error) the ranking and its explanation still stand; the error says what is missing.
  const factsData = facts.data ?? (facts.error ? NO_FACTS : undefined);
  if (!result || !factsData) {
    return render({
      question: t('report.comparable.question', { name: result?.subject.name ?? '…' }),
      body: (
        <>
          <ReportStatus loading={ranking.loading} error={ranking.error} onRetry={ranking.retry} />
          <ReportStatus loading={facts.loading} error={facts.error} onRetry={facts.retry} />
        </>
      ),
      notes: [],
      sourceCount: 0,
    });
  }

  const notes = createFootnotes();
  const cbs = cbsProvenance(factsData);
  // Cited in reading order: the ranking's CBS lines first, then the explanation's facts.
  const rowRefs = new Map(result.results.map((r) => [r.municipality.id, notes.cite(cbs.get(r.municipality.id) ?? [], r.municipality.name)]));
  const subjectRefs = notes.cite(cbs.get(result.subject.id) ?? [], result.subject.name);
  const engagements = allEngagements(factsData);
  const cbsTables = [...new Map([...cbs.values()].flat().map((p) => [p.source.id, p.source])).values()];
  const explanation = result.results.map((r) => (
    <ExplainedResult key={r.municipality.id} result={r} subject={result.subject} facts={sharedFacts(r, result.subject, engagements, notes)} />
  ));
  const fmt = (n: number) => i18n.formatNumber(n, { minimumFractionDigits: 2, maximumFractionDigits: 2 });

  const body = (
    <>
      {facts.error && <ReportStatus loading={false} error={facts.error} onRetry={facts.retry} />}
      <ReportSection id="report-question-heading" title={t('report.question')} testId="report-question-section">
        <p>{t('report.comparable.question', { name: result.subject.name })}</p>
      </ReportSection>
      <ReportSection id="report-weighting-heading" title={t('report.weighting')} testId="report-weighting">
        <UsedWeighting result={result} i18n={i18n} />
        {result.basis.length > 0 && result.subject.type !== 'MUNICIPALITY' && <p>{t('comparable.basis', { names: result.basis.map((b) => b.name).join(', ') })}</p>}
      </ReportSection>
      <ReportSection id="report-answer-heading" title={t('report.answer')} testId="report-answer">
        {result.results.length === 0 ? (
          <p>{t('comparable.none')}</p>
        ) : (
          <table className="report-table" data-testid="report-ranking">
            <caption>{t('report.comparable.caption', { name: result.subject.name, count: result.results.length })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('report.comparable.rank')}</th>
                <th scope="col">{t('report.comparable.municipality')}</th>
                <th scope="col" className="number">
                  {t('report.comparable.score')}
                </th>
                <th scope="col" className="number">
                  {t('report.comparable.population')}
                </th>
                <th scope="col" className="number">
                  {t('report.comparable.density')}
                </th>
              </tr>
            </thead>
            <tbody>
              {result.results.map((r) => (
                <tr key={r.municipality.id} data-testid="report-ranked" data-entity-id={r.municipality.id}>
                  <td>{r.rank}</td>
                  <th scope="row">
                    {r.municipality.name}
                    <Refs numbers={rowRefs.get(r.municipality.id) ?? []} />
                  </th>
                  <td className="number">{fmt(r.score)}</td>
                  <td className="number">{r.municipality.population != null ? i18n.formatNumber(r.municipality.population) : t('common.unknown')}</td>
                  <td className="number">{r.municipality.density != null ? i18n.formatNumber(Math.round(r.municipality.density)) : t('common.unknown')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {cbsTables.length > 0 && (
          <p className="report-cbs" data-testid="report-cbs">
            {t('report.cbs', { tables: i18n.formatList(cbsTables.map((s) => s.title)) })}
            {subjectRefs.length > 0 && (
              <>
                {' '}
                {t('report.cbsSubject', { name: result.subject.name })}
                <Refs numbers={subjectRefs} />
              </>
            )}
          </p>
        )}
      </ReportSection>
      <ReportSection id="report-explanation-heading" title={t('report.explanation')} testId="report-explanation">
        {explanation}
      </ReportSection>
    </>
  );
  return render({ question: t('report.comparable.question', { name: result.subject.name }), body, notes: notes.list(), sourceCount: notes.sourceCount() });
}

function ExplainedResult({ result: r, subject, facts }: { result: Comparable; subject: ComparableResult['subject']; facts: ReadonlyMap<string, SharedFact[]> }) {
  const i18n = useI18n();
  const { t, formatNumber } = i18n;
  const m = r.municipality;
  const fmt = (n: number) => formatNumber(n, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const line = (name: string, f: SharedFact['candidate']) =>
    f ? (
      <>
        {t('report.comparable.through', { name, engagement: f.engagement })}
        <Refs numbers={f.refs} />
      </>
    ) : (
      t('report.comparable.noEngagement', { name })
    );
  const shared = (p: ScorePart) => {
    const list = facts.get(p.kind);
    if (!list?.length) return null;
    return (
      <ul className="report-shared">
        {list.map((f) => (
          <li key={f.id} data-testid="report-shared-fact">
            <strong>{f.name}</strong>: {line(m.name, f.candidate)}; {line(subject.name, f.subject)}
          </li>
        ))}
      </ul>
    );
  };
  return (
    <article className="report-result" data-testid="report-result" data-entity-id={m.id}>
      <h3>{t('report.comparable.resultHeading', { rank: r.rank, name: m.name, score: fmt(r.score) })}</h3>
      <ul className="report-parts">
        {r.explanation.map((p) => (
          <li key={p.kind} data-kind={p.kind}>
            <span className="part-kind">{t(`part.${p.kind}`)}</span> (+{fmt(p.contribution)}):{' '}
            <span data-testid="report-part-sentence">
              {describeScorePart(i18n, p, { candidateProvince: m.province, candidateCorop: m.corop?.name, subjectName: subject.name })}
            </span>
            {shared(p)}
          </li>
        ))}
      </ul>
    </article>
  );
}
