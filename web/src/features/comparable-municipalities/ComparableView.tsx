import { SCORE_PART_KINDS } from '../../api/entityTypes';
import type { EntityRef } from '../../api/fragments';
import type { ComparablePreset } from '../../api/generated/schema-enums';
import { useGraphQLQuery } from '../../api/useGraphQLQuery';
import { EntityCombobox } from '../../components/EntityCombobox';
import { InlineError } from '../../components/InlineError';
import { ShowQuery } from '../../components/ShowQuery';
import { useEntityRefs } from '../../components/useEntityRefs';
import { useI18n, type I18n } from '../../i18n/I18nProvider';
import type { CustomWeights, WeightKey } from '../../state/appState';
import { ComparableList } from './ComparableList';
import './ComparableView.css';
import { COMPARABLE_QUERY, comparableVariables, type ComparableResult } from './comparableQuery';
import { ApiError } from '../../api/ApiError';
import { INTERLOCK_GRAPH_MAX, interlockSharedCount, useInterlockQuery } from './interlockQuery';
import { ReportButton } from '../report/ReportButton';
import { PresetChooser } from './PresetChooser';
import { ScoreChart } from './ScoreChart';

const SUBJECT_TYPES = ['MUNICIPALITY', 'REGION', 'ORGANIZATION'] as const;

export interface ComparableChange {
  cmp?: string | null;
  cmpWith?: string | null;
  cmpPreset?: ComparablePreset;
  cmpWeights?: CustomWeights | null;
}

/**
 * Comparable municipalities: a weighting (preset or custom), a ranked and explained list, and a chart
 * of the score's parts; a result's overlap with the subject (shared bureaus, consultants, themes,
 * engagements) opens in the graph, and the whole ranking on the map.
 */
export function ComparableView({
  subject,
  openWith,
  preset,
  weights,
  onChange,
  onSelect,
  onOpen,
  onShowOnMap,
}: {
  subject: string | null;
  openWith: string | null;
  preset: ComparablePreset;
  weights: CustomWeights | null;
  onChange: (p: ComparableChange) => void;
  onSelect: (e: EntityRef) => void;
  onOpen: (e: EntityRef) => void;
  onShowOnMap: () => void;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  /** The server words refusals in English; this view words the ones it can cause in the UI's language. */
  const worded = (error: ApiError | null): ApiError | null =>
    error && (error.code === 'NOT_FOUND' || error.code === 'BAD_INPUT' || error.code === 'LIMIT_EXCEEDED')
      ? new ApiError(error.code, t(`comparable.error.${error.code}`), error.status, { ...error.details })
      : error;
  const { refs } = useEntityRefs([subject]);
  const q = useGraphQLQuery(COMPARABLE_QUERY, subject ? comparableVariables(subject, preset, weights) : null);
  const interlock = useInterlockQuery(subject, openWith);
  const result = q.data?.comparableMunicipalities;
  const shown = openWith && interlock.data ? interlock.data.interlocks : null;

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
      <PresetChooser preset={preset} weights={weights} used={result?.weights} onChange={onChange} />
      {q.loading && <p className="muted">{t('loading')}</p>}
      <InlineError error={worded(q.error)} onRetry={q.retry} />
      {result && <UsedWeighting result={result} i18n={i18n} />}
      {result && result.basis.length > 0 && result.subject.type !== 'MUNICIPALITY' && (
        <p className="muted small">{t('comparable.basis', { names: result.basis.map((b) => b.name).join(', ') })}</p>
      )}
      {result && result.results.length === 0 && <p>{t('comparable.none')}</p>}
      {result && result.results.length > 0 && (
        <>
          <button type="button" className="button-link show-on-map" data-testid="comparable-show-map" onClick={onShowOnMap}>
            {t('comparable.showOnMap')}
          </button>{' '}
          <ReportButton kind="comparable" />
          <ScoreChart results={result.results} />
          <ComparableList
            results={result.results}
            subjectName={result.subject.name}
            openWith={openWith}
            onSelect={onSelect}
            onOpen={onOpen}
            onInterlock={(id) => onChange({ cmpWith: openWith === id ? null : id })}
          />
        </>
      )}
      <InlineError error={worded(interlock.error)} onRetry={interlock.retry} />
      {shown && (
        <div aria-live="polite">
          <p className="muted small" data-testid="interlock-summary">
            {t('comparable.shared', { name: shown.b.name, count: interlockSharedCount(shown) })}
          </p>
          {interlockSharedCount(shown) > 0 && (
            <p className="muted small" data-testid="interlock-in-graph">
              {interlockSharedCount(shown) > INTERLOCK_GRAPH_MAX
                ? t('comparable.inGraph', { shown: INTERLOCK_GRAPH_MAX, total: interlockSharedCount(shown) })
                : t('comparable.allInGraph', { total: interlockSharedCount(shown) })}
            </p>
          )}
        </div>
      )}
      <ShowQuery request={interlock.request ?? q.request} />
    </div>
  );
}

/** Which weighting produced the ranking: the preset (or custom weights), each part's share, and what did not count. */
export function UsedWeighting({ result, i18n }: { result: ComparableResult; i18n: I18n }) {
  const { t, formatNumber, formatList } = i18n;
  const key = (kind: (typeof SCORE_PART_KINDS)[number]) => kind.toLowerCase() as WeightKey;
  const weighted = SCORE_PART_KINDS.filter((k) => result.weights[key(k)] > 0);
  const unweighted = SCORE_PART_KINDS.filter((k) => result.weights[key(k)] <= 0);
  const percent = (n: number) => formatNumber(n, { style: 'percent', maximumFractionDigits: 1 });
  return (
    <p className="used-weighting small" data-testid="comparable-used" data-preset={result.preset ?? 'CUSTOM'}>
      {result.preset ? t('comparable.usedPreset', { preset: t(`preset.${result.preset}`) }) : t('comparable.usedCustom')}{' '}
      {t('comparable.usedWeights', { weights: formatList(weighted.map((k) => `${t(`part.${k}`)} ${percent(result.weights[key(k)])}`)) })}
      {unweighted.length > 0 && <> {t('comparable.notWeighted', { parts: formatList(unweighted.map((k) => t(`part.${k}`))) })}</>}
    </p>
  );
}
