/**
 * `npm run synth` and `npm run synth:remove`, run as a user runs them (a child process) against the
 * test Neo4j with a small count: what they write, that the same seed writes the same graph, that
 * removal gives back the graph as it was (fingerprint), and that export leaves synthetic data out.
 */
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { REPO_ROOT } from '../../server/src/config.js';
import type { Database } from '../../server/src/db/database.js';
import { exportGraph } from '../../server/src/db/exportGraph.js';
import { countSynthetic } from '../../server/src/db/syntheticGraph.js';
import { graphFingerprint, type GraphFingerprint } from '../support/graphFingerprint.js';
import { testDatabase } from '../support/testServer.js';

const run = promisify(execFile);
const TSX = path.join(REPO_ROOT, 'node_modules', '.bin', 'tsx');

async function synth(args: string[]): Promise<{ code: number; stderr: string }> {
  const conn = inject('neo4j');
  const env = { ...process.env, NEO4J_URI: conn.uri, NEO4J_USER: conn.user, NEO4J_PASSWORD: conn.password };
  try {
    const { stderr } = await run(TSX, [path.join(REPO_ROOT, 'server', 'src', 'cli', 'synth.ts'), ...args], { cwd: REPO_ROOT, env });
    return { code: 0, stderr };
  } catch (e) {
    const err = e as { code?: number; stderr?: string };
    return { code: err.code ?? 1, stderr: err.stderr ?? '' };
  }
}

const ARGS = ['--engagements', '400', '--seed', '7', '--chunk', '150'];

describe('npm run synth and synth:remove', () => {
  let db: Database;
  let before: GraphFingerprint;
  let withSynthetic: GraphFingerprint;
  beforeAll(async () => {
    db = testDatabase();
    before = await graphFingerprint(db);
  });
  afterAll(async () => {
    if (!db) return;
    try {
      // Whatever happened above, the next file gets the fixture graph as it was.
      if ((await countSynthetic(db)).nodes > 0) await synth(['--remove']);
    } finally {
      await db.close();
    }
  });

  it('adds bureaus, people and engagements on the fixture gemeenten, every one marked synthetic, and reports the load rate', async () => {
    const res = await synth(ARGS);
    expect(res.code, res.stderr).toBe(0);
    const loaded = /Loaded (\d+) nodes and (\d+) relationships in [\d.]+ s: [\d,]+ relationships\/s/.exec(res.stderr);
    expect(loaded, res.stderr).not.toBeNull();
    // 400 engagements, 8 bureaus, 80 people
    expect(Number(loaded![1])).toBe(488);
    expect(await countSynthetic(db)).toEqual({ nodes: 488, relationships: Number(loaded![2]) });
    expect(Number(loaded![2])).toBeGreaterThan(7 * 400);
    expect(res.stderr).toMatch(/\[synth\] 400\/400 engagements/);
    const [row] = await db.read<{ unmarked: number; gemeenten: number; source: number }>(
      'test:synthShape',
      `CALL () { MATCH (e:Engagement)-[r]-() WHERE e.id STARTS WITH 'eng-synth-' AND r.synthetic IS NULL RETURN count(r) AS unmarked }
       CALL () { MATCH (e:Engagement {synthetic: true})-[:FOR]->(m:Municipality) RETURN count(DISTINCT m) AS gemeenten }
       CALL () { MATCH (s:Source {id: 'src-synthetic', synthetic: true}) RETURN count(s) AS source }
       RETURN unmarked, gemeenten, source`,
    );
    expect(row).toMatchObject({ unmarked: 0, source: 1 });
    expect(row!.gemeenten).toBeGreaterThan(50);
    withSynthetic = await graphFingerprint(db);
  });

  it('refuses to add a second synthetic graph on top of the first', async () => {
    const res = await synth(ARGS);
    expect(res.code).toBe(1);
    expect(res.stderr).toMatch(/already holds a synthetic graph .* npm run synth:remove/);
    expect(await graphFingerprint(db)).toEqual(withSynthetic);
  });

  it('export leaves every synthetic node, relationship and source out', async () => {
    const doc = await exportGraph(db);
    expect(doc.sources.map((s) => s.id)).not.toContain('src-synthetic');
    expect(doc.entities.filter((e) => e.properties.synthetic !== undefined || e.id.includes('-synth-'))).toEqual([]);
    expect(doc.relations.filter((r) => r.properties.synthetic !== undefined)).toEqual([]);
    expect(doc.entities).toHaveLength(before.nodes.filter((n) => n.labels.includes('Entity')).length);
    expect(doc.relations).toHaveLength(before.relations.length);
  });

  it('synth:remove gives back the graph as it was; the same seed then writes the same graph again', async () => {
    const removed = await synth(['--remove']);
    expect(removed.code, removed.stderr).toBe(0);
    expect(removed.stderr).toMatch(/Removed 488 synthetic nodes, \d+ relationships and 1 source/);
    expect(await graphFingerprint(db)).toEqual(before);

    expect((await synth(ARGS)).code).toBe(0);
    expect(await graphFingerprint(db)).toEqual(withSynthetic);
    expect((await synth(['--remove'])).code).toBe(0);
    expect(await graphFingerprint(db)).toEqual(before);
  });
});
