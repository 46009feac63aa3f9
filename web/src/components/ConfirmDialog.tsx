import { Button, ButtonGroup, Heading2, PrimaryActionButton } from '@utrecht/component-library-react';
import { useEffect, useId, useRef, type ReactNode } from 'react';
import './ConfirmDialog.css';

/**
 * A deliberate yes/no question in the native modal <dialog>: the rest of the page is inert while it
 * is open (the focus stays inside), Escape cancels, the focus starts on the safe answer (cancel) and
 * returns to where it was when the dialog closes.
 */
export function ConfirmDialog({
  open,
  title,
  children,
  confirmLabel,
  cancelLabel,
  onConfirm,
  onCancel,
  testId,
}: {
  open: boolean;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  cancelLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
  testId?: string;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const id = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog || !open || dialog.open) return;
    const before = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    dialog.showModal();
    cancelRef.current?.focus();
    return () => {
      if (dialog.open) dialog.close();
      if (before?.isConnected) before.focus();
    };
  }, [open]);

  return (
    <dialog
      ref={ref}
      className="confirm-dialog"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-body`}
      data-testid={testId}
      onCancel={(e) => {
        // Escape: the parent closes it, so its state and the dialog agree.
        e.preventDefault();
        onCancel();
      }}
    >
      <Heading2 id={`${id}-title`}>{title}</Heading2>
      <div id={`${id}-body`} className="confirm-dialog-body">
        {children}
      </div>
      <ButtonGroup className="confirm-dialog-actions">
        <Button appearance="secondary-action-button" ref={cancelRef} data-testid={testId && `${testId}-cancel`} onClick={onCancel}>
          {cancelLabel}
        </Button>
        <PrimaryActionButton data-testid={testId && `${testId}-confirm`} onClick={onConfirm}>
          {confirmLabel}
        </PrimaryActionButton>
      </ButtonGroup>
    </dialog>
  );
}
