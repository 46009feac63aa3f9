import { describe, expect, it } from 'vitest';
import { buildSchema as buildSdl } from 'graphql';
import { buildSchema } from './schema.js';
import { MUTATION_ROLES, checkMutationRoles, guardFieldRoles, requireRole, roleAllows } from './roles.js';

describe('mutation roles', () => {
  it('give every mutation of schema.graphql a role', () => {
    expect(() => checkMutationRoles(buildSchema())).not.toThrow();
  });

  it('refuse to start when a mutation has no role, or the map names one the schema lacks', () => {
    const sdl = (extra: string) => buildSdl(`type Query { a: Int } type Mutation { createSource: Int ${extra} }`);
    expect(() => checkMutationRoles(sdl('eraseEverything: Int'), { createSource: 'curator' })).toThrow(/no role for eraseEverything/);
    expect(() => checkMutationRoles(sdl(''), { createSource: 'curator', gone: 'admin' })).toThrow(/not in the schema: gone/);
    expect(Object.values(MUTATION_ROLES).every((r) => r === 'curator' || r === 'admin')).toBe(true);
  });

  it('order the roles reader < curator < admin', () => {
    expect(roleAllows('admin', 'curator')).toBe(true);
    expect(roleAllows('curator', 'admin')).toBe(false);
    expect(roleAllows('reader', 'curator')).toBe(false);
    expect(roleAllows('curator', 'reader')).toBe(true);
  });

  it('requireRole names the role needed and the token that lacks it, and what form the header takes', () => {
    expect(() => requireRole({ caller: null }, 'admin', 'The audit log')).toThrow(/The audit log needs an admin token: send the header "Authorization: Bearer <token>"/);
    expect(() => requireRole({ caller: null, credentialProblem: 'malformed' }, 'curator', 'x')).toThrow(/not of the form "Authorization: Bearer <token>"/);
    expect(() => requireRole({ caller: null, credentialProblem: 'unknown' }, 'curator', 'x')).toThrow(/not valid for this server.*needs a curator token/);
    expect(() => requireRole({ caller: { name: 'anna', role: 'curator' } }, 'admin', 'The audit log')).toThrow(/needs the admin role; token "anna" has the curator role\. Ask the administrator for an admin token/);
    expect(requireRole({ caller: { name: 'beheer', role: 'admin' } }, 'admin', 'x').name).toBe('beheer');
  });
});

describe('field roles', () => {
  it('guard fields of schema.graphql, and refuse to start when the map names a field the schema lacks', () => {
    expect(() => guardFieldRoles(buildSchema())).not.toThrow();
    const sdl = buildSdl('type Query { a: Int secret: Int }');
    expect(() => guardFieldRoles(sdl, { 'Query.gone': 'curator' })).toThrow(/does not have: Query\.gone/);
  });

  it('refuse a guarded field to a reader and answer it for its role', async () => {
    const sdl = buildSdl('type Query { secret: Int }');
    guardFieldRoles(sdl, { 'Query.secret': 'curator' });
    const resolve = sdl.getQueryType()!.getFields().secret!.resolve!;
    const info = { fieldName: 'secret' } as Parameters<typeof resolve>[3];
    expect(() => resolve({ secret: 7 }, {}, { caller: { name: 'lezer', role: 'reader' } }, info)).toThrow(/needs the curator role/);
    expect(() => resolve({ secret: 7 }, {}, { caller: null }, info)).toThrow(/needs a curator token/);
    expect(await resolve({ secret: 7 }, {}, { caller: { name: 'anna', role: 'curator' } }, info)).toBe(7);
  });
});
