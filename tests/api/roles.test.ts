/**
 * Roles and tokens (issue 12): every role against every kind of mutation, on a server with a
 * reader, a curator and an admin token (and the older KENNISGRAAF_API_TOKENS as an unnamed admin).
 * A refusal is FORBIDDEN and leaves the graph exactly as it was (fingerprint).
 */
import { describe, expect, it } from 'vitest';
import { gql, TEST_TOKEN, useTestApp } from '../support/testServer.js';
import { graphFingerprint } from '../support/graphFingerprint.js';
import { expectRefused, type Json } from './apiHelpers.js';
import { MUTATION_ROLES } from '../../server/src/graphql/roles.js';

const TOKENS = { reader: 'reader-secret-0123456789', curator: 'curator-secret-0123456789', admin: 'admin-secret-0123456789' };
const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
const SOURCE = 'src-roles-test';
const PROV = `[{ sourceId: "${SOURCE}", quote: "Een zin." }]`;

/** One operation per mutation of the schema (each would fail on data if allowed, so an allowed run writes nothing either). */
const MUTATIONS: Record<string, string> = {
  createSource: `mutation { createSource(input: { id: "Not A Valid Id!", title: "x", kind: ARTICLE }) { id } }`,
  createEntity: `mutation { createEntity(input: { type: PERSON, name: "Iemand Anders", provenance: [] }) { id } }`,
  updateEntity: `mutation { updateEntity(id: "person-nemo", input: { name: "Niemand", provenance: ${PROV} }) { id } }`,
  deleteEntity: 'mutation { deleteEntity(id: "person-nemo") { deleted } }',
  addRelation: `mutation { addRelation(input: { type: WORKS_AT, from: "person-nemo", to: "consultancy-nemo", provenance: ${PROV} }) { id } }`,
  removeRelation: 'mutation { removeRelation(id: "person-nemo|WORKS_AT|consultancy-nemo") { deleted } }',
  mergeEntities: 'mutation { mergeEntities(survivorId: "person-nemo", duplicateId: "person-nobody") { id } }',
  ingestArticle: 'mutation { ingestArticle(input: { title: "Leeg" }) { source { id } } }',
  reviewProposal: 'mutation { reviewProposal(id: "proposal-nemo", decision: REJECT) { proposal { id } } }',
  acceptRemainingProposals: 'mutation { acceptRemainingProposals(sourceId: "src-nemo") { accepted { id } } }',
  erasePerson: 'mutation { erasePerson(id: "person-nemo", reason: "test") { erasureKey } }',
};

describe('roles and tokens', () => {
  const ctx = useTestApp({
    KENNISGRAAF_READER_TOKENS: `lezer=${TOKENS.reader}`,
    KENNISGRAAF_CURATOR_TOKENS: `anna=${TOKENS.curator}`,
    KENNISGRAAF_ADMIN_TOKENS: `beheer=${TOKENS.admin}`,
  });

  it('covers every mutation the schema has', () => {
    expect(Object.keys(MUTATIONS).sort()).toEqual(Object.keys(MUTATION_ROLES).sort());
  });

  it.each(Object.keys(MUTATIONS))('refuses %s to a reader token with FORBIDDEN and changes nothing', async (field) => {
    const before = await graphFingerprint(ctx.db);
    const res = await gql<Json>(ctx.app, MUTATIONS[field]!, {}, bearer(TOKENS.reader));
    expect(res.status).toBe(403);
    const needs = MUTATION_ROLES[field as keyof typeof MUTATION_ROLES];
    const error = expectRefused(res, 'FORBIDDEN', new RegExp(`${field}.*needs the ${needs} role; token "lezer" has the reader role`));
    expect(error.extensions?.requiredRole).toBe(needs);
    expect(await graphFingerprint(ctx.db)).toEqual(before);
  });

  it.each(Object.keys(MUTATIONS))('lets the tokens of its role and above (named and unnamed) past the role check for %s', async (field) => {
    const adminOnly = MUTATION_ROLES[field as keyof typeof MUTATION_ROLES] === 'admin';
    if (adminOnly) expectRefused(await gql(ctx.app, MUTATIONS[field]!, {}, bearer(TOKENS.curator)), 'FORBIDDEN', /needs the admin role; token "anna" has the curator role/);
    for (const token of adminOnly ? [TOKENS.admin, TEST_TOKEN] : [TOKENS.curator, TOKENS.admin, TEST_TOKEN]) {
      const res = await gql<Json>(ctx.app, MUTATIONS[field]!, {}, bearer(token));
      const codes = (res.errors ?? []).map((e) => e.extensions?.code);
      expect(codes, JSON.stringify(res.errors)).not.toContain('FORBIDDEN');
      expect(codes).not.toContain('UNAUTHENTICATED');
    }
  });

  it('refuses an operation that mixes fields by the strongest role, through fragments, and writes none of it', async () => {
    const before = await graphFingerprint(ctx.db);
    const res = await gql<Json>(
      ctx.app,
      `mutation { ... on Mutation { createSource(input: { id: "${SOURCE}", title: "Bron", kind: ARTICLE }) { id } } }`,
      {},
      bearer(TOKENS.reader),
    );
    expectRefused(res, 'FORBIDDEN', /createSource.*curator/);
    expect(await graphFingerprint(ctx.db)).toEqual(before);
  });

  it('lets a curator change the graph (and an unknown token not)', async () => {
    expectRefused(await gql(ctx.app, MUTATIONS.deleteEntity!, {}, bearer('anna')), 'UNAUTHENTICATED', /not valid/);
    const created = await gql<Json>(ctx.app, `mutation { createSource(input: { id: "${SOURCE}", title: "Bron voor rollen", kind: ARTICLE }) { id } }`, {}, bearer(TOKENS.curator));
    expect(created.errors).toBeUndefined();
    expect(created.data.createSource.id).toBe(SOURCE);
    await ctx.db.write('cleanup', (tx) => tx.run('MATCH (s:Source {id: $id}) DETACH DELETE s', { id: SOURCE }));
  });

  it('answers reads without a token when reads are open, and with a reader token', async () => {
    for (const headers of [{}, bearer(TOKENS.reader)]) {
      const res = await gql<Json>(ctx.app, '{ health { database } }', {}, headers);
      expect(res.errors).toBeUndefined();
    }
  });

  describe('when reads require a token', () => {
    const locked = useTestApp({ KENNISGRAAF_READS_REQUIRE_TOKEN: 'true', KENNISGRAAF_READER_TOKENS: `lezer=${TOKENS.reader}` });

    it('a reader token reads, and still may not change anything', async () => {
      const ok = await gql<Json>(locked.app, '{ health { database } }', {}, bearer(TOKENS.reader));
      expect(ok.errors).toBeUndefined();
      expectRefused(await gql(locked.app, '{ health { database } }'), 'UNAUTHENTICATED');
      expectRefused(await gql(locked.app, MUTATIONS.deleteEntity!, {}, bearer(TOKENS.reader)), 'FORBIDDEN', /curator role/);
    });
  });
});
