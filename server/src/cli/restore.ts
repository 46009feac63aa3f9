/**
 * `npm run restore -- <backup.jsonl> [--yes] [--erasures <register.jsonl>]…`: restores a backup
 * into an EMPTY database, and erases again every person whose erasure the backup predates.
 *
 * In this order, and nothing is written until the last step: the file's sha256 is verified; the
 * caller proves to be an admin (the admin token in KENNISGRAAF_TOKEN must be one of the configured
 * KENNISGRAAF_ADMIN_TOKENS, or KENNISGRAAF_API_TOKENS; its name is what the audit records); the
 * database must hold nothing; the operator confirms by typing the database name (or passes `--yes`
 * in scripts). Then restoreBackup writes through the checked write path, in transactions, with a
 * progress line; a failure leaves the database empty again. The erasures come from the erasure
 * register (KENNISGRAAF_ERASURE_REGISTER) and the registers of other instances given with
 * `--erasures`; after the restore, the register gets the backup's tombstones it lacked.
 */
import readline from 'node:readline/promises';
import { loadConfig } from '../config.js';
import { BackupFileError, readBackupFile } from '../backup/backupFile.js';
import { databaseHasData, restoreBackup } from '../backup/restoreBackup.js';
import { ErasureRegisterError, mergeRegisters, readRegister, syncRegister } from '../backup/erasureRegister.js';
import { identify, storeTokens } from '../graphql/plugins/use-api-token.js';
import { say, withDatabase } from './withDatabase.js';

const args = process.argv.slice(2);
const yes = args.includes('--yes');
const otherRegisters = args.flatMap((a, i) => (a === '--erasures' && args[i + 1] ? [args[i + 1]!] : []));
const files = args.filter((a, i) => a !== '--yes' && a !== '--erasures' && args[i - 1] !== '--erasures');
if (files.length !== 1 || files[0]!.startsWith('--') || args.filter((a) => a === '--erasures').length !== otherRegisters.length) {
  say('Usage: KENNISGRAAF_TOKEN=<admin token> npm run restore -- <backup.jsonl> [--yes] [--erasures <other instance\'s erasures.jsonl>]…');
  process.exit(2);
}
const file = files[0]!;

function fail(message: string): never {
  say(message);
  process.exit(1);
}

// 1. The checksum, before anything else.
let backup;
try {
  backup = readBackupFile(file);
} catch (e) {
  fail(e instanceof BackupFileError ? e.message : `Cannot read ${file}: ${(e as Error).message}. Nothing was written.`);
}
say(`Checksum verified: ${file} (sha256 ${backup.sha256}, taken ${backup.manifest.createdAt} of database "${backup.manifest.database}").`);

// 2. An admin, by token.
const config = loadConfig();
const given = process.env.KENNISGRAAF_TOKEN?.trim();
if (!given) fail('A restore needs an admin token: set KENNISGRAAF_TOKEN to one of the tokens in KENNISGRAAF_ADMIN_TOKENS. Nothing was written.');
const caller = identify(given, storeTokens(config.apiTokens));
if (!caller) fail('KENNISGRAAF_TOKEN is not one of the configured tokens (KENNISGRAAF_ADMIN_TOKENS). Nothing was written.');
if (caller.role !== 'admin') fail(`A restore needs the admin role; token "${caller.name}" has the ${caller.role} role. Nothing was written.`);

// 3. The erasures that must outlive the restore (read before anything is written).
let erasures;
try {
  const registers = [config.erasureRegister, ...otherRegisters].map((f) => ({ file: f, ...readRegister(f) }));
  for (const r of registers) {
    if (r.unreadable) say(`Warning: ${r.unreadable} line(s) of the erasure register ${r.file} are not erasures (a write cut short?); they are skipped.`);
  }
  erasures = mergeRegisters(...registers.map((r) => r.erasures));
  say(`Erasure register: ${erasures.length} erasures (${registers.map((r) => r.file).join(', ')}).`);
} catch (e) {
  fail(e instanceof ErasureRegisterError ? `${e.message} Nothing was written.` : String(e));
}

await withDatabase(async (db) => {
  const database = db.options.database;
  try {
    // 4. An empty database (restoreBackup checks again, just before writing).
    if (await databaseHasData(db)) {
      throw new BackupFileError(`Database "${database}" is not empty: a restore only writes into an empty database. Restore into a new database (see docs/OPERATIONS.md). Nothing was written.`);
    }
    // 5. Confirmation.
    if (!yes) {
      if (!process.stdin.isTTY) throw new BackupFileError('Confirm the restore: run it in a terminal and type the database name, or pass --yes in a script. Nothing was written.');
      const rl = readline.createInterface({ input: process.stdin, output: process.stderr });
      const answer = (await rl.question(`Restore ${backup.manifest.counts.entities} entities and ${backup.manifest.counts.relations} relationships into database "${database}"? Type its name to go on: `)).trim();
      rl.close();
      if (answer !== database) throw new BackupFileError(`"${answer}" is not "${database}": nothing was written.`);
    }
    // 6. The restore, then the erasures the backup predates.
    const started = Date.now();
    let lastSaid = 0;
    const { counts: c, reErased, tombstonesAdded } = await restoreBackup(db, backup, { who: caller.name }, { erasures, seedDir: config.seedDir }, ({ done, total }) => {
      if (Date.now() - lastSaid > 1000 || done === total) {
        lastSaid = Date.now();
        say(`restoring: ${done.toLocaleString('en')} of ${total.toLocaleString('en')} records (${total ? Math.floor((done / total) * 100) : 100}%)`);
      }
    });
    say(
      `Restored ${c.entities} entities, ${c.relations} relationships, ${c.sources} sources, ${c.proposals} proposals, ${c.snapshots} snapshots, ` +
        `${c.auditEntries} audit entries and ${c.erasures} erasures into "${database}" in ${((Date.now() - started) / 1000).toFixed(1)} s, as ${caller.name}.`,
    );
    say(
      `Re-erased ${reErased} ${reErased === 1 ? 'person' : 'persons'} whose erasure the backup predates` +
        (tombstonesAdded ? `, and added ${tombstonesAdded} tombstone(s) of erased persons the backup does not hold` : '') +
        ' (from the erasure register; their tombstones and audit entries are kept).',
    );
    // 7. The register learns the backup's tombstones it lacked.
    const added = await syncRegister(db, config.erasureRegister);
    if (added) say(`Added ${added} erasure(s) of the backup to the erasure register ${config.erasureRegister}.`);
  } catch (e) {
    if (!(e instanceof BackupFileError)) throw e;
    say(e.message);
    process.exitCode = 1;
  }
});
