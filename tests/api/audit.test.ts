/**
 * The audit trail (issue 12): a curation mutation writes exactly one `:AuditEntry` in its own
 * transaction, with who (the token's name), when, what and the values before and after; a refused
 * or failed mutation writes none. `auditLog` is for admins, `Entity.lastChange` for curators.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { gql, useTestApp } from '../support/testServer.js';
import { expectRefused, runSuffix, type Json } from './apiHelpers.js';

const suffix = runSuffix();
const SOURCE = `src-audit-${suffix}`;
const PERSON = `person-audit-${suffix}`;
const DUPLICATE = `person-audit-dup-${suffix}`;
const TOKENS = { lezer: 'reader-secret-audit-0123456789', anna: 'curator-secret-audit-0123456789', beheer: 'admin-secret-audit-0123456789' };
const as = (name: keyof typeof TOKENS) => ({ authorization: `Bearer ${TOKENS[name]}` });
const PROV = [{ sourceId: SOURCE, quote: 'Volgens deze testbron werkte deze persoon aan het traject.' }];

describe('the audit trail', () => {
  const ctx = useTestApp({
    KENNISGRAAF_READER_TOKENS: `lezer=${TOKENS.lezer}`,
    KENNISGRAAF_CURATOR_TOKENS: `anna=${TOKENS.anna}`,
    KENNISGRAAF_ADMIN_TOKENS: `beheer=${TOKENS.beheer}`,
  });
  const entries = async () => (await ctx.db.read<{ n: number }>('test:audit', 'MATCH (a:AuditEntry) RETURN count(a) AS n'))[0]!.n;
  const latest = async () =>
    (await ctx.db.read<{ a: Record<string, unknown> }>('test:audit', 'MATCH (a:AuditEntry) RETURN a {.*, at: toString(a.at)} AS a ORDER BY a.at DESC LIMIT 1'))[0]!.a;
  const mutate = async (source: string, variables: Record<string, unknown>, who: keyof typeof TOKENS = 'anna') => {
    const res = await gql<Json>(ctx.app, source, variables, as(who));
    expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
    return res.data;
  };

  afterAll(async () => {
    await ctx.db.write('test:cleanup', async (tx) => {
      await tx.run('MATCH (n) WHERE (n:Entity OR n:Source) AND n.id ENDS WITH $suffix DETACH DELETE n', { suffix });
      await tx.run('MATCH (a:AuditEntry) WHERE any(id IN a.entityIds WHERE id ENDS WITH $suffix) DELETE a', { suffix });
    });
  });

  it('writes exactly one entry per mutation, with who, when, what, before and after', async () => {
    let n = await entries();
    await mutate('mutation($i: CreateSourceInput!) { createSource(input: $i) { id } }', { i: { id: SOURCE, title: `Auditbron ${suffix}`, kind: 'ARTICLE' } });
    expect(await entries()).toBe(++n);
    await mutate('mutation($i: CreateEntityInput!) { createEntity(input: $i) { id } }', { i: { type: 'PERSON', id: PERSON, name: 'Auditta Proef', provenance: PROV } });
    expect(await entries()).toBe(++n);

    const t0 = Date.now();
    await mutate('mutation($id: ID!, $i: UpdateEntityInput!) { updateEntity(id: $id, input: $i) { id } }', { id: PERSON, i: { name: 'Auditta Proef-Test', provenance: PROV } });
    expect(await entries()).toBe(++n);
    const entry = await latest();
    expect(entry).toMatchObject({ who: 'anna', operation: 'updateEntity', entityIds: [PERSON], relationIds: [] });
    expect(Math.abs(Date.parse(entry.at as string) - t0)).toBeLessThan(60_000);
    expect(JSON.parse(entry.before as string)).toMatchObject({ id: PERSON, name: 'Auditta Proef' });
    expect(JSON.parse(entry.after as string)).toMatchObject({ id: PERSON, name: 'Auditta Proef-Test' });

    await mutate('mutation($i: AddRelationInput!) { addRelation(input: $i) { id } }', { i: { type: 'WORKS_AT', from: PERSON, to: 'consultancy-kern-konsult', provenance: PROV } });
    expect(await latest()).toMatchObject({ operation: 'addRelation', relationIds: [`${PERSON}|WORKS_AT|consultancy-kern-konsult`] });
    await mutate('mutation($id: ID!) { removeRelation(id: $id) { deleted } }', { id: `${PERSON}|WORKS_AT|consultancy-kern-konsult` });
    const removal = await latest();
    expect(removal).toMatchObject({ operation: 'removeRelation' });
    expect(removal.after ?? null).toBeNull();
    expect(await entries()).toBe((n += 2));

    await mutate('mutation($i: CreateEntityInput!) { createEntity(input: $i) { id } }', { i: { type: 'PERSON', id: DUPLICATE, name: 'A. Proef', provenance: PROV } }, 'beheer');
    await mutate('mutation($s: ID!, $d: ID!) { mergeEntities(survivorId: $s, duplicateId: $d) { id } }', { s: PERSON, d: DUPLICATE });
    const merge = await latest();
    expect(merge).toMatchObject({ who: 'anna', operation: 'mergeEntities', entityIds: [PERSON, DUPLICATE] });
    expect(JSON.parse(merge.before as string).duplicate).toMatchObject({ name: 'A. Proef' });
    expect(JSON.parse(merge.after as string).aliases).toContain('A. Proef');
    expect(await entries()).toBe(n + 2);
  });

  it('writes none for a refused or failed mutation', async () => {
    const n = await entries();
    expectRefused(await gql(ctx.app, 'mutation { deleteEntity(id: "gemeente-westland") { deleted } }', {}, as('lezer')), 'FORBIDDEN');
    expectRefused(await gql(ctx.app, 'mutation { deleteEntity(id: "person-nemo") { deleted } }', {}, as('anna')), 'NOT_FOUND');
    expectRefused(
      await gql(ctx.app, 'mutation($id: ID!, $i: UpdateEntityInput!) { updateEntity(id: $id, input: $i) { id } }', { id: PERSON, i: { name: 'X', provenance: [{ sourceId: 'src-nemo', quote: 'Een zin.' }] } }, as('anna')),
      'BAD_INPUT',
    );
    expectRefused(await gql(ctx.app, `mutation { createEntity(input: { type: PERSON, id: "${PERSON}", name: "Dubbel", provenance: [{ sourceId: "${SOURCE}", quote: "Een zin." }] }) { id } }`, {}, as('anna')), 'CONFLICT');
    expect(await entries()).toBe(n);
  });

  it('auditLog: newest first, by entity, paged, for admins only', async () => {
    const Q = 'query($e: ID, $f: Int, $a: String) { auditLog(entityId: $e, first: $f, after: $a) { totalCount edges { cursor node { who operation entityIds before after at } } pageInfo { hasNextPage endCursor } } }';
    const res = await gql<Json>(ctx.app, Q, { e: PERSON, f: 2 }, as('beheer'));
    expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
    const log = res.data.auditLog;
    expect(log.totalCount).toBe(5); // createEntity, updateEntity, addRelation, removeRelation, mergeEntities
    expect(log.edges.map((e: Json) => e.node.operation)).toEqual(['mergeEntities', 'removeRelation']);
    const next = await gql<Json>(ctx.app, Q, { e: PERSON, f: 10, a: log.pageInfo.endCursor }, as('beheer'));
    expect(next.data.auditLog.edges.map((e: Json) => e.node.operation)).toEqual(['addRelation', 'updateEntity', 'createEntity']);
    expectRefused(await gql(ctx.app, Q, { e: PERSON }, as('anna')), 'FORBIDDEN', /audit log needs the admin role; token "anna" has the curator role/);
    expectRefused(await gql(ctx.app, Q, { e: PERSON }), 'UNAUTHENTICATED');
  });

  it('Entity.lastChange says who changed it last and when, for curators', async () => {
    const Q = `{ node(id: "${PERSON}") { lastChange { by at } } }`;
    const res = await gql<Json>(ctx.app, Q, {}, as('anna'));
    expect(res.errors).toBeUndefined();
    expect(res.data.node.lastChange.by).toBe('anna');
    expect(Number.isNaN(Date.parse(res.data.node.lastChange.at))).toBe(false);
    const never = await gql<Json>(ctx.app, '{ node(id: "gemeente-westland") { lastChange { by } } }', {}, as('beheer'));
    expect(never.data.node.lastChange).toBeNull();
    const reader = await gql<Json>(ctx.app, Q, {}, as('lezer'));
    expect(reader.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
