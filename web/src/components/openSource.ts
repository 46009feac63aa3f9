import { createContext, useContext } from 'react';

/**
 * Opens a source's public page (issue 19, item 4) over the current view: given by App, used by every
 * place that shows a source (quotes in the panel, the report's footnotes, the start page's newest
 * articles, the table view). Outside App (tests of a component alone) it does nothing and the link's
 * `href` does the work.
 */
export const OpenSourceContext = createContext<((id: string) => void) | null>(null);

export function useOpenSource(): ((id: string) => void) | null {
  return useContext(OpenSourceContext);
}

/** The address of a source's page from here: the current link with `source=<id>`. */
export function sourceHref(id: string): string {
  const params = new URLSearchParams(typeof window === 'undefined' ? '' : window.location.search);
  params.set('source', id);
  return `?${params.toString()}`;
}
