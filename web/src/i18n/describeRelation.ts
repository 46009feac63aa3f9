import type { GraphEdge, ParticipationRole, RelationType } from '../api/types';
import type { Translate } from './I18nProvider';

const ROLES: readonly string[] = ['CONSULTANT', 'CLIENT_CONTACT', 'OTHER'];

/** "werkt bij (adviseur)", "werkte aan (consultant)": the relation type in words, with role or title. */
export function relationPhrase(
  t: Translate,
  type: RelationType,
  role?: ParticipationRole | null,
  title?: string | null,
): string {
  const extra = role ? t(`role.${role}`) : title;
  return extra ? `${t(`rel.${type}`)} (${extra})` : t(`rel.${type}`);
}

/**
 * The hover label of an edge. The server's label is the type with role or title (`WORKS_AT (adviseur)`);
 * the type is put into words, a role translated, anything else kept as the server wrote it.
 */
export function edgeDisplayLabel(t: Translate, edge: Pick<GraphEdge, 'type' | 'label'>): string {
  if (!edge.label.startsWith(edge.type)) return edge.label || t(`rel.${edge.type}`);
  const extra = edge.label.slice(edge.type.length).replace(/^[\s:(\-–]+|[\s)]+$/g, '');
  if (!extra) return t(`rel.${edge.type}`);
  // The server may write a role as `CLIENT_CONTACT` or as `client contact`.
  const asRole = extra.toUpperCase().replace(/[\s-]+/g, '_');
  const role = ROLES.includes(asRole) ? t(`role.${asRole as ParticipationRole}`) : extra;
  return `${t(`rel.${edge.type}`)} (${role})`;
}
