import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabase, useSeedGraph } from '../support/testServer.js';
import type { Database } from '../../server/src/db/database.js';
import { seedGraph } from '../../server/src/db/seedGraph.js';
import { writeGraph } from '../../server/src/db/writeGraph.js';
import { SeedValidationError } from '../../server/src/seed/validateSeed.js';
import { KennisgraafError } from '../../server/src/domain/errors.js';
import { REPO_ROOT } from '../../server/src/config.js';
import { graphFingerprint } from '../support/graphFingerprint.js';
import { relationRuleViolation } from '../../server/src/domain/relationRules.js';

const SEED = path.join(REPO_ROOT, 'seed');

/** A copy of the seed folder with one article changed, for refusal tests. */
function corruptedSeed(article: string, change: (a: { entities: Record<string, unknown>[]; relations: Record<string, unknown>[] }) => void): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-seed-'));
  fs.cpSync(SEED, dir, { recursive: true });
  const file = path.join(dir, 'articles', `${article}.json`);
  const data = JSON.parse(fs.readFileSync(file, 'utf8'));
  change(data);
  fs.writeFileSync(file, JSON.stringify(data));
  return dir;
}

const q = { source: 'src-jso-waddinxveen', quote: 'Een citaat.' };

/**
 * The real seed/, loaded in place of the fixture graph. It grows as curators add articles, so
 * these tests hold for any seed: the stories already told stay told, every fact is sourced and
 * quoted, every relationship is allowed, loading is idempotent — no counts of today's seed.
 */
describe('the seed graph in Neo4j', () => {
  useSeedGraph();
  let db: Database;
  beforeAll(() => {
    db = testDatabase();
  });
  afterAll(() => db.close());

  /** The quotes on the relationship (a)-[TYPE]->(b). */
  async function relQuotes(from: string, type: string, to: string): Promise<{ sources: string[]; quotes: string[] } | null> {
    const [row] = await db.read<{ sources: string[]; quotes: string[] }>(
      't',
      'MATCH (a:Entity {id: $from})-[r]->(b:Entity {id: $to}) WHERE type(r) = $type RETURN r.provSources AS sources, r.provQuotes AS quotes',
      { from, type, to },
    );
    return row ?? null;
  }

  it('holds the Drechtsteden story: Kern Konsult, the Sociale Dienst, Gabrielle Rypma and Nathalie de Man, with quotes', async () => {
    const by = await relQuotes('eng-sociale-dienst-drechtsteden-coronacrisis', 'BY', 'consultancy-kern-konsult');
    expect(by?.sources).toContain('src-kern-konsult-drechtsteden');
    const works = await relQuotes('person-gabrielle-rypma', 'WORKS_AT', 'org-sociale-dienst-drechtsteden');
    expect(works?.quotes.join(' ')).toContain('Manager Informatie & Kwaliteit');
    const consultant = await relQuotes('person-nathalie-de-man', 'WORKED_ON', 'eng-sociale-dienst-drechtsteden-coronacrisis');
    expect(consultant?.quotes.join(' ')).toMatch(/Nathalie/);
    expect(await relQuotes('eng-sociale-dienst-drechtsteden-coronacrisis', 'FOLLOWS', 'eng-sociale-dienst-drechtsteden-projectmatig-creeren')).not.toBeNull();
    expect(await relQuotes('org-sociale-dienst-drechtsteden', 'PART_OF', 'regio-drechtsteden')).not.toBeNull();
  });

  it('holds the Waddinxveen story: JSO, Fenneke de Graaf and Hans van der Vaart on the dienstverleningsstrategie from 2016', async () => {
    const [eng] = await db.read<{ startYear: number; sources: string[] }>('t', "MATCH (e:Engagement {id: 'eng-waddinxveen-dienstverleningsstrategie'}) RETURN e.startYear AS startYear, e.provSources AS sources");
    expect(eng).toEqual({ startYear: 2016, sources: expect.arrayContaining(['src-jso-waddinxveen']) });
    expect((await relQuotes('person-fenneke-de-graaf', 'WORKS_AT', 'consultancy-jso'))?.quotes.join(' ')).toMatch(/adviseur bij JSO/);
    expect(await relQuotes('person-hans-van-der-vaart', 'WORKED_ON', 'eng-waddinxveen-dienstverleningsstrategie')).not.toBeNull();
    expect(await relQuotes('eng-waddinxveen-dienstverleningsstrategie', 'ABOUT', 'eigenKracht')).not.toBeNull();
  });

  it('holds the Westland story: two bureaus, Karin Castelijn and Roeland Grip, for the Sociaal Kernteam', async () => {
    for (const k of ['consultancy-nul-vierentwintig', 'consultancy-key-to-grip']) {
      expect((await relQuotes('eng-westland-samenwerking-sociaal-kernteam', 'BY', k))?.sources).toContain('src-westland-sociaal-kernteam');
    }
    expect(await relQuotes('person-monique-van-den-berg', 'WORKS_AT', 'org-sociaal-kernteam-westland')).not.toBeNull();
    expect(await relQuotes('eng-westland-samenwerking-sociaal-kernteam', 'ABOUT', 'jeugdzorg')).not.toBeNull();
  });

  it('holds the Rivierenland story without claiming that its contact person worked on it', async () => {
    expect(await relQuotes('eng-regio-rivierenland-houding-en-gedrag', 'BY', 'consultancy-hiemstra-en-de-vries')).not.toBeNull();
    expect(await relQuotes('person-bertram-van-der-wal', 'WORKS_AT', 'consultancy-hiemstra-en-de-vries')).not.toBeNull();
    expect(await relQuotes('person-bertram-van-der-wal', 'WORKED_ON', 'eng-regio-rivierenland-houding-en-gedrag')).toBeNull();
  });

  it('holds the Den Helder interview without an invented engagement or consultancy', async () => {
    // Another article may name an engagement in Den Helder; this interview names none.
    const [row] = await db.read<{ sourceFacts: number }>(
      't',
      `RETURN COUNT { MATCH (n:Entity) WHERE 'src-den-helder-interview' IN n.provSources AND n.type IN ['ENGAGEMENT', 'CONSULTANCY'] } AS sourceFacts`,
    );
    expect(row).toEqual({ sourceFacts: 0 });
    expect((await relQuotes('person-pieter-kos', 'WORKS_AT', 'gemeente-den-helder'))?.quotes.join(' ')).toMatch(/wethouder/);
    expect(await relQuotes('gemeente-den-helder', 'FACES', 'cultuurverandering')).not.toBeNull();
  });

  it('gives every node and relationship at least one source that exists, and a quote for each', async () => {
    const [row] = await db.read<{ bad: number; dangling: number }>(
      't',
      `CALL () { MATCH (n:Entity) WHERE size(coalesce(n.provSources, [])) = 0 OR size(n.provSources) <> size(n.provQuotes) RETURN count(n) AS badNodes }
       CALL () { MATCH (:Entity)-[r]->(:Entity) WHERE size(coalesce(r.provSources, [])) = 0 OR size(r.provSources) <> size(r.provQuotes) RETURN count(r) AS badRels }
       CALL () { MATCH (n:Entity) UNWIND n.provSources AS s WITH DISTINCT s WHERE NOT EXISTS { (:Source {id: s}) } RETURN count(s) AS dangling }
       RETURN badNodes + badRels AS bad, dangling`,
    );
    expect(row).toEqual({ bad: 0, dangling: 0 });
  });

  it('holds only relationships that the relation rules allow, each with the role or kind it needs', async () => {
    type Rule = Parameters<typeof relationRuleViolation>;
    const rows = await db.read<{ type: Rule[0]; from: Rule[1]; to: Rule[2]; role: string | null; kind: string | null; year: number | null; count: number }>(
      't',
      'MATCH (a:Entity)-[r]->(b:Entity) RETURN type(r) AS type, a.type AS from, b.type AS to, r.role AS role, r.kind AS kind, r.year AS year, count(*) AS count',
    );
    const broken = rows.flatMap((r) => {
      const why = relationRuleViolation(r.type, r.from, r.to, r);
      return why ? [`${r.count}× ${r.from} ${r.type} ${r.to}: ${why}`] : [];
    });
    expect(broken).toEqual([]);
  });

  it('changes no count when the seed is loaded a second time', async () => {
    const before = await graphFingerprint(db);
    await seedGraph(db, SEED);
    expect(await graphFingerprint(db)).toEqual(before);
  });

  it('keeps facts that users added when the seed is loaded again', async () => {
    await db.write('t', (tx) =>
      tx.run("MATCH (p:Person {id: 'person-gabrielle-rypma'}) SET p.provSources = p.provSources + 'src-jso-waddinxveen', p.provQuotes = p.provQuotes + 'Toegevoegd door een gebruiker.'"),
    );
    await seedGraph(db, SEED);
    const [row] = await db.read<{ quotes: string[] }>('t', "MATCH (p:Person {id: 'person-gabrielle-rypma'}) RETURN p.provQuotes AS quotes");
    expect(row!.quotes).toContain('Toegevoegd door een gebruiker.');
    await db.write('t', (tx) =>
      tx.run("MATCH (p:Person {id: 'person-gabrielle-rypma'}) SET p.provSources = p.provSources[0..-1], p.provQuotes = p.provQuotes[0..-1]"),
    );
  });

  for (const [what, article, change, expected] of [
    [
      'a dangling reference',
      'src-jso-waddinxveen',
      (a: { relations: Record<string, unknown>[] }) =>
        a.relations.push({ type: 'BY', from: 'eng-waddinxveen-dienstverleningsstrategie', to: 'consultancy-spook', provenance: [q] }),
      /articles\/src-jso-waddinxveen\.json, relations\[\d+\] \(eng-waddinxveen-dienstverleningsstrategie BY consultancy-spook\), field "to"/,
    ],
    [
      'a duplicate id',
      'src-jso-waddinxveen',
      (a: { entities: Record<string, unknown>[] }) => a.entities.push({ type: 'PERSON', id: 'person-gabrielle-rypma', name: 'Gabrielle R.', provenance: [q] }),
      /duplicate id "person-gabrielle-rypma"/,
    ],
    [
      'an unknown theme',
      'src-jso-waddinxveen',
      (a: { relations: Record<string, unknown>[] }) => a.relations.push({ type: 'ABOUT', from: 'eng-waddinxveen-dienstverleningsstrategie', to: 'onbekendThema', provenance: [q] }),
      /unknown theme "onbekendThema"/,
    ],
    [
      'a missing quote',
      'src-jso-waddinxveen',
      (a: { relations: Record<string, unknown>[] }) => a.relations.push({ type: 'ABOUT', from: 'eng-waddinxveen-dienstverleningsstrategie', to: 'preventie', provenance: [{ source: 'src-jso-waddinxveen' }] }),
      /relations\[\d+\] \(eng-waddinxveen-dienstverleningsstrategie ABOUT preventie\), field "provenance\.0\.quote"/,
    ],
  ] as const) {
    it(`refuses a seed with ${what}, names the record, and leaves the graph unchanged`, async () => {
      const before = await graphFingerprint(db);
      const dir = corruptedSeed(article, change);
      try {
        const err = await seedGraph(db, dir).catch((e: unknown) => e);
        expect(err).toBeInstanceOf(SeedValidationError);
        expect((err as Error).message).toMatch(expected);
        expect((err as Error).message).toMatch(/nothing was written/);
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
      expect(await graphFingerprint(db)).toEqual(before);
    });
  }

  it('rolls back a write that fails half-way: no partial graph', async () => {
    const before = await graphFingerprint(db);
    const err = await writeGraph(
      db,
      {
        format: 'kennisgraaf-graph',
        version: 1,
        sources: [{ id: 'src-half-way', title: 'Half', kind: 'REGISTER', properties: {} }],
        entities: [{ id: 'person-half-way', type: 'PERSON', name: 'Half Weg', aliases: [], properties: {}, provenance: [{ source: 'src-half-way', quote: 'Half.' }] }],
        relations: [{ type: 'WORKS_AT', from: 'person-half-way', to: 'consultancy-bestaat-niet', properties: {}, provenance: [{ source: 'src-half-way', quote: 'Half.' }] }],
      },
      'keep',
    ).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(KennisgraafError);
    expect(await graphFingerprint(db)).toEqual(before);
  });
});
