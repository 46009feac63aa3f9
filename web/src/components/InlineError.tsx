import { useQueryClient } from '@tanstack/react-query';
import { Alert, SecondaryActionButton } from '@utrecht/component-library-react';
import type { ApiError } from '../api/ApiError';
import { retryAllOutages } from '../api/outages';
import { useI18n } from '../i18n/I18nProvider';
import './InlineError.css';

/**
 * An error where it happened, so no view is left blank. For an outage the retry re-runs every failed
 * request (like the banner's button); for bad input, not found, too large or too slow (TIMEOUT, which
 * says how to narrow the question), only this view's request.
 */
export function InlineError({ error, onRetry }: { error: ApiError | null | undefined; onRetry?: () => void }) {
  const { t } = useI18n();
  const client = useQueryClient();
  if (!error || error.code === 'ABORTED') return null;
  const retry = error.isOutage ? () => retryAllOutages(client) : onRetry;
  return (
    <Alert type="error" role="status" className="inline-error" data-testid="inline-error" data-code={error.code}>
      <span>{t(`error.${error.code}`, { message: error.message })}</span>
      {retry && (
        <SecondaryActionButton className="small" data-testid="inline-retry" onClick={retry}>
          {t('error.retry')}
        </SecondaryActionButton>
      )}
    </Alert>
  );
}
