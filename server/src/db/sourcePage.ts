/**
 * Issue 19, item 4: a source's public page — its metadata, its stored text and the facts it backs,
 * each with its quotes located in the text (offsets), so that the web app can mark them. A source
 * that backs no fact in the graph (only pending or rejected intake proposals) has no public page,
 * unless it is a seed article. One query for the facts; the text is the intake snapshot or the
 * seed file, as `Source.text` reads it.
 */
import type { Database } from './database.js';
import { RELATION_PROJECTION, toRelationRecord, type EntityRecord, type RawRelation, type RelationRecord, type SourceRecord } from './entities.js';
import { CITES_SOURCE, decodeProvenance } from './provenance.js';
import { sourceSnapshots } from './readProposals.js';
import { readSeedText } from '../seed/seedTexts.js';

/** The facts listed on a page at most (a register backs thousands; `factCount` counts them all). */
const MAX_PAGE_FACTS = 200;

const FACTS = `
  MATCH (s:Source {id: $id})
  RETURN properties(s) AS source,
    COLLECT { MATCH (n:Entity) WHERE ${CITES_SOURCE('n', '$id')} RETURN properties(n) AS n ORDER BY n.name LIMIT ${MAX_PAGE_FACTS} } AS entities,
    COLLECT { MATCH (:Entity)-[r]->(:Entity) WHERE ${CITES_SOURCE('r', '$id')} RETURN ${RELATION_PROJECTION('r')} AS r LIMIT ${MAX_PAGE_FACTS} } AS relations,
    COUNT { MATCH (n:Entity) WHERE ${CITES_SOURCE('n', '$id')} } + COUNT { MATCH (:Entity)-[r]->(:Entity) WHERE ${CITES_SOURCE('r', '$id')} } AS factCount`;

/** A quote of the source, and where it stands in the stored text (UTF-16 offsets, `end` exclusive); null when it is not found there. */
interface LocatedQuote {
  quote: string;
  start: number | null;
  end: number | null;
}

interface SourceFactRecord {
  entity: EntityRecord | null;
  relation: RelationRecord | null;
  quotes: LocatedQuote[];
}

export interface SourcePageRecord {
  source: SourceRecord;
  text: string | null;
  factCount: number;
  facts: SourceFactRecord[];
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Where `quote` stands in `text`: verbatim, or else with any run of white space for each in the quote (a reflowed snapshot). */
export function locateQuote(text: string, quote: string): { start: number; end: number } | null {
  const q = quote.trim();
  if (!q) return null;
  const at = text.indexOf(q);
  if (at >= 0) return { start: at, end: at + q.length };
  const loose = new RegExp(q.split(/\s+/).map(escapeRegExp).join('\\s+'));
  const m = loose.exec(text);
  return m ? { start: m.index, end: m.index + m[0].length } : null;
}

function located(text: string | null, quotes: string[]): LocatedQuote[] {
  return quotes.map((quote) => {
    const at = text ? locateQuote(text, quote) : null;
    return { quote, start: at?.start ?? null, end: at?.end ?? null };
  });
}

/**
 * The page of source `id`, or null when there is no such source or it has no public page: it backs
 * no fact in the graph and is not a seed article.
 */
export async function sourcePage(db: Database, id: string, seedDir: string): Promise<SourcePageRecord | null> {
  const [row] = await db.read<{ source: SourceRecord; entities: EntityRecord[]; relations: RawRelation[]; factCount: number }>('sourcePage', FACTS, { id });
  if (!row) return null;
  const fromSeed = readSeedText(seedDir, row.source.text);
  if (row.factCount === 0 && fromSeed === null) return null;
  const text = (await sourceSnapshots(db, [id])).get(id) ?? fromSeed;
  const quotesOf = (props: Record<string, unknown>) => decodeProvenance(props).filter((p) => p.source === id).map((p) => p.quote);
  const facts: SourceFactRecord[] = [
    ...row.entities.map((e) => ({ entity: e, relation: null, quotes: located(text, quotesOf(e)) })),
    ...row.relations.map((raw) => {
      const r = toRelationRecord(raw);
      return { entity: null, relation: r, quotes: located(text, quotesOf(r.props)) };
    }),
  ];
  return { source: row.source, text, factCount: row.factCount, facts };
}
