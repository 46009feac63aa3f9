/**
 * `npm run intake -- <file> --json --dry-run` as a user runs it (a child process), with the real
 * Frog: stdout is ONE JSON document of the documented shape, everything else is on stderr, nothing
 * is written — with a reachable Neo4j (names from the graph) and without one (names from seed/).
 * Bad files end with a message and exit code 1.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { REPO_ROOT } from '../../server/src/config.js';
import { testDatabase } from '../support/testServer.js';
import { graphFingerprint } from '../support/graphFingerprint.js';
import { FROG_SKIP_MESSAGE, frogEnv, waitForTestFrog } from '../support/testFrog.js';
import type { Database } from '../../server/src/db/database.js';
import { loadFixtureGraph } from '../support/fixtureGraph.js';

const run = promisify(execFile);
const TSX = path.join(REPO_ROOT, 'node_modules', '.bin', 'tsx');
const FIXTURES = path.join(REPO_ROOT, 'tests', 'fixtures', 'intake');
const frog = inject('frog');

async function intake(args: string[], withNeo4j: boolean): Promise<{ code: number; stdout: string; stderr: string }> {
  const conn = inject('neo4j');
  const env: NodeJS.ProcessEnv = { ...process.env, ...frogEnv(frog) };
  delete env.NEO4J_URI;
  if (withNeo4j) Object.assign(env, { NEO4J_URI: conn.uri, NEO4J_USER: conn.user, NEO4J_PASSWORD: conn.password });
  else env.NEO4J_HOME = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-no-neo4j-')); // no local Neo4j runs there
  try {
    const { stdout, stderr } = await run(TSX, [path.join(REPO_ROOT, 'server', 'src', 'cli', 'intake.ts'), ...args], { cwd: REPO_ROOT, env, maxBuffer: 16 * 1024 * 1024 });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code?: number; stdout?: string; stderr?: string };
    return { code: err.code ?? 1, stdout: err.stdout ?? '', stderr: err.stderr ?? '' };
  }
}

function expectShape(stdout: string) {
  const doc = JSON.parse(stdout) as { entities: Record<string, unknown>[]; relations: Record<string, unknown>[] };
  expect(Object.keys(doc).sort()).toEqual(['entities', 'relations']);
  for (const e of doc.entities) {
    expect(Object.keys(e).sort()).toEqual(['confidence', 'name', 'quote', 'type']);
    expect(e.type).toMatch(/^(MUNICIPALITY|REGION|ORGANIZATION|CONSULTANCY|PERSON|THEME|ENGAGEMENT)$/);
    expect(typeof e.confidence).toBe('number');
  }
  const names = new Set(doc.entities.map((e) => e.name));
  for (const r of doc.relations) {
    expect(Object.keys(r).sort()).toEqual(['confidence', 'from', 'quote', 'to', 'type']);
    expect(names.has(r.from) && names.has(r.to)).toBe(true);
  }
  return doc;
}

if (!frog.installed) {
  describe.skip(FROG_SKIP_MESSAGE, () => {
    it('needs Frog', () => {});
  });
} else {
  describe('npm run intake', () => {
    let db: Database;
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-intake-'));
    beforeAll(async () => {
      db = testDatabase();
      await waitForTestFrog(frog);
    }, 200_000);
    afterAll(async () => {
      await loadFixtureGraph(db);
      await db.close();
      fs.rmSync(dir, { recursive: true, force: true });
    });

    it('--json --dry-run prints one JSON document and writes nothing (names from the reachable graph)', async () => {
      const before = await graphFingerprint(db);
      const out = await intake([path.join(FIXTURES, 'cebeon-leeuwarden.txt'), '--json', '--dry-run'], true);
      expect(out.code, out.stderr).toBe(0);
      expect(out.stderr).toMatch(/Names from the graph/);
      const doc = expectShape(out.stdout);
      expect(doc.entities).toContainEqual(expect.objectContaining({ name: 'Cebeon', type: 'CONSULTANCY' }));
      expect(doc.relations).toContainEqual(expect.objectContaining({ type: 'WORKS_AT', from: 'Pieter Visser', to: 'Cebeon' }));
      expect(await graphFingerprint(db)).toEqual(before);
      expect((await db.read<{ n: number }>('test:count', 'MATCH (p:Proposal) RETURN count(p) AS n'))[0]!.n).toBe(0);
    });

    it('without --dry-run adds the article to the review queue, once', async () => {
      const file = path.join(FIXTURES, 'kwink-gooi.txt');
      const out = await intake([file, '--json', '--title', 'Schulden eerder in beeld', '--url', 'https://example.org/gooi'], true);
      expect(out.code, out.stderr).toBe(0);
      const first = JSON.parse(out.stdout) as { source: string; created: boolean; added: number; progress: { pending: number } };
      expect(first).toMatchObject({ created: true, progress: { pending: first.added } });
      expect(first.added).toBeGreaterThan(5);
      const again = JSON.parse((await intake([file, '--json'], true)).stdout) as typeof first;
      expect(again).toMatchObject({ source: first.source, created: false, added: 0 });
      const [row] = await db.read<{ n: number; entities: number }>(
        'test:count',
        "MATCH (p:Proposal {sourceId: $id}) WITH count(p) AS n OPTIONAL MATCH (e:Entity) WHERE $id IN e.provSources RETURN n, count(e) AS entities",
        { id: first.source },
      );
      expect(row).toEqual({ n: first.added, entities: 0 });
    });

    it('works without a database: the names come from seed/', async () => {
      const out = await intake([path.join(FIXTURES, 'regioplan-tilburg.html'), '--json', '--dry-run'], false);
      expect(out.code, out.stderr).toBe(0);
      expect(out.stderr).toMatch(/No Neo4j reachable/);
      const doc = expectShape(out.stdout);
      expect(doc.entities).toContainEqual(expect.objectContaining({ name: 'Tilburg', type: 'MUNICIPALITY' }));
    });

    it.each([
      ['an empty file', 'leeg.txt', Buffer.from(''), /empty/],
      ['a 20 MB file', 'groot.txt', Buffer.alloc(20 * 1024 * 1024, 'a'), /20\.0 MB; intake takes at most/],
      ['a binary file', 'data.bin', Buffer.from(Array.from({ length: 2048 }, (_, i) => i % 256)), /binary|not UTF-8/],
    ])('refuses %s with a message and exit code 1', async (_label, name, bytes, message) => {
      const file = path.join(dir, name);
      fs.writeFileSync(file, bytes);
      const out = await intake([file, '--json', '--dry-run'], false);
      expect(out.code).toBe(1);
      expect(out.stdout).toBe('');
      expect(out.stderr).toMatch(message);
      expect(out.stderr).toMatch(/Nothing was written/);
    });
  });
}
