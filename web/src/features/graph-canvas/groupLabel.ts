import type { NeighbourGroup } from '../../graph/neighborGroups';
import type { I18n } from '../../i18n/I18nProvider';

/** The words of a group node: "148 trajecten", "Amsterdam: 40 trajecten", "trajecten in 9 andere groepen". */
export function groupLabel({ t, formatNumber }: Pick<I18n, 't' | 'formatNumber'>, g: NeighbourGroup): string {
  const things = g.hidden === 1 ? t(`type.${g.type}`).toLowerCase() : t(`group.many.${g.type}`);
  if (g.restParts !== undefined) {
    const parts = formatNumber(g.restParts);
    return g.hidden === null ? t('group.rest', { things: t(`group.many.${g.type}`), parts }) : t('group.restCount', { count: formatNumber(g.hidden), things, parts });
  }
  const count = formatNumber(g.hidden ?? g.total);
  if (g.key !== undefined && g.by) return t('group.part', { name: g.keyName ?? t(`group.without.${g.by}`), count, things });
  return t('group.whole', { count, things });
}
