/**
 * Tokens and roles (issue 12). Every token has a name and a role (config.ts: reader, curator,
 * admin); a mutation needs the role roles.ts gives it, reads need any token when
 * KENNISGRAAF_READS_REQUIRE_TOKEN is on. No token, a header not of the form `Bearer <token>` and an
 * unknown token are UNAUTHENTICATED (401), each with its own message; a known token without the
 * role is FORBIDDEN (403). Checked before execution, so a refused operation writes
 * nothing. The caller (name and role) is put on the context for the audit and for fields that only
 * some roles may read. Tokens are kept and compared as SHA-256 digests with timingSafeEqual against
 * every configured token: the time taken does not depend on which token matched, how much of a
 * guess was right, nor its length.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import { Kind, OperationTypeNode, getOperationAST, type DocumentNode, type FragmentDefinitionNode, type SelectionSetNode } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { ApiToken } from '../../config.js';
import { KennisgraafError } from '../../domain/errors.js';
import { MUTATION_ROLES, forbidden, roleAllows, unauthenticated, type Credentials, type Role } from '../roles.js';

const digest = (s: string) => createHash('sha256').update(s, 'utf8').digest();

export interface StoredToken {
  name: string;
  role: Role;
  digest: Buffer;
}

export const storeTokens = (tokens: readonly ApiToken[]): StoredToken[] => tokens.map((t) => ({ name: t.name, role: t.role, digest: digest(t.token) }));

/** The stored token the given one matches, or null; compares against all of them, with no early exit. */
export function identify(given: string, stored: readonly StoredToken[]): StoredToken | null {
  const d = digest(given);
  let found: StoredToken | null = null;
  for (const s of stored) if (timingSafeEqual(d, s.digest)) found = s;
  return found;
}

export function tokenMatches(given: string, allowed: readonly Buffer[]): boolean {
  return identify(given, allowed.map((d, i) => ({ name: String(i), role: 'reader', digest: d }))) !== null;
}

/** `Bearer <token>` → the token; undefined without a header, null for a header of another shape. */
export function bearer(request: Request): string | null | undefined {
  const header = request.headers.get('authorization');
  if (header === null || header.trim() === '') return undefined;
  return /^Bearer\s+(\S+)$/i.exec(header.trim())?.[1] ?? null;
}

/** The mutation fields at the root of the operation, through fragments. */
function rootFields(set: SelectionSetNode, fragments: Map<string, FragmentDefinitionNode>, seen = new Set<string>()): string[] {
  const out: string[] = [];
  for (const s of set.selections) {
    if (s.kind === Kind.FIELD) out.push(s.name.value);
    else if (s.kind === Kind.INLINE_FRAGMENT) out.push(...rootFields(s.selectionSet, fragments, seen));
    else if (!seen.has(s.name.value)) {
      seen.add(s.name.value);
      const f = fragments.get(s.name.value);
      if (f) out.push(...rootFields(f.selectionSet, fragments, seen));
    }
  }
  return out;
}

/** The strongest role any of the operation's mutation fields needs, and that field (unknown fields fail validation anyway). */
function neededRole(document: DocumentNode, set: SelectionSetNode): { role: Role; field: string } {
  const fragments = new Map(document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]));
  let needed: { role: Role; field: string } = { role: 'curator', field: 'This mutation' };
  let first = true;
  for (const field of rootFields(set, fragments)) {
    const role = (MUTATION_ROLES as Record<string, Role | undefined>)[field];
    if (role && (first || !roleAllows(needed.role, role))) needed = { role, field };
    if (role) first = false;
  }
  return needed;
}

const VARIABLES: Record<Role, string> = {
  reader: 'KENNISGRAAF_READER_TOKENS',
  curator: 'KENNISGRAAF_CURATOR_TOKENS',
  admin: 'KENNISGRAAF_ADMIN_TOKENS',
};

export function useApiToken(options: { tokens: readonly ApiToken[]; readsRequireToken: boolean }): Plugin<{ request: Request }> {
  const stored = storeTokens(options.tokens);
  return {
    onExecute({ args, setResultAndStopExecution }) {
      // envelop types `args` loosely; these are the fields execute() receives.
      const document = args.document as DocumentNode;
      const op = getOperationAST(document, args.operationName as string | null | undefined);
      const context = args.contextValue as unknown as Credentials & { request: Request };
      const given = bearer(context.request);
      const token = given ? identify(given, stored) : null;
      context.caller = token ? { name: token.name, role: token.role } : null;
      context.credentialProblem = token ? null : given === undefined ? 'missing' : given === null ? 'malformed' : 'unknown';

      const isMutation = op?.operation === OperationTypeNode.MUTATION;
      if (!isMutation && !options.readsRequireToken) return;
      const needed = isMutation && op ? neededRole(document, op.selectionSet) : { role: 'reader' as Role, field: '' };
      const what = isMutation ? (needed.field === 'This mutation' ? 'Changing the graph' : `\`${needed.field}\``) : 'Reading the graph';
      const anyAllowed = stored.some((s) => roleAllows(s.role, needed.role));
      let error: KennisgraafError | null = null;
      if (!anyAllowed) {
        const vars = (['reader', 'curator', 'admin'] as const).filter((r) => roleAllows(r, needed.role)).map((r) => VARIABLES[r]);
        error = new KennisgraafError('FORBIDDEN', `${isMutation ? 'Changing the graph' : 'Reading the graph'} is switched off: this server has no API tokens that may do this (set ${vars.join(' or ')}; KENNISGRAAF_API_TOKENS gives admin tokens).`);
      } else if (!token) {
        error = unauthenticated(context.credentialProblem ?? 'missing', what, needed.role);
      } else if (!roleAllows(token.role, needed.role)) {
        error = forbidden(token, what, needed.role);
      }
      if (error) setResultAndStopExecution({ errors: [error] });
    },
  };
}
