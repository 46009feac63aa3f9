import { useQueryClient } from '@tanstack/react-query';
import { useId, useRef, useState, type KeyboardEvent } from 'react';
import type { EntityRef } from '../api/fragments';
import type { EntityType } from '../api/generated/schema-enums';
import { graphqlQuery } from '../api/queryClient';
import { useGraphQLQuery } from '../api/useGraphQLQuery';
import { useI18n } from '../i18n/I18nProvider';
import './EntityCombobox.css';
import { isSearchable, SEARCH_QUERY } from './searchQuery';
import { TypeBadge, TypeIcon } from './TypeIcon';
import { useDebouncedValue } from './useDebouncedValue';

export interface EntityComboboxProps {
  label: string;
  /** Visually hide the label (it is still the accessible name). */
  hideLabel?: boolean;
  placeholder?: string;
  types?: readonly EntityType[];
  /** The chosen entity, shown in the box (for pickers); leave undefined for a plain search box. */
  value?: EntityRef | null;
  onChoose: (entity: EntityRef) => void;
  /** Prefix of the data-testid hooks: `<prefix>-input`, `<prefix>-option`. */
  testId: string;
  inputId?: string;
}

/**
 * Search with autocomplete, following the WAI-ARIA combobox pattern: type, move with the arrow keys,
 * Enter or click to choose, Escape to close. Each hit shows its type as icon, colour and word.
 * Enter takes the highlighted option of the hits for the text as typed: pressed before those hits
 * are in (the last letters still on their way), it asks for them at once and takes the first.
 */
export function EntityCombobox(props: EntityComboboxProps) {
  const { t, plural } = useI18n();
  const baseId = useId();
  const listId = `${baseId}-list`;
  const inputId = props.inputId ?? `${baseId}-input`;
  const [text, setText] = useState(props.value?.name ?? '');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const query = useDebouncedValue(text.trim(), 180);
  const searching = open && query.length > 0 && isSearchable(query);
  const searchVariables = (q: string) => ({ query: q, first: 8, types: props.types ? [...props.types] : null });
  const result = useGraphQLQuery(SEARCH_QUERY, searching ? searchVariables(query) : null);
  const queryClient = useQueryClient();
  // The text of the latest keystroke, for an Enter whose hits arrive after more typing.
  const latestText = useRef(text);
  const hits = searching && result.data ? result.data.search.edges.map((e) => e.node) : [];
  // The hits answer the text in the box (not an earlier, shorter text still shown while typing).
  const hitsAreCurrent = searching && result.isCurrent && query === text.trim();

  // A picker shows its chosen entity; when the choice changes from outside (a link, swap), so does the text.
  const valueKey = `${props.value?.id ?? ''}|${props.value?.name ?? ''}`;
  const [shownValue, setShownValue] = useState(valueKey);
  if (valueKey !== shownValue) {
    setShownValue(valueKey);
    setText(props.value?.name ?? '');
  }

  // A new answer starts at its first hit.
  const [answer, setAnswer] = useState(result.data);
  if (result.data !== answer) {
    setAnswer(result.data);
    setActive(result.data?.search.edges.length ? 0 : -1);
  }

  const choose = (entity: EntityRef) => {
    setOpen(false);
    setActive(-1);
    setText(props.value !== undefined ? entity.name : '');
    props.onChoose(entity);
  };

  /** Enter before the hits of `typed` are in: ask for them now (the same request the list makes) and take the first. */
  const chooseFirstHitOf = async (typed: string) => {
    const data = await queryClient.fetchQuery(graphqlQuery(SEARCH_QUERY, searchVariables(typed))).catch(() => null);
    const first = data?.search.edges[0]?.node;
    // Typing went on meanwhile: that text decides, not this Enter.
    if (first && latestText.current.trim() === typed) choose(first);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      setOpen(true);
      setActive((a) => (hits.length ? (a + 1) % hits.length : -1));
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      setActive((a) => (hits.length ? (a - 1 + hits.length) % hits.length : -1));
    } else if (e.key === 'Enter') {
      if (!hitsAreCurrent && isSearchable(text.trim())) {
        e.preventDefault();
        void chooseFirstHitOf(text.trim());
        return;
      }
      const hit = hits[active] ?? hits[0];
      if (open && hit) {
        e.preventDefault();
        choose(hit);
      }
    } else if (e.key === 'Escape') {
      if (open) {
        e.preventDefault();
        setOpen(false);
      } else setText(props.value?.name ?? '');
    }
  };

  const expanded = open && query.length > 0 && (hits.length > 0 || Boolean(result.data) || Boolean(result.error));
  const status = !searching
    ? ''
    : result.error
      ? t('search.error')
      : result.data && hits.length === 0 && !result.loading
        ? t('search.noResults', { query })
        : result.data
          ? plural('search.results', result.data.search.totalCount)
          : '';

  return (
    <div className="combobox">
      <label htmlFor={inputId} className={props.hideLabel ? 'visually-hidden' : 'field-label'}>
        {props.label}
      </label>
      <div className="combobox-field">
        <svg className="combobox-icon" viewBox="0 0 20 20" width="16" height="16" aria-hidden="true" focusable="false">
          <path d="M8.5 3a5.5 5.5 0 0 1 4.38 8.83l4.15 4.14-1.06 1.06-4.14-4.15A5.5 5.5 0 1 1 8.5 3zm0 1.5a4 4 0 1 0 0 8 4 4 0 0 0 0-8z" fill="currentColor" />
        </svg>
        <input
          id={inputId}
          type="search"
          role="combobox"
          autoComplete="off"
          spellCheck={false}
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={listId}
          aria-activedescendant={expanded && active >= 0 && hits[active] ? `${listId}-${active}` : undefined}
          aria-describedby={`${baseId}-status`}
          placeholder={props.placeholder}
          value={text}
          data-testid={`${props.testId}-input`}
          onChange={(e) => {
            latestText.current = e.target.value;
            setText(e.target.value);
            setOpen(true);
          }}
          onFocus={() => text && setOpen(true)}
          onBlur={() => setOpen(false)}
          onKeyDown={onKeyDown}
        />
      </div>
      <ul id={listId} role="listbox" aria-label={props.label} className="combobox-list" hidden={!expanded}>
        {hits.map((hit, i) => (
          <li
            key={hit.id}
            id={`${listId}-${i}`}
            role="option"
            aria-selected={i === active}
            className={i === active ? 'combobox-option active' : 'combobox-option'}
            data-testid={`${props.testId}-option`}
            data-entity-id={hit.id}
            onMouseDown={(e) => e.preventDefault()}
            onMouseEnter={() => setActive(i)}
            onClick={() => choose(hit)}
          >
            <TypeIcon type={hit.type} />
            <span className="option-name">{hit.name}</span>
            {'dissolved' in hit && hit.dissolved && (
              <span className="option-dissolved" data-testid="search-dissolved">
                {t('search.dissolved', { year: hit.dissolvedYear ?? '' }).trim()}
              </span>
            )}
            <TypeBadge type={hit.type} />
          </li>
        ))}
      </ul>
      <span id={`${baseId}-status`} className="visually-hidden" aria-live="polite">
        {status}
      </span>
      {expanded && hits.length === 0 && status && (
        <div className="combobox-empty" role="presentation">
          {status}
        </div>
      )}
    </div>
  );
}
