import { useEffect, useState } from 'react';
import { subscribeToActivity } from '../../api/requestActivity';
import { useI18n } from '../../i18n/I18nProvider';

/** Shows only for requests slower than this, so fast answers do not flicker. */
const SHOW_AFTER_MS = 150;

/** A thin indeterminate bar at the top while any request is in flight. */
export function ProgressBar() {
  const { t } = useI18n();
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    let timer: number | undefined;
    const unsubscribe = subscribeToActivity((inFlight) => {
      window.clearTimeout(timer);
      if (inFlight > 0) timer = window.setTimeout(() => setBusy(true), SHOW_AFTER_MS);
      else setBusy(false);
    });
    return () => {
      window.clearTimeout(timer);
      unsubscribe();
    };
  }, []);
  return (
    <div className="progress-slot" data-testid="progress" data-busy={busy}>
      {busy && <div className="progress-bar" role="progressbar" aria-label={t('loading.progress')} aria-busy="true" />}
    </div>
  );
}
