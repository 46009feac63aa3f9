/**
 * Article intake (issue 10): the review queue's reads, and the intake and review mutations (the
 * token check for mutations happens before execution, plugins/use-api-token.ts). Each mutation is
 * one transaction in the db layer; the reads go through per-request loaders.
 */
import type { IntakeFailureReason, Resolvers } from '../generated/resolvers-types.js';
import type { AppContext } from '../context.js';
import { badInput, type KennisgraafError } from '../../domain/errors.js';
import { buildSearchQuery } from '../../domain/buildSearchQuery.js';
import { PARTIAL_DATE_RULE, foldText, isPartialDate, urlProblem } from '../../domain/vocabulary.js';
import { proposalsOfSource, reviewQueue } from '../../db/readProposals.js';
import { acceptRemainingProposals, reviewProposal } from '../../db/reviewProposals.js';
import { auditOf, requireRole, roleAllows } from '../roles.js';
import { IntakeInputError, extractArticle } from '../../ingest/extractText.js';
import { takeInArticle } from '../../ingest/takeInArticle.js';
import { FrogError } from '../../nlp/frogErrors.js';
import { intakeNlp } from '../../nlp/intakeNlp.js';
import { intakeLoaders } from '../intakeLoaders.js';
import { checkId } from './queryResolvers.js';
import { checkUrl } from './mutationResolvers.js';
import { readSeedText } from '../../seed/seedTexts.js';

/**
 * Every refusal of an article names its reason (schema.graphql's IntakeFailureReason) in
 * `extensions.reason`: the web app words it in the curator's language, the message says it in English.
 */
const refused = (reason: IntakeFailureReason, message: string, details: Record<string, unknown> = {}): KennisgraafError =>
  badInput(`${message} Nothing was written.`, { argument: 'input', ...details, reason });

const optional = (v: string | null | undefined, argument: string, max = 300) => {
  const t = v?.trim();
  if (t && t.length > max) throw refused('VALUE_TOO_LONG', `\`${argument}\` is longer than ${max} characters.`, { argument, limit: max });
  return t || null;
};

async function readInput(ctx: AppContext, input: { text?: string | null; fileBase64?: string | null; fileName?: string | null }) {
  const { maxBytes } = ctx.config.intake;
  const given = [input.text != null, input.fileBase64 != null].filter(Boolean).length;
  if (given !== 1) throw refused('INPUT_SHAPE', 'Give the article as `text`, or as `fileBase64` with `fileName` — one of the two.');
  const limits = { maxBytes, maxWords: ctx.config.intake.maxWords };
  const tooLarge = (size: string) => refused('TOO_LARGE', `The article is ${size}; intake takes at most ${(maxBytes / 1024 / 1024).toFixed(1)} MB (INTAKE_MAX_BYTES).`, { limit: maxBytes });
  if (input.text != null && Buffer.byteLength(input.text, 'utf8') > maxBytes) throw tooLarge('larger than that');
  const b64 = input.fileBase64;
  if (b64 != null) {
    if (b64.length * 0.75 > maxBytes + 4) throw tooLarge(`about ${((b64.length * 0.75) / 1024 / 1024).toFixed(1)} MB`);
    if (!/^[A-Za-z0-9+/=\s_-]*$/.test(b64)) throw refused('NOT_BASE64', '`fileBase64` is not base64.', { argument: 'fileBase64' });
    if (!input.fileName) throw refused('FILE_NAME_MISSING', '`fileName` is required with `fileBase64`: its extension (.txt, .html, .pdf) says how to read the file.', { argument: 'fileName' });
  }
  try {
    if (b64 == null) return await extractArticle(Buffer.from(input.text!, 'utf8'), input.fileName ?? 'article.txt', limits);
    return await extractArticle(Buffer.from(b64, 'base64'), input.fileName!, limits);
  } catch (e) {
    if (e instanceof IntakeInputError) throw refused(e.reason, e.message, e.details);
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
      const title = optional(input.title, 'title');
      if (!title) throw refused('TITLE_MISSING', '`title` must not be empty: the article’s own headline.', { argument: 'title' });
      const date = optional(input.date, 'date');
      if (date && !isPartialDate(date)) throw refused('DATE_INVALID', `date must be ${PARTIAL_DATE_RULE}.`, { argument: 'date' });
      const article = await readInput(ctx, input);
      // What the input leaves out, a web page's own metadata may say (readHtmlMetadata.ts).
      const page = article.metadata;
      try {
        return await takeInArticle(ctx.db, intakeNlp(ctx.config), {
          text: article.text,
          format: article.format,
          meta: {
            title,
            // A web address the curator gives is checked; one from the page's own metadata is kept only when it is http(s).
            url: checkUrl(optional(input.url, 'url', 2000), 'url') ?? (page?.url && !urlProblem(page.url) ? page.url : null),
            date: date ?? page?.date ?? null,
            publisher: optional(input.publisher, 'publisher') ?? page?.publisher ?? null,
            kind: input.kind ?? page?.kind ?? 'CLIENT_STORY',
            author: optional(input.author, 'author') ?? page?.author ?? null,
          },
        });
      } catch (e) {
        if (e instanceof FrogError) throw refused(e.reason, e.message, e.details);
        throw e;
      }
    },
    reviewProposal: (_p, { id, decision, edits }, ctx) =>
      reviewProposal(ctx.db, checkId(id), decision, edits ? { ...edits, linkToEntityId: edits.linkToEntityId ? checkId(edits.linkToEntityId, 'edits.linkToEntityId') : null } : null, auditOf(ctx)),
    acceptRemainingProposals: (_p, { sourceId }, ctx) => acceptRemainingProposals(ctx.db, checkId(sourceId, 'sourceId'), auditOf(ctx)),
  },
  Source: {
    text: async (s, _a, ctx) => {
      const snapshot = await intakeLoaders(ctx).snapshot.load(s.id);
      if (snapshot === null) return readSeedText(ctx.config.seedDir, s.text);
      // An intake snapshot is the curators' until a fact they accepted cites the source (roles.ts).
      if (!(ctx.caller && roleAllows(ctx.caller.role, 'curator')) && (await ctx.loaders.sourceFactCount.load(s.id)) === 0) {
        requireRole(ctx, 'curator', 'The text of an article that intake took in and no accepted fact cites yet (`Source.text`)');
      }
      return snapshot;
    },
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
