/** The full-text index (standard-folding analyzer) with the query builder, on the fixture graph. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabase } from '../support/testServer.js';
import type { Database } from '../../server/src/db/database.js';
import { searchEntities } from '../../server/src/db/searchEntities.js';
import { buildSearchQuery } from '../../server/src/domain/buildSearchQuery.js';

describe('full-text search over names and aliases', () => {
  let db: Database;
  beforeAll(() => {
    db = testDatabase();
  });
  afterAll(() => db.close());

  const names = async (text: string, types: string[] | null = null) =>
    (await searchEntities(db, buildSearchQuery(text), { types, skip: 0, limit: 10 })).hits.map((h) => h.node.name);

  it('finds "Creëren" from "creeren" (diacritics folded)', async () => {
    expect(await names('creeren')).toContain('Projectmatig Creëren');
  });

  it('finds "Creëren" when the user types the diacritic too', async () => {
    expect(await names('Creëren')).toContain('Projectmatig Creëren');
  });

  it('finds "Drechtsteden" from the prefix "drecht"', async () => {
    expect((await names('drecht', ['REGION']))[0]).toBe('Drechtsteden');
  });

  it('finds a theme by its alias: "Wet maatschappelijke ondersteuning" → Wmo 2015', async () => {
    expect((await names('Wet maatschappelijke ondersteuning', ['THEME']))[0]).toBe('Wmo 2015');
    expect(await names('WMO', ['THEME'])).toContain('Wmo 2015');
  });

  it('ranks the exact name above partial matches', async () => {
    expect((await names('Kern Konsult'))[0]).toBe('Kern Konsult');
  });

  it('forgives one typo in a longer word', async () => {
    expect(await names('Waddinxven')).toContain('Waddinxveen');
  });

  it('treats Lucene operators as text, not as query syntax', async () => {
    expect(await names('Kern && (Konsult) || ~ * ? : \\ / [ ] { } ^ ! "')).toEqual(['Kern Konsult']);
    expect(await names('Kern && (Konsult)')).toEqual(['Kern Konsult']);
  });
});
