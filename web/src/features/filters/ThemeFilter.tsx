import { Checkbox, Fieldset, FieldsetLegend, FormLabel, Textbox } from '@utrecht/component-library-react';
import { useMemo, useState } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import type { ThemeOption } from './filterQueries';
import { themeClosure } from './themeClosure';

interface TreeNode {
  theme: ThemeOption;
  children: TreeNode[];
}

function buildTree(themes: readonly ThemeOption[]): TreeNode[] {
  const byId = new Map(themes.map((t) => [t.id, t]));
  const childrenOf = new Map<string, ThemeOption[]>();
  for (const th of themes) {
    for (const b of th.broader) if (byId.has(b.id)) childrenOf.set(b.id, [...(childrenOf.get(b.id) ?? []), th]);
  }
  const build = (th: ThemeOption, path: Set<string>): TreeNode => ({
    theme: th,
    children: (childrenOf.get(th.id) ?? [])
      .filter((c) => !path.has(c.id))
      .sort((a, b) => a.name.localeCompare(b.name, 'nl'))
      .map((c) => build(c, new Set([...path, c.id]))),
  });
  return themes
    .filter((th) => !th.broader.some((b) => byId.has(b.id)))
    .sort((a, b) => a.name.localeCompare(b.name, 'nl'))
    .map((th) => build(th, new Set([th.id])));
}

/**
 * The thesaurus as a tree of checkboxes. Choosing a theme includes its narrower themes: they show as
 * checked and disabled, with the theme that includes them.
 */
export function ThemeFilter({
  themes,
  selected,
  onChange,
}: {
  themes: readonly ThemeOption[];
  selected: readonly string[];
  onChange: (themes: string[]) => void;
}) {
  const { t } = useI18n();
  const [text, setText] = useState('');
  const tree = useMemo(() => buildTree(themes), [themes]);
  const included = useMemo(() => themeClosure(selected, themes), [selected, themes]);
  const names = useMemo(() => new Map(themes.map((th) => [th.id, th.name])), [themes]);
  const needle = text.trim().toLowerCase();

  const viaOf = (id: string): string | undefined => {
    const via = selected.find((s) => s !== id && themeClosure([s], themes).has(id));
    return via ? names.get(via) : undefined;
  };
  const matches = (n: TreeNode): boolean =>
    !needle || n.theme.name.toLowerCase().includes(needle) || n.children.some(matches);

  const render = (nodes: TreeNode[], depth: number) => (
    <ul className={depth === 0 ? 'checkbox-list theme-tree' : 'checkbox-list theme-subtree'}>
      {nodes.filter(matches).map((n) => {
        const id = n.theme.id;
        const isSelected = selected.includes(id);
        const viaName = !isSelected && included.has(id) ? viaOf(id) : undefined;
        const inputId = `filter-theme-${id}-${depth}`;
        return (
          <li key={`${id}-${depth}`}>
            <Checkbox
              id={inputId}
              data-testid={`filter-theme-${id}`}
              checked={isSelected || Boolean(viaName)}
              disabled={Boolean(viaName)}
              onChange={(e) =>
                onChange(e.target.checked ? [...selected.filter((s) => !themeClosure([id], themes).has(s)), id] : selected.filter((s) => s !== id))
              }
            />
            <FormLabel htmlFor={inputId} type="checkbox">
              {n.theme.name}
              {viaName && <span className="muted small"> ({t('filters.includedVia', { name: viaName })})</span>}
            </FormLabel>
            {n.children.length > 0 && render(n.children, depth + 1)}
          </li>
        );
      })}
    </ul>
  );

  return (
    <Fieldset className="filter-group">
      <FieldsetLegend>{t('filters.themes')}</FieldsetLegend>
      <p className="hint">{t('filters.themesHint')}</p>
      <label className="visually-hidden" htmlFor="theme-filter-search">
        {t('filters.themeSearch')}
      </label>
      <Textbox
        id="theme-filter-search"
        type="search"
        className="small-input"
        placeholder={t('filters.themeSearch')}
        value={text}
        onChange={(e) => setText(e.target.value)}
      />
      <div className="theme-scroll">{render(tree, 0)}</div>
    </Fieldset>
  );
}
