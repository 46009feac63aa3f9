import { Button } from '@utrecht/component-library-react';
import { useId, useState, type FormEvent } from 'react';
import { SCORE_PART_KINDS } from '../../api/entityTypes';
import type { ComparablePreset } from '../../api/generated/schema-enums';
import { useI18n } from '../../i18n/I18nProvider';
import { WEIGHT_KEYS, type CustomWeights, type WeightKey } from '../../state/appState';
import type { UsedWeights } from './comparableQuery';

const PRESETS: readonly ComparablePreset[] = ['STRUCTURE', 'EXPERIENCE', 'BALANCED'];

/**
 * What "comparable" means: one of the three presets, or custom weights (0–10 per part) that the
 * server rescales to add up to 1. Weights are applied with a button, not per keystroke.
 */
export function PresetChooser({
  preset,
  weights,
  used,
  onChange,
}: {
  preset: ComparablePreset;
  weights: CustomWeights | null;
  /** The weights of the last answer (normalised): where the custom weights start from. */
  used: UsedWeights | undefined;
  onChange: (p: { cmpPreset?: ComparablePreset; cmpWeights?: CustomWeights | null }) => void;
}) {
  const { t } = useI18n();
  const name = useId();
  // Custom weights start from what is shown: the user's own, or the preset's on a scale of 0 to 10.
  const start: CustomWeights =
    weights ?? Object.fromEntries(WEIGHT_KEYS.map((k) => [k, used ? Math.round(used[k] * 1000) / 100 : 0]));
  return (
    <div className="preset-chooser">
      <fieldset className="preset-fieldset" data-testid="comparable-preset">
        <legend>{t('comparable.preset')}</legend>
        <ul className="preset-options">
          {PRESETS.map((p) => (
            <li key={p}>
              <input
                type="radio"
                id={`${name}-${p}`}
                name={name}
                value={p}
                checked={weights === null && preset === p}
                data-testid={`preset-${p}`}
                onChange={() => onChange({ cmpPreset: p, cmpWeights: null })}
              />
              <label htmlFor={`${name}-${p}`}>
                <span className="preset-name">{t(`preset.${p}`)}</span>
                <span className="hint">{t(`preset.${p}.hint`)}</span>
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      <details className="custom-weights" open={weights !== null || undefined} data-testid="custom-weights">
        <summary>{t('comparable.custom')}</summary>
        <WeightsForm
          key={JSON.stringify(start)}
          start={start}
          custom={weights !== null}
          onApply={(w) => onChange({ cmpWeights: w })}
          onClear={() => onChange({ cmpWeights: null })}
        />
      </details>
    </div>
  );
}

function WeightsForm({
  start,
  custom,
  onApply,
  onClear,
}: {
  start: CustomWeights;
  custom: boolean;
  onApply: (w: CustomWeights) => void;
  onClear: () => void;
}) {
  const { t } = useI18n();
  const id = useId();
  const [draft, setDraft] = useState<Record<WeightKey, string>>(
    () => Object.fromEntries(WEIGHT_KEYS.map((k) => [k, String(start[k] ?? 0)])) as Record<WeightKey, string>,
  );
  const parsed = WEIGHT_KEYS.map((k) => [k, Number(draft[k])] as const);
  // Every weight a number from 0 to 10, and at least one above 0 (the server needs something to rank by).
  const valid = parsed.every(([k, n]) => draft[k].trim() !== '' && Number.isFinite(n) && n >= 0 && n <= 10) && parsed.some(([, n]) => n > 0);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (valid) onApply(Object.fromEntries(parsed));
  };
  return (
    <form className="weights-form" onSubmit={submit}>
      <p className="hint">{t('comparable.customHint')}</p>
      <div className="weights-grid">
        {SCORE_PART_KINDS.map((kind) => {
          const key = kind.toLowerCase() as WeightKey;
          return (
            <div key={kind} className="weight-row">
              <label htmlFor={`${id}-${key}`}>{t(`part.${kind}`)}</label>
              <input
                id={`${id}-${key}`}
                type="number"
                min={0}
                max={10}
                step="any"
                inputMode="decimal"
                data-testid={`weight-${key}`}
                value={draft[key]}
                onChange={(e) => setDraft((d) => ({ ...d, [key]: e.target.value }))}
              />
            </div>
          );
        })}
      </div>
      <div className="weights-actions">
        <Button appearance="primary-action-button" type="submit" className="small" disabled={!valid} data-testid="weights-apply">
          {t('comparable.apply')}
        </Button>
        {custom && (
          <Button appearance="secondary-action-button" className="small" onClick={onClear}>
            {t('comparable.clearWeights')}
          </Button>
        )}
      </div>
    </form>
  );
}
