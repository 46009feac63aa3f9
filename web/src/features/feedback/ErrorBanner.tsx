import { useEffect, useRef, useState } from 'react';
import { retryAllOutages, subscribeToOutages, type Outage } from '../../api/outages';
import { useI18n } from '../../i18n/I18nProvider';

/**
 * The service is down (network, database, unexpected answer): one clear message and one retry button
 * that re-runs every request that failed. Screens keep what they had, so nothing goes blank.
 */
export function ErrorBanner() {
  const { t } = useI18n();
  const [outages, setOutages] = useState<Outage[]>([]);
  const [retrying, setRetrying] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  useEffect(() => subscribeToOutages((list) => {
    setOutages(list);
    setRetrying(false);
  }), []);
  if (outages.length === 0) return null;
  // The database message is the most specific; a network failure comes next.
  const code = outages.some((o) => o.error.code === 'DB_UNAVAILABLE')
    ? 'DB_UNAVAILABLE'
    : outages.some((o) => o.error.code === 'NETWORK')
      ? 'NETWORK'
      : outages.some((o) => o.error.code === 'HTTP')
        ? 'HTTP'
        : 'UNKNOWN';
  return (
    <div className="error-banner" role="alert" data-testid="error-banner" data-code={code}>
      <svg viewBox="0 0 20 20" width="20" height="20" aria-hidden="true" focusable="false">
        <path d="M10 2 1 18h18L10 2zm0 5v5m0 2.2v.1" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" />
      </svg>
      <div className="error-text">
        <strong>{t('error.title')}</strong>
        <span>{t(`error.${code}`)}</span>
      </div>
      <button
        ref={buttonRef}
        type="button"
        className="button-primary"
        data-testid="retry-button"
        disabled={retrying}
        onClick={() => {
          setRetrying(true);
          retryAllOutages();
        }}
      >
        {t('error.retry')}
      </button>
    </div>
  );
}
