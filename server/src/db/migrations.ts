/**
 * Versioned, idempotent schema migrations. `npm start` and the tests run them; each statement is
 * `IF NOT EXISTS`, and the applied version is kept on a `:KennisgraafMeta` node, so running them
 * again is harmless. Add a migration by appending to MIGRATIONS, never by editing an old one.
 */
import type { Database } from './database.js';
import { LABELS } from '../domain/relationRules.js';

export interface Migration {
  version: number;
  description: string;
  statements: string[];
}

const perLabelUnique = Object.values(LABELS).map(
  (label) => `CREATE CONSTRAINT ${label.toLowerCase()}_id_unique IF NOT EXISTS FOR (n:${label}) REQUIRE n.id IS UNIQUE`,
);

export const MIGRATIONS: Migration[] = [
  {
    version: 1,
    description: 'Uniqueness of ids, full-text search over names and aliases, lookup indexes',
    statements: [
      // One id space over all entities: `node(id)` must be unambiguous.
      'CREATE CONSTRAINT entity_id_unique IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE',
      ...perLabelUnique,
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
];

export const LATEST_MIGRATION = Math.max(...MIGRATIONS.map((m) => m.version));

const GET_VERSION = "OPTIONAL MATCH (m:KennisgraafMeta {key: 'schema'}) RETURN coalesce(m.version, 0) AS version";
const SET_VERSION = "MERGE (m:KennisgraafMeta {key: 'schema'}) SET m.version = $version, m.appliedAt = datetime()";

export async function currentMigrationVersion(db: Database): Promise<number> {
  const [row] = await db.read<{ version: number }>('migrationVersion', GET_VERSION);
  return row?.version ?? 0;
}

/** Applies every migration newer than the database's version. Schema statements cannot share a transaction with writes, so each runs alone. */
export async function migrate(db: Database): Promise<number> {
  const from = await currentMigrationVersion(db);
  for (const m of MIGRATIONS.filter((m) => m.version > from)) {
    for (const statement of m.statements) {
      await db.write(`migration${m.version}`, (tx) => tx.run(statement));
    }
    await db.write('migrationVersion', (tx) => tx.run(SET_VERSION, { version: m.version }));
  }
  // Indexes are built in the background; wait so the first search sees them.
  await db.write('awaitIndexes', (tx) => tx.run('CALL db.awaitIndexes(60)'));
  return LATEST_MIGRATION;
}
