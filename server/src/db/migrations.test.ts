import { describe, expect, it } from 'vitest';
import { LATEST_MIGRATION, MIGRATIONS, MigrationChecksumError, migrationChecksum } from './migrations.js';
import { RELEASED_MIGRATION_CHECKSUMS } from './releasedMigrations.js';

describe('migrations are append-only', () => {
  it('are numbered 1, 2, 3, … in order, without gaps', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, i) => i + 1));
    expect(LATEST_MIGRATION).toBe(MIGRATIONS.length);
  });

  it.each(Object.entries(RELEASED_MIGRATION_CHECKSUMS))('released migration %s still has the statements it was released with', (version, checksum) => {
    const m = MIGRATIONS.find((x) => x.version === Number(version));
    expect(m, `migration ${version} was released and must stay in MIGRATIONS`).toBeDefined();
    expect(
      migrationChecksum(m!),
      `migration ${version} was released: restore its statements and put your change in a NEW migration (see releasedMigrations.ts)`,
    ).toBe(checksum);
  });

  it('has a committed checksum for every migration', () => {
    const unlisted = MIGRATIONS.filter((m) => !(m.version in RELEASED_MIGRATION_CHECKSUMS)).map((m) => `${m.version}: '${migrationChecksum(m)}'`);
    expect(unlisted, `add these lines to RELEASED_MIGRATION_CHECKSUMS in server/src/db/releasedMigrations.ts`).toEqual([]);
  });
});

describe('migrationChecksum', () => {
  const m = { statements: ['CREATE INDEX a IF NOT EXISTS FOR (n:A) ON (n.x)', 'CREATE INDEX b IF NOT EXISTS FOR (n:B) ON (n.y)'] };

  it('is the sha256 of the statements, so one changed character changes it', () => {
    expect(migrationChecksum(m)).toMatch(/^[0-9a-f]{64}$/);
    expect(migrationChecksum({ statements: [...m.statements] })).toBe(migrationChecksum(m));
    expect(migrationChecksum({ statements: [m.statements[0]!, m.statements[1]!.replace('n.y', 'n.z')] })).not.toBe(migrationChecksum(m));
    expect(migrationChecksum({ statements: [...m.statements].reverse() })).not.toBe(migrationChecksum(m));
  });

  it('is explained to the developer when an applied migration differs', () => {
    const err = new MigrationChecksumError([{ version: 1, description: 'ids', recorded: 'aaa', expected: 'bbb' }]);
    expect(err.message).toMatch(/Migration 1 \(ids\) was applied .* checksum aaa.*checksum bbb/);
    expect(err.message).toMatch(/new migration/);
  });
});
