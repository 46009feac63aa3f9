/**
 * The reference folder of a seed (`<seed>/reference/`: CBS CSV files and their sources.json) →
 * the planner's input: each file parsed, each row with the source that states it. Pure.
 *
 * A gemeente file's source is the source whose `text` names the file (`reference/gemeenten.csv`);
 * a herindelingen file's rows each have their own source, named by the key on the same row of
 * `herindelingen_bronnen.csv` (`blik2019` → `src-herindeling-blik2019`).
 */
import { ReferenceFileError, parseReferenceCsv, type Located, type HerindelingRow, type HerindelingSourceRow } from './parseReferenceCsv.js';
import type { ReferenceInputFile } from './planReferenceUpdate.js';

export const REFERENCE_FOLDER = 'reference';
/** The file that names the source of each row of `herindelingen.csv`. */
export const HERINDELING_SOURCES_FILE = 'herindelingen_bronnen.csv';
const HERINDELING_SOURCE_PREFIX = 'src-herindeling-';

export interface ReferenceSourceInfo {
  id: string;
  /** The seed-relative text the source's quotes are checked against, e.g. `reference/gemeenten.csv`. */
  text: string | null;
  date: string | null;
}

export interface ReferenceFileProblem {
  file: string;
  message: string;
}

/** `<folder>/<name>`: how the seed names a reference file (and a source's `text` names it). */
export const referencePath = (name: string) => `${REFERENCE_FOLDER}/${name}`;

/** The key of a herindeling row: one row of the source list per row of the herindelingen file. */
const herindelingKey = (r: { year: number; old_code: string; new_code: string }) => `${r.year}|${r.old_code}|${r.new_code}`;

/**
 * The sources of a herindelingen file's rows, from its source list. Every row needs exactly one
 * source row, and every source row a herindeling.
 */
function herindelingSources(
  herindelingen: { name: string; rows: Located<HerindelingRow>[] },
  sourceList: { name: string; rows: Located<HerindelingSourceRow>[] },
): { sourceOf: Map<number, string>; problems: ReferenceFileProblem[] } {
  const problems: ReferenceFileProblem[] = [];
  const byKey = new Map<string, Located<HerindelingSourceRow>>();
  for (const s of sourceList.rows) {
    const key = herindelingKey(s.row);
    if (byKey.has(key)) problems.push({ file: sourceList.name, message: `line ${s.line}: the herindeling ${key.replaceAll('|', ' ')} has a source twice` });
    byKey.set(key, s);
  }
  const sourceOf = new Map<number, string>();
  const used = new Set<string>();
  for (const h of herindelingen.rows) {
    const key = herindelingKey(h.row);
    const s = byKey.get(key);
    if (!s) {
      problems.push({ file: herindelingen.name, message: `line ${h.line}: ${sourceList.name} names no source for the herindeling ${key.replaceAll('|', ' ')}` });
      continue;
    }
    used.add(key);
    sourceOf.set(h.line, `${HERINDELING_SOURCE_PREFIX}${s.row.source_key}`);
  }
  for (const [key, s] of byKey) {
    if (!used.has(key)) problems.push({ file: sourceList.name, message: `line ${s.line}: no row of ${herindelingen.name} is the herindeling ${key.replaceAll('|', ' ')}` });
  }
  return { sourceOf, problems };
}

/**
 * The CSV files of a seed's reference folder (`name` relative to the seed, content as text) →
 * planner input, with their sources from the seed's sources. Problems name the file.
 */
export function referenceInputs(
  files: { name: string; content: string }[],
  sources: ReferenceSourceInfo[],
): { inputs: ReferenceInputFile[]; problems: ReferenceFileProblem[] } {
  const problems: ReferenceFileProblem[] = [];
  const parsed = files.flatMap((f) => {
    try {
      return [{ name: f.name, file: parseReferenceCsv(f.name, f.content) }];
    } catch (e) {
      if (!(e instanceof ReferenceFileError)) throw e;
      problems.push(...e.problems.map((message) => ({ file: f.name, message })));
      return [];
    }
  });
  const sourceLists = parsed.filter((p) => p.file.kind === 'HERINDELING_SOURCES');
  const inputs: ReferenceInputFile[] = [];
  for (const { name, file } of parsed) {
    if (file.kind === 'HERINDELING_SOURCES') continue;
    if (file.kind === 'HERINDELINGEN') {
      const list = sourceLists.find((s) => s.name === name.replace(/[^/]*$/, HERINDELING_SOURCES_FILE)) ?? sourceLists[0];
      if (!list || list.file.kind !== 'HERINDELING_SOURCES') {
        problems.push({ file: name, message: `a herindelingen file needs ${referencePath(HERINDELING_SOURCES_FILE)} beside it, naming the source of each row` });
        continue;
      }
      const { sourceOf, problems: p } = herindelingSources({ name, rows: file.rows }, { name: list.name, rows: list.file.rows });
      problems.push(...p);
      const dates = new Map(sources.map((s) => [s.id, s.date]));
      const first = sourceOf.values().next().value;
      inputs.push({ name, parsed: file, sourceOf: (line) => sourceOf.get(line) ?? '', peildatum: first ? (dates.get(first) ?? null) : null });
      continue;
    }
    const named = sources.filter((s) => s.text === name);
    if (named.length !== 1) {
      problems.push({
        file: name,
        message:
          named.length === 0
            ? `no source names this file as its text; add one to ${referencePath('sources.json')} with "text": "${name}"`
            : `${named.length} sources name this file as their text (${named.map((s) => s.id).join(', ')}); one source per file`,
      });
      continue;
    }
    const source = named[0]!;
    inputs.push({ name, parsed: file, sourceOf: () => source.id, peildatum: source.date });
  }
  return { inputs, problems };
}
