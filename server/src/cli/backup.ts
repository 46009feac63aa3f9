/**
 * `npm run backup [-- --out <folder or file.jsonl>]`: a consistent, checksummed backup of the graph,
 * the intake proposals and snapshots, the audit trail and the erasure tombstones (one read
 * transaction), to `backups/kennisgraaf-backup-<UTC time>.jsonl` by default; then the erasure
 * register (KENNISGRAAF_ERASURE_REGISTER) gets the database's tombstones it lacked. Needs the database
 * credentials (as every tool), no API token: whoever has those can read everything anyway.
 * The file format and its checksum: server/src/backup/backupFile.ts, docs/OPERATIONS.md.
 */
import fs from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from '../config.js';
import { backupFileName, writeBackupFile } from '../backup/backupFile.js';
import { takeBackup } from '../backup/takeBackup.js';
import { syncRegister } from '../backup/erasureRegister.js';
import { say, withDatabase } from './withDatabase.js';

const args = process.argv.slice(2);
const outAt = args.indexOf('--out');
const out = outAt >= 0 ? args[outAt + 1] : path.join(REPO_ROOT, 'backups');
if (!out || args.some((a, i) => a !== '--out' && i !== outAt + 1)) {
  say('Usage: npm run backup [-- --out <folder or file.jsonl>]');
  process.exit(2);
}

await withDatabase(async (db, config) => {
  const started = Date.now();
  const backup = await takeBackup(db, config.neo4j.database);
  const file = out.endsWith('.jsonl') ? out : path.join(out, backupFileName(new Date(backup.manifest.createdAt)));
  fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const sha256 = writeBackupFile(file, backup.manifest, backup.records);
  const c = backup.manifest.counts;
  say(
    `Backup written to ${file} (${(fs.statSync(file).size / 1024 / 1024).toFixed(1)} MB, ${((Date.now() - started) / 1000).toFixed(1)} s): ` +
      `${c.entities} entities, ${c.relations} relationships, ${c.sources} sources, ${c.proposals} proposals, ${c.snapshots} snapshots, ` +
      `${c.auditEntries} audit entries, ${c.erasures} erasures; sha256 ${sha256}.`,
  );
  // Erasures made by another instance (or before the register existed) join this machine's register.
  const added = await syncRegister(db, config.erasureRegister);
  if (added) say(`Added ${added} erasure(s) of the database to the erasure register ${config.erasureRegister}.`);
});
