import type { ParticipationRole, RelationType } from '../api/generated/schema-enums';
import type { Translate } from './I18nProvider';

/** What a relationship is, as any query selects it: an edge (role, title, kind) or a Relation (kind among its attributes). */
export interface RelationWords {
  type: RelationType;
  role?: ParticipationRole | null;
  title?: string | null;
  kind?: string | null;
  attributes?: readonly { key: string; value: string }[];
}

/**
 * "werkt bij (adviseur)", "werkte aan (consultant)", "verbonden met (oud-collega)": the type in words
 * with the role (translated), the job title or the kind (both as the source wrote them). The one
 * wording of a relationship, for edges, tables, panels and paths.
 */
export function describeRelation(t: Translate, r: RelationWords): string {
  const relation = t(`rel.${r.type}`);
  const detail = r.role ? t(`role.${r.role}`) : r.title || r.kind || r.attributes?.find((a) => a.key === 'kind')?.value;
  return detail ? t('rel.withDetail', { relation, detail }) : relation;
}
