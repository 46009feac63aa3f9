/**
 * Article intake against the real Neo4j and the real Frog (started once by the global setup),
 * through the GraphQL API: proposals with verbatim quotes, invisible until accepted; the same
 * article twice adds nothing; a rejected proposal stays rejected; accept, edit, link and reject
 * reach the graph (or not) as ordinary facts with the article and sentence as provenance; bad input
 * writes nothing. The fixture graph is put back afterwards.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { REPO_ROOT } from '../../server/src/config.js';
import { gql, useTestApp } from '../support/testServer.js';
import { loadFixtureGraph } from '../support/fixtureGraph.js';
import { graphFingerprint } from '../support/graphFingerprint.js';
import { FROG_SKIP_MESSAGE, frogEnv, waitForTestFrog } from '../support/testFrog.js';
import { AUTH, countQueries, expectRefused, query, type Json } from '../api/apiHelpers.js';

const frog = inject('frog');
const FIXTURES = path.join(REPO_ROOT, 'tests', 'fixtures', 'intake');
const ARTICLE = fs.readFileSync(path.join(FIXTURES, 'movisie-zwolle.txt'), 'utf8');

const PROPOSAL = `id kind status entityType name quote quoteStart confidence rule relationType role title
  linkedEntity { id } entity { id } relation { id title provenance { quote source { id } } }
  from { id name entityType } to { id name entityType } mentions { text start end rule confidence }`;
const INGEST = `mutation In($input: IngestArticleInput!) {
  ingestArticle(input: $input) {
    created added nlpMillis progress { total reviewed pending accepted edited rejected }
    source { id title kind url text review { total pending } }
    proposals { ${PROPOSAL} }
  }
}`;
const REVIEW = `mutation R($id: ID!, $decision: ReviewDecision!, $edits: ProposalEdits) {
  reviewProposal(id: $id, decision: $decision, edits: $edits) { proposal { ${PROPOSAL} } alongWith { id status kind } progress { total pending rejected } }
}`;

if (!frog.installed) {
  describe.skip(FROG_SKIP_MESSAGE, () => {
    it('needs Frog', () => {});
  });
} else {
  describe('article intake', () => {
    const ctx = useTestApp({ ...frogEnv(frog), INTAKE_MAX_BYTES: '200000' });
    let first: Json;
    const entity = (name: string, type?: string) => first.proposals.find((p: Json) => p.kind === 'ENTITY' && p.name === name && (!type || p.entityType === type));
    const relation = (type: string, from: string, to: string) =>
      first.proposals.find((p: Json) => p.kind === 'RELATION' && p.relationType === type && p.from.name === from && p.to.name === to);
    const ingest = (input: Record<string, unknown>, headers: Record<string, string> = AUTH) => gql<Json>(ctx.app, INGEST, { input }, headers);
    const review = async (id: string, decision: string, edits?: Record<string, unknown>) => {
      const res = await gql<Json>(ctx.app, REVIEW, { id, decision, edits: edits ?? null }, AUTH);
      expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
      return res.data.reviewProposal;
    };
    const count = async (cypher: string) => (await ctx.db.read<{ n: number }>('test:count', cypher))[0]!.n;

    beforeAll(async () => {
      await waitForTestFrog(frog);
    }, 200_000);
    afterAll(async () => {
      await loadFixtureGraph(ctx.db);
    });

    it('proposes entities and relationships, each quoting a sentence that stands verbatim in the snapshot', async () => {
      const res = await ingest({ text: ARTICLE, title: 'Wijkteams Zwolle', url: 'https://example.org/zwolle', kind: 'CLIENT_STORY' });
      expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
      first = res.data.ingestArticle;
      expect(first.created).toBe(true);
      expect(first.added).toBe(first.proposals.length);
      expect(first.progress).toMatchObject({ total: first.added, pending: first.added, reviewed: 0 });
      expect(first.source).toMatchObject({ kind: 'CLIENT_STORY', url: 'https://example.org/zwolle', review: { total: first.added } });
      const text: string = first.source.text;
      expect(text).toContain('Sanne Bakker, senior adviseur bij Movisie');
      for (const p of first.proposals) {
        expect(p.status).toBe('PENDING');
        expect(text.slice(p.quoteStart, p.quoteStart + p.quote.length)).toBe(p.quote);
        expect(p.quote).not.toMatch(/\n/);
        expect(p.confidence).toBeGreaterThan(0);
        for (const m of p.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
      }
      expect(entity('Movisie', 'CONSULTANCY')).toBeTruthy();
      expect(entity('Sanne Bakker', 'PERSON')).toBeTruthy();
      expect(entity('Zwolle', 'MUNICIPALITY').linkedEntity).toEqual({ id: 'gemeente-zwolle' });
      expect(relation('WORKS_AT', 'Sanne Bakker', 'Movisie')).toMatchObject({ title: 'senior adviseur', quote: expect.stringContaining('Sanne Bakker, senior adviseur bij Movisie') });
      expect(first.proposals.some((p: Json) => p.entityType === 'ENGAGEMENT')).toBe(true);
      expect(relation('BY', first.proposals.find((p: Json) => p.entityType === 'ENGAGEMENT').name, 'Movisie')).toBeTruthy();
    });

    it('reads the review queue in a fixed number of queries, however many proposals there are', async () => {
      const q = `{ proposals(sourceId: "${first.source.id}") { id source { id } linkedEntity { id } from { name } to { name } relation { id }
        suggestions(first: 3) { entity { id name } score exactName } } reviewQueue { id review { total } text } }`;
      const { count, data } = await countQueries(ctx.app, q, {}, AUTH);
      expect(data.proposals).toHaveLength(first.proposals.length);
      expect(data.proposals.find((p: Json) => p.id === entity('Zwolle', 'MUNICIPALITY').id).suggestions[0]).toMatchObject({ entity: { id: 'gemeente-zwolle' }, exactName: true });
      // proposals; reviewQueue; then per level: sources, entities, proposals (from/to), relations, suggestions, progress, snapshots.
      expect(count).toBeLessThanOrEqual(9);
    });

    it('keeps proposals out of the graph: search, entities and statistics do not see them', async () => {
      const data = await query(ctx.app, '{ a: search(query: "Movisie") { totalCount } b: search(query: "Sanne Bakker") { totalCount } c: node(id: "person-sanne-bakker") { id } }');
      expect(data).toEqual({ a: { totalCount: 0 }, b: { totalCount: 0 }, c: null });
      expect(await count("MATCH (n:Entity) WHERE n.id IN ['consultancy-movisie', 'person-sanne-bakker', 'person-ilse-hoekstra'] RETURN count(n) AS n")).toBe(0);
    });

    it('adds nothing when the same article is taken in again', async () => {
      const before = await count('MATCH (p:Proposal) RETURN count(p) AS n');
      const res = await ingest({ text: ARTICLE, title: 'Een andere titel' });
      expect(res.errors).toBeUndefined();
      expect(res.data.ingestArticle).toMatchObject({ created: false, added: 0, source: { id: first.source.id, title: first.source.title } });
      expect(await count('MATCH (p:Proposal) RETURN count(p) AS n')).toBe(before);
      expect(await count('MATCH (s:Source) WHERE s.title = "Een andere titel" RETURN count(s) AS n')).toBe(0);
    });

    it('rejects a person with the relationships that need them, and does not propose them again', async () => {
      const ilse = entity('Ilse Hoekstra', 'PERSON');
      const r = await review(ilse.id, 'REJECT');
      expect(r.proposal.status).toBe('REJECTED');
      const hers = first.proposals.filter((p: Json) => p.kind === 'RELATION' && (p.from.id === ilse.id || p.to.id === ilse.id)).map((p: Json) => p.id);
      expect(hers.length).toBeGreaterThan(0);
      expect(r.alongWith.map((a: Json) => a.id).sort()).toEqual([...hers].sort());
      expect(r.alongWith.every((a: Json) => a.status === 'REJECTED')).toBe(true);
      const again = await ingest({ text: ARTICLE, title: 'Wijkteams Zwolle' });
      expect(again.data.ingestArticle.added).toBe(0);
      expect(again.data.ingestArticle.proposals.find((p: Json) => p.id === ilse.id).status).toBe('REJECTED');
    });

    it('accepts an edited relationship with its endpoints, writing ordinary facts with the article and the sentence', async () => {
      const works = relation('WORKS_AT', 'Sanne Bakker', 'Movisie');
      const r = await review(works.id, 'ACCEPT', { title: 'senior adviseur sociaal domein' });
      expect(r.proposal).toMatchObject({ status: 'EDITED', title: 'senior adviseur sociaal domein' });
      expect(r.alongWith.map((a: Json) => a.id).sort()).toEqual([works.from.id, works.to.id].sort());
      expect(r.proposal.relation).toEqual({
        id: 'person-sanne-bakker|WORKS_AT|consultancy-movisie',
        title: 'senior adviseur sociaal domein',
        provenance: [{ quote: works.quote, source: { id: first.source.id } }],
      });
      const data = await query(ctx.app, '{ search(query: "Movisie") { totalCount edges { node { id type provenance { quote source { id } } } } } }');
      expect(data.search.totalCount).toBe(1);
      expect(data.search.edges[0].node).toMatchObject({ id: 'consultancy-movisie', type: 'CONSULTANCY', provenance: [{ source: { id: first.source.id } }] });
    });

    it('accepts twice without change, and refuses edits or a reject of an accepted proposal', async () => {
      const works = relation('WORKS_AT', 'Sanne Bakker', 'Movisie');
      const before = await graphFingerprint(ctx.db);
      expect((await review(works.id, 'ACCEPT')).proposal.status).toBe('EDITED');
      expect(await graphFingerprint(ctx.db)).toEqual(before);
      expectRefused(await gql(ctx.app, REVIEW, { id: works.id, decision: 'REJECT' }, AUTH), 'BAD_INPUT', /in the graph already/);
    });

    it('links a proposal to an existing entity: the gemeente gets this article as evidence', async () => {
      const zwolle = entity('Zwolle', 'MUNICIPALITY');
      const r = await review(zwolle.id, 'ACCEPT');
      expect(r.proposal).toMatchObject({ status: 'ACCEPTED', entity: { id: 'gemeente-zwolle' } });
      const data = await query(ctx.app, '{ node(id: "gemeente-zwolle") { provenance { quote source { id } } } }');
      expect(data.node.provenance).toContainEqual({ quote: zwolle.quote, source: { id: first.source.id } });
    });

    it('checks an edited quote against the snapshot and a link against the graph', async () => {
      const movisie = entity('Movisie', 'CONSULTANCY');
      const person = entity('Sanne Bakker', 'PERSON');
      void movisie;
      const engagement = first.proposals.find((p: Json) => p.entityType === 'ENGAGEMENT');
      const notInText = expectRefused(await gql(ctx.app, REVIEW, { id: engagement.id, decision: 'ACCEPT', edits: { quote: 'Dit staat niet in het artikel.' } }, AUTH), 'BAD_INPUT', /verbatim/);
      expect(notInText.extensions?.reason).toBe('QUOTE_NOT_IN_TEXT');
      const otherType = expectRefused(await gql(ctx.app, REVIEW, { id: engagement.id, decision: 'ACCEPT', edits: { linkToEntityId: 'gemeente-zwolle' } }, AUTH), 'BAD_INPUT', /MUNICIPALITY/);
      expect(otherType.extensions?.reason).toBe('TYPE_MISMATCH');
      expect(person).toBeTruthy();
      const quote = 'Het traject leverde een nieuwe werkwijze op, die in 2022 in alle wijken is ingevoerd.';
      const r = await review(engagement.id, 'ACCEPT', { quote, name: 'Wijkteams en preventie Zwolle' });
      expect(r.proposal).toMatchObject({ status: 'EDITED', name: 'Wijkteams en preventie Zwolle', quote });
      const data = await query(ctx.app, `{ node(id: "${r.proposal.entity.id}") { name type provenance { quote } } }`);
      expect(data.node).toEqual({ name: 'Wijkteams en preventie Zwolle', type: 'ENGAGEMENT', provenance: [{ quote }] });
    });

    it('accepts all the rest in one go; what was rejected stays out of the graph', async () => {
      const res = await gql<Json>(ctx.app, `mutation { acceptRemainingProposals(sourceId: "${first.source.id}") { accepted { id status } rejected { id } progress { total pending reviewed } } }`, {}, AUTH);
      expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
      const out = res.data.acceptRemainingProposals;
      expect(out.progress.pending).toBe(0);
      expect(out.progress.reviewed).toBe(out.progress.total);
      expect(out.accepted.length).toBeGreaterThan(0);
      expect(await count("MATCH (n:Entity {id: 'person-ilse-hoekstra'}) RETURN count(n) AS n")).toBe(0);
      expect(await count("MATCH (:Entity)-[r]->(:Entity) WHERE $src IN r.provSources RETURN count(r) AS n".replace('$src', `'${first.source.id}'`))).toBeGreaterThan(3);
      const queue = await query(ctx.app, '{ reviewQueue { id } done: reviewQueue(status: [ACCEPTED]) { id review { pending } } }', {}, AUTH);
      expect(queue.reviewQueue.map((s: Json) => s.id)).not.toContain(first.source.id);
      expect(queue.done).toContainEqual({ id: first.source.id, review: { pending: 0 } });
    });

    it('reads a PDF and a saved web page (navigation, banner and footer left out)', async () => {
      const pdf = fs.readFileSync(path.join(FIXTURES, 'berenschot-twente.pdf')).toString('base64');
      const a = await ingest({ fileBase64: pdf, fileName: 'berenschot-twente.pdf', title: 'Inkoop jeugdhulp in Twente' });
      expect(a.errors, JSON.stringify(a.errors)).toBeUndefined();
      expect(a.data.ingestArticle.source.text).toContain('Mark Jansen, partner bij Berenschot, leidde het traject.');
      expect(a.data.ingestArticle.proposals.some((p: Json) => p.name === 'Berenschot' && p.entityType === 'CONSULTANCY')).toBe(true);
      const html = fs.readFileSync(path.join(FIXTURES, 'regioplan-tilburg.html')).toString('base64');
      const b = await ingest({ fileBase64: html, fileName: 'regioplan-tilburg.html', title: 'Evaluatie Participatiewet Tilburg' });
      expect(b.errors, JSON.stringify(b.errors)).toBeUndefined();
      const text: string = b.data.ingestArticle.source.text;
      expect(text).toContain('Regioplan voerde in 2019 een evaluatie uit in opdracht van de gemeente.');
      expect(text).not.toMatch(/cookies|LinkedIn|Over ons|Gerelateerd|dataLayer/);
    });

    describe('bad input writes nothing', () => {
      const noTextPdf = Buffer.from(
        '%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Contents 4 0 R >> endobj\n4 0 obj << /Length 24 >> stream\n0 0 m 100 100 l S\nendstream endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n',
      ).toString('base64');
      const binary = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 37) % 256)).toString('base64');
      const damagedPdf = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\nthis is not a PDF body at all, only a header\n').toString('base64');
      // The reason (schema.graphql's IntakeFailureReason) is what the web app words in the curator's language.
      it.each([
        ['an empty text', { text: '   \n ', title: 'Leeg' }, /empty/, 'EMPTY'],
        ['a file above INTAKE_MAX_BYTES', { fileBase64: Buffer.alloc(300_000, 'a').toString('base64'), fileName: 'groot.txt', title: 'Groot' }, /at most 0\.2 MB/, 'TOO_LARGE'],
        ['a text above INTAKE_MAX_BYTES', { text: 'a '.repeat(150_000), title: 'Groot' }, /at most 0\.2 MB/, 'TOO_LARGE'],
        ['a PDF without text', { fileBase64: noTextPdf, fileName: 'scan.pdf', title: 'Scan' }, /no text layer/, 'PDF_WITHOUT_TEXT'],
        ['a damaged PDF', { fileBase64: damagedPdf, fileName: 'kapot.pdf', title: 'Kapot' }, /PDF/, 'UNREADABLE'],
        ['a binary file', { fileBase64: binary, fileName: 'data.bin', title: 'Binair' }, /binary|not UTF-8/, 'BINARY'],
        ['too little text', { text: 'Kort stukje.', title: 'Kort' }, /too little text/, 'TOO_LITTLE_TEXT'],
        ['text and a file at once', { text: ARTICLE, fileBase64: binary, fileName: 'x.txt', title: 'Twee' }, /one of the two/, 'INPUT_SHAPE'],
        ['neither text nor a file', { title: 'Niets' }, /one of the two/, 'INPUT_SHAPE'],
        ['a file without a name', { fileBase64: binary, title: 'Naamloos' }, /fileName/, 'FILE_NAME_MISSING'],
        ['a file that is not base64', { fileBase64: '%%% geen base64 %%%', fileName: 'x.txt', title: 'Geen base64' }, /base64/, 'NOT_BASE64'],
        ['an empty title', { text: ARTICLE, title: '  ' }, /title/, 'TITLE_MISSING'],
        ['a date that is no date', { text: ARTICLE, title: 'Datum', date: 'gisteren' }, /date/, 'DATE_INVALID'],
        ['a publisher of 301 characters', { text: ARTICLE, title: 'Lang', publisher: 'x'.repeat(301) }, /publisher/, 'VALUE_TOO_LONG'],
      ])('refuses %s', async (_label, input, message, reason) => {
        const before = await graphFingerprint(ctx.db);
        const proposals = await count('MATCH (p:Proposal) RETURN count(p) AS n');
        const error = expectRefused(await ingest(input), 'BAD_INPUT', message);
        expect(error.extensions?.reason).toBe(reason);
        expect(await graphFingerprint(ctx.db)).toEqual(before);
        expect(await count('MATCH (p:Proposal) RETURN count(p) AS n')).toBe(proposals);
      });

      it('refuses intake without a token', async () => {
        expectRefused(await ingest({ text: ARTICLE, title: 'x' }, {}), 'UNAUTHENTICATED');
      });
    });
  });
}

describe('article intake without Frog', () => {
  const ctx = useTestApp({ FROG_COMMAND: '/nonexistent/frog', FROG_PORT: '1', FROG_HOME: path.join(REPO_ROOT, '.frog', 'test', 'absent') });

  it('answers with how to install Frog, and writes nothing', async () => {
    const before = await graphFingerprint(ctx.db);
    const res = await gql<Json>(ctx.app, INGEST, { input: { text: ARTICLE, title: 'Zonder Frog' } }, AUTH);
    const error = expectRefused(res, 'BAD_INPUT', /Article intake needs Frog: apt-get install frog frogdata/);
    expect(error.extensions?.reason).toBe('NLP_UNAVAILABLE');
    expect(await graphFingerprint(ctx.db)).toEqual(before);
    expect((await ctx.db.read<{ n: number }>('test:count', 'MATCH (p:Proposal) RETURN count(p) AS n'))[0]!.n).toBe(0);
  });
});
