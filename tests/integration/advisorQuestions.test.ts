/**
 * The questions an advisor asks first, answered with Cypher on the real seed/ (loaded in place of
 * the fixture graph). Each answer must hold what today's articles say; a new article may add to it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabase, useSeedGraph } from '../support/testServer.js';
import type { Database } from '../../server/src/db/database.js';

describe("an advisor's first questions", () => {
  useSeedGraph();
  let db: Database;
  beforeAll(() => {
    db = testDatabase();
  });
  afterAll(() => db.close());

  it('who worked with the client contact of Sociale Dienst Drechtsteden', async () => {
    const rows = await db.read<{ contact: string; colleague: string; role: string; quote: string }>(
      't',
      `MATCH (c:Person)-[w:WORKED_ON {role: 'CLIENT_CONTACT'}]->(e:Engagement)-[:FOR]->(:Organization {id: 'org-sociale-dienst-drechtsteden'})
       MATCH (o:Person)-[w2:WORKED_ON]->(e) WHERE o <> c
       RETURN c.name AS contact, o.name AS colleague, w2.role AS role, w2.provQuotes[0] AS quote`,
    );
    expect(rows).toEqual(expect.arrayContaining([{ contact: 'Gabrielle Rypma', colleague: 'Nathalie de Man', role: 'CONSULTANT', quote: expect.stringContaining('Nathalie') }]));
  });

  it('which consultancies worked in Westland', async () => {
    const rows = await db.read<{ name: string }>(
      't',
      `MATCH (m:Municipality {id: 'gemeente-westland'})
       MATCH (e:Engagement)-[:FOR]->(c) WHERE c = m OR (c)-[:PART_OF]->(m)
       MATCH (e)-[:BY]->(k:Consultancy)
       RETURN DISTINCT k.name AS name ORDER BY name`,
    );
    expect(rows.map((r) => r.name)).toEqual(expect.arrayContaining(['Key to Grip', 'Nul Vierentwintig']));
  });

  it('which consultants from different firms worked together', async () => {
    const rows = await db.read<{ a: string; b: string; engagement: string }>(
      't',
      `MATCH (a:Person)-[:WORKED_ON {role: 'CONSULTANT'}]->(e:Engagement)<-[:WORKED_ON {role: 'CONSULTANT'}]-(b:Person)
       MATCH (a)-[:WORKS_AT]->(fa:Consultancy), (b)-[:WORKS_AT]->(fb:Consultancy)
       WHERE a.name < b.name AND fa <> fb
       RETURN a.name AS a, b.name AS b, e.id AS engagement`,
    );
    expect(rows).toEqual(expect.arrayContaining([{ a: 'Karin Castelijn', b: 'Roeland Grip', engagement: 'eng-westland-samenwerking-sociaal-kernteam' }]));
  });

  it('which engagements concern eigen kracht (including narrower themes)', async () => {
    const rows = await db.read<{ id: string }>(
      't',
      `MATCH (e:Engagement)-[:ABOUT]->(:Theme)-[:BROADER*0..]->(:Theme {id: 'eigenKracht'})
       RETURN DISTINCT e.id AS id ORDER BY id`,
    );
    expect(rows.map((r) => r.id)).toEqual(expect.arrayContaining(['eng-regio-rivierenland-houding-en-gedrag', 'eng-waddinxveen-dienstverleningsstrategie']));
  });

  it('which engagements concern jeugdzorg (including the Jeugdwet)', async () => {
    const rows = await db.read<{ id: string }>(
      't',
      `MATCH (e:Engagement)-[:ABOUT]->(:Theme)-[:BROADER*0..]->(:Theme {id: 'jeugdzorg'})
       RETURN DISTINCT e.id AS id ORDER BY id`,
    );
    expect(rows.map((r) => r.id)).toEqual(expect.arrayContaining(['eng-regio-rivierenland-houding-en-gedrag', 'eng-westland-samenwerking-sociaal-kernteam']));
  });
});
