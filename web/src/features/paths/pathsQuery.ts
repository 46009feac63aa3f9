import { RELATION_FIELDS } from '../../api/fragments';
import type { EntityRef, Relation } from '../../api/types';

export const PATHS_QUERY = /* GraphQL */ `
  query Paths($from: ID!, $to: ID!, $maxLength: Int!, $first: Int!) {
    paths(from: $from, to: $to, maxLength: $maxLength, first: $first) {
      length
      nodes { id name type }
      steps {
        from { id name type }
        to { id name type }
        relation {
          ${RELATION_FIELDS}
        }
      }
    }
  }
`;

export interface PathStep {
  from: EntityRef;
  to: EntityRef;
  relation: Relation;
}

export interface Path {
  length: number;
  nodes: EntityRef[];
  steps: PathStep[];
}

export interface PathsData {
  paths: Path[];
}

export const MAX_PATHS = 5;
