/**
 * The checksums (migrationChecksum in migrations.ts) of the migrations that have been released:
 * databases out there were migrated with exactly these statements. migrations.test.ts fails when
 * the code's statements of a migration listed here no longer give its checksum.
 *
 * If that test fails for you: do NOT update the checksum here, and do not edit the old migration.
 * Restore its statements and append a new migration to MIGRATIONS with your change; then add the
 * new migration's checksum below (the test prints it) when you commit it. A database that already
 * ran the edited migration would otherwise differ, silently, from a new one — the server refuses
 * to start on such a database (MigrationChecksumError).
 */
export const RELEASED_MIGRATION_CHECKSUMS: Readonly<Record<number, string>> = {
  1: '9108acb1855e573b724ac9b399124432de4ee629a9c36f02ab95d790a9f6af1e',
  2: '656092da4dcb6616a94092802337a69108a3578a8d47625a7133d9b0b4af1bf2',
  3: 'e838bf3e515fd8eeb5d307055d71169fcd4e76b06780e186662cf0ca5dd10edc',
  4: '33af0ae9e7b18fa43b23df783936599c595d5b6a0c9f614029462a5a0d7ec3ce',
};
