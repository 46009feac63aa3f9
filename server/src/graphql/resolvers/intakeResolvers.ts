/**
 * Article intake (issue 10): the review queue's reads, and the intake and review mutations (the
 * token check for mutations happens before execution, plugins/use-api-token.ts). Each mutation is
 * one transaction in the db layer; the reads go through per-request loaders.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Resolvers } from '../generated/resolvers-types.js';
import type { AppContext } from '../context.js';
import { badInput } from '../../domain/errors.js';
import { buildSearchQuery } from '../../domain/buildSearchQuery.js';
import { PARTIAL_DATE_RULE, foldText, isPartialDate } from '../../domain/vocabulary.js';
import { proposalsOfSource, reviewQueue } from '../../db/readProposals.js';
import { acceptRemainingProposals, reviewProposal } from '../../db/reviewProposals.js';
import { auditOf } from '../roles.js';
import { IntakeInputError, extractArticle } from '../../ingest/extractText.js';
import { takeInArticle } from '../../ingest/takeInArticle.js';
import { FrogUnavailableError } from '../../nlp/frogServer.js';
import { intakeNlp } from '../../nlp/intakeNlp.js';
import { intakeLoaders } from '../intakeLoaders.js';
import { checkId } from './queryResolvers.js';

/** A seed article's text lives in seed/texts (the Source's `text` property names the file). */
function seedText(seedDir: string, file: unknown): string | null {
  if (typeof file !== 'string' || !/^texts\/[a-z0-9-]+\.txt$/.test(file)) return null;
  try {
    return fs.readFileSync(path.join(seedDir, file), 'utf8');
  } catch {
    return null;
  }
}

const optional = (v: string | null | undefined, max = 300) => {
  const t = v?.trim();
  if (t && t.length > max) throw badInput(`A value is longer than ${max} characters.`);
  return t || null;
};

async function readInput(ctx: AppContext, input: { text?: string | null; fileBase64?: string | null; fileName?: string | null }) {
  const { maxBytes } = ctx.config.intake;
  const given = [input.text != null, input.fileBase64 != null].filter(Boolean).length;
  if (given !== 1) throw badInput('Give the article as `text`, or as `fileBase64` with `fileName` — one of the two.', { argument: 'input' });
  try {
    if (input.text != null) {
      if (Buffer.byteLength(input.text, 'utf8') > maxBytes) throw new IntakeInputError(`The article is larger than ${(maxBytes / 1024 / 1024).toFixed(1)} MB (INTAKE_MAX_BYTES).`);
      return await extractArticle(Buffer.from(input.text, 'utf8'), input.fileName ?? 'article.txt', { maxBytes });
    }
    const b64 = input.fileBase64!;
    if (b64.length * 0.75 > maxBytes + 4) throw new IntakeInputError(`The file is about ${((b64.length * 0.75) / 1024 / 1024).toFixed(1)} MB; intake takes at most ${(maxBytes / 1024 / 1024).toFixed(1)} MB (INTAKE_MAX_BYTES).`);
    if (!/^[A-Za-z0-9+/=\s_-]*$/.test(b64)) throw new IntakeInputError('`fileBase64` is not base64.');
    if (!input.fileName) throw badInput('`fileName` is required with `fileBase64`: its extension (.txt, .html, .pdf) says how to read the file.', { argument: 'fileName' });
    return await extractArticle(Buffer.from(b64, 'base64'), input.fileName, { maxBytes });
  } catch (e) {
    if (e instanceof IntakeInputError) throw badInput(`${e.message} Nothing was written.`, { argument: 'input' });
    throw e;
  }
}

export const intakeResolvers: Resolvers = {
  Query: {
    proposal: (_p, { id }, ctx) => intakeLoaders(ctx).proposal.load(checkId(id)),
    proposals: (_p, { sourceId, status }, ctx) => proposalsOfSource(ctx.db, checkId(sourceId, 'sourceId'), status ?? null),
    reviewQueue: (_p, { status }, ctx) => reviewQueue(ctx.db, status?.length ? status : ['PENDING']),
    articleMetadata: async (_p, { fileBase64, fileName }, ctx) => {
      const article = await readInput(ctx, { fileBase64, fileName });
      const m = article.metadata;
      return { title: article.title, date: m?.date ?? null, author: m?.author ?? null, publisher: m?.publisher ?? null, url: m?.url ?? null, kind: m?.kind ?? null };
    },
  },
  Mutation: {
    ingestArticle: async (_p, { input }, ctx) => {
      const title = optional(input.title);
      if (!title) throw badInput('`title` must not be empty: the article’s own headline.', { argument: 'title' });
      const date = optional(input.date);
      if (date && !isPartialDate(date)) throw badInput(`date must be ${PARTIAL_DATE_RULE}.`, { argument: 'date' });
      const article = await readInput(ctx, input);
      // What the input leaves out, a web page's own metadata may say (readHtmlMetadata.ts).
      const page = article.metadata;
      try {
        return await takeInArticle(ctx.db, intakeNlp(ctx.config), {
          text: article.text,
          format: article.format,
          meta: {
            title,
            url: optional(input.url, 2000) ?? page?.url ?? null,
            date: date ?? page?.date ?? null,
            publisher: optional(input.publisher) ?? page?.publisher ?? null,
            kind: input.kind ?? page?.kind ?? 'CLIENT_STORY',
            author: optional(input.author) ?? page?.author ?? null,
          },
        });
      } catch (e) {
        if (e instanceof FrogUnavailableError) throw badInput(`${e.message} Nothing was written.`, { argument: 'input' });
        throw e;
      }
    },
    reviewProposal: (_p, { id, decision, edits }, ctx) =>
      reviewProposal(ctx.db, checkId(id), decision, edits ? { ...edits, linkToEntityId: edits.linkToEntityId ? checkId(edits.linkToEntityId, 'edits.linkToEntityId') : null } : null, auditOf(ctx)),
    acceptRemainingProposals: (_p, { sourceId }, ctx) => acceptRemainingProposals(ctx.db, checkId(sourceId, 'sourceId'), auditOf(ctx)),
  },
  Source: {
    text: async (s, _a, ctx) => (await intakeLoaders(ctx).snapshot.load(s.id)) ?? seedText(ctx.config.seedDir, s.text),
    review: (s, _a, ctx) => intakeLoaders(ctx).progress.load(s.id),
  },
  Proposal: {
    source: async (p, _a, ctx) => (await ctx.loaders.source.load(p.sourceId)) ?? { id: p.sourceId, title: `(unknown source ${p.sourceId})`, kind: 'ARTICLE' },
    linkedEntity: (p, _a, ctx) => (p.linkedEntityId ? ctx.loaders.entity.load(p.linkedEntityId) : null),
    entity: (p, _a, ctx) => (p.entityId ? ctx.loaders.entity.load(p.entityId) : null),
    relation: (p, _a, ctx) => (p.relationId ? intakeLoaders(ctx).relation.load(p.relationId) : null),
    from: (p, _a, ctx) => (p.fromId ? intakeLoaders(ctx).proposal.load(p.fromId) : null),
    to: (p, _a, ctx) => (p.toId ? intakeLoaders(ctx).proposal.load(p.toId) : null),
    suggestions: async (p, { first }, ctx) => {
      if (p.kind !== 'ENTITY' || !p.name || !p.entityType) return [];
      let query: string;
      try {
        query = buildSearchQuery(p.name);
      } catch {
        return [];
      }
      const limit = Math.min(Math.max(first ?? 5, 1), ctx.config.limits.maxPageSize);
      const hits = await intakeLoaders(ctx).suggestions.load({ key: `${p.id}|${limit}`, query, type: p.entityType, limit });
      const name = foldText(p.name);
      return hits.map((h) => ({
        entity: h.node,
        score: h.score,
        exactName: [h.node.name, ...((h.node.aliases as string[] | undefined) ?? [])].some((n) => foldText(n) === name),
      }));
    },
  },
};
