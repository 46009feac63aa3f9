import { Button } from '@utrecht/component-library-react';
import { useEffect, useRef, type ReactNode, type RefObject } from 'react';
import type { VisibleGraph } from '../../graph/knownGraph';
import { useI18n } from '../../i18n/I18nProvider';
import { serializeAppState, type AppState, type ReportKind } from '../../state/appState';
import { ComparableReport } from './ComparableReport';
import { EntityReport } from './EntityReport';
import type { Footnote } from './footnotes';
import { GraphReport } from './GraphReport';
import { FootnoteList } from './ReportParts';
import './ReportView.css';

/** What every kind of report hands the frame: the question, the body, and the footnotes it cited. */
export interface ReportContent {
  question: string;
  body: ReactNode;
  notes: readonly Footnote[];
  sourceCount: number;
}

/**
 * A printable report for a memo (issue 13), over the explorer: the question, the answer, the
 * explanation in words, every fact's source and quote as numbered footnotes, the date it was made and
 * a link back to the same view. "Afdrukken / PDF" is the browser's print; the print stylesheet prints
 * the report alone, on A4.
 */
export function ReportView({ kind, state, graph, onClose }: { kind: ReportKind; state: AppState; graph: VisibleGraph; onClose: () => void }) {
  const { t } = useI18n();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [kind]);
  const frame = (content: ReportContent) => <ReportFrame kind={kind} state={state} content={content} heading={heading} />;
  return (
    <div className="report-page" data-testid="report-page">
      <div className="report-actions" role="toolbar" aria-label={t('report.actions')}>
        <Button appearance="primary-action-button"  data-testid="report-print" onClick={() => window.print()}>
          {t('report.print')}
        </Button>
        <Button appearance="secondary-action-button"  data-testid="report-close" onClick={onClose}>
          {t('report.back')}
        </Button>
      </div>
      {kind === 'comparable' && <ComparableReport state={state} render={frame} />}
      {kind === 'entity' && <EntityReport id={state.sel} render={frame} />}
      {kind === 'graph' && <GraphReport state={state} graph={graph} render={frame} />}
    </div>
  );
}

function ReportFrame({ kind, state, content, heading }: { kind: ReportKind; state: AppState; content: ReportContent; heading: RefObject<HTMLHeadingElement | null> }) {
  const { t, plural, formatDate } = useI18n();
  const link = `${window.location.origin}${window.location.pathname}${serializeAppState({ ...state, report: null })}`;
  const today = new Date().toISOString().slice(0, 10);
  return (
    <main className="report" id="report-main" data-testid="report" data-kind={kind}>
      <header className="report-header">
        <p className="report-kicker">{t('report.kicker')}</p>
        <h1 ref={heading} tabIndex={-1} data-testid="report-question">
          {content.question}
        </h1>
        <p className="report-meta">
          <span data-testid="report-date">{t('report.made', { date: formatDate(today) })}</span>
          <br />
          {t('report.link')}{' '}
          <a href={link} data-testid="report-link">
            {link}
          </a>
        </p>
      </header>
      {content.body}
      <FootnoteList notes={content.notes} />
      <footer className="report-footer" data-testid="report-footer">
        {plural('report.footer', content.sourceCount)}
      </footer>
    </main>
  );
}
