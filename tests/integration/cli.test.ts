/**
 * The README's data commands, run as a user runs them (a child process), against the test Neo4j.
 * `npm run seed` loads the real seed/, so this file puts seed/ in the database first (and the
 * fixture graph back afterwards): seeding what is there already must change nothing.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { REPO_ROOT } from '../../server/src/config.js';
import { testDatabase, useSeedGraph } from '../support/testServer.js';
import { graphFingerprint } from '../support/graphFingerprint.js';
import type { Database } from '../../server/src/db/database.js';

const run = promisify(execFile);
const TSX = path.join(REPO_ROOT, 'node_modules', '.bin', 'tsx');

async function cli(script: string, args: string[]): Promise<{ code: number; stderr: string }> {
  const conn = inject('neo4j');
  const env = { ...process.env, NEO4J_URI: conn.uri, NEO4J_USER: conn.user, NEO4J_PASSWORD: conn.password };
  try {
    const { stderr } = await run(TSX, [path.join(REPO_ROOT, 'server', 'src', 'cli', script), ...args], { cwd: REPO_ROOT, env });
    return { code: 0, stderr };
  } catch (e) {
    const err = e as { code?: number; stderr?: string };
    return { code: err.code ?? 1, stderr: err.stderr ?? '' };
  }
}

describe('the data commands', () => {
  useSeedGraph();
  let db: Database;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-cli-'));
  beforeAll(() => {
    db = testDatabase();
  });
  afterAll(async () => {
    await db.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('npm run seed:check validates the seed and the quotes without a database', async () => {
    const res = await cli('checkSeed.ts', []);
    expect(res.code).toBe(0);
    expect(res.stderr).toMatch(/valid: \d+ entities/);
  });

  it('npm run export writes the graph, and npm run seed and npm run import of it change nothing', async () => {
    const before = await graphFingerprint(db);
    const file = path.join(dir, 'graph.json');
    const exported = await cli('export.ts', [file]);
    expect(exported.stderr).toMatch(/Exported \d+ entities/);
    expect(JSON.parse(fs.readFileSync(file, 'utf8'))).toMatchObject({ format: 'kennisgraaf-graph', version: 1 });
    expect((await cli('seed.ts', [])).stderr).toMatch(/Seed loaded/);
    expect((await cli('import.ts', [file])).stderr).toMatch(/Imported \d+ entities/);
    expect(await graphFingerprint(db)).toEqual(before);
  });

  // Issue 19: exports were written world-readable (0644 under the usual umask); backups are 0600.
  it('npm run export writes its file readable by its owner only (0600), also in place of an existing file', async () => {
    const file = path.join(dir, 'private.json');
    fs.writeFileSync(file, 'old', { mode: 0o644 });
    fs.chmodSync(file, 0o644);
    expect((await cli('export.ts', [file])).code).toBe(0);
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    expect(JSON.parse(fs.readFileSync(file, 'utf8'))).toMatchObject({ format: 'kennisgraaf-graph' });
    expect(fs.existsSync(`${file}.partial`)).toBe(false);
    const fresh = path.join(dir, 'fresh.json');
    expect((await cli('export.ts', [fresh])).code).toBe(0);
    expect(fs.statSync(fresh).mode & 0o777).toBe(0o600);
  });

  it('npm run import refuses a file that is not an export, with a message and exit code 1', async () => {
    const file = path.join(dir, 'bad.json');
    fs.writeFileSync(file, JSON.stringify({ format: 'iets anders' }));
    const res = await cli('import.ts', [file]);
    expect(res.code).toBe(1);
    expect(res.stderr).toMatch(/Not a Kennisgraaf graph export; nothing was imported/);
  });

  it('npm run draft writes a draft for a new article to seed/drafts and lists unknown names', async () => {
    const article = path.join(dir, 'artikel.txt');
    fs.writeFileSync(article, 'Gemeente Westland werkte met Adviesbureau Noorderlicht aan eigen kracht. Jan de Vries leidde het traject.');
    const id = `src-cli-test-${process.pid}`;
    const out = path.join(REPO_ROOT, 'seed', 'drafts', `${id}.json`);
    try {
      const res = await cli('draftArticle.ts', [article, id]);
      expect(res.code).toBe(0);
      expect(res.stderr).toMatch(/Adviesbureau Noorderlicht/);
      expect(res.stderr).toMatch(/Jan de Vries/);
      const draft = JSON.parse(fs.readFileSync(out, 'utf8')) as { entities: { id: string }[] };
      expect(draft.entities.map((e) => e.id)).toEqual(expect.arrayContaining(['gemeente-westland', 'eigenKracht']));
    } finally {
      fs.rmSync(out, { force: true });
    }
  });
});
