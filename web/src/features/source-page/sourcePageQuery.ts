import { graphql } from '../../api/generated';

/** A source's public page: metadata, the stored text and the facts it backs with their quotes located in it. */
export const SOURCE_PAGE_QUERY = graphql(`
  query SourcePage($id: ID!) {
    sourcePage(id: $id) {
      source { id title publisher date kind url author language textRetrieved }
      text
      factCount
      facts {
        entity { ...EntityRef }
        relation { id type role title from { ...EntityRef } to { ...EntityRef } attributes { key value } }
        quotes { quote start end }
      }
    }
  }
`);
