/**
 * A consistent backup: everything is read by ONE query, so by one read transaction — the graph,
 * the intake proposals and article snapshots, the audit trail and the erasure tombstones are as
 * they were at one moment, never a graph from before a write and an audit from after it.
 *
 * Left out: the migration records (`:KennisgraafMeta`: a restore applies the migrations itself)
 * and synthetic benchmark data (`synthetic: true`; `npm run synth` makes it again, deterministically).
 * A node label or relationship type the backup does not know is refused, not silently skipped.
 */
import type { Database } from '../db/database.js';
import { decodeProvenance } from '../db/provenance.js';
import { RESERVED_PROPERTIES, type EntityNode, type RelationEdge, type SourceNode } from '../domain/graphDocument.js';
import { BACKUP_FORMAT, BACKUP_VERSION, LINKS, RAW_LABELS, type BackupCounts, type BackupRecord, type LinkType, type Manifest, type RawLabel } from './backupFile.js';

const KNOWN_LABELS = ['Entity', 'Source', 'KennisgraafMeta', ...RAW_LABELS];
const KNOWN_LINKS = Object.keys(LINKS);

const READ_ALL = `
  CALL () {
    MATCH (m:KennisgraafMeta {key: 'schema'})
    RETURN 'meta' AS r, {version: m.version} AS props, null AS type, null AS from, null AS to, null AS label, null AS types
    UNION ALL
    MATCH (s:Source) WHERE s.synthetic IS NULL
    RETURN 'source' AS r, properties(s) AS props, null AS type, null AS from, null AS to, null AS label, null AS types
    UNION ALL
    MATCH (n:Entity) WHERE n.synthetic IS NULL
    RETURN 'entity' AS r, properties(n) AS props, null AS type, null AS from, null AS to, null AS label, null AS types
    UNION ALL
    MATCH (a:Entity)-[x]->(b:Entity) WHERE x.synthetic IS NULL AND a.synthetic IS NULL AND b.synthetic IS NULL
    RETURN 'relation' AS r, properties(x) AS props, type(x) AS type, a.id AS from, b.id AS to, null AS label, null AS types
    UNION ALL
    MATCH (n) WHERE n:Proposal OR n:SourceText OR n:AuditEntry OR n:Erasure
    RETURN 'node' AS r, properties(n) AS props, null AS type, null AS from, null AS to,
           [l IN labels(n) WHERE l IN $rawLabels][0] AS label, [k IN keys(n) | [k, valueType(n[k])]] AS types
    UNION ALL
    MATCH (p:Proposal)-[:PROPOSED_FROM]->(s:Source)
    RETURN 'link' AS r, null AS props, 'PROPOSED_FROM' AS type, p.id AS from, s.id AS to, null AS label, null AS types
    UNION ALL
    MATCH (s:Source)-[:HAS_TEXT]->(t:SourceText)
    RETURN 'link' AS r, null AS props, 'HAS_TEXT' AS type, s.id AS from, t.hash AS to, null AS label, null AS types
    UNION ALL
    MATCH (n) WHERE none(l IN labels(n) WHERE l IN $knownLabels)
    RETURN 'unknown' AS r, null AS props, null AS type, null AS from, null AS to, labels(n)[0] AS label, null AS types
    UNION ALL
    MATCH (a)-[x]->(b) WHERE NOT (a:Entity AND b:Entity) AND NOT type(x) IN $knownLinks
    RETURN 'unknown' AS r, null AS props, type(x) AS type, null AS from, null AS to, null AS label, null AS types
  }
  RETURN r, props, type, from, to, label, types`;

interface Row {
  r: 'meta' | 'source' | 'entity' | 'relation' | 'node' | 'link' | 'unknown';
  props: Record<string, unknown> | null;
  type: string | null;
  from: string | null;
  to: string | null;
  label: string | null;
  types: [string, string][] | null;
}

/** The property types a raw node may have; anything else is refused (a restore could not give it back). */
const RESTORABLE = /^(STRING|INTEGER|FLOAT|BOOLEAN|ZONED DATETIME|LIST<(STRING|INTEGER|FLOAT|BOOLEAN|NOTHING)( NOT NULL)?>)( NOT NULL)?$/;

function rest(p: Record<string, unknown>, extra: string[] = []): Record<string, never> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(p)) if (!RESERVED_PROPERTIES.has(k) && !extra.includes(k)) out[k] = v;
  return out as Record<string, never>;
}

function rawNode(row: Row): BackupRecord {
  const props: Record<string, unknown> = { ...row.props };
  const ints: string[] = [];
  const datetimes: string[] = [];
  for (const [k, type] of row.types ?? []) {
    if (!RESTORABLE.test(type)) throw new Error(`A ${row.label} node has property "${k}" of type ${type}, which a backup cannot restore: extend server/src/backup/takeBackup.ts.`);
    if (type.startsWith('INTEGER') || type.startsWith('LIST<INTEGER')) ints.push(k);
    if (type.startsWith('ZONED DATETIME')) {
      datetimes.push(k);
      props[k] = String(props[k]);
    }
  }
  return { r: 'node', label: row.label as RawLabel, props, ints, datetimes };
}

export interface Backup {
  manifest: Manifest;
  records: BackupRecord[];
}

export async function takeBackup(db: Database, database: string): Promise<Backup> {
  const rows = await db.read<Row & Record<string, unknown>>('backup', READ_ALL, { rawLabels: [...RAW_LABELS], knownLabels: KNOWN_LABELS, knownLinks: KNOWN_LINKS });
  const unknown = rows.filter((r) => r.r === 'unknown');
  if (unknown.length) {
    const what = [...new Set(unknown.map((u) => (u.label ? `nodes labelled ${u.label}` : `relationships of type ${u.type}`)))];
    throw new Error(`The database holds ${what.join(', ')}, which a backup does not know: extend server/src/backup (RAW_LABELS, LINKS) so that nothing is left out. No backup was written.`);
  }
  const counts: BackupCounts = { sources: 0, entities: 0, relations: 0, proposals: 0, snapshots: 0, auditEntries: 0, erasures: 0, links: 0 };
  let migration = 0;
  const records: BackupRecord[] = [];
  for (const row of rows) {
    const p = row.props ?? {};
    switch (row.r) {
      case 'meta':
        migration = Number(p.version);
        break;
      case 'source':
        counts.sources++;
        records.push({ r: 'source', id: p.id as string, title: p.title as string, kind: p.kind as SourceNode['kind'], properties: rest(p, ['title', 'kind']) });
        break;
      case 'entity':
        counts.entities++;
        records.push({
          r: 'entity',
          id: p.id as string,
          type: p.type as EntityNode['type'],
          name: p.name as string,
          aliases: (p.aliases as string[] | undefined) ?? [],
          properties: rest(p),
          provenance: decodeProvenance(p),
        });
        break;
      case 'relation':
        counts.relations++;
        records.push({ r: 'relation', type: row.type as RelationEdge['type'], from: row.from!, to: row.to!, properties: rest(p), provenance: decodeProvenance(p) });
        break;
      case 'node':
        if (row.label === 'Proposal') counts.proposals++;
        else if (row.label === 'SourceText') counts.snapshots++;
        else if (row.label === 'AuditEntry') counts.auditEntries++;
        else counts.erasures++;
        records.push(rawNode(row));
        break;
      case 'link':
        counts.links++;
        records.push({ r: 'link', type: row.type as LinkType, from: row.from!, to: row.to! });
        break;
    }
  }
  return {
    manifest: { format: BACKUP_FORMAT, version: BACKUP_VERSION, createdAt: new Date().toISOString(), database, migration, counts },
    records,
  };
}
