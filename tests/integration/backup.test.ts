/**
 * `npm run backup` and `npm run restore`, run as an operator runs them (child processes) against a
 * PRIVATE Neo4j (own folder and ports: the restore needs an empty database, and these tests wipe
 * it): backup → wipe → restore gives the same graph, proposals, snapshots, audit and tombstones,
 * with the same property types; a tampered file is refused by its checksum and writes nothing; a
 * database with data is refused; only an admin token may restore; a restore that fails half-way
 * leaves the database empty again; restoring a backup taken BEFORE an erasure erases the person
 * again (from the erasure register outside the database), keeping the tombstone and audit entry.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CACHE_ROOT, freePort, startLocalNeo4j, type RunningNeo4j } from '../../neo4j/neo4j-local.js';
import { REPO_ROOT } from '../../server/src/config.js';
import { Database } from '../../server/src/db/database.js';
import { migrate } from '../../server/src/db/migrations.js';
import { addRelation, createEntity, createSource, updateEntity } from '../../server/src/db/curateGraph.js';
import { erasureKey, REDACTED } from '../../server/src/domain/redact.js';
import { erasePerson } from '../../server/src/db/erasePerson.js';
import { saveIntake, textHash } from '../../server/src/db/saveProposals.js';
import { graphFingerprint } from '../support/graphFingerprint.js';
import { loadFixtureGraph, SEED_DIR } from '../support/fixtureGraph.js';

const run = promisify(execFile);
const TSX = path.join(REPO_ROOT, 'node_modules', '.bin', 'tsx');
const TOKENS = { anna: 'curator-secret-backup-0123456789', beheer: 'admin-secret-backup-0123456789' };

/** Everything outside the graph, with the type of every property. */
const OTHER_NODES = `
  MATCH (n) WHERE n:Proposal OR n:SourceText OR n:AuditEntry OR n:Erasure
  RETURN labels(n) AS labels, n {.*, at: toString(n.at)} AS props, [k IN keys(n) | k + ':' + valueType(n[k])] AS types
  ORDER BY labels[0], coalesce(n.id, n.hash, n.key)`;
const LINKS = `
  MATCH (a)-[r:PROPOSED_FROM|HAS_TEXT]->(b)
  RETURN type(r) AS type, coalesce(a.id, a.hash) AS from, coalesce(b.id, b.hash) AS to ORDER BY type, from, to`;
/** How many node and relationship properties contain the text (case-insensitive). */
const NAMED = `
  CALL () {
    MATCH (n) UNWIND keys(n) AS k WITH n[k] AS v
    RETURN CASE WHEN v IS :: STRING THEN [v] WHEN v IS :: LIST<STRING NOT NULL> THEN v ELSE [] END AS texts
    UNION ALL
    MATCH ()-[r]->() UNWIND keys(r) AS k WITH r[k] AS v
    RETURN CASE WHEN v IS :: STRING THEN [v] WHEN v IS :: LIST<STRING NOT NULL> THEN v ELSE [] END AS texts
  }
  WITH texts WHERE any(t IN texts WHERE toLower(t) CONTAINS $needle)
  RETURN count(*) AS hits`;
const ENTITY_TYPES = `
  MATCH (n) WHERE n:Entity OR n:Source UNWIND keys(n) AS k
  RETURN n.id + '.' + k + ':' + valueType(n[k]) AS t ORDER BY t`;
const REL_TYPES = `
  MATCH (:Entity)-[r]->(:Entity) UNWIND keys(r) AS k
  RETURN r.id + '.' + k + ':' + valueType(r[k]) AS t ORDER BY t`;

describe('npm run backup and npm run restore', () => {
  const home = path.join(CACHE_ROOT, 'test', `backup-${process.pid}-${Date.now()}`);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-backup-'));
  let neo4j: RunningNeo4j;
  let db: Database;
  let backupFile = '';
  // Beside the backups, not among them (the first test counts the .jsonl files in dir).
  const register = path.join(dir, 'register', 'erasures.jsonl');

  const cli = async (script: string, args: string[], env: Record<string, string> = {}): Promise<{ code: number; stderr: string }> => {
    const fullEnv = {
      ...process.env,
      NEO4J_URI: neo4j.uri,
      NEO4J_USER: neo4j.user,
      NEO4J_PASSWORD: neo4j.password,
      KENNISGRAAF_CURATOR_TOKENS: `anna=${TOKENS.anna}`,
      KENNISGRAAF_ADMIN_TOKENS: `beheer=${TOKENS.beheer}`,
      KENNISGRAAF_TOKEN: '',
      KENNISGRAAF_ERASURE_REGISTER: register,
      ...env,
    };
    try {
      const { stderr } = await run(TSX, [path.join(REPO_ROOT, 'server', 'src', 'cli', script), ...args], { cwd: REPO_ROOT, env: fullEnv });
      return { code: 0, stderr };
    } catch (e) {
      const err = e as { code?: number; stderr?: string };
      return { code: err.code ?? 1, stderr: err.stderr ?? '' };
    }
  };
  const restore = (file: string, env: Record<string, string> = { KENNISGRAAF_TOKEN: TOKENS.beheer }, yes = true) => cli('restore.ts', yes ? [file, '--yes'] : [file], env);
  const nodeCount = async () => (await db.read<{ n: number }>('test:count', 'MATCH (n) WHERE NOT n:KennisgraafMeta RETURN count(n) AS n'))[0]!.n;
  const wipe = () => db.write('test:wipe', (tx) => tx.run('MATCH (n) WHERE NOT n:KennisgraafMeta DETACH DELETE n'));
  const everything = async () => ({
    graph: await graphFingerprint(db),
    other: (await db.read<{ labels: string[]; props: Record<string, unknown>; types: string[] }>('test:other', OTHER_NODES)).map((n) => ({ ...n, types: [...n.types].sort() })),
    links: await db.read('test:links', LINKS),
    types: (await db.read<{ t: string }>('test:types', ENTITY_TYPES)).map((r) => r.t),
    relTypes: (await db.read<{ t: string }>('test:relTypes', REL_TYPES)).map((r) => r.t),
  });
  /** Rewrites a backup's records and gives it a valid checksum again: a file that passes the checksum but not the write. */
  const rewrite = (from: string, to: string, edit: (lines: string[]) => string[]) => {
    const lines = fs.readFileSync(from, 'utf8').split('\n').filter(Boolean).slice(0, -1);
    const body = edit(lines).map((l) => `${l}\n`).join('');
    fs.writeFileSync(to, `${body}${JSON.stringify({ sha256: createHash('sha256').update(body).digest('hex') })}\n`);
  };

  beforeAll(async () => {
    const ports = { bolt: await freePort(), http: await freePort() };
    neo4j = await startLocalNeo4j({ home, boltPort: ports.bolt, httpPort: ports.http, heap: '512m', pageCache: '64m' });
    db = new Database({ uri: neo4j.uri, user: neo4j.user, password: neo4j.password, database: 'neo4j', queryTimeoutMs: 30_000 });
    await migrate(db);
    await loadFixtureGraph(db);
    // Besides the graph: an intake snapshot with proposals, audit entries, and an erasure (a tombstone and redacted values).
    const text = 'Kern Konsult werkte in Westland. Daarna volgde een tweede fase.';
    await saveIntake(
      db,
      { sourceId: 'src-backup-intake', text, hash: textHash(text), format: 'text', props: { id: 'src-backup-intake', title: 'Backupartikel', kind: 'ARTICLE', textRetrieved: '2026-01-01' } },
      {
        entities: [
          { key: 'CONSULTANCY|kern konsult', type: 'CONSULTANCY', name: 'Kern Konsult', linkedEntityId: 'consultancy-kern-konsult', quote: 'Kern Konsult werkte in Westland.', quoteStart: 0, confidence: 0.9, rule: 'GRAPH_NAME', mentions: [] },
          { key: 'MUNICIPALITY|westland', type: 'MUNICIPALITY', name: 'Westland', linkedEntityId: 'gemeente-westland', quote: 'Kern Konsult werkte in Westland.', quoteStart: 0, confidence: 1, rule: 'MUNICIPALITY_PATTERN', mentions: [] },
        ],
        relations: [],
      },
    );
    await createSource(db, { id: 'src-backup', title: 'Backupbron', kind: 'ARTICLE' }, { who: 'anna' });
    await createEntity(db, { type: 'PERSON', id: 'person-backup-proef', name: 'Berend Backupproef', aliases: [], provenance: [{ sourceId: 'src-backup', quote: 'Berend Backupproef werkte bij Kern Konsult.' }] }, { who: 'anna' });
    await erasePerson(db, 'person-backup-proef', 'verzoek betrokkene', { who: 'beheer' }, { seedDir: SEED_DIR, register });
  });

  afterAll(async () => {
    await db?.close();
    await neo4j?.stop();
    fs.rmSync(home, { recursive: true, force: true });
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('backup → wipe → restore gives the same graph, proposals, snapshots, audit and tombstones, with the same types', async () => {
    const before = await everything();
    expect(before.other.length).toBeGreaterThanOrEqual(6);

    const backup = await cli('backup.ts', ['--out', dir]);
    expect(backup.stderr).toMatch(/Backup written to .*kennisgraaf-backup-\d{4}-\d\d-\d\dT\d\d-\d\d-\d\dZ\.jsonl .*1 erasures; sha256 [0-9a-f]{64}\./);
    expect(backup.code).toBe(0);
    const written = fs.readdirSync(dir).filter((f) => f.endsWith('.jsonl'));
    expect(written).toHaveLength(1);
    backupFile = path.join(dir, written[0]!);
    // A backup made after an erasure does not hold the erased person.
    expect(fs.readFileSync(backupFile, 'utf8')).not.toMatch(/backupproef/i);

    await wipe();
    expect(await nodeCount()).toBe(0);
    const restored = await restore(backupFile);
    expect(restored.stderr).toMatch(/Checksum verified/);
    expect(restored.stderr).toMatch(/restoring: [\d,]+ of [\d,]+ records \(100%\)/);
    expect(restored.stderr).toMatch(/Restored \d+ entities, \d+ relationships, .* and 1 erasures into "neo4j" in [\d.]+ s, as beheer\./);
    expect(restored.code).toBe(0);

    const after = await everything();
    expect(after.graph).toEqual(before.graph);
    expect(after.links).toEqual(before.links);
    expect(after.types).toEqual(before.types);
    expect(after.relTypes).toEqual(before.relTypes);
    // The same nodes outside the graph, plus the restore's own audit entry.
    const isRestore = (n: { props: Record<string, unknown> }) => n.props.operation === 'restore';
    expect(after.other.filter((n) => !isRestore(n))).toEqual(before.other);
    expect(after.other.filter(isRestore).map((n) => n.props.who)).toEqual(['beheer']);
  });

  it('refuses a database that holds data, and writes nothing', async () => {
    const n = await nodeCount();
    const res = await restore(backupFile);
    expect(res.code).toBe(1);
    expect(res.stderr).toMatch(/Database "neo4j" is not empty: a restore only writes into an empty database/);
    expect(await nodeCount()).toBe(n);
  });

  it('refuses a tampered file with the checksum message before writing anything', async () => {
    await wipe();
    const tampered = path.join(dir, 'tampered.jsonl');
    fs.writeFileSync(tampered, fs.readFileSync(backupFile, 'utf8').replace('Westland', 'Westlant'));
    const res = await restore(tampered);
    expect(res.code).toBe(1);
    expect(res.stderr).toMatch(/Checksum mismatch: .*tampered\.jsonl says sha256 [0-9a-f]{64}, but its contents give [0-9a-f]{64}\. The file was changed or damaged after the backup; nothing was written\./);
    const cut = path.join(dir, 'cut.jsonl');
    fs.writeFileSync(cut, fs.readFileSync(backupFile, 'utf8').split('\n').slice(0, 5).join('\n'));
    expect((await restore(cut)).stderr).toMatch(/has no checksum line at its end/);
    expect(await nodeCount()).toBe(0);
  });

  it('lets only an admin restore, and asks for confirmation', async () => {
    expect((await restore(backupFile, {})).stderr).toMatch(/A restore needs an admin token: set KENNISGRAAF_TOKEN/);
    expect((await restore(backupFile, { KENNISGRAAF_TOKEN: TOKENS.anna })).stderr).toMatch(/A restore needs the admin role; token "anna" has the curator role/);
    expect((await restore(backupFile, { KENNISGRAAF_TOKEN: 'not-a-token-0123456789' })).stderr).toMatch(/is not one of the configured tokens/);
    // Not in a terminal and without --yes: no one could type the database name.
    const unconfirmed = await restore(backupFile, { KENNISGRAAF_TOKEN: TOKENS.beheer }, false);
    expect(unconfirmed.stderr).toMatch(/type the database name, or pass --yes/);
    expect(unconfirmed.code).toBe(1);
    expect(await nodeCount()).toBe(0);
  });

  it('leaves the database empty when a restore fails half-way', async () => {
    // Valid checksum, but a gemeente is missing that relationships point to: the entities are
    // written in the first transaction, the relationships fail in the second.
    const broken = path.join(dir, 'broken.jsonl');
    rewrite(backupFile, broken, (lines) => lines.filter((l) => !l.startsWith('{"r":"entity","id":"gemeente-westland"')));
    const res = await restore(broken);
    expect(res.stderr).toMatch(/The restore failed after \d+ of \d+ records: .*point to entities that do not exist/);
    expect(res.stderr).toMatch(/the database is empty, as before/);
    expect(res.code).toBe(1);
    expect(await nodeCount()).toBe(0);
  });

  it('erases again a person whose erasure the restored backup predates, keeping the tombstone and the audit entry', async () => {
    // After the tests above the database is empty; run alone (-t), it holds what beforeAll wrote.
    if ((await nodeCount()) === 0) expect((await restore(backupFile)).code).toBe(0);
    const ID = 'person-herstel-proef';
    const NAME = 'Ria Herstelproef';
    const prov = [{ sourceId: 'src-backup', quote: `${NAME} werkte bij Kern Konsult.` }];
    await createEntity(db, { type: 'PERSON', id: ID, name: NAME, aliases: ['R. Herstelproef'], provenance: prov }, { who: 'anna' });
    await addRelation(db, { type: 'WORKS_AT', from: ID, to: 'consultancy-kern-konsult', provenance: prov }, { who: 'anna' });
    // A quote naming the person on an entity that stays.
    await updateEntity(db, 'consultancy-kern-konsult', { provenance: prov }, { who: 'anna' });
    const named = async () => (await db.read<{ hits: number }>('test:named', NAMED, { needle: 'herstelproef' }))[0]!.hits;
    const searched = async () => (await db.read<{ id: string }>('test:search', "CALL db.index.fulltext.queryNodes('entity_search', 'Herstelproef') YIELD node RETURN node.id AS id")).map((r) => r.id);
    expect(await searched()).toEqual([ID]);
    expect(await named()).toBeGreaterThan(3);

    // The backup holds the person; then the person is erased (after the backup).
    const older = path.join(dir, 'before-erasure.jsonl');
    expect((await cli('backup.ts', ['--out', older])).code).toBe(0);
    expect(fs.readFileSync(older, 'utf8')).toMatch(/Herstelproef/);
    await erasePerson(db, ID, 'verzoek betrokkene, art. 17 AVG', { who: 'beheer' }, { seedDir: SEED_DIR, register });
    const KEY = erasureKey(ID);
    const erasureOf = async () => ({
      tombstone: (await db.read('test:tombstone', 'MATCH (e:Erasure {key: $key}) RETURN e {.*, at: toString(e.at)} AS e', { key: KEY }))[0],
      audit: (await db.read('test:erasureAudit', "MATCH (a:AuditEntry {operation: 'erasePerson'}) WHERE $key IN a.entityIds RETURN a {.*, at: toString(a.at)} AS a", { key: KEY })),
    });
    const erased = await erasureOf();
    expect(erased.audit).toHaveLength(1);
    // The register outside the database: readable by its owner only, and without the name or id.
    expect(fs.statSync(register).mode & 0o777).toBe(0o600);
    expect(fs.readFileSync(register, 'utf8')).toContain(KEY);
    expect(fs.readFileSync(register, 'utf8')).not.toMatch(/herstel/i);

    // Disaster: the database is lost; the backup from before the erasure is restored.
    await wipe();
    const res = await restore(older);
    expect(res.stderr).toMatch(/Erasure register: 2 erasures/);
    expect(res.stderr).toMatch(/Re-erased 1 person whose erasure the backup predates \(from the erasure register; their tombstones and audit entries are kept\)\./);
    expect(res.code).toBe(0);

    // The person is not back: no node, no relationship, no text, no search hit.
    expect((await db.read('test:person', 'MATCH (n:Entity {id: $id}) RETURN n', { id: ID }))).toEqual([]);
    expect(await named()).toBe(0);
    expect(await searched()).toEqual([]);
    expect((await db.read<{ n: number }>('test:kern', "MATCH (n:Entity {id: 'consultancy-kern-konsult'}) WHERE any(k IN keys(n) WHERE CASE WHEN n[k] IS :: STRING THEN n[k] CONTAINS $r WHEN n[k] IS :: LIST<STRING NOT NULL> THEN any(q IN n[k] WHERE q CONTAINS $r) ELSE false END) RETURN count(n) AS n", { r: `${REDACTED} werkte bij Kern Konsult.` }))[0]!.n).toBe(1);
    // The tombstone and the erasure's audit entry are the original ones.
    expect(await erasureOf()).toEqual(erased);
    const [restoreEntry] = await db.read<{ after: string }>('test:restoreAudit', "MATCH (a:AuditEntry {operation: 'restore'}) RETURN a.after AS after ORDER BY a.at DESC LIMIT 1");
    expect(JSON.parse(restoreEntry!.after)).toMatchObject({ reErased: 1, tombstonesAdded: 0 });
    // And the write path still refuses the person, by id and by name.
    await expect(createEntity(db, { type: 'PERSON', id: 'person-ria-herstelproef-2', name: NAME, aliases: [], provenance: prov })).rejects.toThrow(/has the name \(or an alias\) of a person who was erased/);
  });
});
