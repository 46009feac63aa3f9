/**
 * `npm run reference:import` against the test Neo4j: a 2025-style gemeente list (a changed
 * population, a new code, a gemeente no longer listed) and a herindeling, round trip and repeat;
 * the bundled files on a graph seeded from them; refusals of broken files with the graph
 * unchanged; and the command as a user runs it (a child process). The graph is the fixture graph;
 * this file changes it and puts it back afterwards.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { REPO_ROOT } from '../../server/src/config.js';
import type { Database } from '../../server/src/db/database.js';
import { importReference, ReferenceImportError } from '../../server/src/db/importReference.js';
import type { SourceNode } from '../../server/src/domain/graphDocument.js';
import { parseReferenceCsv } from '../../server/src/reference/parseReferenceCsv.js';
import type { ReferenceInputFile } from '../../server/src/reference/planReferenceUpdate.js';
import { loadFixtureGraph } from '../support/fixtureGraph.js';
import { graphFingerprint } from '../support/graphFingerprint.js';
import { testDatabase } from '../support/testServer.js';

const run = promisify(execFile);
const TSX = path.join(REPO_ROOT, 'node_modules', '.bin', 'tsx');
const FIXTURES = path.join(REPO_ROOT, 'tests', 'fixtures', 'reference');
const BUNDLED = path.join(REPO_ROOT, 'seed', 'reference');

const SOURCE_2025: SourceNode = {
  id: 'src-test-cbs-gemeenten-2025',
  title: 'Test: gemeenten op 1 januari 2025',
  kind: 'REGISTER',
  properties: { publisher: 'CBS', date: '2025-01-01', language: 'nl' },
};

function input(file: string, sourceId: string): ReferenceInputFile {
  const parsed = parseReferenceCsv(path.basename(file), fs.readFileSync(file));
  if (parsed.kind === 'HERINDELING_SOURCES') throw new Error('not importable');
  return { name: path.basename(file), parsed, sourceOf: () => sourceId, peildatum: null };
}

async function cli(args: string[]): Promise<{ code: number; stderr: string }> {
  const conn = inject('neo4j');
  const env = { ...process.env, NEO4J_URI: conn.uri, NEO4J_USER: conn.user, NEO4J_PASSWORD: conn.password };
  try {
    const { stderr } = await run(TSX, [path.join(REPO_ROOT, 'server', 'src', 'cli', 'importReference.ts'), ...args], { cwd: REPO_ROOT, env });
    return { code: 0, stderr };
  } catch (e) {
    const err = e as { code?: number; stderr?: string };
    return { code: err.code ?? 1, stderr: err.stderr ?? '' };
  }
}

type Row = Record<string, unknown>;

describe('the reference import', () => {
  let db: Database;
  const one = async (cypher: string, params: Record<string, unknown> = {}): Promise<Row> => (await db.read<Row>('test', cypher, params))[0]!;

  beforeAll(() => {
    db = testDatabase();
  });
  afterAll(async () => {
    try {
      await loadFixtureGraph(db);
    } finally {
      await db.close();
    }
  });

  it('changes nothing when it imports the bundled files onto a graph seeded from them', async () => {
    const before = await graphFingerprint(db);
    for (const name of ['gemeenten.csv', 'gemeenten_extra.csv', 'herindelingen.csv']) {
      const res = await cli([path.join(BUNDLED, name)]);
      expect(res.stderr, name).toMatch(/No changes: the graph already holds what/);
      expect(res.code, res.stderr).toBe(0);
    }
    expect(await graphFingerprint(db)).toEqual(before);
  });

  describe('a 2025-style complete list, then a herindeling', () => {
    let before: Awaited<ReturnType<typeof graphFingerprint>>;
    beforeAll(async () => {
      before = await graphFingerprint(db);
    });

    it('reports what a dry run would change, and writes nothing', async () => {
      const { plan, written } = await importReference(db, {
        files: [input(path.join(FIXTURES, 'gemeenten-2025.csv'), SOURCE_2025.id)],
        sources: [SOURCE_2025],
        complete: true,
        dryRun: true,
      });
      expect(written).toBe(false);
      expect(plan.report.populationChanges).toEqual([{ code: 'GM0400', name: 'Den Helder', from: 56_432, to: 56_600 }]);
      expect(await graphFingerprint(db)).toEqual(before);
    });

    it('updates the population, adds the new code and dissolves the gemeente the complete list no longer has', async () => {
      const { plan, written } = await importReference(db, {
        files: [input(path.join(FIXTURES, 'gemeenten-2025.csv'), SOURCE_2025.id)],
        sources: [SOURCE_2025],
        complete: true,
        dryRun: false,
      });
      expect(written).toBe(true);
      const r = plan.report;
      expect(r.populationChanges).toEqual([{ code: 'GM0400', name: 'Den Helder', from: 56_432, to: 56_600 }]);
      expect(r.newMunicipalities).toEqual([{ code: 'GM9999', name: 'Nieuwgemeente', id: 'gemeente-nieuwgemeente', dissolved: false }]);
      expect(r.dissolved).toEqual([{ code: 'GM0088', name: 'Schiermonnikoog', id: 'gemeente-schiermonnikoog', year: 2025, by: 'ABSENT_FROM_COMPLETE_LIST' }]);
      expect(r.membershipChanges).toEqual([
        { code: 'GM0088', name: 'Schiermonnikoog', kind: 'COROP', from: 'CR04', to: null },
        { code: 'GM0088', name: 'Schiermonnikoog', kind: 'VEILIGHEIDSREGIO', from: 'VR02', to: null },
      ]);
      expect([r.attributeChanges, r.missing, r.newRegions, r.newSuccessions, r.warnings]).toEqual([[], [], [], [], []]);
      // The other 340 listed gemeenten: the same figures on the new date.
      expect(r.unchanged).toBe(340);
      expect(r.populationDatesMoved).toBe(341);

      // Den Helder: the new figure and its date, the 2025 line as evidence; curated facts untouched.
      const denHelder = await one(
        `MATCH (m:Municipality {id: 'gemeente-den-helder'})
         RETURN m.population AS population, m.populationDate AS date, m.populationYear AS year, m.men AS men, m.aliases AS aliases,
                m.provSources AS sources, m.provQuotes AS quotes, COUNT { (m)-[:FACES]->() } AS faces, COUNT { (m)<-[:WORKS_AT]-() } AS people`,
      );
      expect(denHelder).toMatchObject({ population: 56_600, date: '2025-01-01', year: 2025, men: 27_978, aliases: ['Gemeente Den Helder'], faces: 7, people: 3 });
      expect(denHelder.sources).toEqual(['src-cbs-gemeenten-2024', 'src-cbs-gebieden-2024', 'src-den-helder-interview', 'src-den-helder-interview', SOURCE_2025.id]);
      expect((denHelder.quotes as string[]).at(-1)).toBe('GM0400,Den Helder,Noord-Holland,56600,2025-01-01');

      const nieuw = await one("MATCH (m:Municipality {id: 'gemeente-nieuwgemeente'}) RETURN properties(m) AS p");
      expect(nieuw.p).toMatchObject({ cbsCode: 'GM9999', name: 'Nieuwgemeente', province: 'Gelderland', population: 12_345, populationDate: '2025-01-01', aliases: ['Gemeente Nieuwgemeente'] });

      const schier = await one(
        `MATCH (m:Municipality {id: 'gemeente-schiermonnikoog'})
         RETURN m.dissolved AS dissolved, m.dissolvedYear AS year, m.population AS population,
                [(m)-[r:MEMBER_OF]->(g) | g.kind + ' ' + r.validFrom + '..' + r.validTo] AS memberships`,
      );
      expect(schier).toEqual({ dissolved: true, year: 2025, population: 972, memberships: expect.arrayContaining(['COROP 2024-01-01..2024-12-31', 'VEILIGHEIDSREGIO 2024-01-01..2024-12-31']) });
      expect(await one('MATCH (s:Source {id: $id}) RETURN s.title AS title, s.kind AS kind', { id: SOURCE_2025.id })).toEqual({ title: SOURCE_2025.title, kind: 'REGISTER' });
    });

    it('changes nothing the second time, and says so', async () => {
      const after = await graphFingerprint(db);
      expect(after).not.toEqual(before);
      const { plan, written } = await importReference(db, {
        files: [input(path.join(FIXTURES, 'gemeenten-2025.csv'), SOURCE_2025.id)],
        sources: [SOURCE_2025],
        complete: true,
        dryRun: false,
      });
      expect(written).toBe(false);
      // The 342 rows of the file (Nieuwgemeente now known), each unchanged.
      expect(plan.report).toMatchObject({ populationChanges: [], newMunicipalities: [], dissolved: [], evidenceAdded: 0, unchanged: 342 });
      expect(await graphFingerprint(db)).toEqual(after);
    });

    it('links the dissolved gemeente to its successor when the herindelingen file comes', async () => {
      const res = await cli([path.join(FIXTURES, 'herindelingen-2025.csv'), '--source', SOURCE_2025.id]);
      expect(res.code, res.stderr).toBe(0);
      expect(res.stderr).toMatch(/Herindelingen added \(1\):\n {2}2025: GM0088 → GM0080/);
      expect(res.stderr).not.toMatch(/Dissolved/); // it was already
      const succession = await one(
        "MATCH (:Municipality {id: 'gemeente-schiermonnikoog'})-[r:SUCCEEDED_BY]->(s) RETURN s.id AS to, r.year AS year, r.provQuotes AS quotes",
      );
      expect(succession).toEqual({ to: 'gemeente-leeuwarden', year: 2025, quotes: ['2025,GM0088,Schiermonnikoog,GM0080,Leeuwarden'] });
      const again = await cli([path.join(FIXTURES, 'herindelingen-2025.csv'), '--source', SOURCE_2025.id]);
      expect(again.stderr).toMatch(/No changes/);
    });

    it('refreshes only the columns a partial kerncijfers file has, from a new source it creates', async () => {
      const args = [path.join(FIXTURES, 'den-helder-kerncijfers.csv'), '--source-title', 'Test: kerncijfers Den Helder', '--source-date', '2025-01-01'];
      const dry = await cli([...args, '--dry-run']);
      expect(dry.code, dry.stderr).toBe(0);
      expect(dry.stderr).toMatch(/Dry run: nothing was written/);
      const res = await cli(args);
      expect(res.code, res.stderr).toBe(0);
      expect(res.stderr).toMatch(/GM0400 Den Helder: areaLandHa 4\.510 → 4\.511/);
      expect(res.stderr).toMatch(/GM0400 Den Helder: men 27\.978 → 28\.000/);
      expect(res.stderr).toMatch(/Not in the file, left as they are .*\(341\)/);
      const m = await one("MATCH (m:Municipality {id: 'gemeente-den-helder'}) RETURN m.population AS population, m.areaLandHa AS land, m.women AS women");
      expect(m).toEqual({ population: 56_600, land: 4511, women: 28_600 });
      expect((await cli(args)).stderr).toMatch(/No changes/);
    });
  });

  describe('refuses', () => {
    for (const [file, message] of [
      ['bad-code.csv', /line 2, column "code": a CBS gemeentecode looks like GM0505/],
      ['bad-population.csv', /line 2, column "inwoners": must be a whole number/],
      ['unknown-column.csv', /line 1: unknown column\(s\) "inwonertal"/],
      ['empty.csv', /the file is empty/],
      ['binary.csv', /the file is binary, not CSV text/],
    ] as const) {
      it(`${file} with a message naming what is wrong, exit code 1, and the graph unchanged`, async () => {
        const before = await graphFingerprint(db);
        const res = await cli([path.join(FIXTURES, file), '--source-title', 'Test: kapot bestand']);
        expect(res.code).toBe(1);
        expect(res.stderr).toMatch(message);
        expect(res.stderr).toMatch(/nothing was written/);
        expect(await graphFingerprint(db)).toEqual(before);
      });
    }

    it('a file whose source is not named, saying how to name it', async () => {
      const before = await graphFingerprint(db);
      const res = await cli([path.join(FIXTURES, 'den-helder-kerncijfers.csv')]);
      expect(res.code).toBe(1);
      expect(res.stderr).toMatch(/Which source states den-helder-kerncijfers\.csv\? Name it: --source <id> .* or --source-title/);
      expect(await graphFingerprint(db)).toEqual(before);
    });

    it('a source that does not exist, and writes nothing', async () => {
      const before = await graphFingerprint(db);
      const err = await importReference(db, {
        files: [input(path.join(FIXTURES, 'den-helder-kerncijfers.csv'), 'src-bestaat-niet')],
        sources: [],
        complete: false,
        dryRun: false,
      }).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(ReferenceImportError);
      expect((err as Error).message).toMatch(/Unknown source "src-bestaat-niet"/);
      expect(await graphFingerprint(db)).toEqual(before);
    });
  });
});
