/**
 * A document with several operations needs `operationName` to say which one to run (GraphQL over
 * HTTP). Without it, or with a name the document does not have, the answer says so in words —
 * which operations the document has and how to choose — instead of yoga's "Could not determine
 * what operation to execute". GraphiQL sends the name of the operation under the cursor; a
 * document pasted and run at once may have none.
 */
import { Kind, type DocumentNode, type OperationDefinitionNode } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { KennisgraafError } from '../../domain/errors.js';

const MAX_LISTED = 10;

/** The refusal for a document whose operation cannot be chosen, or null when it can. */
function operationChoiceProblem(document: DocumentNode, operationName: string | null | undefined): KennisgraafError | null {
  const operations = document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  const names = operations.map((o) => o.name?.value ?? '(unnamed)');
  const listed = names.length > MAX_LISTED ? `${names.slice(0, MAX_LISTED).join(', ')}, …` : names.join(', ');
  const details = { argument: 'operationName', operations: names.slice(0, MAX_LISTED) };
  if (operationName) {
    if (operations.some((o) => o.name?.value === operationName)) return null;
    return new KennisgraafError('BAD_INPUT', `This document has no operation named "${operationName}"; it has ${operations.length === 1 ? 'one operation' : `${operations.length} operations`} (${listed}). Send one of those names as operationName.`, details);
  }
  if (operations.length <= 1) return null;
  const unnamed = operations.some((o) => !o.name);
  return new KennisgraafError(
    'BAD_INPUT',
    `This document has ${operations.length} operations (${listed}): choose one with operationName${unnamed ? ', and give every operation a name (query Name { … })' : ''}. In GraphiQL, put the cursor in the operation to run, or pick it from the run button's list.`,
    details,
  );
}

export function useOperationChoice(): Plugin {
  return {
    onParse({ context }) {
      const operationName = (context as { params?: { operationName?: string | null } }).params?.operationName;
      return ({ result }) => {
        if (result instanceof Error || !result || typeof result !== 'object' || !('definitions' in result)) return;
        const problem = operationChoiceProblem(result as DocumentNode, operationName);
        if (problem) throw problem;
      };
    },
  };
}
