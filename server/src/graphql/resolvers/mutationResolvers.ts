/**
 * Curation mutations. The token check happens before execution (plugins/use-api-token.ts); here
 * each mutation validates its input and calls one transactional db function.
 */
import type { Resolvers } from '../generated/resolvers-types.js';
import { badInput } from '../../domain/errors.js';
import { ID_RULE, PARTIAL_DATE_RULE, entityIdFor, isId, isPartialDate, slugify, urlProblem } from '../../domain/vocabulary.js';
import { addRelation, createEntity, createSource, deleteEntity, mergeEntities, removeRelation, updateEntity } from '../../db/curateGraph.js';
import { checkId } from './queryResolvers.js';
import { erasePerson } from '../../db/erasePerson.js';
import { auditOf, requireRole } from '../roles.js';

function cleanAliases(aliases: readonly string[] | null | undefined): string[] {
  return [...new Set((aliases ?? []).map((a) => a.trim()).filter(Boolean))];
}

function requireText(value: string, argument: string, max = 300): string {
  const v = value.trim();
  if (!v) throw badInput(`\`${argument}\` must not be empty.`, { argument });
  if (v.length > max) throw badInput(`\`${argument}\` is at most ${max} characters.`, { argument });
  return v;
}

/** A web address (a source's `url`, a `website`): trimmed, http(s) only; null when not given. */
export function checkUrl(value: string | null | undefined, argument: string): string | null {
  const v = value?.trim();
  if (!v) return null;
  const problem = urlProblem(v);
  if (problem) throw badInput(`\`${argument}\`: ${problem}.`, { argument });
  return v;
}

export const mutationResolvers: Resolvers = {
  Mutation: {
    createSource: async (_p, { input }, ctx) => {
      const title = requireText(input.title, 'title');
      const id = input.id ? checkId(input.id) : `src-${slugify(title).slice(0, 60)}`;
      if (input.date && !isPartialDate(input.date)) throw badInput(`date must be ${PARTIAL_DATE_RULE}.`, { argument: 'date' });
      const props = Object.fromEntries(
        Object.entries({ ...input, id, title, url: checkUrl(input.url, 'url'), language: input.language ?? 'nl' }).filter(([, v]) => v !== null && v !== undefined),
      );
      return createSource(ctx.db, props, auditOf(ctx));
    },
    createEntity: async (_p, { input }, ctx) => {
      const name = requireText(input.name, 'name', 200);
      if (input.type === 'THEME' && !input.id) throw badInput('A theme needs an explicit camelCase id, e.g. "integraleToegang".', { argument: 'id' });
      const id = input.id ?? entityIdFor(input.type, name);
      if (!isId(id)) throw badInput(`id "${id}" must be ${ID_RULE}.`, { argument: 'id' });
      if (input.confirmNotErased) requireRole(ctx, 'admin', 'confirmNotErased (someone else than an erased person of the same name)');
      const { type, aliases, provenance, ...fields } = input;
      if (fields.website != null) fields.website = checkUrl(fields.website, 'website');
      return createEntity(ctx.db, { ...fields, type, id, name, aliases: cleanAliases(aliases), provenance: [...provenance] }, auditOf(ctx));
    },
    updateEntity: async (_p, { id, input }, ctx) => {
      const { name, aliases, provenance, ...fields } = input;
      if (fields.website != null) fields.website = checkUrl(fields.website, 'website');
      return updateEntity(ctx.db, checkId(id), {
        ...fields,
        name: name == null ? null : requireText(name, 'name', 200),
        aliases: aliases == null ? null : cleanAliases(aliases),
        provenance: [...provenance],
      }, auditOf(ctx));
    },
    deleteEntity: async (_p, { id }, ctx) => ({ id, ...(await deleteEntity(ctx.db, checkId(id), auditOf(ctx))) }),
    addRelation: async (_p, { input }, ctx) =>
      addRelation(ctx.db, { ...input, from: checkId(input.from, 'from'), to: checkId(input.to, 'to'), provenance: [...input.provenance] }, auditOf(ctx)),
    removeRelation: async (_p, { id }, ctx) => ({ id, relationsRemoved: 1, ...(await removeRelation(ctx.db, id, auditOf(ctx))) }),
    mergeEntities: async (_p, { survivorId, duplicateId }, ctx) =>
      mergeEntities(ctx.db, checkId(survivorId, 'survivorId'), checkId(duplicateId, 'duplicateId'), auditOf(ctx)),
    erasePerson: async (_p, { id, reason }, ctx) =>
      erasePerson(ctx.db, checkId(id), requireText(reason, 'reason', 500), auditOf(ctx), { seedDir: ctx.config.seedDir, register: ctx.config.erasureRegister }),
  },
};
