import { useEffect, useRef } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import type { Filters } from '../../state/appState';
import './ActiveFilterChips.css';
import type { FilterOptions } from './filterQueries';

interface Chip {
  key: string;
  label: string;
  without: Filters;
}

/** One chip per active filter value, each with the filters as they are without it. */
function chipsOf(filters: Filters, options: FilterOptions | undefined, t: ReturnType<typeof useI18n>['t']): Chip[] {
  const themeName = new Map((options?.themes ?? []).map((th) => [th.id, th.name]));
  const bureauName = new Map((options?.consultancies ?? []).map((c) => [c.id, c.name]));
  const chips: Chip[] = [];
  for (const id of filters.themes) {
    chips.push({ key: `th-${id}`, label: t('chips.theme', { name: themeName.get(id) ?? id }), without: { ...filters, themes: filters.themes.filter((x) => x !== id) } });
  }
  if (filters.from !== null || filters.to !== null) {
    const label =
      filters.from !== null && filters.to !== null
        ? t('chips.years', { from: filters.from, to: filters.to })
        : filters.from !== null
          ? t('chips.yearsFrom', { from: filters.from })
          : t('chips.yearsTo', { to: filters.to ?? '' });
    chips.push({ key: 'years', label, without: { ...filters, from: null, to: null } });
  }
  for (const id of filters.consultancies) {
    chips.push({
      key: `co-${id}`,
      label: t('chips.consultancy', { name: bureauName.get(id) ?? id }),
      without: { ...filters, consultancies: filters.consultancies.filter((x) => x !== id) },
    });
  }
  for (const type of filters.hiddenTypes) {
    chips.push({ key: `ht-${type}`, label: t('chips.hidden', { type: t(`type.${type}`) }), without: { ...filters, hiddenTypes: filters.hiddenTypes.filter((x) => x !== type) } });
  }
  return chips;
}

/**
 * The active filters as chips above the graph, in every tab: each one removable by click or keyboard
 * (focus then moves to the next chip, or to the graph when none is left).
 */
export function ActiveFilterChips({ filters, options, onChange }: { filters: Filters; options: FilterOptions | undefined; onChange: (f: Filters) => void }) {
  const { t } = useI18n();
  const chips = chipsOf(filters, options, t);
  const list = useRef<HTMLUListElement>(null);
  // The chip to focus once the removal has rendered.
  const focusNext = useRef<number | null>(null);
  useEffect(() => {
    if (focusNext.current === null) return;
    const buttons = list.current?.querySelectorAll<HTMLButtonElement>('button');
    buttons?.[Math.min(focusNext.current, buttons.length - 1)]?.focus();
    focusNext.current = null;
  });

  if (chips.length === 0) return null;
  const remove = (i: number, chip: Chip) => {
    if (chips.length > 1) focusNext.current = i;
    else document.querySelector<HTMLElement>('[data-testid="graph-canvas"]')?.focus();
    onChange(chip.without);
  };
  return (
    <section className="filter-chips" data-testid="filter-chips" aria-label={t('chips.label')}>
      <span className="filter-chips-label" aria-hidden="true">
        {t('chips.label')}:
      </span>
      <ul ref={list}>
        {chips.map((chip, i) => (
          <li key={chip.key} className="filter-chip" data-testid="filter-chip">
            <span>{chip.label}</span>
            <button type="button" aria-label={t('chips.remove', { label: chip.label })} onClick={() => remove(i, chip)}>
              <svg viewBox="0 0 12 12" width="10" height="10" aria-hidden="true" focusable="false">
                <path d="M2 2l8 8M10 2l-8 8" stroke="currentColor" strokeWidth="1.8" fill="none" />
              </svg>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
