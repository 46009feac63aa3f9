import { graphql } from '../../api/generated';
import type { InterlockQuery } from '../../api/generated/graphql';

/** What a gemeente and its comparable share: bureaus, consultants, themes and engagements. */
export const INTERLOCK_QUERY = graphql(`
  query Interlock($a: ID!, $b: ID!) {
    interlocks(a: $a, b: $b) {
      a { ...EntityRef }
      b { ...EntityRef }
      consultancies { ...EntityRef }
      consultants { ...EntityRef }
      themes { ...EntityRef }
      engagements { ...EntityRef }
    }
  }
`);

export type Interlock = InterlockQuery['interlocks'];

export function interlockIds(i: Interlock): string[] {
  return [i.a, i.b, ...i.consultancies, ...i.consultants, ...i.themes, ...i.engagements].map((e) => e.id);
}
