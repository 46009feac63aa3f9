/**
 * A contracting authority's name as TenderNed writes it → the graph's client: a gemeente with its
 * CBS code, a region, or an organisation with its kind — or `UNRESOLVED` with the reason, for the
 * review queue. Never a guess: a gemeente is only named when the text says "gemeente X" (or is
 * exactly a gemeente's name) and X is one gemeente of the reference data, as it was when the
 * notice was published.
 *
 * What is stripped on the way: departments after a comma, slash, bar or " - " ("Gemeente
 * Apeldoorn, team inkoop", "Gemeente Den Haag/Startup in Residence"), department words before
 * "gemeente" ("Ingenieursbureau gemeente Amsterdam"), "servicegemeente", "(Aanbesteder)"; spelling
 * is compared without case, diacritics, spaces, hyphens and apostrophes ("Reusel- DeMierden",
 * "’s-Hertogenbosch", "s Hertogenbosch"). "X namens Y" is bought by X for Y: Y is the client. A
 * dissolved gemeente (Vlagtwedde, 2018) resolves to its own code, so its successor's filters
 * include it through the herindeling, as they do for articles. Pure.
 */
import { entityIdFor, foldText, type EntityType } from '../../domain/vocabulary.js';

/** A client the graph knows: from the seed (gemeenten of the reference data, regions, organisations). */
export interface GazetteerEntry {
  id: string;
  type: EntityType;
  name: string;
  aliases: readonly string[];
  cbsCode?: string;
  /** The year a dissolved gemeente was dissolved (herindeling). */
  dissolvedYear?: number;
  /** A region's or organisation's kind. */
  kind?: string;
}

type BuyerType = 'MUNICIPALITY' | 'REGION' | 'ORGANIZATION';

/** What kind of client an organisation or region is: stored as the entity's `kind`. */
type BuyerKind =
  | 'gemeente'
  | 'ministerie'
  | 'rijksorganisatie'
  | 'provincie'
  | 'waterschap'
  | 'GGD'
  | 'veiligheidsregio'
  | 'samenwerkingsverband'
  | 'inkoopsamenwerking'
  | 'sociale dienst'
  | 'werkorganisatie'
  | 'kennisinstelling'
  | 'onderwijsinstelling'
  | 'zorginstelling'
  | 'koepelorganisatie'
  | 'stichting'
  | 'vereniging'
  | 'overheidsbedrijf';

export interface ResolvedBuyer {
  status: 'RESOLVED';
  /** The client's name (the gemeente's CBS name; an organisation's name without its department). */
  name: string;
  type: BuyerType;
  kind: BuyerKind;
  id: string;
  cbsCode: string | null;
  /** Whether the id is an entity the graph already has (the seed); otherwise the import creates it. */
  known: boolean;
  /** 1: the name or an alias as written; 0.9: after stripping a department or by an organisation's form. */
  confidence: number;
  /** How the name was read, in words (for the plan and the review queue). */
  evidence: string;
}

interface UnresolvedBuyer {
  status: 'UNRESOLVED';
  name: string;
  type: null;
  id: null;
  cbsCode: null;
  confidence: 0;
  reason: string;
  evidence: string;
  /** Ids it might be, for the reviewer. */
  candidates: string[];
}

export type BuyerResolution = ResolvedBuyer | UnresolvedBuyer;

/** Spelling-insensitive key: "Reusel- DeMierden" = "Reusel-De Mierden", "’s-Hertogenbosch" = "'s Hertogenbosch". */
const nameKey = (name: string): string => foldText(name).replace(/[^a-z0-9]/g, '');

/**
 * Names people use for a gemeente that are not its CBS name or a spelling variant of it. Data, not
 * logic: add a line when a notice uses another.
 */
const GEMEENTE_ALIASES: Record<string, string> = {
  'Den Haag': 'GM0518',
  'Den Bosch': 'GM0796',
  Nuenen: 'GM0820',
  'Nuenen c.a.': 'GM0820',
  Dantumadeel: 'GM1891',
  Tietjerksteradeel: 'GM0737',
  'Súdwest Fryslân': 'GM1900',
  'Bergen NH': 'GM0373',
  'Bergen Noord-Holland': 'GM0373',
  'Bergen L': 'GM0893',
  'Bergen Limburg': 'GM0893',
};

/** Provinces share a name with a gemeente (Groningen, Utrecht): a bare name is then not enough. */
const PROVINCE_NAMES = new Set(['groningen', 'fryslan', 'friesland', 'drenthe', 'overijssel', 'flevoland', 'gelderland', 'utrecht', 'noordholland', 'zuidholland', 'zeeland', 'noordbrabant', 'limburg']);

/** Words of a department or team, before or after the gemeente's name. */
const DEPARTMENT_WORD_LIST = 'team|afdeling|cluster|dienst|directie|sector|bureau|ingenieursbureau|inkoop|inkoopbureau|concern|programma|project|stadsdeel|domein|facilitair|servicecentrum';
const DEPARTMENT_WORDS = new RegExp(`^(?:${DEPARTMENT_WORD_LIST})\\b`, 'i');
/** A department before "gemeente": "Ingenieursbureau gemeente Amsterdam". */
const DEPARTMENT_BEFORE_GEMEENTE = new RegExp(`^(?:${DEPARTMENT_WORD_LIST})\\s+(?=(?:de\\s+)?gemeente\\b)`, 'i');

/** Organisation kinds by form, checked in order on the whole name (department included). */
const ORGANIZATION_FORMS: { pattern: RegExp; kind: BuyerKind; type: BuyerType }[] = [
  { pattern: /^ministerie\b/i, kind: 'ministerie', type: 'ORGANIZATION' },
  { pattern: /^provincie\b|\bIPO\b|Interprovinciaal/i, kind: 'provincie', type: 'ORGANIZATION' },
  { pattern: /waterschap|hoogheemraadschap|\bstowa\b/i, kind: 'waterschap', type: 'ORGANIZATION' },
  { pattern: /\bGGD\b|openbare gezondheidszorg|publieke gezondheid/i, kind: 'GGD', type: 'ORGANIZATION' },
  { pattern: /^veiligheidsregio\b/i, kind: 'veiligheidsregio', type: 'REGION' },
  { pattern: /\bsociale dienst\b|\bISD\b|werkplein|sociaal werkbedrijf|\bUWV\b/i, kind: 'sociale dienst', type: 'ORGANIZATION' },
  { pattern: /inkoopsamenwerking|inkoop samenwerking|\binkoop\b|\bbizob\b|\bIUC\b|\bRIS\b|inkoopuitvoeringscentrum/i, kind: 'inkoopsamenwerking', type: 'ORGANIZATION' },
  { pattern: /werkorganisatie|werkmaatschappij|servicepunt|noaberkracht|\bBUCH\b|\bRID\b|gemeenschappelijke regeling|omgevingsdienst|milieudienst/i, kind: 'werkorganisatie', type: 'ORGANIZATION' },
  { pattern: /^(metropoolregio|vervoerregio|regio)\b|\bregio\s+\p{Lu}/iu, kind: 'samenwerkingsverband', type: 'REGION' },
  { pattern: /vereniging van nederlandse gemeenten|\bVNG\b|\bPO-raad\b|verenigingsbureau/i, kind: 'koepelorganisatie', type: 'ORGANIZATION' },
  {
    pattern:
      /rijkswaterstaat|rijksdienst|rijksvastgoed|belastingdienst|politie|defensie|\bRDW\b|centraal bureau voor de statistiek|autoriteit|zorginstituut|zorgautoriteit|kamer van koophandel|koninklijke bibliotheek|tweede kamer|agentschap|inspectie|\bCOA\b|P-Direkt|\bBIJ12\b|taalunie|voedingscentrum|de nederlandsche bank|\bNPO\b|commando|materieel/i,
    kind: 'rijksorganisatie',
    type: 'ORGANIZATION',
  },
  { pattern: /universiteit|university|hogeschool|hogescholen|\bTNO\b|wetenschappelijk onderzoek|akademie|instituut|\bRIVM\b|planbureau|naturalis|\bNHL\b|saxion/i, kind: 'kennisinstelling', type: 'ORGANIZATION' },
  { pattern: /medisch centrum|\bUMC\b|\bMC\b|ziekenhuis|\bLUMC\b|radboudumc/i, kind: 'zorginstelling', type: 'ORGANIZATION' },
  { pattern: /opleidingen centrum|\bROC\b|college\b|kennisnet/i, kind: 'onderwijsinstelling', type: 'ORGANIZATION' },
  { pattern: /^stichting\b|\bstichting$/i, kind: 'stichting', type: 'ORGANIZATION' },
  { pattern: /^vereniging\b/i, kind: 'vereniging', type: 'ORGANIZATION' },
  { pattern: /\b(N\.?V\.?|B\.?V\.?|nv|bv)(\s|$|\/)|havenbedrijf|prorail|tennet|enexis|stedin|gasunie|vitens|schiphol|\bNS\b/i, kind: 'overheidsbedrijf', type: 'ORGANIZATION' },
];

const normalise = (s: string) =>
  s
    .replace(/[’`´]/g, "'")
    .replace(/\?(?=s[- ])/g, "'")
    .replace(/\s+/g, ' ')
    .trim();

/**
 * A comma can be part of a name: "Ministerie van Volksgezondheid, Welzijn en Sport", "Rijkswaterstaat
 * Water, Verkeer en Leefomgeving". A last part that starts with a capital, is no department and
 * ends a list ("… en …") joins the name; anything else after a comma is a department.
 */
function joinNameParts(segments: string[]): string[] {
  const last = segments[segments.length - 1];
  if (segments.length < 2 || !last || !/^\p{Lu}/u.test(last) || DEPARTMENT_WORDS.test(last) || !/\s(en|&)\s/.test(last) || /gemeente/i.test(last)) return segments;
  return [...segments.slice(0, -2), `${segments[segments.length - 2]}, ${last}`];
}

/** "Gemeente X", "gemeente X", "Gem. X", "servicegemeente X", "de gemeente X" → X (else null). */
function afterGemeente(segment: string): string | null {
  const m = /^(?:de\s+)?(?:service)?(?:gemeente|gem\.)\s+(.+)$/i.exec(segment.trim());
  return m ? m[1]!.trim() : null;
}

export class BuyerResolver {
  private readonly gemeenten = new Map<string, GazetteerEntry[]>();
  private readonly byCode = new Map<string, GazetteerEntry>();
  private readonly others = new Map<string, GazetteerEntry>();
  private readonly successors = new Map<string, string[]>();

  constructor(gazetteer: readonly GazetteerEntry[], herindelingen: readonly { oldCode: string; newCode: string }[] = []) {
    for (const e of gazetteer) {
      if (e.type === 'MUNICIPALITY' && e.cbsCode) {
        this.byCode.set(e.cbsCode, e);
        // Gemeenten by their CBS name only: their aliases ("Gemeente X") say the same.
        const key = nameKey(e.name.replace(/\s*\((NH|L)\.?\)$/i, ' $1'));
        this.gemeenten.set(key, [...(this.gemeenten.get(key) ?? []), e]);
        // "Bergen (NH.)" is also reached as "Bergen" — ambiguous on purpose.
        const bare = nameKey(e.name.replace(/\s*\(.*\)$/, ''));
        if (bare !== key) this.gemeenten.set(bare, [...(this.gemeenten.get(bare) ?? []), e]);
      } else if (e.type === 'REGION' || e.type === 'ORGANIZATION') {
        for (const n of [e.name, ...e.aliases]) if (!this.others.has(nameKey(n))) this.others.set(nameKey(n), e);
      }
    }
    for (const [alias, code] of Object.entries(GEMEENTE_ALIASES)) {
      const e = this.byCode.get(code);
      if (e && !this.gemeenten.has(nameKey(alias))) this.gemeenten.set(nameKey(alias), [e]);
    }
    for (const h of herindelingen) this.successors.set(h.oldCode, [...(this.successors.get(h.oldCode) ?? []), h.newCode]);
  }

  /** The gemeenten a bare name may be (several for "Bergen"). */
  private gemeentenNamed(name: string): GazetteerEntry[] {
    return this.gemeenten.get(nameKey(name)) ?? [];
  }

  /** The gemeenten a list of bare names is ("Duiven, Westervoort en Zevenaar"), or [] if any part is not one. */
  private gemeenteList(text: string): GazetteerEntry[] {
    const parts = text.split(/\s*(?:,|\/|&|\ben\b)\s*/i).map((p) => afterGemeente(p) ?? p).filter(Boolean);
    const found = parts.map((p) => this.gemeentenNamed(p));
    return found.every((f) => f.length === 1) ? found.map((f) => f[0]!) : [];
  }

  resolve(rawName: string, publicationDate: string | null = null): BuyerResolution {
    const written = normalise(rawName);
    const unresolved = (reason: string, evidence: string, candidates: string[] = []): UnresolvedBuyer => ({
      status: 'UNRESOLVED',
      name: written,
      type: null,
      id: null,
      cbsCode: null,
      confidence: 0,
      reason,
      evidence,
      candidates,
    });
    if (!written) return unresolved('EMPTY_NAME', 'the notice names no contracting authority');

    // "X namens Y": X buys, Y is the client.
    let principal = written;
    let agent: string | null = null;
    const namens = /^(.*?)\s+namens\s+(.+)$/i.exec(written);
    if (namens) {
      agent = namens[1]!.trim();
      principal = namens[2]!.trim();
    }
    // "Gemeente Almere (Aanbesteder) en de provincie Flevoland": the one marked aanbesteder buys.
    const marked = /^(.*?)\s*\(aanbesteder\)/i.exec(principal);
    if (marked) principal = marked[1]!.trim();
    principal = principal.replace(/\s*\((?!NH|L\b)[^)]*\)\s*$/i, '').trim() || principal;

    const segments = joinNameParts(principal.split(/\s*[,|/]\s*|\s+-\s+/).filter(Boolean));
    const head = segments[0]!;
    const departments = segments.slice(1);

    // Which gemeenten does the text name? Every segment that says "gemeente X", and the bare names listed after one.
    const named = new Map<string, GazetteerEntry>();
    let sawGemeenteWord = false;
    for (const [i, segment] of segments.entries()) {
      const stripped = segment.replace(DEPARTMENT_BEFORE_GEMEENTE, '');
      const after = afterGemeente(stripped);
      if (after !== null) {
        sawGemeenteWord = true;
        const list = this.gemeenteList(after);
        const one = list.length ? list : this.gemeenteWithDepartment(after);
        if (!one.length) {
          const candidates = this.gemeentenNamed(after).map((e) => e.id);
          return unresolved(
            candidates.length > 1 ? 'AMBIGUOUS_GEMEENTE' : 'UNKNOWN_GEMEENTE',
            candidates.length > 1 ? `"${after}" is the name of ${candidates.length} gemeenten` : `"${after}" is no gemeente of the CBS reference data (2015–2024), nor a known spelling of one`,
            candidates,
          );
        }
        for (const e of one) named.set(e.cbsCode!, e);
      } else if (i > 0 && sawGemeenteWord) {
        for (const e of this.gemeenteList(segment)) named.set(e.cbsCode!, e);
      }
    }
    if (named.size > 1) {
      const list = [...named.values()];
      const names = list.map((e) => e.name).join(', ');
      if (agent) return this.organisation(agent, written, `bought by ${agent} for the gemeenten ${names}`);
      return unresolved('SEVERAL_GEMEENTEN', `names several gemeenten (${names}): one engagement for several clients is for a curator`, list.map((e) => e.id));
    }
    if (named.size === 1) {
      const e = [...named.values()][0]!;
      const stripped = [agent ? `bought by ${agent}` : null, departments.length ? `department "${departments.join(', ')}" left out` : null].filter(Boolean).join('; ');
      return this.gemeente(e, written, publicationDate, stripped ? 0.95 : 1, stripped);
    }

    // A bare gemeente name ("Apeldoorn"), unless a province has it too.
    const bare = this.gemeentenNamed(head);
    if (bare.length === 1 && !PROVINCE_NAMES.has(nameKey(head)) && !agent) {
      return this.gemeente(bare[0]!, written, publicationDate, 0.9, 'the name is exactly a gemeente\'s name');
    }
    // A region or organisation the graph knows by name or alias.
    for (const candidate of [principal, head]) {
      const known = this.others.get(nameKey(candidate));
      if (known) {
        return {
          status: 'RESOLVED',
          name: known.name,
          type: known.type as BuyerType,
          kind: known.type === 'REGION' ? (known.kind === 'VEILIGHEIDSREGIO' ? 'veiligheidsregio' : 'samenwerkingsverband') : ((known.kind as BuyerKind | undefined) ?? 'stichting'),
          id: known.id,
          cbsCode: null,
          known: true,
          confidence: 1,
          evidence: `"${candidate}" is the name or an alias of ${known.id} in the graph`,
        };
      }
    }
    return this.organisation(head, written, departments.length ? `department "${departments.join(', ')}" left out` : '', principal);
  }

  /** "Apeldoorn team inkoop" → Apeldoorn: the longest run of words that is a gemeente, the rest department words. */
  private gemeenteWithDepartment(text: string): GazetteerEntry[] {
    const exact = this.gemeentenNamed(text);
    if (exact.length) return exact.length === 1 ? exact : [];
    const words = text.split(' ');
    for (let n = words.length - 1; n >= 1; n--) {
      const rest = words.slice(n).join(' ');
      if (!DEPARTMENT_WORDS.test(rest)) continue;
      const found = this.gemeentenNamed(words.slice(0, n).join(' '));
      if (found.length === 1) return found;
    }
    return [];
  }

  private gemeente(e: GazetteerEntry, written: string, publicationDate: string | null, confidence: number, how: string): ResolvedBuyer {
    const year = publicationDate ? Number(publicationDate.slice(0, 4)) : null;
    let dissolved = '';
    if (e.dissolvedYear) {
      const successors = (this.successors.get(e.cbsCode!) ?? []).map((c) => this.byCode.get(c)?.name).filter(Boolean);
      const into = successors.length ? ` into ${successors.join(', ')}` : '';
      // TenderNed keeps a buyer profile's name after a herindeling: the notice still names the old gemeente.
      const late = year !== null && year >= e.dissolvedYear ? `; published in ${year}, after it was dissolved — TenderNed keeps the name of the buyer's profile` : '';
      dissolved = `; dissolved in ${e.dissolvedYear}${into}, the award stays with it (its successor's filters include it through the herindeling)${late}`;
      if (late) confidence = Math.min(confidence, 0.8);
    }
    return {
      status: 'RESOLVED',
      name: e.name,
      type: 'MUNICIPALITY',
      kind: 'gemeente',
      id: e.id,
      cbsCode: e.cbsCode!,
      known: true,
      confidence,
      evidence: `gemeente ${e.name} (${e.cbsCode})${how ? `: ${how}` : ''}${dissolved}`,
    };
  }

  private organisation(name: string, written: string, how: string, whole: string = written): BuyerResolution {
    const form = ORGANIZATION_FORMS.find((f) => f.pattern.test(whole) || f.pattern.test(written));
    if (!form) {
      return {
        status: 'UNRESOLVED',
        name: written,
        type: null,
        id: null,
        cbsCode: null,
        confidence: 0,
        reason: 'UNKNOWN_ORGANIZATION',
        evidence: `"${name}" is no gemeente, and neither the graph nor the known organisation forms (ministerie, provincie, GGD, inkoopsamenwerking, sociale dienst …) say what it is`,
        candidates: [],
      };
    }
    const type = form.type;
    return {
      status: 'RESOLVED',
      name,
      type,
      kind: form.kind,
      id: entityIdFor(type, name),
      cbsCode: null,
      known: false,
      confidence: 0.9,
      evidence: `${form.kind} by its name${how ? `; ${how}` : ''}`,
    };
  }
}
