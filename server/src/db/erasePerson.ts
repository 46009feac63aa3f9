/**
 * Erasing a natural person (AVG, art. 17), in ONE write transaction: all of it or nothing.
 *
 * 1. The Person node and every relationship it has are deleted.
 * 2. Intake proposals that ARE the person (an entity proposal of the same name, or linked to or
 *    accepted as the person) and the relation proposals that need them are deleted.
 * 3. Everywhere else — names, aliases, quotes, notes and titles of the remaining entities,
 *    relationships and sources, the article snapshots (`:SourceText`, and a redacted snapshot is
 *    stored for a seed article whose file in seed/texts names the person), the remaining proposals
 *    (their offsets into the snapshot moved along) and the before/after values of earlier audit
 *    entries — the person's name and aliases become "[verwijderd]" and the person's id the erasure
 *    key; an alias of another entity that IS one of the names is removed. The full-text index
 *    follows by itself (Neo4j updates it in the same transaction).
 * 4. A tombstone `(:Erasure {key, nameKeys, at, who, reason})` and one audit entry `erasePerson`
 *    (who, when, reason, the erasure key — never the name or the id, which is a slug of the name)
 *    are written. `nameKeys` are hashes of the folded name and aliases (erasures.ts). The write path
 *    refuses any later write of a person whose id has a tombstone, and of a new person with one of
 *    the names unless an admin confirms it is someone else (assertNotErased).
 * 5. After the commit, the tombstone and the audit entry are appended to the erasure register
 *    outside the database (backup/erasureRegister.ts), so a restore of an older backup erases the
 *    person again — through this same code, with `replay` (the original when, who, why and audit
 *    entry are kept).
 *
 * Files are read BEFORE the write transaction (the driver may retry a transaction function, so it
 * does no file I/O): the person is read first, the seed files that name them are found and the
 * seed texts redacted, then the transaction checks that the person's names are still the ones the
 * files were searched for (else all of it is done again, up to three times).
 *
 * Matching is by the person's name, aliases and id, without regard to case: a text that names the
 * person otherwise ("mevrouw J.") is not found — add such forms as aliases before erasing.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Database, WriteTx } from './database.js';
import { int } from './database.js';
import { recordAudit, type AuditContext, type AuditEntryRecord } from './audit.js';
import { textHash } from './saveProposals.js';
import { erasureNameKeys } from './erasures.js';
import { appendToRegister, REGISTER_VERSION, type RegisteredErasure } from '../backup/erasureRegister.js';
import { readSeedText } from '../seed/seedTexts.js';
import { KennisgraafError, badInput } from '../domain/errors.js';
import { aliasText } from '../domain/graphDocument.js';
import { foldText } from '../domain/vocabulary.js';
import { erasureKey, lowerTerms, mentions, moveOffset, redact, redactAliases, redactValue, redactionTerms, type Term } from '../domain/redact.js';

export interface ErasureResult {
  erasureKey: string;
  relationsRemoved: number;
  aliasesRemoved: number;
  entitiesRedacted: number;
  relationsRedacted: number;
  sourcesRedacted: number;
  snapshotsRedacted: number;
  proposalsRemoved: number;
  proposalsRedacted: number;
  auditEntriesRedacted: number;
  /** Files under seed/ that still name the person: the operator edits them (the seed refuses to load the person again). */
  seedFilesToEdit: string[];
}

const PERSON = `
  OPTIONAL MATCH (n:Entity {id: $id})
  OPTIONAL MATCH (e:Erasure {key: $key})
  RETURN n.type AS type, n.name AS name, coalesce(n.aliases, []) AS aliases, toString(e.at) AS erasedAt`;

const REMOVE_PROPOSALS = `
  OPTIONAL MATCH (p:Proposal {kind: 'ENTITY'})
  WHERE p.linkedEntityId = $id OR p.entityId = $id OR (p.entityType = 'PERSON' AND toLower(p.name) IN $names)
  WITH collect(p.id) AS ids
  OPTIONAL MATCH (q:Proposal)
  WHERE q.id IN ids OR q.fromId IN ids OR q.toId IN ids OR q.relationId STARTS WITH $id + '|' OR q.relationId ENDS WITH '|' + $id
  WITH collect(DISTINCT q) AS gone
  FOREACH (q IN gone | DETACH DELETE q)
  RETURN size(gone) AS removed`;

const DELETE_PERSON = `
  MATCH (n:Entity {id: $id})
  WITH n, COUNT { (n)--() } AS rels
  DETACH DELETE n
  RETURN rels`;

/** True when the value of `x` (a string, or a list of strings) contains one of $terms (lower case). */
const NAMES_PERSON = (x: string) => `
  CASE WHEN ${x} IS :: STRING THEN any(t IN $terms WHERE toLower(${x}) CONTAINS t)
       WHEN ${x} IS :: LIST<STRING NOT NULL> THEN any(s IN ${x} WHERE any(t IN $terms WHERE toLower(s) CONTAINS t))
       ELSE false END`;

// A full scan, deliberately: a name can stand in any text of any node (there is no index on
// quotes). Ids are never rewritten: a remaining node's id does not name the person. Synthetic
// benchmark data (npm run synth) is about no real person and is skipped first (CASE: the property
// check runs before the text is read), which keeps a benchmark graph's erasure as fast as a real one's.
const NODES_NAMING = `
  MATCH (n)
  WHERE CASE WHEN n.synthetic IS NOT NULL OR n:KennisgraafMeta OR n:Erasure THEN false
             ELSE any(k IN keys(n) WHERE k <> 'id' AND ${NAMES_PERSON('n[k]')}) END
  RETURN elementId(n) AS eid, labels(n) AS labels, properties(n) AS props`;
const RELATIONS_NAMING = `
  MATCH ()-[r]->()
  WHERE CASE WHEN r.synthetic IS NOT NULL THEN false ELSE any(k IN keys(r) WHERE k <> 'id' AND ${NAMES_PERSON('r[k]')}) END
  RETURN elementId(r) AS eid, properties(r) AS props`;
const PROPOSALS_OF = 'MATCH (p:Proposal) WHERE p.sourceId IN $ids RETURN elementId(p) AS eid, labels(p) AS labels, properties(p) AS props';
const SEED_TEXT_SOURCES = `
  MATCH (s:Source) WHERE s.text STARTS WITH 'texts/' AND NOT (s)-[:HAS_TEXT]->(:SourceText)
  RETURN s.id AS id, s.text AS file`;
const SET_NODES = 'UNWIND $rows AS row MATCH (n) WHERE elementId(n) = row.eid SET n += row.props';
const SET_RELATIONS = 'UNWIND $rows AS row MATCH ()-[r]->() WHERE elementId(r) = row.eid SET r += row.props';
const ADD_SNAPSHOT = `
  MATCH (s:Source {id: $sourceId}) WHERE NOT (s)-[:HAS_TEXT]->(:SourceText)
  MERGE (t:SourceText {hash: $hash})
  ON CREATE SET t.sourceId = $sourceId, t.text = $text, t.format = 'text', t.length = size($text), t.redacted = true
  MERGE (s)-[:HAS_TEXT]->(t)
  RETURN count(*) AS added`;
const TOMBSTONE = `
  CREATE (e:Erasure {key: $key, nameKeys: $nameKeys, at: coalesce(datetime($at), datetime()), who: $who, reason: $reason})
  RETURN toString(e.at) AS at`;
const ERASURE_AUDIT = `
  MATCH (a:AuditEntry {operation: 'erasePerson'}) WHERE $key IN a.entityIds
  RETURN a {.id, at: toString(a.at), .who, .operation, .entityIds, .relationIds, .before, .after, .reason} AS entry
  ORDER BY a.at LIMIT 1`;
/** The original audit entry of an erasure that is applied again (replay): same id, time, who and values. */
const RESTORE_AUDIT = 'CREATE (a:AuditEntry) SET a = $entry, a.at = datetime($entry.at)';

type Props = Record<string, unknown>;
interface Found {
  eid: string;
  labels: string[];
  props: Props;
}

/** The changed properties of a node or relationship, redacted (aliases of an entity: the person's removed). */
function redactProps(props: Props, terms: readonly Term[], isEntity: boolean): { set: Props; aliasesRemoved: number } {
  const set: Props = {};
  let aliasesRemoved = 0;
  for (const [k, v] of Object.entries(props)) {
    if (k === 'id' || !mentions(v, terms)) continue;
    if (isEntity && k === 'aliases' && Array.isArray(v)) {
      const r = redactAliases(v as string[], terms);
      aliasesRemoved += r.removed;
      set.aliases = r.aliases;
      set.aliasText = aliasText(r.aliases);
    } else if (!(isEntity && k === 'aliasText')) {
      set[k] = redactValue(v, terms);
    }
  }
  return { set, aliasesRemoved };
}

interface MentionJson {
  text: string;
  start: number;
  end: number;
}

/** A proposal of a source whose snapshot was redacted: its offsets moved along with the text. */
function moveProposal(props: Props, replacements: Parameters<typeof moveOffset>[1], terms: readonly Term[]): Props {
  const set: Props = {};
  if (typeof props.quoteStart === 'number') {
    const moved = moveOffset(props.quoteStart, replacements);
    if (moved !== props.quoteStart) set.quoteStart = int(moved);
  }
  if (typeof props.mentionsJson === 'string') {
    try {
      const list = JSON.parse(props.mentionsJson) as MentionJson[];
      const moved = list.map((m) => ({ ...m, text: redact(m.text, terms).text, start: moveOffset(m.start, replacements), end: moveOffset(m.end, replacements, true) }));
      const json = JSON.stringify(moved);
      if (json !== props.mentionsJson) set.mentionsJson = json;
    } catch {
      // Unreadable mentions are left to the generic redaction.
    }
  }
  return set;
}

/** Files under seed/ (the curated JSON and the article texts) that still name the person, relative to it. */
function seedFilesNaming(seedDir: string, terms: readonly Term[]): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      const full = path.join(dir, e.name);
      if (e.isDirectory()) {
        if (e.name !== 'reference') walk(full);
      } else if (/\.(json|txt)$/.test(e.name) && mentions(fs.readFileSync(full, 'utf8'), terms)) {
        out.push(path.relative(seedDir, full));
      }
    }
  };
  walk(seedDir);
  return out.sort();
}

/** What erasePerson reads before its transaction: the person, and what the files under seed/ hold of them. */
interface Prepared {
  name: string;
  aliases: string[];
  terms: Term[];
  seedFilesToEdit: string[];
  /** Redacted snapshots for the seed articles (seed/texts) that name the person. */
  seedSnapshots: { sourceId: string; text: string; hash: string }[];
}

interface PersonRow {
  type: string | null;
  name: string | null;
  aliases: string[];
  erasedAt: string | null;
}

/** The refusals that do not depend on files: the person exists, is a person, was not erased, and the reason does not name them. */
function checkPerson(person: PersonRow | undefined, id: string, key: string, reason: string, replay: boolean): Term[] {
  if (!person?.type) {
    if (person?.erasedAt) {
      throw new KennisgraafError('NOT_FOUND', `"${id}" was erased already (${key}, on ${person.erasedAt}); there is nothing left to erase.`, { id, erasureKey: key });
    }
    throw new KennisgraafError('NOT_FOUND', `No entity with id "${id}". Use \`search\` to find the person's id.`, { id });
  }
  if (person.type !== 'PERSON') {
    throw badInput(`"${id}" is a ${person.type}, not a person: erasePerson erases natural persons only (deleteEntity removes other entities).`, { argument: 'id' });
  }
  const terms = redactionTerms({ id, name: person.name ?? '', aliases: person.aliases });
  if (!replay && mentions(reason, terms)) throw badInput('The reason must not name the person (the audit keeps the reason): give the grounds only, e.g. "verzoek betrokkene, art. 17 AVG".', { argument: 'reason' });
  return terms;
}

/** Reads the person and the seed files, outside any write transaction. */
async function prepare(db: Database, id: string, key: string, reason: string, seedDir: string, replay: boolean): Promise<Prepared> {
  const [person] = await db.read<PersonRow & Record<string, unknown>>('erasePersonRead', PERSON, { id, key });
  const terms = checkPerson(person, id, key, reason, replay);
  const seedSnapshots: Prepared['seedSnapshots'] = [];
  for (const s of await db.read<{ id: string; file: string }>('erasePersonSeedTexts', SEED_TEXT_SOURCES)) {
    const text = readSeedText(seedDir, s.file);
    if (text === null || !mentions(text, terms)) continue;
    const redacted = redact(text, terms).text;
    seedSnapshots.push({ sourceId: s.id, text: redacted, hash: textHash(redacted) });
  }
  return { name: person!.name ?? '', aliases: person!.aliases, terms, seedFilesToEdit: seedFilesNaming(seedDir, terms), seedSnapshots };
}

/** The person's names changed between the read and the transaction: the files were searched for other names. */
class PersonChanged extends Error {}

const sameNames = (p: PersonRow | undefined, prep: Prepared) =>
  p?.name === prep.name && JSON.stringify(p.aliases) === JSON.stringify(prep.aliases);

export interface EraseOptions {
  seedDir: string;
  /** The erasure register (config.erasureRegister); null writes none (a tool that keeps its own). */
  register: string | null;
  /** An erasure applied again after a restore (restoreBackup.ts): the register's line, whose when, who, why and audit entry are kept. */
  replay?: RegisteredErasure;
}

export async function erasePerson(db: Database, id: string, reason: string, audit: AuditContext, opts: EraseOptions): Promise<ErasureResult> {
  const key = erasureKey(id);
  const replay = opts.replay ?? null;
  for (let attempt = 1; ; attempt++) {
    const prep = await prepare(db, id, key, reason, opts.seedDir, replay !== null);
    try {
      const { result, registered } = await db.write('erasePerson', (tx) => eraseInTx(tx, id, key, reason, audit, prep, replay));
      if (opts.register) {
        try {
          appendToRegister(opts.register, [registered]);
        } catch (e) {
          // Loud, not silent: the erasure stands, but a restore could bring the person back until the register has it.
          throw new Error(
            `The person was erased (${key}), but the erasure register ${opts.register} could not be written (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}). ` +
              'Fix the folder or KENNISGRAAF_ERASURE_REGISTER, then run npm run backup: it adds the erasures the register lacks.',
            { cause: e },
          );
        }
      }
      return result;
    } catch (e) {
      if (e instanceof PersonChanged && attempt < 3) continue;
      if (e instanceof PersonChanged) throw new KennisgraafError('CONFLICT', `Person "${id}" was changed while being erased; nothing was erased. Try again.`, { id });
      throw e;
    }
  }
}

async function eraseInTx(tx: WriteTx, id: string, key: string, reason: string, audit: AuditContext, prep: Prepared, replay: RegisteredErasure | null) {
  const [person] = await tx.run<PersonRow & Record<string, unknown>>(PERSON, { id, key });
  const terms = checkPerson(person, id, key, reason, replay !== null);
  if (!sameNames(person, prep)) throw new PersonChanged();

  const names = terms.filter((t) => t.text !== id).map((t) => foldText(t.text));
  const [removedProposals] = await tx.run<{ removed: number }>(REMOVE_PROPOSALS, { id, names: [...new Set([...names, ...lowerTerms(terms)])] });
  const [deleted] = await tx.run<{ rels: number }>(DELETE_PERSON, { id });
  const result: ErasureResult = {
    erasureKey: key,
    relationsRemoved: deleted?.rels ?? 0,
    aliasesRemoved: 0,
    entitiesRedacted: 0,
    relationsRedacted: 0,
    sourcesRedacted: 0,
    snapshotsRedacted: 0,
    proposalsRemoved: removedProposals?.removed ?? 0,
    proposalsRedacted: 0,
    auditEntriesRedacted: 0,
    seedFilesToEdit: prep.seedFilesToEdit,
  };

  await redactNodes(tx, terms, result);
  await redactRelations(tx, terms, result);
  await addSeedSnapshots(tx, prep.seedSnapshots, result);

  const own = erasureNameKeys({ name: prep.name, aliases: prep.aliases });
  const nameKeys = replay ? [...new Set([...replay.nameKeys, ...own])] : own;
  const [stone] = await tx.run<{ at: string }>(TOMBSTONE, { key, nameKeys, at: replay?.at ?? null, who: replay?.who ?? audit.who, reason: replay?.reason ?? reason });
  const { seedFilesToEdit, ...counts } = result;
  if (replay?.audit) await tx.run(RESTORE_AUDIT, { entry: replay.audit });
  else await recordAudit(tx, replay ? { who: replay.who } : audit, { operation: 'erasePerson', entityIds: [key], after: { ...counts, seedFilesToEdit: seedFilesToEdit.length }, reason: replay?.reason ?? reason });
  const [entry] = await tx.run<{ entry: AuditEntryRecord }>(ERASURE_AUDIT, { key });
  const registered: RegisteredErasure = {
    v: REGISTER_VERSION,
    key,
    nameKeys,
    at: stone!.at,
    who: replay?.who ?? audit.who,
    reason: replay?.reason ?? reason,
    audit: entry?.entry ?? null,
  };
  return { result, registered };
}

async function redactNodes(tx: WriteTx, terms: readonly Term[], result: ErasureResult): Promise<void> {
  const lower = lowerTerms(terms);
  const found = new Map((await tx.run<Found>(NODES_NAMING, { terms: lower })).map((f) => [f.eid, f]));
  const updates = new Map<string, { labels: string[]; set: Props }>();
  const add = (f: Found, set: Props) => {
    if (!Object.keys(set).length) return;
    const u = updates.get(f.eid) ?? { labels: f.labels, set: {} };
    Object.assign(u.set, set);
    updates.set(f.eid, u);
  };

  // Snapshots first: the offsets of every proposal of a redacted snapshot move with its text.
  const moved = new Map<string, ReturnType<typeof redact>['replacements']>();
  for (const f of found.values()) {
    if (!f.labels.includes('SourceText') || typeof f.props.text !== 'string') continue;
    const r = redact(f.props.text, terms);
    moved.set(f.props.sourceId as string, r.replacements);
    add(f, { text: r.text, length: int(r.text.length) });
  }
  if (moved.size) {
    for (const p of await tx.run<Found>(PROPOSALS_OF, { ids: [...moved.keys()] })) {
      add(p, moveProposal(p.props, moved.get(p.props.sourceId as string) ?? [], terms));
      if (!found.has(p.eid)) found.set(p.eid, p);
    }
  }
  for (const f of found.values()) {
    if (f.labels.includes('SourceText')) {
      const { text: _text, ...rest } = f.props;
      add(f, redactProps(rest, terms, false).set);
      continue;
    }
    const isEntity = f.labels.includes('Entity');
    // A proposal's mentions were moved (and redacted) above when its snapshot was redacted.
    const props = f.labels.includes('Proposal') && moved.has(f.props.sourceId as string) ? { ...f.props, mentionsJson: undefined } : f.props;
    const r = redactProps(props, terms, isEntity);
    result.aliasesRemoved += r.aliasesRemoved;
    add(f, r.set);
  }
  for (const u of updates.values()) {
    if (u.labels.includes('Entity')) result.entitiesRedacted++;
    else if (u.labels.includes('Source')) result.sourcesRedacted++;
    else if (u.labels.includes('SourceText')) result.snapshotsRedacted++;
    else if (u.labels.includes('Proposal')) result.proposalsRedacted++;
    else if (u.labels.includes('AuditEntry')) result.auditEntriesRedacted++;
  }
  const rows = [...updates.entries()].map(([eid, u]) => ({ eid, props: u.set }));
  if (rows.length) await tx.run(SET_NODES, { rows });
}

async function redactRelations(tx: WriteTx, terms: readonly Term[], result: ErasureResult): Promise<void> {
  const rows = (await tx.run<Found>(RELATIONS_NAMING, { terms: lowerTerms(terms) }))
    .map((f) => ({ eid: f.eid, props: redactProps(f.props, terms, false).set }))
    .filter((r) => Object.keys(r.props).length);
  result.relationsRedacted = rows.length;
  if (rows.length) await tx.run(SET_RELATIONS, { rows });
}

/** A seed article's text is a file in seed/texts; when it names the person, the source gets a redacted snapshot (read and redacted before the transaction), which Source.text serves instead. */
async function addSeedSnapshots(tx: WriteTx, snapshots: Prepared['seedSnapshots'], result: ErasureResult): Promise<void> {
  for (const s of snapshots) {
    const [row] = await tx.run<{ added: number }>(ADD_SNAPSHOT, { sourceId: s.sourceId, hash: s.hash, text: s.text });
    result.snapshotsRedacted += row?.added ?? 0;
  }
}
