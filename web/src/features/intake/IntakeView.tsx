import { useCallback, useEffect, useRef, useState } from 'react';
import type { EntityRef } from '../../api/fragments';
import { useI18n } from '../../i18n/I18nProvider';
import type { IntakeScreen } from '../../state/appState';
import { CuratorSignIn } from './CuratorSignIn';
import { useCuratorToken } from './curatorToken';
import './IntakeView.css';
import { NewArticle, type IntakeOutcome } from './NewArticle';
import { ReviewQueue } from './ReviewQueue';
import { ReviewScreen } from './ReviewScreen';

export interface IntakeChange {
  intake: IntakeScreen | null;
  intakeSource?: string | null;
  intakeProposal?: string | null;
}

/**
 * Article intake for curators (issue 10), in place of the explorer: "Nieuw artikel", the review
 * queue, and one article's review. Without a curator token the screens ask for it first; the token
 * is kept in this tab only and sent as a header, never in the URL.
 */
export function IntakeView({
  screen,
  sourceId,
  proposalId,
  onNavigate,
  onOpenInGraph,
}: {
  screen: IntakeScreen;
  sourceId: string | null;
  proposalId: string | null;
  onNavigate: (change: IntakeChange, push?: boolean) => void;
  onOpenInGraph: (e: EntityRef) => void;
}) {
  const { t } = useI18n();
  const token = useCuratorToken();
  const [outcome, setOutcome] = useState<IntakeOutcome | null>(null);
  // The review's selection handler keeps its identity while the parent re-renders.
  const navigate = useRef(onNavigate);
  useEffect(() => {
    navigate.current = onNavigate;
  });
  const selectProposal = useCallback((id: string | null) => navigate.current({ intake: 'review', intakeSource: sourceId, intakeProposal: id }), [sourceId]);
  const tabs: { screen: IntakeScreen; label: string }[] = [
    { screen: 'new', label: t('intake.nav.new') },
    { screen: 'queue', label: t('intake.nav.queue') },
  ];

  return (
    <main className="intake" id="intake-main" data-testid="intake" data-screen={screen} tabIndex={-1}>
      <div className="intake-bar">
        <nav aria-label={t('intake.label')}>
          <ul className="intake-nav">
            {tabs.map((tab) => (
              <li key={tab.screen}>
                <button
                  type="button"
                  aria-current={screen === tab.screen ? 'page' : undefined}
                  data-testid={`intake-nav-${tab.screen}`}
                  onClick={() => onNavigate({ intake: tab.screen, intakeSource: null, intakeProposal: null }, true)}
                >
                  {tab.label}
                </button>
              </li>
            ))}
            {screen === 'review' && (
              <li>
                <span className="intake-nav-current" aria-current="page">
                  {t('intake.nav.review')}
                </span>
              </li>
            )}
          </ul>
        </nav>
        {token && <CuratorSignIn />}
      </div>
      <div className={`intake-content intake-content-${screen}`}>
        {!token && <CuratorSignIn />}
        {screen === 'new' && (
          <NewArticle
            onIngested={(r) => {
              setOutcome(r);
              onNavigate({ intake: 'review', intakeSource: r.source.id, intakeProposal: null }, true);
            }}
          />
        )}
        {token && screen === 'queue' && <ReviewQueue onOpen={(id) => onNavigate({ intake: 'review', intakeSource: id, intakeProposal: null }, true)} />}
        {token && screen === 'review' && sourceId && (
          <ReviewScreen
            key={sourceId}
            sourceId={sourceId}
            proposalId={proposalId}
            outcome={outcome}
            onSelect={selectProposal}
            onOpenInGraph={onOpenInGraph}
          />
        )}
      </div>
    </main>
  );
}
