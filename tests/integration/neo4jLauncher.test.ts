/** The local-Neo4j launcher's answers to what a new user meets: a taken port, no Java, a Neo4j that will not start. */
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CACHE_ROOT, LocalNeo4jError, freePort, startLocalNeo4j } from '../../neo4j/neo4j-local.js';
import { Database } from '../../server/src/db/database.js';
import { migrate, LATEST_MIGRATION } from '../../server/src/db/migrations.js';
import { testDatabase } from '../support/testServer.js';

const homes: string[] = [];
const newHome = () => {
  const h = path.join(CACHE_ROOT, 'test', `launcher-${process.pid}-${Date.now()}-${homes.length}`);
  homes.push(h);
  return h;
};

afterEach(() => {
  for (const h of homes.splice(0)) fs.rmSync(h, { recursive: true, force: true });
});

async function errorOf(p: Promise<unknown>): Promise<LocalNeo4jError> {
  const e = await p.then(
    () => null,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(LocalNeo4jError);
  return e as LocalNeo4jError;
}

describe('the local Neo4j launcher', () => {
  it('refuses a Bolt port that another program holds, and says what to do', async () => {
    const blocker = net.createServer();
    await new Promise<void>((r) => blocker.listen(0, '127.0.0.1', () => r()));
    const port = (blocker.address() as net.AddressInfo).port;
    try {
      const err = await errorOf(startLocalNeo4j({ home: newHome(), boltPort: port, httpPort: await freePort() }));
      expect(err.code).toBe('PORT_IN_USE');
      expect(err.message).toMatch(new RegExp(`Port ${port} \\(Neo4j Bolt\\) is already in use.*NEO4J_BOLT_PORT.*NEO4J_URI`, 's'));
    } finally {
      blocker.close();
    }
  });

  it('explains a missing Java instead of failing with a stack trace', async () => {
    const path0 = process.env.PATH;
    process.env.PATH = '/nonexistent';
    try {
      const err = await errorOf(startLocalNeo4j({ home: newHome(), boltPort: await freePort(), httpPort: await freePort() }));
      expect(err.code).toBe('NO_JAVA');
      expect(err.message).toMatch(/Java was not found.*Java 17.*NEO4J_URI/s);
    } finally {
      process.env.PATH = path0;
    }
  });

  it('shows the end of the log when Neo4j does not start', async () => {
    const err = await errorOf(startLocalNeo4j({ home: newHome(), boltPort: await freePort(), httpPort: await freePort(), pageCache: 'lots' }));
    expect(err.code).toBe('START_FAILED');
    expect(err.message).toMatch(/Neo4j stopped during start-up/);
    expect(err.message).toMatch(/pagecache/i); // the log tail names the bad setting
  });
});

describe('migrations', () => {
  it('can run again on a migrated database without changing anything', async () => {
    const db: Database = testDatabase();
    try {
      const before = await db.read<{ name: string }>('t', 'SHOW CONSTRAINTS YIELD name RETURN name ORDER BY name');
      expect(await migrate(db)).toBe(LATEST_MIGRATION);
      expect(await db.read('t', 'SHOW CONSTRAINTS YIELD name RETURN name ORDER BY name')).toEqual(before);
    } finally {
      await db.close();
    }
  });
});
