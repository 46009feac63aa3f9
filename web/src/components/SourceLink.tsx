import type { ReactNode } from 'react';
import { sourceHref, useOpenSource } from './openSource';

/** A link to a source's public page: a real address (opens in a new tab too), handled in the app on a plain click. */
export function SourceLink({ id, children, className }: { id: string; children: ReactNode; className?: string }) {
  const open = useOpenSource();
  return (
    <a
      href={sourceHref(id)}
      className={className}
      data-testid="source-link"
      data-source-id={id}
      onClick={(e) => {
        if (!open || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
        e.preventDefault();
        open(id);
      }}
    >
      {children}
    </a>
  );
}
