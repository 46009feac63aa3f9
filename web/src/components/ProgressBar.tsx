import { useIsFetching } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useI18n } from '../i18n/I18nProvider';
import './ProgressBar.css';

/** Shows only for requests slower than this, so fast answers do not flicker. */
const SHOW_AFTER_MS = 150;

/** A thin indeterminate bar at the top while any request is in flight (every request goes through the query cache). */
export function ProgressBar() {
  const { t } = useI18n();
  const fetching = useIsFetching() > 0;
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    const timer = window.setTimeout(() => setBusy(fetching), fetching ? SHOW_AFTER_MS : 0);
    return () => window.clearTimeout(timer);
  }, [fetching]);
  return (
    <div className="progress-slot" data-testid="progress" data-busy={busy}>
      {busy && <div className="progress-bar" role="progressbar" aria-label={t('loading.progress')} aria-busy="true" />}
    </div>
  );
}
