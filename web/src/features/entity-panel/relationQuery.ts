import { RELATION_FIELDS } from '../../api/fragments';
import type { Relation } from '../../api/types';

/** A relationship with its evidence: what clicking an edge shows. */
export const RELATION_QUERY = /* GraphQL */ `
  query RelationDetails($id: ID!) {
    relation(id: $id) {
      ${RELATION_FIELDS}
    }
  }
`;

export interface RelationData {
  relation: Relation | null;
}

/** Relation ids are `<from>|<TYPE>|<to>`; node ids never contain `|`. */
export function isRelationId(id: string): boolean {
  return id.includes('|');
}
