/**
 * GraphQL fragments shared by several features, and the names the app uses for their generated
 * types. Documents used by one feature live beside it.
 */
import { graphql } from './generated';
import type {
  EngagementSummaryFragment,
  EntityRefFragment,
  GraphFieldsFragment,
  ProvenanceFieldsFragment,
  RelationFieldsFragment,
} from './generated/graphql';

graphql(`
  fragment EntityRef on Entity {
    id
    name
    type
  }
`);

graphql(`
  fragment ProvenanceFields on Provenance {
    quote
    source { id title publisher date url kind }
  }
`);

/** A relationship as the panels and the path list show it: both ends, role or title, evidence. */
graphql(`
  fragment RelationFields on Relation {
    id
    type
    role
    title
    attributes { key value }
    from { ...EntityRef }
    to { ...EntityRef }
    provenance { ...ProvenanceFields }
  }
`);

graphql(`
  fragment EngagementSummary on Engagement {
    id
    name
    start
    end
    startYear
    status
    clients { ...EntityRef }
    consultancies { ...EntityRef }
    themes { ...EntityRef }
  }
`);

/** A graph view as the canvas draws it. */
graphql(`
  fragment GraphFields on Graph {
    nodes { id label type provenanceCount degree year }
    edges { id source target type role title kind provenanceCount }
    truncated
  }
`);

/** An entity by id, name and type: enough to link to it, show its icon and put it on the map. */
export type EntityRef = EntityRefFragment;
export type Provenance = ProvenanceFieldsFragment;
export type Relation = RelationFieldsFragment;
export type EngagementSummary = EngagementSummaryFragment;
export type Graph = GraphFieldsFragment;
