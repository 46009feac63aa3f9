import type { ApiError } from '../../api/ApiError';
import { useI18n } from '../../i18n/I18nProvider';
import { describeIntakeError } from './intakeErrors';

/** A failed intake or review, worded in the UI's language; the server's own message only where the app has no words for it. */
export function IntakeErrorMessage({ error, title, testId = 'intake-error' }: { error: ApiError; title?: string; testId?: string }) {
  const { t, formatNumber } = useI18n();
  const text = describeIntakeError(t, error, formatNumber);
  return (
    <div className="intake-error" role="alert" data-testid={testId} data-code={error.code} data-reason={typeof error.details.reason === 'string' ? error.details.reason : undefined}>
      {title && <strong className="intake-error-title">{title}</strong>}
      <p>{text.message}</p>
      {text.detail && (
        <p className="intake-error-detail">
          {t('intake.serverSaid')} <span lang="en">{text.detail}</span>
        </p>
      )}
    </div>
  );
}
