/**
 * Versioned schema migrations, append-only, the way Flyway and Liquibase keep them.
 *
 * - Each statement is `IF NOT EXISTS` (a data fix touches only what is not fixed yet), so running a
 *   migration again is harmless.
 * - A migration's statements are literal text, never generated from lists that may grow (such as
 *   the entity labels): an applied migration must never change, so a new label gets a NEW
 *   migration with its own constraint.
 * - Each migration has a checksum (sha256 of its statements). The database records, per applied
 *   version, the checksum it was applied with (`:KennisgraafMeta {key: 'migration-<version>'}`);
 *   start-up refuses a database whose recorded checksum differs from the code's, and records the
 *   code's checksum for versions applied before checksums existed. releasedMigrations.ts holds
 *   the released checksums, and migrations.test.ts fails when a released migration is edited.
 *
 * Add a migration by appending to MIGRATIONS (and its checksum to releasedMigrations.ts), never
 * by editing an old one.
 */
import { createHash } from 'node:crypto';
import { int, type Database } from './database.js';

export interface Migration {
  version: number;
  description: string;
  statements: readonly string[];
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    description: 'Uniqueness of ids, full-text search over names and aliases, lookup indexes',
    statements: [
      // One id space over all entities: `node(id)` must be unambiguous.
      'CREATE CONSTRAINT entity_id_unique IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE',
      'CREATE CONSTRAINT municipality_id_unique IF NOT EXISTS FOR (n:Municipality) REQUIRE n.id IS UNIQUE',
      'CREATE CONSTRAINT region_id_unique IF NOT EXISTS FOR (n:Region) REQUIRE n.id IS UNIQUE',
      'CREATE CONSTRAINT organization_id_unique IF NOT EXISTS FOR (n:Organization) REQUIRE n.id IS UNIQUE',
      'CREATE CONSTRAINT consultancy_id_unique IF NOT EXISTS FOR (n:Consultancy) REQUIRE n.id IS UNIQUE',
      'CREATE CONSTRAINT person_id_unique IF NOT EXISTS FOR (n:Person) REQUIRE n.id IS UNIQUE',
      'CREATE CONSTRAINT theme_id_unique IF NOT EXISTS FOR (n:Theme) REQUIRE n.id IS UNIQUE',
      'CREATE CONSTRAINT engagement_id_unique IF NOT EXISTS FOR (n:Engagement) REQUIRE n.id IS UNIQUE',
      'CREATE CONSTRAINT source_id_unique IF NOT EXISTS FOR (s:Source) REQUIRE s.id IS UNIQUE',
      'CREATE CONSTRAINT meta_key_unique IF NOT EXISTS FOR (m:KennisgraafMeta) REQUIRE m.key IS UNIQUE',
      // standard-folding = standard tokenizer + lower case + ASCII folding: "creeren" finds "Creëren",
      // and no stemming, so prefix queries ("drecht*") match what the user typed. Dutch stemming
      // would mangle proper names (Drechtsteden → drechtsted), which are most of what is searched.
      "CREATE FULLTEXT INDEX entity_search IF NOT EXISTS FOR (n:Municipality|Region|Organization|Consultancy|Person|Theme|Engagement) ON EACH [n.name, n.aliasText] OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-folding', `fulltext.eventually_consistent`: false } }",
      'CREATE INDEX engagement_start_year IF NOT EXISTS FOR (e:Engagement) ON (e.startYear)',
      'CREATE INDEX municipality_province IF NOT EXISTS FOR (m:Municipality) ON (m.province)',
      'CREATE INDEX municipality_cbs_code IF NOT EXISTS FOR (m:Municipality) ON (m.cbsCode)',
      'CREATE INDEX entity_name IF NOT EXISTS FOR (n:Entity) ON (n.name)',
    ],
  },
  {
    version: 2,
    description: 'Lookups of the CBS reference data: regions by kind (regions(kind:)) and by CBS code (the reference import); every region gets a kind',
    statements: [
      'CREATE INDEX region_kind IF NOT EXISTS FOR (r:Region) ON (r.kind)',
      'CREATE INDEX region_code IF NOT EXISTS FOR (r:Region) ON (r.code)',
      // Regions seeded before they had a kind are samenwerkingsverbanden (idempotent: only where none is set).
      "MATCH (r:Region) WHERE r.kind IS NULL SET r.kind = 'SAMENWERKINGSVERBAND'",
    ],
  },
  {
    version: 3,
    description: 'Article intake: proposals by id and by source, one snapshot per text (by its sha256)',
    statements: [
      'CREATE CONSTRAINT proposal_id_unique IF NOT EXISTS FOR (p:Proposal) REQUIRE p.id IS UNIQUE',
      'CREATE INDEX proposal_source IF NOT EXISTS FOR (p:Proposal) ON (p.sourceId)',
      'CREATE CONSTRAINT source_text_hash_unique IF NOT EXISTS FOR (t:SourceText) REQUIRE t.hash IS UNIQUE',
      'CREATE INDEX source_text_source IF NOT EXISTS FOR (t:SourceText) ON (t.sourceId)',
    ],
  },
  {
    version: 4,
    description: 'Erasure tombstones (AVG): one per erased person, found by its key when a write would bring the person back',
    statements: ['CREATE CONSTRAINT erasure_key_unique IF NOT EXISTS FOR (e:Erasure) REQUIRE e.key IS UNIQUE'],
  },
];

export const LATEST_MIGRATION = Math.max(...MIGRATIONS.map((m) => m.version));

/** sha256 (hex) of a migration's statements, one per line: what it does, not how it is described. */
export function migrationChecksum(m: Pick<Migration, 'statements'>): string {
  return createHash('sha256').update(m.statements.join('\n'), 'utf8').digest('hex');
}

export interface ChangedMigration {
  version: number;
  description: string;
  recorded: string;
  expected: string;
}

/** An applied migration whose statements in the code are no longer the ones the database got. */
export class MigrationChecksumError extends Error {
  constructor(readonly changed: ChangedMigration[]) {
    super(
      changed
        .map(
          (c) =>
            `Migration ${c.version} (${c.description}) was applied to this database with checksum ${c.recorded}, ` +
            `but the code's migration ${c.version} has checksum ${c.expected}: its statements were edited after it was applied.`,
        )
        .join('\n') +
        '\nAn applied migration must never change. Restore its statements (git log -p server/src/db/migrations.ts) and put the change in a new migration.',
    );
    this.name = 'MigrationChecksumError';
  }
}

const GET_VERSION = "OPTIONAL MATCH (m:KennisgraafMeta {key: 'schema'}) RETURN coalesce(m.version, 0) AS version";
const GET_RECORDED = "MATCH (m:KennisgraafMeta) WHERE m.key STARTS WITH 'migration-' RETURN m.version AS version, m.checksum AS checksum";
const RECORD_APPLIED = `
  MERGE (s:KennisgraafMeta {key: 'schema'}) SET s.version = $version, s.appliedAt = datetime()
  MERGE (m:KennisgraafMeta {key: $key})
  SET m.version = $version, m.description = $description, m.checksum = $checksum, m.appliedAt = datetime()`;
// For a version applied before checksums were recorded: the code's checksum is the best evidence
// there is; `checksumRecordedAt` says it was recorded later than the migration ran.
const RECORD_CHECKSUM = `
  MERGE (m:KennisgraafMeta {key: $key})
  SET m.version = $version, m.description = $description, m.checksum = $checksum, m.checksumRecordedAt = datetime()`;

const recordParams = (m: Migration) => ({
  key: `migration-${m.version}`,
  version: int(m.version),
  description: m.description,
  checksum: migrationChecksum(m),
});

export async function currentMigrationVersion(db: Database): Promise<number> {
  const [row] = await db.read<{ version: number }>('migrationVersion', GET_VERSION);
  return row?.version ?? 0;
}

/**
 * Compares the checksum recorded for every applied migration with the code's, and throws a
 * MigrationChecksumError when one differs. Records the code's checksum for applied versions
 * that have none (a database migrated before checksums existed).
 */
async function verifyAppliedMigrations(db: Database, appliedVersion: number): Promise<void> {
  const recorded = new Map(
    (await db.read<{ version: number; checksum: string | null }>('recordedMigrations', GET_RECORDED)).map((r) => [r.version, r.checksum]),
  );
  const applied = MIGRATIONS.filter((m) => m.version <= appliedVersion);
  const changed = applied
    .map((m) => ({ version: m.version, description: m.description, recorded: recorded.get(m.version) ?? null, expected: migrationChecksum(m) }))
    .filter((c): c is ChangedMigration => c.recorded !== null && c.recorded !== c.expected);
  if (changed.length) throw new MigrationChecksumError(changed);
  for (const m of applied.filter((x) => !recorded.get(x.version))) {
    await db.write('recordMigrationChecksum', (tx) => tx.run(RECORD_CHECKSUM, recordParams(m)));
  }
}

/**
 * Checks the applied migrations, then applies every migration newer than the database's version.
 * Schema statements cannot share a transaction with writes, so each runs alone; the version and
 * checksum are recorded after the last statement of a migration.
 */
export async function migrate(db: Database): Promise<number> {
  const from = await currentMigrationVersion(db);
  await verifyAppliedMigrations(db, from);
  for (const m of MIGRATIONS.filter((x) => x.version > from)) {
    for (const statement of m.statements) {
      await db.write(`migration${m.version}`, (tx) => tx.run(statement));
    }
    await db.write('recordMigration', (tx) => tx.run(RECORD_APPLIED, recordParams(m)));
  }
  // Indexes are built in the background; wait so the first search sees them.
  await db.write('awaitIndexes', (tx) => tx.run('CALL db.awaitIndexes(60)'));
  return LATEST_MIGRATION;
}
