import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabase } from '../support/testServer.js';
import { loadFixtureGraph } from '../support/fixtureGraph.js';
import { graphFingerprint } from '../support/graphFingerprint.js';
import type { Database } from '../../server/src/db/database.js';
import { exportGraph } from '../../server/src/db/exportGraph.js';
import { importGraph } from '../../server/src/db/importGraph.js';
import { KennisgraafError } from '../../server/src/domain/errors.js';

describe('export and import', () => {
  let db: Database;
  beforeAll(() => {
    db = testDatabase();
  });
  afterAll(async () => {
    // Whatever happened above, the next files find the fixture graph.
    await loadFixtureGraph(db);
    await db.close();
  });

  it('export → empty database → import gives the identical graph, property by property', async () => {
    const before = await graphFingerprint(db);
    const doc = JSON.parse(JSON.stringify(await exportGraph(db))); // through JSON, as via a file
    expect(doc.entities.length).toBe(before.nodes.filter((n) => n.labels.includes('Entity')).length);

    await db.write('wipe', (tx) => tx.run('MATCH (n) WHERE n:Entity OR n:Source DETACH DELETE n'));
    expect((await graphFingerprint(db)).nodes).toHaveLength(0);

    await importGraph(db, doc);
    const after = await graphFingerprint(db);
    expect(after.nodes).toHaveLength(before.nodes.length);
    expect(after.relations).toHaveLength(before.relations.length);
    for (let i = 0; i < before.nodes.length; i++) expect(after.nodes[i]).toEqual(before.nodes[i]);
    for (let i = 0; i < before.relations.length; i++) expect(after.relations[i]).toEqual(before.relations[i]);
  });

  it('refuses a file that is not an export, and imports nothing', async () => {
    const before = await graphFingerprint(db);
    const err = await importGraph(db, { format: 'something-else', entities: [] }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(KennisgraafError);
    expect((err as Error).message).toMatch(/Not a Kennisgraaf graph export; nothing was imported/);
    expect(await graphFingerprint(db)).toEqual(before);
  });
});
