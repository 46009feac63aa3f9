import { describe, expect, it } from 'vitest';
import { buildSchema as buildSdl } from 'graphql';
import { buildSchema } from './schema.js';
import { MUTATION_ROLES, checkMutationRoles, requireRole, roleAllows } from './roles.js';

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

  it('requireRole names the role needed and the token that lacks it', () => {
    expect(() => requireRole(null, 'admin', 'The audit log')).toThrow(/needs an API token of the admin role/);
    expect(() => requireRole({ name: 'anna', role: 'curator' }, 'admin', 'The audit log')).toThrow(/needs the admin role; token "anna" has the curator role/);
    expect(requireRole({ name: 'beheer', role: 'admin' }, 'admin', 'x').name).toBe('beheer');
  });
});
