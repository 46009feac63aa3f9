import { Button } from '@utrecht/component-library-react';
import { GROUP_PAGE, type NeighbourGroup } from '../../graph/neighborGroups';
import { useI18n } from '../../i18n/I18nProvider';
import { groupLabel } from './groupLabel';
import './GraphCanvas.css';

/**
 * The group nodes as a table, shown with the table view: each group with the node it belongs to,
 * how many it leaves out, and a button that opens the next page of it (the keyboard's and screen
 * reader's way to the same action as Enter on a group node).
 */
export function GroupTable({
  groups,
  labelOf,
  opening,
  onOpen,
}: {
  groups: readonly NeighbourGroup[];
  labelOf: (id: string) => string;
  opening: string | null;
  onOpen: (g: NeighbourGroup) => void;
}) {
  const i18n = useI18n();
  const { t, formatNumber } = i18n;
  if (groups.length === 0) return null;
  return (
    <div className="group-table-area">
    <table className="group-table" data-testid="group-table">
      <caption>{t('group.table')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('group.of')}</th>
          <th scope="col">{t('group.group')}</th>
          <th scope="col" className="numeric">
            {t('group.hidden')}
          </th>
          <th scope="col">
            <span className="visually-hidden">{t('group.open', { page: GROUP_PAGE })}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {groups.map((g) => (
          <tr key={g.id} data-testid="group-row" data-group-id={g.id}>
            <td>{labelOf(g.of)}</td>
            <td>{groupLabel(i18n, g)}</td>
            <td className="numeric">{g.hidden === null ? '–' : formatNumber(g.hidden)}</td>
            <td>
              <Button appearance="secondary-action-button"
               
                className="small"
                aria-label={`${t('group.open', { page: GROUP_PAGE })}: ${t('group.name', { name: labelOf(g.of), label: groupLabel(i18n, g) })}`}
                disabled={opening !== null}
                onClick={() => onOpen(g)}
              >
                {opening === g.id ? t('group.opening') : t('group.open', { page: GROUP_PAGE })}
              </Button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
    </div>
  );
}
