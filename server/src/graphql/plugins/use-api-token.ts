/**
 * Mutations need `Authorization: Bearer <token>` with a token from KENNISGRAAF_API_TOKENS; reads
 * too when KENNISGRAAF_READS_REQUIRE_TOKEN is on. Checked before execution, so a refused
 * operation writes nothing. Tokens are compared as SHA-256 digests with timingSafeEqual: the time
 * taken does not depend on how much of a guess was right, nor on its length.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import { OperationTypeNode, getOperationAST, type DocumentNode } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { KennisgraafError } from '../../domain/errors.js';

const digest = (s: string) => createHash('sha256').update(s, 'utf8').digest();

export function tokenMatches(given: string, allowed: readonly Buffer[]): boolean {
  const d = digest(given);
  let ok = false;
  for (const a of allowed) ok = timingSafeEqual(d, a) || ok; // no early exit
  return ok;
}

export function useApiToken(options: { tokens: string[]; readsRequireToken: boolean }): Plugin<{ request: Request }> {
  const allowed = options.tokens.map(digest);
  return {
    onExecute({ args, setResultAndStopExecution }) {
      // envelop types `args` loosely; these are the fields execute() receives.
      const op = getOperationAST(args.document as DocumentNode, args.operationName as string | null | undefined);
      const isMutation = op?.operation === OperationTypeNode.MUTATION;
      const needsToken = isMutation || options.readsRequireToken;
      if (!needsToken) return;
      const header = (args.contextValue as { request: Request }).request.headers.get('authorization') ?? '';
      const match = /^Bearer\s+(\S+)$/i.exec(header.trim());
      const what = isMutation ? 'Changing the graph' : 'Reading the graph';
      let error: KennisgraafError | null = null;
      if (!match) {
        error = new KennisgraafError('UNAUTHENTICATED', `${what} needs an API token: send the header "Authorization: Bearer <token>".`);
      } else if (allowed.length === 0 || !tokenMatches(match[1]!, allowed)) {
        error = new KennisgraafError(
          'FORBIDDEN',
          allowed.length === 0
            ? `${what} is switched off: this server has no API tokens (set KENNISGRAAF_API_TOKENS).`
            : 'That API token is not valid for this server. Check the token, or ask the administrator for one.',
        );
      }
      if (error) setResultAndStopExecution({ errors: [error] });
    },
  };
}
