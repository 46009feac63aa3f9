/**
 * Is a tender about the sociaal domein, and about which themes? The thesaurus (seed/themes.json)
 * decides, as in article intake: a theme's name or alias in the title or description, as whole
 * words, a hyphenated part ("Wmo-begeleiding") or the start of a compound ("jeugdhulpaanbieders").
 * CPV codes help where the format has them: 853 (social work) and 753 (social security) are
 * evidence; 85 otherwise (health), 80 (training) and 79411000 (management consultancy) are not
 * enough on their own.
 *
 * Not every theme of the thesaurus says "sociaal domein": ways of working (organisatieontwikkeling,
 * dienstverlening, sturing and monitoring, inkoop — "aanbesteding" is in every notice —,
 * samenwerking, communicatie, onderwijs in general) are added to an engagement's themes only when a
 * field of the domain (Wmo, jeugdzorg, participatie, bestaanszekerheid …) is named too. Intake's
 * weak words ("werk", "ondersteuning", "toegang" …) count only in the title, two fields together. A title
 * about species management, ecology, spatial planning or technology ("Soortenmanagementplan",
 * "robot") is not sociaal domein unless the title itself names a field. Pure.
 */
import { foldText } from '../../domain/vocabulary.js';
import { WEAK_THEME_WORDS } from '../../ingest/dutchWords.js';
import { splitSentences } from '../../ingest/splitSentences.js';

export interface ThemeEntry {
  id: string;
  name: string;
  aliases: readonly string[];
  broader: readonly string[];
}

export interface ThemeEvidence {
  themeId: string;
  /** The words as the text writes them, or the CPV code. */
  text: string;
  where: 'title' | 'description' | 'cpv';
  /** The sentence it stands in (a quote for the engagement's ABOUT), or the title. */
  sentence: string;
  weak: boolean;
}

export interface SociaalDomeinClassification {
  sociaalDomein: boolean;
  /** Theme ids, most specific first; empty when not sociaal domein. */
  themes: string[];
  reason: string;
  evidence: ThemeEvidence[];
}

/**
 * Words that also mean something else in a notice: intake's weak theme words plus "welzijn"
 * (dierenwelzijn, "welzijn van vissen"), "maatwerk" (custom work), "transities" (energy) and "3D".
 */
const WEAK_WORDS = new Set([...WEAK_THEME_WORDS, 'welzijn', 'maatwerk', 'transities', '3d']);

/** The domain itself: too general to be what an engagement is about when a field is named. */
const DOMAIN_THEME = 'sociaalDomein';

/** Roots of the thesaurus branches that are ways of working, not fields of the domain. */
const WAYS_OF_WORKING = ['organisatieontwikkeling', 'dienstverlening', 'sturing', 'samenwerking', 'integraleAanpak', 'inwonersparticipatie', 'preventie', 'transformatie', 'onderwijs'];
/** …except these fields under them. */
const FIELDS_UNDER_WAYS = new Set(['passendOnderwijs']);

/**
 * Words the thesaurus has no alias for but that name one of its themes in notices (bijstand is
 * Participatiewet, statushouders are the domain's inburgering). Data: add a line when a notice
 * uses another; keep each word specific to the domain.
 */
const EXTRA_CUES: Record<string, string> = {
  bijstand: 'participatiewet',
  bijstandsgerechtigden: 'participatiewet',
  bbz: 'participatiewet',
  ioaz: 'participatiewet',
  uitkering: 'bestaanszekerheid',
  uitkeringen: 'bestaanszekerheid',
  'sociale zekerheid': 'bestaanszekerheid',
  'sociale zekerheidsstelsel': 'bestaanszekerheid',
  toeslagen: 'bestaanszekerheid',
  werkloosheid: 'participatie',
  werkzoekenden: 'participatie',
  'naar werk': 'participatie',
  'ander werk': 'participatie',
  startbanen: 'participatie',
  arbeidsmarktpositie: 'participatie',
  mobiliteitsteams: 'participatie',
  'sociaal werk': 'ondersteuning',
  welzijn: 'ondersteuning',
  welzijnswerk: 'ondersteuning',
  mantelzorg: 'ondersteuning',
  mantelzorgers: 'ondersteuning',
  'maatschappelijke opvang': 'ondersteuning',
  'beschermd wonen': 'ondersteuning',
  'maatschappelijke ondersteuning': 'ondersteuning',
  steunpunten: 'ondersteuning',
  'huiselijk geweld': 'ondersteuning',
  dakloosheid: 'ondersteuning',
  jeugdbescherming: 'jeugdzorg',
  'zorg en veiligheid': 'ondersteuning',
  inburgering: DOMAIN_THEME,
  statushouders: DOMAIN_THEME,
  'sociaal perspectief': DOMAIN_THEME,
  sociaalperspectiefstudie: DOMAIN_THEME,
  'mensen met een beperking': 'ondersteuning',
};

/** Title words of subjects outside the domain: such a title needs a field named in the title itself. */
const OTHER_SUBJECTS =
  /soorten\s?management|\bsmp\b|ecolog|flora|fauna|natuur|biodiversiteit|omgevingsplan|ruimtelijk|bestemmingsplan|verkeer|mobiliteitsplan|asfalt|water|bodem|asbest|stikstof|geotechn|kademuur|bruggen|viaduct|robot|satelliet|software|\bict\b|energie|warmte|klimaat|duurzaam|vastgoed|detailhandel|haven|toerisme|groen|bomen|maaien|afval|circula|munitie|oorlogsresten|luchtvaart|medisch|geneesmiddel|kanker|huisarts/i;

/** CPV: social work (853) and compulsory social security (753) are evidence; the rest is not enough alone. */
function cpvEvidence(code: string): { themeId: string; label: string } | null {
  if (code.startsWith('853')) return { themeId: 'ondersteuning', label: 'social work and related services' };
  if (code.startsWith('753')) return { themeId: 'bestaanszekerheid', label: 'compulsory social security services' };
  return null;
}

/**
 * Ministries whose names contain a field ("Volksgezondheid, Welzijn en Sport") name the buyer, not
 * the subject: every notice of theirs would otherwise be about welzijn.
 */
const MINISTRY_NAMES = /(ministerie van\s+)?(volksgezondheid, welzijn en sport|sociale zaken en werkgelegenheid)/gi;
const withoutMinistryNames = (text: string) => text.replace(MINISTRY_NAMES, (m) => ' '.repeat(m.length));

interface Phrase {
  themeId: string;
  /** Folded words. */
  words: string[];
  weak: boolean;
}

/** The shortest theme word that may head a compound: "jeugdhulp" in "jeugdhulpaanbieders", not "werk" in "werkzaamheden". */
const MIN_COMPOUND_HEAD = 8;

const wordsOf = (text: string) => foldText(text).match(/[a-z0-9]+/g) ?? [];

export class SociaalDomeinClassifier {
  private readonly phrases: Phrase[] = [];
  /** Phrases by their first word, longest first. */
  private readonly byFirstWord = new Map<string, Phrase[]>();
  /** One-word names that may head a compound or be part of a hyphenated word (never weak ones). */
  private readonly singleWords = new Map<string, Phrase>();
  private readonly fieldThemes = new Set<string>();
  private readonly order: Map<string, number>;

  constructor(themes: readonly ThemeEntry[]) {
    const byId = new Map(themes.map((t) => [t.id, t]));
    const under = (id: string, root: string, seen = new Set<string>()): boolean => {
      if (id === root) return true;
      if (seen.has(id)) return false;
      seen.add(id);
      return (byId.get(id)?.broader ?? []).some((b) => under(b, root, seen));
    };
    // Depth in the thesaurus: the most specific theme is listed first.
    const depth = (id: string, seen = new Set<string>()): number => (seen.has(id) ? 0 : 1 + Math.max(0, ...(byId.get(id)?.broader ?? []).map((b) => depth(b, new Set([...seen, id])))));
    this.order = new Map(themes.map((t) => [t.id, -depth(t.id)]));
    for (const t of themes) {
      const wayOfWorking = WAYS_OF_WORKING.some((root) => under(t.id, root)) && !FIELDS_UNDER_WAYS.has(t.id);
      if (!wayOfWorking) this.fieldThemes.add(t.id);
      for (const alias of [t.name, ...t.aliases]) {
        const words = wordsOf(alias);
        if (words.length && words.join('').length >= 3) this.phrases.push({ themeId: t.id, words, weak: WEAK_WORDS.has(foldText(alias)) });
      }
    }
    for (const [cue, themeId] of Object.entries(EXTRA_CUES)) if (byId.has(themeId)) this.phrases.push({ themeId, words: wordsOf(cue), weak: WEAK_WORDS.has(cue) });
    // Longest phrases first, so "maatschappelijke ondersteuning" wins over "ondersteuning".
    this.phrases.sort((a, b) => b.words.length - a.words.length);
    for (const p of this.phrases) {
      this.byFirstWord.set(p.words[0]!, [...(this.byFirstWord.get(p.words[0]!) ?? []), p]);
      if (p.words.length === 1 && !p.weak && !this.singleWords.has(p.words[0]!)) this.singleWords.set(p.words[0]!, p);
    }
  }

  private find(text: string, where: 'title' | 'description'): ThemeEvidence[] {
    const found: ThemeEvidence[] = [];
    for (const sentence of where === 'title' ? [text] : splitSentences(text)) {
      const tokens = [...withoutMinistryNames(sentence).matchAll(/[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu)].map((m) => m[0]);
      const folded = tokens.map((t) => foldText(t));
      for (let i = 0; i < folded.length; i++) {
        const word = folded[i]!;
        // Whole words, longest phrase first.
        const whole = (this.byFirstWord.get(word) ?? []).find((p) => p.words.every((w, k) => folded[i + k] === w));
        if (whole) {
          found.push({ themeId: whole.themeId, text: tokens.slice(i, i + whole.words.length).join(' '), where, sentence, weak: whole.weak });
          i += whole.words.length - 1;
          continue;
        }
        // A hyphenated part ("wmo-begeleiding") or the start of a compound ("jeugdhulpaanbieders").
        const parts = word.includes('-') ? word.split('-') : [];
        const prefixes = Array.from({ length: Math.max(0, word.length - MIN_COMPOUND_HEAD) }, (_, k) => word.slice(0, word.length - 1 - k));
        for (const candidate of [...parts, ...prefixes]) {
          const hit = this.singleWords.get(candidate);
          if (!hit || (!parts.includes(candidate) && candidate.length < MIN_COMPOUND_HEAD)) continue;
          found.push({ themeId: hit.themeId, text: tokens[i]!, where, sentence, weak: hit.weak });
          break;
        }
      }
    }
    return found;
  }

  classify(record: { title: string; description: string; cpvCodes: readonly string[] }): SociaalDomeinClassification {
    const evidence = [...this.find(record.title, 'title'), ...this.find(record.description, 'description')];
    for (const code of record.cpvCodes) {
      const c = cpvEvidence(code);
      if (c) evidence.push({ themeId: c.themeId, text: code, where: 'cpv', sentence: record.title, weak: false });
    }
    const fields = evidence.filter((e) => this.fieldThemes.has(e.themeId));
    const strong = fields.filter((e) => !e.weak);
    // General words count only in the title, and only two fields together ("werk en inkomen").
    const weakFields = new Set(fields.filter((e) => e.weak && e.where === 'title').map((e) => e.themeId));
    const describe = (e: ThemeEvidence) => (e.where === 'cpv' ? `CPV ${e.text}` : `"${e.text}" in the ${e.where} (theme ${e.themeId})`);

    const otherSubject = OTHER_SUBJECTS.exec(record.title);
    if (otherSubject && !strong.some((e) => e.where === 'title' || e.where === 'cpv')) {
      return { sociaalDomein: false, themes: [], reason: `the title is about "${otherSubject[0]}", not a field of the sociaal domein`, evidence };
    }
    if (!strong.length && weakFields.size < 2) {
      const weakNote = fields.length ? `; only the general word${fields.length > 1 ? 's' : ''} ${fields.map((e) => `"${e.text}"`).join(', ')}` : '';
      return { sociaalDomein: false, themes: [], reason: `no field of the sociaal domein named in title or description${weakNote}`, evidence };
    }
    const themeIds = new Set([...fields.map((e) => e.themeId), ...evidence.filter((e) => !e.weak && !this.fieldThemes.has(e.themeId) && e.themeId !== 'inkoop').map((e) => e.themeId)]);
    if (themeIds.size > 1) themeIds.delete(DOMAIN_THEME);
    const themes = [...themeIds].sort((a, b) => (this.order.get(a) ?? 0) - (this.order.get(b) ?? 0) || a.localeCompare(b));
    const shown = (strong.length ? strong : fields).slice(0, 3).map(describe).join('; ');
    return { sociaalDomein: true, themes, reason: `sociaal domein: ${shown}`, evidence };
  }
}
