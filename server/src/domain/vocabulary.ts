/**
 * The vocabulary of the graph, in one place: the kinds of entity and relationship, roles, client
 * types, source kinds, engagement statuses, the Neo4j label of each entity type, and the rules for
 * ids, partial dates, quotes and folded text. The seed schema, the relation rules, the loader, the
 * curation mutations, the resolvers, the Cypher that needs a list ($parameters) and the ingest
 * tools all take them from here, so a new type or role is added once.
 *
 * The lists that are GraphQL enums as well are checked against the generated enum types at the
 * GraphQL edge (graphql/domainContract.ts, both ways) and against schema.graphql by
 * vocabulary.test.ts: the contract and the code cannot drift apart. Pure: no I/O, and no imports
 * from graphql/ or db/ (ESLint enforces it).
 */

// ---------------------------------------------------------------------------------------------
// Lists

export const ENTITY_TYPES = ['MUNICIPALITY', 'REGION', 'ORGANIZATION', 'CONSULTANCY', 'PERSON', 'THEME', 'ENGAGEMENT'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

export const RELATION_TYPES = [
  'FOR',
  'BY',
  'WORKED_ON',
  'ABOUT',
  'WORKS_AT',
  'MEMBER_OF',
  'PART_OF',
  'FOLLOWS',
  'FACES',
  'BROADER',
  'RELATED_TO',
  'SUCCEEDED_BY',
] as const;
export type RelationType = (typeof RELATION_TYPES)[number];

/** A person's role on an engagement (`WORKED_ON.role`). */
export const PARTICIPATION_ROLES = ['CONSULTANT', 'CLIENT_CONTACT', 'OTHER'] as const;
export type ParticipationRole = (typeof PARTICIPATION_ROLES)[number];

/** The entity types that can be a client of an engagement: they stand for gemeenten (schema.graphql's `ClientType`). */
export const CLIENT_TYPES = ['MUNICIPALITY', 'REGION', 'ORGANIZATION'] as const satisfies readonly EntityType[];
export type ClientType = (typeof CLIENT_TYPES)[number];

export const SOURCE_KINDS = ['CLIENT_STORY', 'INTERVIEW', 'ARTICLE', 'REGISTER'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

export const ENGAGEMENT_STATUSES = ['COMPLETED', 'ONGOING', 'PLANNED', 'UNKNOWN'] as const;
export type EngagementStatus = (typeof ENGAGEMENT_STATUSES)[number];

/**
 * What a region is (`Region.kind`): a samenwerkingsverband of gemeenten (curated, seed/gemeenten.json),
 * or a CBS area that every gemeente lies in (from the reference data): a COROP region or a
 * veiligheidsregio. A region without a kind is a samenwerkingsverband.
 */
export const REGION_KINDS = ['SAMENWERKINGSVERBAND', 'COROP', 'VEILIGHEIDSREGIO'] as const;
export type RegionKind = (typeof REGION_KINDS)[number];
export const DEFAULT_REGION_KIND: RegionKind = 'SAMENWERKINGSVERBAND';

/** Article intake: what a proposal would add, where its review stands, and the rules that make one. */
export const PROPOSAL_KINDS = ['ENTITY', 'RELATION'] as const;
export type ProposalKind = (typeof PROPOSAL_KINDS)[number];
export const PROPOSAL_STATUSES = ['PENDING', 'ACCEPTED', 'EDITED', 'REJECTED'] as const;
export type ProposalStatus = (typeof PROPOSAL_STATUSES)[number];
export const INTAKE_RULES = [
  'FROG_NER',
  'GRAPH_NAME',
  'THEME_LEMMA',
  'MUNICIPALITY_PATTERN',
  'REGION_PATTERN',
  'CONSULTANCY_PATTERN',
  'KNOWN_BUREAU',
  'PUBLISHER',
  'JOB_TITLE',
  'AFFILIATION',
  'ON_BEHALF_OF',
  'ORGANIZATION_PATTERN',
  'NAME_REFERENCE',
  'ENGAGEMENT_FRAME',
  'PARTICIPATION',
  'NAME_CONTAINS_PLACE',
] as const;
export type IntakeRule = (typeof INTAKE_RULES)[number];

/**
 * The Neo4j label of each entity type: the allow-list for labels in Cypher. These are also the
 * GraphQL object type names, so `__resolveType` uses them as they are.
 */
export const ENTITY_LABELS = {
  MUNICIPALITY: 'Municipality',
  REGION: 'Region',
  ORGANIZATION: 'Organization',
  CONSULTANCY: 'Consultancy',
  PERSON: 'Person',
  THEME: 'Theme',
  ENGAGEMENT: 'Engagement',
} as const satisfies Record<EntityType, string>;

/** Type guards: values read from the database or from files are `unknown` until checked. */
const isOneOf =
  <T extends string>(list: readonly T[]) =>
  (value: unknown): value is T =>
    typeof value === 'string' && (list as readonly string[]).includes(value);

export const isRelationType = isOneOf(RELATION_TYPES);
export const isParticipationRole = isOneOf(PARTICIPATION_ROLES);
export const isClientType = isOneOf(CLIENT_TYPES);
export const isEngagementStatus = isOneOf(ENGAGEMENT_STATUSES);
export const isRegionKind = isOneOf(REGION_KINDS);

// ---------------------------------------------------------------------------------------------
// Ids

/** Stable ids: lower-case slugs (`gemeente-den-helder`) or camelCase thesaurus ids (`eigenKracht`), 2 to 120 characters. */
export const ID_PATTERN = /^[A-Za-z][A-Za-z0-9-]{1,119}$/;
export const ID_RULE = 'a slug of letters, digits and hyphens that starts with a letter, 2 to 120 characters';

export const isId = (text: string): boolean => ID_PATTERN.test(text);

/** The prefix of a generated id per type; themes get camelCase ids from the curator instead. */
const ID_PREFIXES: Record<EntityType, string> = {
  MUNICIPALITY: 'gemeente',
  REGION: 'regio',
  ORGANIZATION: 'org',
  CONSULTANCY: 'consultancy',
  PERSON: 'person',
  THEME: 'theme',
  ENGAGEMENT: 'eng',
};

// ---------------------------------------------------------------------------------------------
// Partial dates

/** A date as far as a source states it: `2016`, `2016-12` or `2016-12-01`. */
export const PARTIAL_DATE_PATTERN = /^\d{4}(-\d{2}(-\d{2})?)?$/;
export const PARTIAL_DATE_RULE = 'a year, year-month or ISO date, e.g. "2016", "2016-12" or "2016-12-01"';

export const isPartialDate = (text: string): boolean => PARTIAL_DATE_PATTERN.test(text);

/** The year of a partial date (what filters and charts use). */
export const yearOf = (partialDate: string): number => Number(partialDate.slice(0, 4));

// ---------------------------------------------------------------------------------------------
// Quotes

/** A quote is one sentence at most, verbatim: short and without line breaks. */
const QUOTE_MIN_LENGTH = 3;
export const QUOTE_MAX_LENGTH = 400;
const QUOTE_RULE = `a quote is the sentence of the source that supports the fact, verbatim: at least ${QUOTE_MIN_LENGTH} and at most ${QUOTE_MAX_LENGTH} characters, without line breaks`;

/** Why a (trimmed) quote is not acceptable, or null when it is. */
export function quoteProblem(quote: string): string | null {
  if (quote.length === 0) return `a quote is required: ${QUOTE_RULE}`;
  if (quote.length < QUOTE_MIN_LENGTH) return `"${quote}" is too short: ${QUOTE_RULE}`;
  if (quote.length > QUOTE_MAX_LENGTH) return `a quote is at most one sentence (${QUOTE_MAX_LENGTH} characters)`;
  if (/[\r\n]/.test(quote)) return 'a quote must not contain line breaks';
  return null;
}

// ---------------------------------------------------------------------------------------------
// Web addresses (Source.url, website)

const URL_MAX_LENGTH = 2000;
const URL_RULE = 'a full web address starting with http:// or https://, e.g. "https://www.example.nl/artikel"';

/**
 * Why a (trimmed) web address is not acceptable, or null when it is: only absolute http(s) URLs
 * with a host, so a stored address can never run script (`javascript:`, `data:`) where it is linked.
 */
export function urlProblem(url: string): string | null {
  if (url.length > URL_MAX_LENGTH) return `a web address is at most ${URL_MAX_LENGTH} characters`;
  if (/[\s\p{Cc}]/u.test(url)) return `"${url.slice(0, 80)}" is not a web address (it contains spaces or control characters); send ${URL_RULE}`;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return `"${url.slice(0, 80)}" is not a web address; send ${URL_RULE}`;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return `"${parsed.protocol}" addresses are not accepted; send ${URL_RULE}`;
  if (!parsed.hostname) return `"${url.slice(0, 80)}" has no host; send ${URL_RULE}`;
  return null;
}

// ---------------------------------------------------------------------------------------------
// Folded text and slugs

/** Lower case without diacritics: what the full-text analyzer (`standard-folding`) does to indexed text. */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();
}

/** Stable id slugs: "Sociale Dienst Drechtsteden" → "sociale-dienst-drechtsteden"; "Creëren" → "creeren". */
export function slugify(text: string): string {
  return foldText(text)
    .replace(/&/g, ' en ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 100);
}

/** The id a new entity gets when none is given: type prefix + slug, without repeating "gemeente" or "regio". */
export function entityIdFor(type: EntityType, name: string): string {
  const slug = slugify(name).replace(/^(gemeente|regio)-/, '');
  return `${ID_PREFIXES[type]}-${slug}`;
}

/**
 * The id of a gemeente whose name gives the same slug as another gemeente's (another CBS code):
 * the slug with the code, `gemeente-<slug>-gm0241`. The gemeente that had the slug first keeps it.
 */
export function municipalityIdWithCode(name: string, cbsCode: string): string {
  return `${entityIdFor('MUNICIPALITY', name)}-${cbsCode.toLowerCase()}`;
}

/** The id of a CBS region from the reference data: `regio-corop-<slug>`, `regio-vr-<slug>`. */
export function referenceRegionIdFor(kind: Exclude<RegionKind, 'SAMENWERKINGSVERBAND'>, name: string): string {
  return `regio-${kind === 'COROP' ? 'corop' : 'vr'}-${slugify(name)}`;
}
