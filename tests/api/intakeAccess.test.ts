/**
 * Who may read what intake read (issue 19): proposals (rejected ones included), the review queue,
 * a source's review progress and an intake snapshot that no accepted fact cites yet are for
 * curators (roles.ts, FIELD_ROLES). Without a token they are UNAUTHENTICATED, with a reader token
 * FORBIDDEN, each saying that a curator token is needed, and the response names nothing the
 * proposal holds; the rest of an operation still answers. A seed article's text stays public, and
 * so does an intake snapshot once an accepted fact cites it. The file adds its own intake source and
 * removes it afterwards.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gql, useTestApp } from '../support/testServer.js';
import { expectRefused, runSuffix, type Json } from './apiHelpers.js';
import { saveIntake, textHash } from '../../server/src/db/saveProposals.js';

const suffix = runSuffix();
const tag = suffix.replace(/[0-9]/g, (d) => 'abcdefghij'[Number(d)]!);
const NAME = `Henk Verworpen${tag}`;
const INTAKE = `src-access-intake-${suffix}`;
const ARTICLE = `Inleiding over het sociaal domein.\n${NAME} adviseerde de gemeente Westland over de toegang. Einde van het verhaal.`;
const TOKENS = { lezer: 'reader-secret-access-0123456789', anna: 'curator-secret-access-0123456789' };
const as = (name: keyof typeof TOKENS) => ({ authorization: `Bearer ${TOKENS[name]}` });
const CURATOR_NEEDED = /curator token|curator role/;

describe('intake proposals, the review queue and snapshots are for curators', () => {
  const ctx = useTestApp({ KENNISGRAAF_READER_TOKENS: `lezer=${TOKENS.lezer}`, KENNISGRAAF_CURATOR_TOKENS: `anna=${TOKENS.anna}` });
  let proposalId = '';
  const names = (res: unknown) => JSON.stringify(res).includes(`Verworpen${tag}`);

  beforeAll(async () => {
    const start = ARTICLE.indexOf(NAME);
    const quote = ARTICLE.slice(start, ARTICLE.indexOf(' Einde'));
    await saveIntake(
      ctx.db,
      { sourceId: INTAKE, text: ARTICLE, hash: textHash(ARTICLE), format: 'text', props: { id: INTAKE, title: `Toegang in Westland ${tag}`, kind: 'ARTICLE', textRetrieved: '2026-01-01' } },
      {
        entities: [
          {
            key: `PERSON|${NAME.toLowerCase()}`, type: 'PERSON', name: NAME, linkedEntityId: null, quote, quoteStart: start, confidence: 0.9, rule: 'FROG_NER',
            mentions: [{ type: 'PERSON', text: NAME, start, end: start + NAME.length, sentence: 1, rule: 'FROG_NER', confidence: 0.9, name: NAME }],
          },
        ],
        relations: [],
      },
    );
    proposalId = (await ctx.db.read<{ id: string }>('test:prop', "MATCH (p:Proposal {sourceId: $s, entityType: 'PERSON'}) RETURN p.id AS id", { s: INTAKE }))[0]!.id;
    const rejected = await gql<Json>(ctx.app, 'mutation($id: ID!) { reviewProposal(id: $id, decision: REJECT) { proposal { status } } }', { id: proposalId }, as('anna'));
    expect(rejected.errors, JSON.stringify(rejected.errors)).toBeUndefined();
    expect(rejected.data.reviewProposal.proposal.status).toBe('REJECTED');
  });

  afterAll(async () => {
    await ctx.db?.write('test:cleanup', async (tx) => {
      await tx.run('MATCH (n) WHERE (n:Entity OR n:Source) AND n.id ENDS WITH $suffix DETACH DELETE n', { suffix });
      await tx.run('MATCH (n) WHERE (n:Proposal OR n:SourceText) AND n.sourceId ENDS WITH $suffix DETACH DELETE n', { suffix });
      await tx.run('MATCH (a:AuditEntry) WHERE any(id IN a.entityIds WHERE id ENDS WITH $suffix) DELETE a', { suffix });
    });
  });

  const CURATOR_READS: [string, string][] = [
    ['proposal(id)', `{ proposal(id: "PROPOSAL") { id name status quote } }`],
    ['proposals(sourceId, status: [REJECTED])', `{ proposals(sourceId: "${INTAKE}", status: [REJECTED]) { id name quote } }`],
    ['reviewQueue { text }', '{ reviewQueue(status: [PENDING, ACCEPTED, EDITED, REJECTED]) { id title text } }'],
    ['Source.review', `{ source(id: "${INTAKE}") { review { total rejected } } }`],
    ['Source.text of an intake snapshot no accepted fact cites', `{ source(id: "${INTAKE}") { text } }`],
    ['a proposal through an alias and a fragment', `query { p: proposal(id: "PROPOSAL") { ...P } } fragment P on Proposal { name }`],
  ];
  const op = (q: string) => q.replaceAll('PROPOSAL', proposalId);

  it.each(CURATOR_READS)('refuses %s without a token: UNAUTHENTICATED, a curator token is needed, nothing of the proposal in the answer', async (_what, q) => {
    const res = await gql<Json>(ctx.app, op(q));
    expect(res.status).toBe(401);
    expectRefused(res, 'UNAUTHENTICATED', /needs a curator token: send the header "Authorization: Bearer <token>"/);
    expect(names(res), JSON.stringify(res)).toBe(false);
    expect(JSON.stringify(res)).not.toContain('adviseerde de gemeente Westland');
  });

  it.each(CURATOR_READS)('refuses %s to a reader token: FORBIDDEN, with the role it needs', async (_what, q) => {
    const res = await gql<Json>(ctx.app, op(q), {}, as('lezer'));
    expect(res.status).toBe(403);
    const error = expectRefused(res, 'FORBIDDEN', /needs the curator role; token "lezer" has the reader role\. Ask the administrator for a curator token/);
    expect(error.extensions?.requiredRole).toBe('curator');
    expect(names(res)).toBe(false);
  });

  it('answers a curator everything, the rejected proposal with its name included', async () => {
    for (const [, q] of CURATOR_READS) {
      const res = await gql<Json>(ctx.app, op(q), {}, as('anna'));
      expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
    }
    const res = await gql<Json>(ctx.app, op(CURATOR_READS[0]![1]), {}, as('anna'));
    expect(res.data.proposal).toMatchObject({ id: proposalId, name: NAME, status: 'REJECTED' });
    const text = await gql<Json>(ctx.app, `{ source(id: "${INTAKE}") { text review { rejected } } }`, {}, as('anna'));
    expect(text.data.source.text).toContain(`${NAME} adviseerde de gemeente Westland`);
    expect(text.data.source.review.rejected).toBe(1);
  });

  it("still answers a reader the rest of the operation, and the source's public fields", async () => {
    const res = await gql<Json>(ctx.app, `{ stats { sourceCount } source(id: "${INTAKE}") { id title review { total } } }`);
    expect(res.data.stats.sourceCount).toBeGreaterThan(0);
    expect(res.data.source).toEqual({ id: INTAKE, title: `Toegang in Westland ${tag}`, review: null });
    expect(res.errors?.map((e) => e.extensions?.code)).toEqual(['UNAUTHENTICATED']);
    expect(res.errors?.[0]?.message).toMatch(CURATOR_NEEDED);
  });

  it("keeps a seed article's text public", async () => {
    const res = await gql<Json>(ctx.app, '{ source(id: "src-kern-konsult-drechtsteden") { text } }');
    expect(res.errors).toBeUndefined();
    expect(res.data.source.text).toMatch(/Drechtsteden/);
  });

  it('makes an intake snapshot public once an accepted fact cites it', async () => {
    const quote = ARTICLE.slice(ARTICLE.indexOf(NAME), ARTICLE.indexOf(' Einde'));
    const created = await gql<Json>(
      ctx.app,
      'mutation($i: CreateEntityInput!) { createEntity(input: $i) { id } }',
      { i: { type: 'ENGAGEMENT', id: `eng-access-${suffix}`, name: `Toegang Westland ${tag}`, provenance: [{ sourceId: INTAKE, quote }] } },
      as('anna'),
    );
    expect(created.errors, JSON.stringify(created.errors)).toBeUndefined();
    const res = await gql<Json>(ctx.app, `{ source(id: "${INTAKE}") { text factCount } }`);
    expect(res.errors).toBeUndefined();
    expect(res.data.source.factCount).toBe(1);
    expect(res.data.source.text).toContain(`${NAME} adviseerde de gemeente Westland`);
    // The proposals stay the curators'.
    expectRefused(await gql(ctx.app, op(CURATOR_READS[1]![1])), 'UNAUTHENTICATED', CURATOR_NEEDED);
  });
});
