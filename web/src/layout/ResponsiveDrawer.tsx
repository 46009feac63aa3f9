import { Button, Drawer } from '@utrecht/component-library-react';
import { useCallback, useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { useI18n } from '../i18n/I18nProvider';
import './ResponsiveDrawer.css';
import { useCompactLayout } from './useCompactLayout';

/**
 * A column of the wide layout that becomes a drawer on a phone or narrow window (useCompactLayout):
 * a button opens it as a modal dialog (the NL Design System drawer, the native <dialog> in the top
 * layer, so the page behind is inert), focus moves into it, Escape, the close button or a tap on the
 * backdrop close it, and focus returns to the button. On a wide screen the children are shown in place.
 */
export function ResponsiveDrawer({
  align,
  openLabel,
  label,
  testId,
  children,
}: {
  /** `inline-start`: from the left (the sidebar); `block-end`: a bottom sheet (the details). */
  align: 'inline-start' | 'block-end';
  openLabel: string;
  /** The dialog's accessible name. */
  label: string;
  /** `<testId>-open`, `<testId>-drawer`, `<testId>-close`. */
  testId: string;
  children: ReactNode;
}) {
  const compact = useCompactLayout();
  const { t } = useI18n();
  const id = useId();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const toggleRef = useRef<HTMLButtonElement>(null);
  const [open, setOpen] = useState(false);
  // A change of layout (the window widened or narrowed) closes the drawer.
  const [layoutOf, setLayoutOf] = useState(compact);
  if (layoutOf !== compact) {
    setLayoutOf(compact);
    setOpen(false);
  }

  // The dialog is opened and closed here, not through its `open` attribute: showModal() makes it modal.
  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);

  const close = useCallback(() => {
    setOpen(false);
    toggleRef.current?.focus();
  }, []);

  if (!compact) return <>{children}</>;
  return (
    <>
      <Button
        ref={toggleRef}
        appearance="secondary-action-button"
        className={`drawer-toggle drawer-toggle-${align}`}
        aria-haspopup="dialog"
        aria-expanded={open}
        aria-controls={id}
        data-testid={`${testId}-open`}
        onClick={() => setOpen(true)}
      >
        {openLabel}
      </Button>
      <Drawer
        ref={dialogRef}
        id={id}
        align={align}
        className="responsive-drawer"
        aria-label={label}
        data-testid={`${testId}-drawer`}
        onCancel={(e) => {
          // Escape: closed through the state, so the dialog, aria-expanded and the focus change together.
          e.preventDefault();
          close();
        }}
        onClose={(e) => {
          // Closed by the browser itself (a repeated Escape is not cancelable): the state follows. The
          // event comes a task after the close, so a drawer opened again in between (Escape, then
          // Enter on the button) is still open: then it is a stale event, not a close.
          if (open && !e.currentTarget.open) close();
        }}
        onClick={(e) => {
          // A click on the backdrop lands on the dialog element itself.
          if (e.target === e.currentTarget) close();
        }}
      >
        <div className="drawer-bar">
          <Button appearance="subtle-button" className="drawer-close" data-testid={`${testId}-close`} onClick={close}>
            <svg viewBox="0 0 20 20" width="16" height="16" aria-hidden="true" focusable="false">
              <path d="M5 5l10 10M15 5 5 15" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
            </svg>
            {t('drawer.close')}
          </Button>
        </div>
        <div className="drawer-body">{children}</div>
      </Drawer>
    </>
  );
}

/** The detail panel's place: the right column, or a bottom sheet on a phone. */
export function DetailsDrawer({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  return (
    <ResponsiveDrawer align="block-end" openLabel={t('drawer.openDetails')} label={t('drawer.detailsSheet')} testId="details">
      {children}
    </ResponsiveDrawer>
  );
}
