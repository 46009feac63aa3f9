/**
 * Issue 19, item 4: every source that backs a fact has a public page any reader can open — its
 * metadata, its stored text and the facts it backs, each quote located in the text (offsets, so the
 * web app marks them). A source that backs no fact (only pending or rejected intake proposals) is
 * not shown to readers.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSource } from '../../server/src/db/curateGraph.js';
import { gql, useTestApp, withTestDatabase } from '../support/testServer.js';
import { expectRefused, query, type Json } from './apiHelpers.js';

const PAGE = `query Page($id: ID!) {
  sourcePage(id: $id) {
    source { id title publisher kind url }
    text
    factCount
    facts { entity { id name type } relation { id type from { id } to { id } } quotes { quote start end } }
  }
}`;

const UNBACKED = 'src-h5-pending-only';

describe('sourcePage', () => {
  const ctx = useTestApp();

  beforeAll(async () => {
    await withTestDatabase((db) => createSource(db, { id: UNBACKED, title: 'Een artikel met alleen voorstellen', kind: 'ARTICLE', publisher: 'Test' }));
  });
  afterAll(async () => {
    await withTestDatabase((db) => db.write('removeTestSource', (tx) => tx.run('MATCH (s:Source {id: $id}) DETACH DELETE s', { id: UNBACKED })));
  });

  it('gives a reader the stored text of a seed article with every quote of its facts located in it', async () => {
    const page = (await query(ctx.app, PAGE, { id: 'src-westland-sociaal-kernteam' })).sourcePage;
    expect(page.source).toMatchObject({ title: 'Samenwerking in de gemeente Westland', url: 'https://www.nulvierentwintig.eu/samenwerking-in-de-gemeente-westland/' });
    expect(page.text).toContain('Karin Castelijn van Nul Vierentwintig');
    expect(page.factCount).toBe(page.facts.length);
    expect(page.facts.length).toBeGreaterThan(5);
    let located = 0;
    for (const fact of page.facts) {
      expect(Boolean(fact.entity) !== Boolean(fact.relation), 'an entity or a relationship').toBe(true);
      for (const q of fact.quotes) {
        expect(q.start, q.quote).not.toBeNull();
        // The marked span is the quote (white space may be reflowed in a snapshot, not in a seed text).
        expect(page.text.slice(q.start, q.end)).toBe(q.quote);
        located++;
      }
    }
    expect(located).toBeGreaterThan(page.facts.length - 1);
    const karin = page.facts.find((f: Json) => f.relation?.id === 'person-karin-castelijn|WORKS_AT|consultancy-nul-vierentwintig');
    expect(karin.quotes.length).toBeGreaterThan(0);
  });

  it('refuses a source that backs no fact with NOT_FOUND, and an unknown one too', async () => {
    expectRefused(await gql(ctx.app, PAGE, { id: UNBACKED }), 'NOT_FOUND');
    expectRefused(await gql(ctx.app, PAGE, { id: 'src-does-not-exist' }), 'NOT_FOUND');
  });
});
