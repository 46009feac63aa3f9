/**
 * The GraphQL documents of article intake (schema.graphql, "Article intake"): the review queue, one
 * source's review (its text and every proposal), and the three curator mutations. Every one of them
 * goes with the curator's token (curatorApi.ts). Each mutation selects the same proposal fields as
 * the review, so its answer is merged into the cached review as it is.
 */
import { graphql } from '../../api/generated';
import type { IntakeProgressFragment, IntakeProposalFragment } from '../../api/generated/graphql';

graphql(`
  fragment IntakeProgress on ReviewProgress {
    total
    reviewed
    pending
    accepted
    edited
    rejected
  }
`);

graphql(`
  fragment IntakeSource on Source {
    id
    title
    publisher
    date
    url
    kind
    text
    review { ...IntakeProgress }
  }
`);

/** A proposal with everything the review shows of it; the endpoints of a relation by id, type and name. */
graphql(`
  fragment IntakeProposal on Proposal {
    id
    kind
    status
    quote
    quoteStart
    rule
    confidence
    entityType
    name
    mentions { text start end rule confidence }
    linkedEntity { ...EntityRef }
    suggestions(first: 3) { score exactName entity { ...EntityRef } }
    start
    end
    engagementStatus
    relationType
    role
    title
    from { id kind entityType name status }
    to { id kind entityType name status }
    entity { ...EntityRef }
    reviewedAt
  }
`);

export const REVIEW_QUEUE_QUERY = graphql(`
  query ReviewQueue($status: [ProposalStatus!]) {
    reviewQueue(status: $status) {
      id
      title
      publisher
      date
      review { ...IntakeProgress }
    }
  }
`);

export const INTAKE_REVIEW_QUERY = graphql(`
  query IntakeReview($sourceId: ID!) {
    source(id: $sourceId) { ...IntakeSource }
    proposals(sourceId: $sourceId) { ...IntakeProposal }
  }
`);

export const INGEST_ARTICLE_MUTATION = graphql(`
  mutation IngestArticle($input: IngestArticleInput!) {
    ingestArticle(input: $input) {
      created
      added
      nlpMillis
      source { ...IntakeSource }
      proposals { ...IntakeProposal }
      progress { ...IntakeProgress }
    }
  }
`);

export const REVIEW_PROPOSAL_MUTATION = graphql(`
  mutation ReviewProposal($id: ID!, $decision: ReviewDecision!, $edits: ProposalEdits) {
    reviewProposal(id: $id, decision: $decision, edits: $edits) {
      proposal { ...IntakeProposal }
      alongWith { ...IntakeProposal }
      progress { ...IntakeProgress }
    }
  }
`);

export const ACCEPT_REMAINING_MUTATION = graphql(`
  mutation AcceptRemainingProposals($sourceId: ID!) {
    acceptRemainingProposals(sourceId: $sourceId) {
      accepted { ...IntakeProposal }
      rejected { ...IntakeProposal }
      progress { ...IntakeProgress }
    }
  }
`);

/** The operations that carry the curator's token; their cached answers go when the curator signs out. */
export const INTAKE_OPERATIONS: ReadonlySet<string> = new Set(['ReviewQueue', 'IntakeReview']);

export type Proposal = IntakeProposalFragment;
export type ReviewProgress = IntakeProgressFragment;
