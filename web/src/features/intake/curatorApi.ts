/**
 * The intake's data layer: the same TanStack cache and typed documents as the explorer, with the
 * curator's token as a header. A review's answers are not kept for minutes like the graph's (other
 * curators review too), and a decision's answer is merged into the cached review at once; accepted
 * facts make every cached graph answer stale, so the explorer refetches what it shows next.
 */
import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { toApiError, type ApiError } from '../../api/ApiError';
import type { IntakeReviewQuery, TypedDocumentString } from '../../api/generated/graphql';
import { graphqlRequest } from '../../api/graphqlRequest';
import { graphqlQuery, toRequest } from '../../api/queryClient';
import type { GraphQLQueryState } from '../../api/useGraphQLQuery';
import { bearer, setCuratorToken, useCuratorToken } from './curatorToken';
import { INTAKE_OPERATIONS, INTAKE_REVIEW_QUERY, type Proposal, type ReviewProgress } from './intakeQueries';
import { mergeReviewed } from './reviewModel';

async function curatorRequest<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables,
  token: string,
  signal?: AbortSignal,
): Promise<TResult> {
  try {
    return await graphqlRequest(document, variables, { signal, headers: bearer(token) });
  } catch (e) {
    throw toApiError(e);
  }
}

/** An intake query with the curator's token; skipped (no data, no error) until the curator signs in. */
export function useCuratorQuery<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables | null,
): GraphQLQueryState<TResult> {
  const token = useCuratorToken();
  const enabled = variables !== null && token !== null;
  const q = useQuery({
    ...graphqlQuery(document, variables as TVariables),
    queryFn: ({ signal }) => curatorRequest(document, variables as TVariables, token ?? '', signal),
    enabled,
    staleTime: 0,
  });
  return {
    data: enabled ? q.data : undefined,
    isCurrent: enabled && q.data !== undefined,
    error: enabled ? q.error : null,
    loading: enabled && q.isFetching,
    retry: () => void q.refetch(),
    request: enabled ? toRequest(document, variables) : null,
  };
}

/** A curator mutation; `run` resolves with the answer or rejects with an ApiError. */
export function useCuratorMutation<TResult, TVariables>(document: TypedDocumentString<TResult, TVariables>) {
  const token = useCuratorToken();
  return useMutation<TResult, ApiError, TVariables>({
    mutationFn: (variables) => {
      if (!token) return Promise.reject(toApiError(new Error('no token')));
      return curatorRequest(document, variables, token);
    },
  });
}

/** Signing the curator out: the token and every cached intake answer go. */
export function useSignOut(): () => void {
  const client = useQueryClient();
  return () => {
    setCuratorToken(null);
    client.removeQueries({ predicate: (q) => INTAKE_OPERATIONS.has(String(q.queryKey[0])) });
  };
}

/** The cache key of a source's review, as useCuratorQuery keys it. */
export function reviewKey(sourceId: string) {
  return graphqlQuery(INTAKE_REVIEW_QUERY, { sourceId }).queryKey;
}

/**
 * After a decision: the changed proposals and the progress into the cached review, the queue asked
 * again, and (when something was accepted) every cached graph answer marked stale.
 */
export function afterReview(client: QueryClient, sourceId: string, changed: readonly Proposal[], progress: ReviewProgress): void {
  client.setQueryData<IntakeReviewQuery>(reviewKey(sourceId), (data) => (data ? mergeReviewed(data, changed, progress) : data));
  void client.invalidateQueries({ queryKey: ['ReviewQueue'] });
  if (changed.some((p) => p.status === 'ACCEPTED' || p.status === 'EDITED')) {
    void client.invalidateQueries({ predicate: (q) => !INTAKE_OPERATIONS.has(String(q.queryKey[0])) && q.queryKey[0] !== 'geo' });
  }
}
