/**
 * The graph as one JSON document: what the seed compiles to, what export writes and what import
 * reads. One shape, one writer (db/writeGraph.ts), so seeding and importing cannot drift apart.
 */
import { z } from 'zod';
import { idSchema, provenanceSchema } from '../seed/seedSchema.js';
import { ENTITY_TYPES, RELATION_TYPES, SOURCE_KINDS, urlProblem } from './vocabulary.js';

export const GRAPH_FORMAT = 'kennisgraaf-graph';
export const GRAPH_FORMAT_VERSION = 1;

const scalar = z.union([z.string(), z.number(), z.boolean(), z.null(), z.array(z.string()), z.array(z.number())]);

/** A property that holds a web address is http(s) only, in an import as everywhere else (vocabulary.ts). */
const webAddressIn =
  (key: string) =>
  (properties: Record<string, unknown>, ctx: z.RefinementCtx): void => {
    const value = properties[key];
    const problem = typeof value === 'string' ? urlProblem(value) : null;
    if (problem) ctx.addIssue({ code: z.ZodIssueCode.custom, path: [key], message: problem });
  };

const sourceNodeSchema = z.object({
  id: idSchema,
  title: z.string().min(1),
  kind: z.enum(SOURCE_KINDS),
  properties: z.record(scalar).default({}).superRefine(webAddressIn('url')),
});
export type SourceNode = z.infer<typeof sourceNodeSchema>;

const entityNodeSchema = z.object({
  id: idSchema,
  type: z.enum(ENTITY_TYPES),
  name: z.string().min(1),
  aliases: z.array(z.string()).default([]),
  properties: z.record(scalar).default({}).superRefine(webAddressIn('website')),
  provenance: z.array(provenanceSchema).min(1, 'every entity needs provenance'),
});
export type EntityNode = z.infer<typeof entityNodeSchema>;

const relationEdgeSchema = z.object({
  type: z.enum(RELATION_TYPES),
  from: idSchema,
  to: idSchema,
  properties: z.record(scalar).default({}),
  provenance: z.array(provenanceSchema).min(1, 'every relationship needs provenance'),
});
export type RelationEdge = z.infer<typeof relationEdgeSchema>;

export const graphDocumentSchema = z.object({
  format: z.literal(GRAPH_FORMAT),
  version: z.literal(GRAPH_FORMAT_VERSION),
  exportedAt: z.string().optional(),
  sources: z.array(sourceNodeSchema),
  entities: z.array(entityNodeSchema),
  relations: z.array(relationEdgeSchema),
});
export type GraphDocument = z.infer<typeof graphDocumentSchema>;

/** The properties a fact's evidence is stored in (the codec is db/provenance.ts; no other code writes them). */
export const PROVENANCE_PROPERTIES = ['provSources', 'provQuotes'] as const;

/** Properties the writer derives or owns; never taken from `properties`. */
export const RESERVED_PROPERTIES: ReadonlySet<string> = new Set(['id', 'type', 'name', 'aliases', 'aliasText', ...PROVENANCE_PROPERTIES]);

/** The text the full-text index sees besides the name: aliases, one per line. */
export function aliasText(aliases: readonly string[]): string {
  return aliases.join('\n');
}
