/**
 * Dutch words and name shapes that intake's rules use: job titles, tussenvoegsels, bureau and
 * organisation words, and the cues of a client story. Data, not logic; built for client stories in
 * general, not for the wording of any one article.
 */

/** Words a Dutch surname may start with (Nathalie de Man, Hans van der Vaart). */
export const TUSSENVOEGSELS = ['van', 'de', 'der', 'den', 'het', 'ter', 'ten', 'te', "'t", '’t', 'in', 'op', 'von', 'du', 'da', 'la', 'le'];

const UP = '\\p{Lu}';
/** A capitalised word: "Kern", "JSO", "Jan-Willem", "O’Neill", "Fryslân". */
export const CAP_WORD = `${UP}[\\p{L}\\p{M}'’.-]*[\\p{L}\\p{M}]|${UP}`;
const TV = `(?:${TUSSENVOEGSELS.map((t) => t.replace("'", "['’]")).join('|')})`;
/** A person's full name: one or two capitalised given names, tussenvoegsels, a capitalised surname. */
export const PERSON_NAME = `(?:${CAP_WORD})(?:\\s+(?:${CAP_WORD}))?(?:\\s+${TV})*\\s+(?:${CAP_WORD})`;
/** An organisation's name: capitalised words, joined by &, "en", "to", "voor", "van de" … */
export const ORG_NAME = `(?:${CAP_WORD})(?:(?:\\s+(?:&|en|to|voor|van|de|der|den|het|op|aan|in|and|of|for))*\\s+(?:${CAP_WORD}))*`;

/**
 * Heads of job titles. A title is these words, possibly compounded (seniorbeleidsadviseur) or
 * extended ("wethouder Sociaal Domein", "Manager Informatie & Kwaliteit").
 */
const TITLE_HEADS = [
  'adviseur', 'consultant', 'partner', 'trainer', 'coach', 'onderzoeker', 'procesbegeleider', 'begeleider', 'specialist', 'expert', 'eigenaar', 'oprichter',
  'beleidsmedewerker', 'medewerker', 'manager', 'directeur', 'wethouder', 'burgemeester', 'gedeputeerde', 'kwartiermaker', 'teamleider', 'leider',
  'afdelingshoofd', 'hoofd', 'coördinator', 'coordinator', 'regisseur', 'bestuurder', 'voorzitter', 'secretaris', 'consulent', 'casemanager',
  'ambtenaar', 'raadslid', 'opdrachtgever', 'programmamanager', 'projectleider', 'ondernemer', 'sociaal werker', 'werker', 'inkoper', 'ontwikkelaar',
  'leidinggevende', 'kwaliteitsmedewerker', 'interim-manager', 'controller', 'jurist', 'strateeg', 'projectmanager',
];
/** Titles of people who work for a bureau (when the text does not say where). */
const CONSULTANT_HEADS = ['adviseur', 'consultant', 'partner', 'trainer', 'coach', 'onderzoeker', 'procesbegeleider', 'begeleider', 'expert', 'oprichter', 'eigenaar'];
/** Titles that are a gemeente's or client's, even with "adviseur" in them. */
const CLIENT_TITLE = /^(beleids|wethouder|burgemeester|gedeputeerde|raadslid|ambtenaar|gemeentesecretaris|teamleider|afdelings|kwartiermaker|wijk|jeugd|klant|casemanager|consulent|sociaal werker)/i;

const head = (word: string) => word.toLowerCase().replace(/[^\p{L}-]/gu, '');

/** Whether a word is (or ends in) a job title head: "beleidsadviseur", "Manager", "kwartiermaker". */
export function isTitleWord(word: string): boolean {
  const w = head(word);
  return w.length >= 4 && TITLE_HEADS.some((h) => w === h || (w.endsWith(h) && w.length - h.length >= 3));
}

/** Whether a title names someone who works for a bureau (adviseur, consultant, trainer …). */
export function isConsultantTitle(title: string): boolean {
  const words = title.trim().split(/\s+/);
  if (CLIENT_TITLE.test(title.trim())) return false;
  return words.some((w) => {
    const h = head(w);
    return CONSULTANT_HEADS.some((c) => h === c || (h.endsWith(c) && !/^beleids/.test(h)));
  });
}

/** Words that start a title but are not its head ("senior adviseur", "strategisch adviseur"). */
export const TITLE_MODIFIERS = /^(senior|junior|strategisch|strategische|zelfstandig|zelfstandige|interim|hoofd|algemeen|plaatsvervangend|eerste|lead|principal|programma|project)$/i;

/**
 * Bureaus that work in the sociaal domein and that Frog often misses or mistypes (as a place, or
 * not at all): one-word names, and names that are also ordinary words.
 */
export const KNOWN_BUREAUS = [
  'Regioplan', 'Cebeon', 'Movisie', 'Berenschot', 'Andersson Elffers Felix', 'AEF', 'KPMG', 'PwC', 'Deloitte', 'BDO', 'EY', 'Twynstra Gudde', 'Ecorys',
  'Significant', 'Stimulansz', 'Verwey-Jonker Instituut', 'Nederlands Jeugdinstituut', 'NJi', 'Vilans', 'BMC', 'HHM', 'Lysias', 'Kwink', 'Rebel', 'Public Result',
  'Radar Advies', 'Sardes', 'Oberon', 'Pantar', 'Vizyon', 'Synarchis', 'Bureau Bartels', 'Seinstra Van de Laar', 'Van Naem', 'Kinnovatie', 'Zorgmarktadvies',
  'Sinzer', 'I&O Research', 'Ipsos I&O', 'Ipsos',
];

/** Organisation names by their form: "Sociale Dienst X", "Stichting X", "GGD X", "Wijkteam X". */
export const ORG_HEADS = [
  'Sociale Dienst', 'Intergemeentelijke Sociale Dienst', 'ISD', 'GGD', 'Stichting', 'Werkbedrijf', 'Werkplein', 'Sociaal Werkbedrijf', 'Wijkteam',
  'Sociaal Team', 'Sociaal Wijkteam', 'Sociaal Kernteam', 'Jeugdteam', 'Zorg- en Veiligheidshuis', 'Veiligheidshuis', 'MEE', 'Welzijn', 'Omgevingsdienst',
  'Gemeenschappelijke Regeling', 'Stadspartij', 'Jeugdbescherming', 'Veilig Thuis', 'Centrum voor Jeugd en Gezin', 'CJG', 'Samenwerkingsverband',
];
/** Organisations whose name ends in a form word: "Stadspartij Den Helder" no, "Welzijn Ouderen Zwolle" no — "Zorggroep X", "X Welzijn". */
export const ORG_TAIL_WORDS = /^(Welzijn|Werkt|Werkbedrijf|Zorg|Zorggroep|Jeugdzorg|Groep|Partners|Wonen|Woonzorg|Thuiszorg|Partij|Stichting|Coöperatie|Vereniging)$/;

/** Organisations that are no client (a party, an association, a ministry): never `FOR`. */
export const NOT_A_CLIENT = /(partij|vereniging|divosa|\bvng\b|ministerie|rijksoverheid|tweede kamer|kenniscentrum|kennisinstituut|universiteit|hogeschool|congres|platform)/i;

/** Verbs and phrases around a client in a client story. */
export const CLIENT_CUES = /\b(voor|bij|samen met|namens|in opdracht van|opdrachtgever|klant|vroeg|vroegen|zocht|zochten|schakelde|schakelden|koos|kozen|huurde|benaderde|benaderden|helpen|hielpen|helpt|begeleiden|begeleidden|begeleidt|ondersteunen|ondersteunden|ondersteunt|adviseren|adviseerden|adviseert|werkten|werken|aan de slag)\b/i;

/** Words that make a sentence about the engagement itself. */
export const ENGAGEMENT_CUES = /\b(traject|trajecten|opdracht|project|programma|begeleiding|begeleid|begeleidt|begeleidde|begeleidden|advies|adviseerde|adviseert|ondersteuning|samenwerking|samengewerkt|samen te werken|aan de slag|helpen|hielp|hielpen|dankzij|geholpen|in de arm genomen|ingeschakeld|gevraagd|de vraag)\b/i;

/** A sentence that only gives a contact (who to call), not who did the work. */
export const CONTACT_SENTENCE = /\b(contact op met|neem contact|meer weten|meer informatie|contactpersoon|bel met|mail naar|e-mail|telefoon)\b|^(contact|e|t|tel|mail)\s*[:.]/i;

/** Theme aliases that are ordinary words: a theme on these alone is weak evidence. */
export const WEAK_THEME_WORDS = new Set(['werk', 'inkomen', 'training', 'trainingen', 'opleiding', 'loket', 'voordeur', 'monitor', 'monitoren', 'sturing', 'verantwoording', 'campagnes', 'samenwerken', 'competenties', 'toegang', 'communicatie', 'ondersteuning', 'onderwijs', 'participatie', 'transitie', 'vernieuwing', 'arbeidsmarkt']);

/** Themes too general to be what a story is about: the whole domain. */
export const GENERIC_THEMES = new Set(['sociaal domein']);

/** Theme names that nearly every client story uses in passing: a theme only when repeated. */
export const COMMON_THEME_WORDS = new Set(['samenwerking', 'samenwerken', 'dienstverlening']);
