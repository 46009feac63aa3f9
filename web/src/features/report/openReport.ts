import { createContext, useContext } from 'react';
import type { ReportKind } from '../../state/appState';

/**
 * Opens a printable report over the explorer. App provides it (it writes `report` to the URL), so the
 * buttons in the comparable view, the detail panel and the graph toolbar need no prop of their own.
 */
export const OpenReportContext = createContext<(kind: ReportKind) => void>(() => undefined);

export function useOpenReport(): (kind: ReportKind) => void {
  return useContext(OpenReportContext);
}
