import { useEffect } from 'react';
import type { EntityRef } from '../../api/fragments';
import { useGraphQLQuery } from '../../api/useGraphQLQuery';
import { EntityCombobox } from '../../components/EntityCombobox';
import { InlineError } from '../../components/InlineError';
import { ShowQuery } from '../../components/ShowQuery';
import { useEntityRefs } from '../../components/useEntityRefs';
import { useI18n } from '../../i18n/I18nProvider';
import { ComparableList } from './ComparableList';
import './ComparableView.css';
import { COMPARABLE_QUERY } from './comparableQuery';
import { INTERLOCK_QUERY, type Interlock } from './interlockQuery';
import { ScoreChart } from './ScoreChart';

const RESULTS = 10;
const SUBJECT_TYPES = ['MUNICIPALITY', 'REGION', 'ORGANIZATION'] as const;

/**
 * Comparable municipalities: a ranked, explained list and a chart of the score's parts; a result's
 * overlap with the subject (shared bureaus, consultants, themes, engagements) opens in the graph.
 */
export function ComparableView({
  subject,
  openWith,
  onChange,
  onShowInterlock,
  onSelect,
}: {
  subject: string | null;
  openWith: string | null;
  onChange: (p: { cmp?: string | null; cmpWith?: string | null }) => void;
  onShowInterlock: (i: Interlock | null) => void;
  onSelect: (e: EntityRef) => void;
}) {
  const { t } = useI18n();
  const { refs } = useEntityRefs([subject]);
  const q = useGraphQLQuery(COMPARABLE_QUERY, subject ? { id: subject, first: RESULTS } : null);
  const interlock = useGraphQLQuery(INTERLOCK_QUERY, subject && openWith ? { a: subject, b: openWith } : null);
  const result = q.data?.comparableMunicipalities;
  const shown = openWith && interlock.data ? interlock.data.interlocks : null;

  useEffect(() => onShowInterlock(shown), [shown, onShowInterlock]);

  const subjectRef = subject ? (refs.get(subject) ?? result?.subject ?? { id: subject, name: subject, type: 'MUNICIPALITY' as const }) : null;
  return (
    <div className="view comparable-view" data-testid="comparable-view">
      <p className="intro">{t('comparable.intro')}</p>
      <EntityCombobox
        label={t('comparable.subject')}
        types={SUBJECT_TYPES}
        value={subjectRef}
        onChoose={(e) => onChange({ cmp: e.id, cmpWith: null })}
        testId="comparable-subject"
      />
      {q.loading && <p className="muted">{t('loading')}</p>}
      <InlineError error={q.error} onRetry={q.retry} />
      {result && result.basis.length > 0 && result.subject.type !== 'MUNICIPALITY' && (
        <p className="muted small">{t('comparable.basis', { names: result.basis.map((b) => b.name).join(', ') })}</p>
      )}
      {result && result.results.length === 0 && <p>{t('comparable.none')}</p>}
      {result && result.results.length > 0 && (
        <>
          <ScoreChart results={result.results} />
          <ComparableList
            results={result.results}
            openWith={openWith}
            onSelect={onSelect}
            onInterlock={(id) => onChange({ cmpWith: openWith === id ? null : id })}
          />
        </>
      )}
      <InlineError error={interlock.error} onRetry={interlock.retry} />
      {shown && (
        <p className="muted small" aria-live="polite" data-testid="interlock-summary">
          {t('comparable.shared', {
            name: shown.b.name,
            count: shown.consultancies.length + shown.consultants.length + shown.themes.length + shown.engagements.length,
          })}
        </p>
      )}
      <ShowQuery request={interlock.request ?? q.request} />
    </div>
  );
}
