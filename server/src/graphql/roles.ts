/**
 * Which role each mutation, and each field that not every reader may see, needs, in one place.
 * The mutation map is typed by the generated resolver types, so a mutation added to schema.graphql
 * without a role here is a compile error, and `checkMutationRoles` refuses to start a server whose
 * schema and map disagree (createYoga.ts). Mutations are checked before execution
 * (plugins/use-api-token.ts); the fields of `FIELD_ROLES` (intake proposals, the review queue, the
 * audit log) wherever they occur in an operation, by `guardFieldRoles`, which wraps their
 * resolvers at start-up and refuses to start when a field of the map is not in the schema.
 * Roles are ordered: an admin may do what a curator may, a curator what a reader may.
 */
import { defaultFieldResolver, isObjectType, type GraphQLSchema } from 'graphql';
import { ROLES, type Role } from '../config.js';
import { KennisgraafError } from '../domain/errors.js';
import type { MutationResolvers } from './generated/resolvers-types.js';
import type { AuditContext } from '../db/audit.js';

export type { Role };

/** Who sent the request: the token's name (what the audit records) and its role. */
export interface Caller {
  name: string;
  role: Role;
}

/**
 * What the request's `Authorization` header held, when it named no known token: nothing, a header
 * of another form (not `Bearer <token>`), or a token this server does not know.
 */
export type CredentialProblem = 'missing' | 'malformed' | 'unknown';

/** The one expected form of the header, quoted in every message about it. */
const AUTH_HEADER_FORM = '"Authorization: Bearer <token>"';

/** What the caller of a request is: a known token, or why not. Set by plugins/use-api-token.ts. */
export interface Credentials {
  caller: Caller | null;
  credentialProblem?: CredentialProblem | null;
}

export const MUTATION_ROLES: Record<keyof MutationResolvers, Role> = {
  // Curation: sources, entities, relationships, merges.
  createSource: 'curator',
  createEntity: 'curator',
  updateEntity: 'curator',
  deleteEntity: 'curator',
  addRelation: 'curator',
  removeRelation: 'curator',
  mergeEntities: 'curator',
  // Article intake and review.
  ingestArticle: 'curator',
  reviewProposal: 'curator',
  acceptRemainingProposals: 'curator',
  // Erasing a person (AVG): admins only.
  erasePerson: 'admin',
};

/**
 * Fields (other than mutations) that need a role, as `Type.field`: what intake read from an
 * article before a curator decided (proposals, rejected ones included, and the review's progress)
 * is for curators; readers see accepted facts and sources. `Source.text` is not here: a seed
 * article's text and the text of a source that accepted facts cite are public, an intake snapshot
 * nothing cites yet needs a curator (intakeResolvers.ts, with `requireRole`).
 */
const FIELD_ROLES: Readonly<Record<string, Role>> = {
  'Query.proposal': 'curator',
  'Query.proposals': 'curator',
  'Query.reviewQueue': 'curator',
  'Source.review': 'curator',
  'Query.auditLog': 'admin',
};

/** What a refusal calls a field of FIELD_ROLES. */
const FIELD_NAMES: Readonly<Record<string, string>> = {
  'Query.proposal': 'An intake proposal (`proposal`)',
  'Query.proposals': 'The intake proposals of a source (`proposals`)',
  'Query.reviewQueue': 'The review queue (`reviewQueue`)',
  'Source.review': "A source's review progress (`Source.review`)",
  'Query.auditLog': 'The audit log',
};

export function roleAllows(has: Role, needs: Role): boolean {
  return ROLES.indexOf(has) >= ROLES.indexOf(needs);
}

/** Start-up check: every mutation of the schema has a role, and the map names no mutation the schema lacks. */
export function checkMutationRoles(schema: GraphQLSchema, roles: Record<string, Role> = MUTATION_ROLES): void {
  const fields = Object.keys(schema.getMutationType()?.getFields() ?? {});
  const missing = fields.filter((f) => !(f in roles));
  const extra = Object.keys(roles).filter((f) => !fields.includes(f));
  if (missing.length || extra.length) {
    throw new Error(
      `The mutation roles (server/src/graphql/roles.ts) do not match schema.graphql:${missing.length ? ` no role for ${missing.join(', ')};` : ''}${extra.length ? ` not in the schema: ${extra.join(', ')};` : ''} give every mutation the role it needs.`,
    );
  }
}

/** "a curator", "an admin". */
const withArticle = (role: Role): string => `${/^[aeiou]/.test(role) ? 'an' : 'a'} ${role}`;

/**
 * Why a request without a known token is refused, the same words and code for a mutation and a
 * field: UNAUTHENTICATED (401) for a missing, malformed or unknown token; FORBIDDEN (403) is for
 * a known token that lacks the role.
 */
export function unauthenticated(problem: CredentialProblem, what: string, needs: Role): KennisgraafError {
  const token = needs === 'reader' ? 'an API token' : `${withArticle(needs)} token`;
  if (problem === 'malformed') {
    return new KennisgraafError('UNAUTHENTICATED', `The Authorization header is not of the form ${AUTH_HEADER_FORM}. ${what} needs ${token}; send it in that form (the word Bearer, one space, the token).`, {
      requiredRole: needs,
    });
  }
  if (problem === 'unknown') {
    return new KennisgraafError('UNAUTHENTICATED', `That API token is not valid for this server. ${what} needs ${token}: check the token, or ask the administrator for one.`, {
      requiredRole: needs,
    });
  }
  return new KennisgraafError('UNAUTHENTICATED', `${what} needs ${token}: send the header ${AUTH_HEADER_FORM}.`, { requiredRole: needs });
}

/** A known token without the role `needs`. */
export function forbidden(caller: Caller, what: string, needs: Role): KennisgraafError {
  return new KennisgraafError('FORBIDDEN', `${what} needs the ${needs} role; token "${caller.name}" has the ${caller.role} role. Ask the administrator for ${withArticle(needs)} token.`, {
    requiredRole: needs,
  });
}

/** For fields whose rule depends on the data (`Source.text`): call in the resolver. FIELD_ROLES's fields are guarded by `guardFieldRoles`. */
export function requireRole(ctx: Credentials, needs: Role, what: string): Caller {
  const { caller } = ctx;
  if (!caller) throw unauthenticated(ctx.credentialProblem ?? 'missing', what, needs);
  if (!roleAllows(caller.role, needs)) throw forbidden(caller, what, needs);
  return caller;
}

/**
 * Start-up: every field of `roles` must be in the schema (else the server does not start), and its
 * resolver is wrapped with the role check, so the field is refused wherever an operation selects
 * it (aliased, in a fragment, nested under a source) and the rest of the operation still answers.
 */
export function guardFieldRoles(schema: GraphQLSchema, roles: Readonly<Record<string, Role>> = FIELD_ROLES): void {
  const missing: string[] = [];
  for (const [coordinate, needs] of Object.entries(roles)) {
    const [typeName, fieldName] = coordinate.split('.');
    const type = typeName ? schema.getType(typeName) : undefined;
    const field = isObjectType(type) && fieldName ? type.getFields()[fieldName] : undefined;
    if (!field) {
      missing.push(coordinate);
      continue;
    }
    const resolve = field.resolve ?? defaultFieldResolver;
    const what = FIELD_NAMES[coordinate] ?? `\`${coordinate}\``;
    field.resolve = (parent, args, ctx: Credentials, info) => {
      requireRole(ctx, needs, what);
      return resolve(parent, args, ctx, info);
    };
  }
  if (missing.length) {
    throw new Error(`The field roles (server/src/graphql/roles.ts) name fields that schema.graphql does not have: ${missing.join(', ')}; fix FIELD_ROLES.`);
  }
}

/** The audit's who for a change made through the API: the token's name (the token check has run before any mutation). */
export function auditOf(ctx: { caller: Caller | null }): AuditContext {
  return { who: ctx.caller?.name ?? 'unknown' };
}
