import { graphql } from '../../api/generated';

/** A relationship with its evidence: what clicking an edge shows. */
export const RELATION_QUERY = graphql(`
  query RelationDetails($id: ID!) {
    relation(id: $id) { ...RelationFields }
  }
`);

/** Relation ids are `<from>|<TYPE>|<to>`; node ids never contain `|`. */
export function isRelationId(id: string): boolean {
  return id.includes('|');
}
