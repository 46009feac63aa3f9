import { useI18n } from '../../i18n/I18nProvider';
import type { ReviewProgress } from './intakeQueries';
import './ProgressLine.css';

/** "12 van 31 beoordeeld" with a bar, and what the decisions were. The bar repeats the words, so it is hidden from screen readers. */
export function ProgressLine({ progress, testId }: { progress: ReviewProgress; testId?: string }) {
  const { t } = useI18n();
  const share = progress.total > 0 ? (progress.reviewed / progress.total) * 100 : 100;
  return (
    <div className="progress-line" data-testid={testId} data-reviewed={progress.reviewed} data-total={progress.total}>
      <span className="progress-count">{t('intake.progress', { reviewed: progress.reviewed, total: progress.total })}</span>
      <span className="progress-track" aria-hidden="true">
        <span className="progress-fill" style={{ width: `${share}%` }} />
      </span>
      <span className="muted small">{t('intake.progressDetail', { ...progress })}</span>
    </div>
  );
}
