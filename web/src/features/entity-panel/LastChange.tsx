import { useI18n } from '../../i18n/I18nProvider';
import { useCuratorQuery } from '../intake/curatorApi';
import { ENTITY_LAST_CHANGE_QUERY } from './entityQuery';

/**
 * "Laatst gewijzigd door … op …" for a signed-in curator (issue 12): asked with the curator's token
 * in a request of its own, so a reader's panel never asks for it (the API refuses it to readers).
 * Nothing is shown to readers, nor when the entity has not been changed since the audit began.
 */
export function LastChange({ id }: { id: string }) {
  const { t, locale } = useI18n();
  const q = useCuratorQuery(ENTITY_LAST_CHANGE_QUERY, { id });
  const change = q.data?.node?.id === id ? q.data.node.lastChange : null;
  if (!change) return null;
  const at = new Date(change.at);
  const date = Number.isNaN(at.getTime()) ? change.at : at.toLocaleString(locale, { dateStyle: 'long', timeStyle: 'short' });
  return (
    <p className="last-change muted small" data-testid="panel-last-change">
      {t('panel.lastChange', { by: change.by, date })}
    </p>
  );
}
