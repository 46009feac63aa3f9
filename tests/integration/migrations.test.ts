/**
 * Migration checksums in a real Neo4j: recorded when applied, recorded later for a database
 * migrated before checksums existed, and a refusal to start when an applied migration's statements
 * differ from the code's. The tests change only the migration records of the shared test database
 * and put them back.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../server/src/logging/logger.js';
import { StartupError, startKennisgraaf } from '../../server/src/app/startKennisgraaf.js';
import { int, type Database } from '../../server/src/db/database.js';
import { LATEST_MIGRATION, MIGRATIONS, MigrationChecksumError, migrate, migrationChecksum } from '../../server/src/db/migrations.js';
import { testConfig, testDatabase } from '../support/testServer.js';

const RECORDS = "MATCH (m:KennisgraafMeta) WHERE m.key STARTS WITH 'migration-' RETURN m.key AS key, m.version AS version, m.checksum AS checksum ORDER BY m.version";
const expected = MIGRATIONS.map((m) => ({ key: `migration-${m.version}`, version: m.version, checksum: migrationChecksum(m) }));

describe('migration checksums', () => {
  let db: Database;
  const records = () => db.read<{ key: string; version: number; checksum: string | null }>('test:migrationRecords', RECORDS);

  beforeAll(() => {
    db = testDatabase();
  });
  afterEach(async () => {
    // Whatever a test did to the records, the next file finds them as the code has them.
    await db.write('test:restoreMigrationRecords', (tx) =>
      tx.run('UNWIND $rows AS row MERGE (m:KennisgraafMeta {key: row.key}) SET m.version = row.version, m.checksum = row.checksum', { rows: expected.map((r) => ({ ...r, version: int(r.version) })) }),
    );
  });
  afterAll(() => db.close());

  it('records the version and checksum of every applied migration', async () => {
    expect(await migrate(db)).toBe(LATEST_MIGRATION);
    expect(await records()).toEqual(expected);
  });

  it('records the checksums of a database migrated before checksums existed', async () => {
    await db.write('test:forgetChecksums', (tx) => tx.run("MATCH (m:KennisgraafMeta) WHERE m.key STARTS WITH 'migration-' DELETE m"));
    expect(await records()).toEqual([]);
    await migrate(db);
    expect(await records()).toEqual(expected);
  });

  it('refuses to start on a database whose applied migration 1 differs from the code, says what to do, and changes nothing', async () => {
    const edited = 'f'.repeat(64);
    await db.write('test:editChecksum', (tx) => tx.run("MATCH (m:KennisgraafMeta {key: 'migration-1'}) SET m.checksum = $edited", { edited }));

    const err = await migrate(db).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(MigrationChecksumError);
    expect((err as Error).message).toMatch(new RegExp(`Migration 1 .* checksum ${edited}.*checksum ${expected[0]!.checksum}`));

    const startup = await startKennisgraaf(testConfig(), createLogger('silent')).catch((e: unknown) => e);
    expect(startup).toBeInstanceOf(StartupError);
    expect((startup as Error).message).toMatch(/Migration 1 .*was applied to this database with checksum/);
    expect((startup as Error).message).toMatch(/put the change in a new migration.*did not start/s);

    // The refusal wrote nothing: the record still holds what the database was migrated with.
    expect((await records())[0]!.checksum).toBe(edited);
  });
});
