import { useQueryClient } from '@tanstack/react-query';
import { Alert, PrimaryActionButton } from '@utrecht/component-library-react';
import { retryAllOutages, useOutage } from '../api/outages';
import { useI18n } from '../i18n/I18nProvider';
import './ErrorBanner.css';

/**
 * The service is down (network, database, unexpected answer): one clear message and one retry button
 * that re-runs every request that failed. Views keep what they had, so nothing goes blank.
 */
export function ErrorBanner() {
  const { t } = useI18n();
  const client = useQueryClient();
  const outage = useOutage();
  if (!outage) return null;
  return (
    <Alert
      type="error"
      role="alert"
      className="error-banner"
      data-testid="error-banner"
      data-code={outage.code}
      icon={
        <svg viewBox="0 0 20 20" width="20" height="20" aria-hidden="true" focusable="false">
          <path d="M10 2 1 18h18L10 2zm0 5v5m0 2.2v.1" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" />
        </svg>
      }
    >
      <div className="error-text">
        <strong>{t('error.title')}</strong>
        <span>{t(`error.${outage.code}`, { message: '' })}</span>
      </div>
      <PrimaryActionButton data-testid="retry-button" disabled={outage.retrying} onClick={() => retryAllOutages(client)}>
        {t('error.retry')}
      </PrimaryActionButton>
    </Alert>
  );
}
