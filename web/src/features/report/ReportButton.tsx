import { Button } from '@utrecht/component-library-react';
import { useI18n } from '../../i18n/I18nProvider';
import type { ReportKind } from '../../state/appState';
import { useOpenReport } from './openReport';
import './ReportButton.css';

/** "Rapport": opens the printable report of a comparison, the selected entity, or the graph shown. */
export function ReportButton({ kind, className = 'small', disabled = false }: { kind: ReportKind; className?: string; disabled?: boolean }) {
  const { t } = useI18n();
  const open = useOpenReport();
  return (
    <Button appearance="secondary-action-button" className={`${className} report-open`} data-testid={`report-open-${kind}`} disabled={disabled} onClick={() => open(kind)}>
      {t('report.open')}
      <span className="visually-hidden"> {t(`report.openWhat.${kind}`)}</span>
    </Button>
  );
}
