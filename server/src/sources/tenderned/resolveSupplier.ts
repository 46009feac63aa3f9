/**
 * The awarded company's name as a notice writes it → one bureau id, the same for every spelling of
 * the same company: "Berenschot B.V." and "Berenschot Groep B.V." are `consultancy-berenschot`, the
 * id intake gives Berenschot (vocabulary.entityIdFor), so TenderNed awards and articles meet on one
 * node. Legal forms (B.V., N.V., V.O.F., C.V., LLP, GmbH …), "Groep", "Holding", a leading "De", an
 * acronym in brackets, casing and punctuation are left out of the comparison; the KvK number decides
 * where a format has it. A name that is close to a known one but not the same ("Bernschot BV") is
 * NOT merged: it gets its own id and a merge candidate for a curator (the review queue).
 *
 * Universities, TNO, hospitals, government bodies and foundations are organisations, not
 * adviesbureaus — except the institutes intake already knows as bureaus (dutchWords.KNOWN_BUREAUS:
 * Movisie, Verwey-Jonker …), so one real institute stays one node. A consortium ("A B.V. & B B.V.",
 * "Consortium X zijnde A / B") is split into its companies. Pure; the registry remembers what it has
 * seen, so resolve a file's suppliers through one registry.
 */
import { distance } from 'fastest-levenshtein';
import { entityIdFor, slugify } from '../../domain/vocabulary.js';
import { KNOWN_BUREAUS } from '../../ingest/dutchWords.js';
import type { TenderSupplier } from './tenderRecord.js';

export interface KnownBureau {
  id: string;
  name: string;
  aliases: readonly string[];
}

export interface MergeCandidate {
  id: string;
  name: string;
  /** Why it may be the same company. */
  reason: string;
}

export interface ResolvedSupplier {
  status: 'RESOLVED';
  /** As the notice wrote it (one company of a consortium). */
  written: string;
  /** The company's name without legal form, as first seen ("Berenschot"). */
  name: string;
  type: 'CONSULTANCY' | 'ORGANIZATION';
  id: string;
  kvk: string | null;
  /** Whether the graph (the seed) already has this id. */
  known: boolean;
  confidence: number;
  evidence: string;
  /** Other ids it may be the same company as; a curator decides (never merged here). */
  mergeCandidates: MergeCandidate[];
}

interface UnresolvedSupplier {
  status: 'UNRESOLVED';
  written: string;
  reason: 'NOT_A_COMPANY_NAME';
  evidence: string;
}

export type SupplierResolution = ResolvedSupplier | UnresolvedSupplier;

/** Text in the winner field that is no company ("Zie aanvullende inlichtingen", a link, "Diverse ondernemers"). */
const NOT_A_NAME = /^(https?:|www\.)|^zie\b|aanvullende inlichtingen|^diverse\b|^div\.|^n\.?v\.?t\.?$|^onbekend|^geen\b|^-+$|^\W*$/i;

/** Legal forms and group words, anywhere as whole words (stripped from the key, not from the shown name). */
const LEGAL_FORMS = /\b(b\.?\s?v\.?|n\.?\s?v\.?|v\.?o\.?f\.?|c\.?v\.?|u\.?a\.?|llp|ltd\.?|limited|gmbh|s\.?a\.?|sprl|a\/s|inc\.?|plc|holding|groep|group)(?=\s|$|[,.;:)])/gi;

/** Organisations by form: not adviesbureaus. */
const ORGANIZATION_FORM =
  /universiteit|university|universitair|hogeschool|\bTNO\b|toegepast.natuurwetenschappelijk|medisch centrum|\bumc\b|radboudumc|\berasmus mc\b|ziekenhuis|instituut|institute|\brivm\b|^stichting\b|^st\.\s|^gemeente\b|^ministerie\b|^provincie\b|^vereniging\b|\bggd\b|kankercentrum|referentiecentrum|deltares|\bnivel\b|centerdata|wageningen|sovon|ravon|\bkit\b|\bhcss\b|federatie/i;

/** Organisations written in several ways: one canonical name each. Data: add a line when a notice writes another. */
const CANONICAL_ORGANIZATIONS: { pattern: RegExp; name: string }[] = [
  { pattern: /\bTNO\b|toegepast.natuurwetenschappelijk onderzoek/i, name: 'TNO' },
  { pattern: /radboud\s*(umc|universitair medisch centrum)|katholieke universiteit radboudumc|SKU dba RadboudUMC/i, name: 'Radboudumc' },
  { pattern: /verwey-jonker/i, name: 'Verwey-Jonker Instituut' },
  { pattern: /\bnivel\b/i, name: 'Nivel' },
  { pattern: /^(stichting\s+)?deltares$/i, name: 'Deltares' },
  { pattern: /clingendael/i, name: 'Clingendael' },
  { pattern: /\bSEO\b.*economisch onderzoek/i, name: 'SEO Economisch Onderzoek' },
  { pattern: /^(stichting\s+)?ravon$/i, name: 'RAVON' },
  { pattern: /andersson elffers felix/i, name: 'Andersson Elffers Felix' },
  { pattern: /pricewaterhousecoopers|^pwc\b/i, name: 'PwC' },
  { pattern: /^(ernst & young|ey advisory)/i, name: 'EY' },
];

/** "2.\tTraffic Consultancy BV" → "Traffic Consultancy BV"; "Contractant: Advier B.V." → "Advier B.V.". */
function cleanWritten(name: string): string {
  return name
    .replace(/^\s*\d+[.)]\s*/, '')
    .replace(/^(contractant|opdrachtnemer|leverancier)\s*:\s*/i, '')
    .replace(/[\s,;]+$/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The companies a winner field names: a consortium split into its members, one company otherwise. */
export function splitSupplierNames(written: string): string[] {
  const text = cleanWritten(written);
  const consortium = /^consortium\b.*?\bzijnde\s+(.+)$/i.exec(text);
  if (consortium) return consortium[1]!.split(/\s*\/\s*/).map(cleanWritten).filter(Boolean);
  // "A B.V. & B B.V." or "A B.V./ B": split only where each part carries its own legal form, so
  // "Hiemstra & De Vries" and "Dijksterhuis & van Baaren" stay one company.
  for (const separator of [/\s*\/\s*/, /\s+&\s+/]) {
    const parts = text.split(separator);
    if (parts.length > 1 && parts.slice(0, -1).every((p) => /\b(b\.?v\.?|n\.?v\.?|gmbh|ltd)\.?$/i.test(p.trim()))) return parts.map(cleanWritten).filter(Boolean);
  }
  return [text];
}

/** The name a company is known by: legal forms, "Groep", "Holding", a leading "De", a bracketed acronym left out. */
function companyName(written: string): string {
  const canonical = CANONICAL_ORGANIZATIONS.find((c) => c.pattern.test(written));
  if (canonical) return canonical.name;
  const stripped = written
    .replace(/\s*\((?:[^)]*)\)/g, '')
    .replace(/^(de|the)\s+(?=\p{Lu})/iu, '')
    .replace(LEGAL_FORMS, '')
    .replace(/^(stichting|st\.)\s+/i, '')
    .replace(/[\s,:;–-]+$/, '')
    .replace(/\s+(nederland|netherlands)$/i, '')
    .replace(/\s+/g, ' ')
    .trim();
  return stripped.length >= 2 ? stripped : written.trim();
}

/** The comparison key of a company: its name's slug. */
const companyKey = (written: string): string => slugify(companyName(written));

interface Seen {
  id: string;
  type: ResolvedSupplier['type'];
  name: string;
  key: string;
  known: boolean;
}

export class SupplierRegistry {
  private readonly byKey = new Map<string, Seen>();
  private readonly byKvk = new Map<string, Seen>();
  private readonly knownBureauKeys: Set<string>;

  constructor(known: readonly KnownBureau[]) {
    for (const b of known) {
      const seen: Seen = { id: b.id, type: 'CONSULTANCY', name: b.name, key: slugify(b.name), known: true };
      for (const n of [b.name, ...b.aliases]) if (!this.byKey.has(companyKey(n))) this.byKey.set(companyKey(n), seen);
    }
    this.knownBureauKeys = new Set(KNOWN_BUREAUS.map((n) => companyKey(n)));
  }

  /** Every company a notice's supplier names, each to its id. */
  resolve(supplier: TenderSupplier): SupplierResolution[] {
    const names = NOT_A_NAME.test(supplier.name.trim()) ? [] : splitSupplierNames(supplier.name);
    if (!names.length) return [{ status: 'UNRESOLVED', written: supplier.name, reason: 'NOT_A_COMPANY_NAME', evidence: `"${supplier.name}" names no company` }];
    // A KvK number belongs to the one company of a notice, not to each member of a consortium.
    return names.map((written) => this.resolveOne(written, names.length === 1 ? supplier.kvk : null));
  }

  private resolveOne(written: string, kvk: string | null): SupplierResolution {
    if (NOT_A_NAME.test(written)) return { status: 'UNRESOLVED', written, reason: 'NOT_A_COMPANY_NAME', evidence: `"${written}" names no company` };
    const name = companyName(written);
    const key = slugify(name);
    const isOrganization = ORGANIZATION_FORM.test(written.replace(/\([^)]*\)/g, '')) && !this.knownBureauKeys.has(key);
    const type: ResolvedSupplier['type'] = isOrganization ? 'ORGANIZATION' : 'CONSULTANCY';
    const base = { status: 'RESOLVED' as const, written, kvk };

    const viaKvk = kvk ? this.byKvk.get(kvk) : undefined;
    if (viaKvk) return { ...base, type: viaKvk.type, name: viaKvk.name, id: viaKvk.id, known: viaKvk.known, confidence: 1, evidence: `KvK ${kvk} is ${viaKvk.name}`, mergeCandidates: [] };
    const same = this.byKey.get(key);
    if (same) {
      if (kvk) this.byKvk.set(kvk, same);
      const how = written === same.name ? 'the same name' : `"${written}" is "${name}" without legal form, group or punctuation`;
      return { ...base, type: same.type, name: same.name, id: same.id, known: same.known, confidence: 1, evidence: how, mergeCandidates: [] };
    }
    const id = entityIdFor(type, name);
    const seen: Seen = { id, type, name, key, known: false };
    const mergeCandidates = this.closeTo(seen);
    this.byKey.set(key, seen);
    if (kvk) this.byKvk.set(kvk, seen);
    return {
      ...base,
      type,
      name,
      id,
      known: false,
      confidence: mergeCandidates.length ? 0.7 : 0.9,
      evidence: `${isOrganization ? 'an organisation by its name (university, institute, foundation or public body), not an adviesbureau' : 'a company'}: "${name}"`,
      mergeCandidates,
    };
  }

  /** Companies already seen whose key is a small edit away or that one name extends by whole words. */
  private closeTo(seen: Seen): MergeCandidate[] {
    const out = new Map<string, MergeCandidate>();
    for (const other of this.byKey.values()) {
      if (other.id === seen.id || out.has(other.id)) continue;
      const [a, b] = [seen.key, other.key];
      const edits = distance(a, b);
      const shorter = Math.min(a.length, b.length);
      if (shorter >= 5 && edits <= (shorter >= 10 ? 2 : 1)) out.set(other.id, { id: other.id, name: other.name, reason: `"${seen.name}" and "${other.name}" differ in ${edits} letter${edits > 1 ? 's' : ''}` });
      else if (shorter >= 4 && (a.startsWith(`${b}-`) || b.startsWith(`${a}-`))) out.set(other.id, { id: other.id, name: other.name, reason: `"${a.length > b.length ? seen.name : other.name}" extends "${a.length > b.length ? other.name : seen.name}"` });
    }
    return [...out.values()];
  }
}
