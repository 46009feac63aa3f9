/**
 * The shape of the curated seed files in `seed/` (reviewed data, not code).
 *
 * Every fact carries provenance: the id of a source and a verbatim quote (at most one sentence).
 * `validateSeed` (validateSeed.ts) checks these schemas per file, then the cross-file rules
 * (unique ids, no dangling references, known themes, relationship endpoint types). The lists and
 * rules (types, roles, ids, dates, quotes) come from domain/vocabulary.ts; only their zod form is here.
 */
import { z } from 'zod';
import {
  ENGAGEMENT_STATUSES,
  ENTITY_TYPES,
  ID_PATTERN,
  ID_RULE,
  PARTICIPATION_ROLES,
  PARTIAL_DATE_PATTERN,
  PARTIAL_DATE_RULE,
  REGION_KINDS,
  RELATION_TYPES,
  SOURCE_KINDS,
  quoteProblem,
  urlProblem,
} from '../domain/vocabulary.js';

/** Stable ids: lower-case slugs (`gemeente-den-helder`) or camelCase thesaurus ids (`eigenKracht`). */
export const idSchema = z.string().regex(ID_PATTERN, `must be ${ID_RULE}`);

/** A quote is one sentence at most: short, no line breaks (the rules are in vocabulary.ts). */
const quoteSchema = z
  .string()
  .trim()
  .superRefine((quote, ctx) => {
    const problem = quoteProblem(quote);
    if (problem) ctx.addIssue({ code: z.ZodIssueCode.custom, message: problem });
  });

/** A web address (a source's url, an organisation's website): http(s) only (vocabulary.ts). */
export const webAddressSchema = z
  .string()
  .trim()
  .superRefine((url, ctx) => {
    const problem = urlProblem(url);
    if (problem) ctx.addIssue({ code: z.ZodIssueCode.custom, message: problem });
  });

export const provenanceSchema = z.object({
  source: idSchema,
  quote: quoteSchema,
});
export type ProvenanceRecord = z.infer<typeof provenanceSchema>;

const provenanceList = z.array(provenanceSchema).min(1, 'every fact needs at least one source and quote');

/** Partial ISO date: `2016`, `2016-12` or `2016-12-01`. */
const partialDateSchema = z.string().regex(PARTIAL_DATE_PATTERN, `must be ${PARTIAL_DATE_RULE}`);

const sourceSchema = z
  .object({
    id: idSchema,
    title: z.string().min(1),
    publisher: z.string().min(1).nullable().default(null),
    date: partialDateSchema.nullable().default(null),
    kind: z.enum(SOURCE_KINDS),
    url: webAddressSchema.nullable().default(null),
    author: z.string().nullable().default(null),
    language: z.string().length(2).default('nl'),
    /**
     * The text that quotes are checked against, relative to seed/, kept in the repo as it was
     * received: for an article `texts/<source id>.txt` (a quote stands verbatim in it); for a
     * register of the reference data `reference/<file>.csv` (a quote is one whole line of it).
     */
    text: z
      .string()
      .regex(/^(texts\/[a-z0-9-]+\.txt|reference\/[a-z0-9_-]+\.csv)$/, 'a source text lives at texts/<source id>.txt (an article) or reference/<file>.csv (reference data)')
      .nullable()
      .default(null),
    /** When the text was taken from its publisher (or received), as a partial ISO date. */
    textRetrieved: partialDateSchema.nullable().default(null),
    /** Why the date is what it is, or other curation remarks. */
    note: z.string().nullable().default(null),
  })
  .strict();

export const sourcesFileSchema = z.object({ sources: z.array(sourceSchema).min(1) }).strict();

/** Extra attributes (e.g. CBS `stedelijkheid`): dropped in as they come, stored as node properties. */
const attributesSchema = z
  .record(z.string().regex(/^[a-z][a-zA-Z0-9]*$/, 'attribute names are camelCase'), z.union([z.string(), z.number(), z.boolean()]))
  .default({});

/** A samenwerkingsverband of gemeenten; COROP regions and veiligheidsregio's come from the reference data. */
const regionSchema = z
  .object({
    id: idSchema,
    name: z.string().min(1),
    kind: z.enum(REGION_KINDS).default('SAMENWERKINGSVERBAND'),
    province: z.string().min(1).nullable().default(null),
    aliases: z.array(z.string().min(1)).default([]),
    attributes: attributesSchema,
    provenance: provenanceList,
  })
  .strict();

const membershipSchema = z
  .object({
    municipality: idSchema,
    region: idSchema,
    validFrom: partialDateSchema.nullable().default(null),
    validTo: partialDateSchema.nullable().default(null),
    provenance: provenanceList,
  })
  .strict();

export const gemeentenFileSchema = z
  .object({
    /** Gemeenten come from the CBS reference data (reference/gemeenten.csv), never from this file. */
    municipalities: z
      .array(z.unknown())
      .max(0, 'gemeenten come from the CBS reference data (reference/gemeenten.csv), not from gemeenten.json: remove this list and refer to them by id')
      .optional(),
    regions: z.array(regionSchema).default([]),
    memberships: z.array(membershipSchema).default([]),
  })
  .strict();

const themeSchema = z
  .object({
    id: idSchema,
    name: z.string().min(1),
    aliases: z.array(z.string().min(1)).default([]),
    description: z.string().min(1).max(300),
    broader: z.array(idSchema).default([]),
    provenance: provenanceList,
  })
  .strict();

export const themesFileSchema = z.object({ themes: z.array(themeSchema).min(1) }).strict();

/**
 * An entity stated by an article. With `name` it defines the entity; without `name` it is a
 * mention of an entity defined elsewhere (a gemeente from the gazetteer, a theme, an entity of
 * another article) and only adds this article's provenance to it.
 */
const articleEntitySchema = z
  .object({
    type: z.enum(ENTITY_TYPES),
    id: idSchema,
    name: z.string().min(1).optional(),
    aliases: z.array(z.string().min(1)).default([]),
    /** ORGANIZATION: e.g. `sociale dienst`, `politieke partij`. */
    kind: z.string().optional(),
    website: webAddressSchema.optional(),
    /** ENGAGEMENT fields. */
    summary: z.string().max(600).optional(),
    start: partialDateSchema.optional(),
    end: partialDateSchema.optional(),
    status: z.enum(ENGAGEMENT_STATUSES).optional(),
    /** Curation remark: how a fact was read from the text (e.g. a year inferred from "coronacrisis"). */
    note: z.string().optional(),
    provenance: provenanceList,
  })
  .strict();
export type ArticleEntity = z.infer<typeof articleEntitySchema>;

const articleRelationSchema = z
  .object({
    type: z.enum(RELATION_TYPES),
    from: idSchema,
    to: idSchema,
    role: z.enum(PARTICIPATION_ROLES).optional(),
    title: z.string().min(1).optional(),
    kind: z.string().min(1).optional(),
    note: z.string().optional(),
    provenance: provenanceList,
  })
  .strict();

export const articleFileSchema = z
  .object({
    source: idSchema,
    entities: z.array(articleEntitySchema),
    relations: z.array(articleRelationSchema),
  })
  .strict();
export type ArticleFile = z.infer<typeof articleFileSchema>;
