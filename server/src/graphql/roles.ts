/**
 * Which role each mutation needs, in one place. The map is typed by the generated resolver types,
 * so a mutation added to schema.graphql without a role here is a compile error, and
 * `checkMutationRoles` refuses to start a server whose schema and map disagree (createYoga.ts).
 * Roles are ordered: an admin may do what a curator may, a curator what a reader may.
 */
import type { GraphQLSchema } from 'graphql';
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

/** For fields (not mutations) that only some roles may read, e.g. the audit log: call at the start of the resolver. */
export function requireRole(caller: Caller | null, needs: Role, what: string): Caller {
  if (!caller) throw new KennisgraafError('UNAUTHENTICATED', `${what} needs an API token of the ${needs} role: send the header "Authorization: Bearer <token>".`);
  if (!roleAllows(caller.role, needs)) throw new KennisgraafError('FORBIDDEN', `${what} needs the ${needs} role; token "${caller.name}" has the ${caller.role} role.`);
  return caller;
}

/** The audit's who for a change made through the API: the token's name (the token check has run before any mutation). */
export function auditOf(ctx: { caller: Caller | null }): AuditContext {
  return { who: ctx.caller?.name ?? 'unknown' };
}
