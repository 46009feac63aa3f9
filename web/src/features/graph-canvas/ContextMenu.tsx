import { useEffect, useRef, type KeyboardEvent } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import './ContextMenu.css';

export interface MenuItem {
  key: string;
  label: string;
  onSelect: () => void;
}

/**
 * The actions for one node (right click, Shift+F10 or the Menu key): a WAI-ARIA menu that takes focus,
 * moves with the arrow keys and gives focus back to the canvas when it closes.
 */
export function ContextMenu({
  title,
  at,
  items,
  onClose,
}: {
  title: string;
  at: { x: number; y: number };
  items: MenuItem[];
  onClose: () => void;
}) {
  const { t } = useI18n();
  const ref = useRef<HTMLDivElement>(null);

  useEffect(() => {
    ref.current?.querySelector<HTMLButtonElement>('[role="menuitem"]')?.focus();
    const onDown = (e: MouseEvent) => {
      if (ref.current && !ref.current.contains(e.target as Node)) onClose();
    };
    document.addEventListener('mousedown', onDown);
    return () => document.removeEventListener('mousedown', onDown);
  }, [onClose]);

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const buttons = [...(ref.current?.querySelectorAll<HTMLButtonElement>('[role="menuitem"]') ?? [])];
    const i = buttons.indexOf(document.activeElement as HTMLButtonElement);
    if (e.key === 'ArrowDown') buttons[(i + 1) % buttons.length]?.focus();
    else if (e.key === 'ArrowUp') buttons[(i - 1 + buttons.length) % buttons.length]?.focus();
    else if (e.key === 'Home') buttons[0]?.focus();
    else if (e.key === 'End') buttons[buttons.length - 1]?.focus();
    else if (e.key === 'Escape' || e.key === 'Tab') onClose();
    else return;
    e.preventDefault();
    e.stopPropagation();
  };

  return (
    <div
      ref={ref}
      className="context-menu"
      role="menu"
      aria-label={title}
      data-testid="context-menu"
      style={{ left: at.x, top: at.y }}
      onKeyDown={onKeyDown}
    >
      <p className="context-title" aria-hidden="true">
        {title}
      </p>
      {items.map((item) => (
        <button
          key={item.key}
          type="button"
          role="menuitem"
          tabIndex={-1}
          data-testid={`menu-${item.key}`}
          onClick={() => {
            onClose();
            item.onSelect();
          }}
        >
          {item.label}
        </button>
      ))}
      <button type="button" role="menuitem" tabIndex={-1} className="context-close" onClick={onClose}>
        {t('common.close')}
      </button>
    </div>
  );
}
