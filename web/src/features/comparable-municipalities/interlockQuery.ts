import type { EntityRef } from '../../api/types';

/** What a gemeente and its comparable share: bureaus, consultants, themes and engagements. */
export const INTERLOCK_QUERY = /* GraphQL */ `
  query Interlock($a: ID!, $b: ID!) {
    interlocks(a: $a, b: $b) {
      a { id name type }
      b { id name type }
      consultancies { id name type }
      consultants { id name type }
      themes { id name type }
      engagements { id name type }
    }
  }
`;

export interface Interlock {
  a: EntityRef;
  b: EntityRef;
  consultancies: EntityRef[];
  consultants: EntityRef[];
  themes: EntityRef[];
  engagements: EntityRef[];
}

export interface InterlockData {
  interlocks: Interlock;
}

export function interlockIds(i: Interlock): string[] {
  return [i.a, i.b, ...i.consultancies, ...i.consultants, ...i.themes, ...i.engagements].map((e) => e.id);
}
