/**
 * Top-level reads. Each resolver checks its arguments, calls one db function (one or a few Cypher
 * queries), primes the entity loader with what came back, and shapes the result.
 */
import type { GraphQLResolveInfo } from 'graphql';
import type { Resolvers } from '../generated/resolvers-types.js';
import { childFields, planEntity, selectedFields } from '../planSelection.js';
import { entityWithPlan } from '../../db/shapedReads.js';
import type { EntityPlan } from '../../db/projection.js';
import type { AppContext } from '../context.js';
import { KennisgraafError, badInput, notFound } from '../../domain/errors.js';
import { buildSearchQuery, searchPrefix } from '../../domain/buildSearchQuery.js';
import { checkPageSize, decodeCursor, encodeCursor, pageInfo } from '../../domain/pagination.js';
import { chooseWeights, rankComparableMunicipalities, WEIGHT_KEYS } from '../../domain/rankComparableMunicipalities.js';
import { allSources, entitiesOfType, relationById, type EntityRecord } from '../../db/entities.js';
import { searchEntities } from '../../db/searchEntities.js';
import { countEngagementsPerMunicipality, listEngagements, type EngagementFilterInput } from '../../db/listEngagements.js';
import { listMunicipalities, listRegions } from '../../db/municipalities.js';
import { expandNeighborhood } from '../../db/expandNeighborhood.js';
import { countNeighborGroups, neighborGroupMembers } from '../../db/neighborGroups.js';
import { findShortestPaths } from '../../db/findShortestPaths.js';
import { findCollaborators } from '../../db/findCollaborators.js';
import { loadProfiles, shared } from '../../db/findInterlocks.js';
import { loadComparableData } from '../../db/loadComparableFeatures.js';
import { cachedPerWrite } from '../../db/cachedPerWrite.js';
import { cachedStats } from '../../db/loadStats.js';
import { currentMigrationVersion } from '../../db/migrations.js';
import { parseRelationId } from '../../db/curateGraph.js';
import { provenanceCount } from '../../db/provenance.js';
import { ENTITY_LABELS, isClientType, isId, type EntityType } from '../../domain/vocabulary.js';

/** Ids are slugs; anything else is refused before it reaches the database. */
export function checkId(id: string, argument = 'id'): string {
  if (!isId(id)) {
    throw badInput(`"${id.slice(0, 60)}" is not a valid id (ids are slugs like "gemeente-den-helder" or "eigenKracht"); use \`search\` to find one.`, {
      argument,
    });
  }
  return id;
}

/** The page arguments of a nested `engagements(first, after)`, checked. */
export function engagementPageArgs(args: { first?: number | null; after?: string | null }, ctx: AppContext): { first: number; after: string | null } {
  return { first: checkPageSize(args.first ?? 50, ctx.config.limits.maxPageSize), after: args.after == null ? null : checkId(args.after, 'after') };
}

/** Levels of relationship fields a top-level field reads in its own query (deeper ones: loaders). */
const PLAN_DEPTH = 2;

/** The plan of a top-level list of entities of one type (its records are partial: never primed). */
function listPlan(ctx: AppContext, info: GraphQLResolveInfo, typeName: string): EntityPlan {
  return planEntity(info, typeName, selectedFields(info, info.fieldNodes, [typeName]), PLAN_DEPTH, (args) => engagementPageArgs(args, ctx));
}

/**
 * One entity of a type by id, read in ONE query shaped by the selection (db/projection.ts): the
 * properties its fields read and its relationship fields (a gemeente's engagements and their
 * bureaus, …), the rest left to the loaders.
 */
async function byIdOfType(ctx: AppContext, info: GraphQLResolveInfo, id: string, type: EntityType): Promise<EntityRecord | null> {
  checkId(id);
  const typeName = ENTITY_LABELS[type];
  const plan = planEntity(info, typeName, selectedFields(info, info.fieldNodes, [typeName]), PLAN_DEPTH, (args) => engagementPageArgs(args, ctx));
  return entityWithPlan(ctx.db, type, id, plan);
}

async function requireEntity(ctx: AppContext, id: string, argument: string): Promise<EntityRecord> {
  const e = await ctx.loaders.entity.load(checkId(id, argument));
  if (!e) throw notFound('entity', id);
  return e;
}

/** Checks the ids and the years of an engagement filter (`argument` names it in errors). */
export function checkEngagementFilter(filter: EngagementFilterInput | null | undefined, argument = 'filter'): EngagementFilterInput {
  const f = filter ?? {};
  for (const key of ['themes', 'municipalities', 'regions', 'consultancies', 'persons', 'clients'] as const) {
    f[key]?.forEach((id) => checkId(id, `${argument}.${key}`));
  }
  if (f.from != null && f.to != null && f.from > f.to) throw badInput(`${argument}.from is after ${argument}.to.`, { argument });
  return f;
}

function limitError(argument: string, max: number, what: string): KennisgraafError {
  return new KennisgraafError('LIMIT_EXCEEDED', `\`${argument}\` is at most ${max}${what}.`, { argument, max });
}

export const queryResolvers: Resolvers = {
  Query: {
    health: async (_p, _a, ctx) => {
      const ping = await ctx.db.ping();
      return { database: ping.ok, neo4jVersion: ping.ok ? ping.version : null };
    },
    node: (_p, { id }, ctx) => ctx.loaders.entity.load(checkId(id)),
    nodes: async (_p, { ids }, ctx) => {
      if (ids.length > ctx.config.limits.maxPageSize) throw limitError('ids', ctx.config.limits.maxPageSize, ' ids per call');
      const found = await ctx.loaders.entity.loadMany(ids.map((id) => checkId(id, 'ids')));
      return found.filter((e): e is EntityRecord => !!e && !(e instanceof Error));
    },
    relation: async (_p, { id }, ctx) => {
      const { from, type, to } = parseRelationId(id);
      return relationById(ctx.db, from, type, to);
    },
    municipality: (_p, { id }, ctx, info) => byIdOfType(ctx, info, id, 'MUNICIPALITY'),
    region: (_p, { id }, ctx, info) => byIdOfType(ctx, info, id, 'REGION'),
    organization: (_p, { id }, ctx, info) => byIdOfType(ctx, info, id, 'ORGANIZATION'),
    consultancy: (_p, { id }, ctx, info) => byIdOfType(ctx, info, id, 'CONSULTANCY'),
    person: (_p, { id }, ctx, info) => byIdOfType(ctx, info, id, 'PERSON'),
    theme: (_p, { id }, ctx, info) => byIdOfType(ctx, info, id, 'THEME'),
    engagement: (_p, { id }, ctx, info) => byIdOfType(ctx, info, id, 'ENGAGEMENT'),
    municipalities: async (_p, { province, includeDissolved, first }, ctx, info) => {
      const max = ctx.config.limits.maxMunicipalities;
      const limit = first ?? 50;
      if (!Number.isInteger(limit) || limit < 1) throw badInput('`first` must be a whole number of at least 1.', { argument: 'first' });
      if (limit > max) throw limitError('first', max, ' for `municipalities` (all 342 current gemeenten fit in one call)');
      return listMunicipalities(ctx.db, { province: province ?? null, includeDissolved: includeDissolved ?? false, limit }, listPlan(ctx, info, 'Municipality'));
    },
    municipalityEngagementCounts: async (_p, { filter }, ctx) => {
      const rows = await countEngagementsPerMunicipality(ctx.db, checkEngagementFilter(filter));
      ctx.loaders.prime(rows.map((r) => r.municipality));
      return rows;
    },
    regions: (_p, { kind }, ctx, info) => listRegions(ctx.db, kind ?? null, 1000, listPlan(ctx, info, 'Region')),
    consultancies: (_p, _a, ctx, info) => entitiesOfType(ctx.db, 'CONSULTANCY', { limit: 1000, plan: listPlan(ctx, info, 'Consultancy') }),
    themes: (_p, _a, ctx, info) => entitiesOfType(ctx.db, 'THEME', { limit: 1000, plan: listPlan(ctx, info, 'Theme') }),
    source: async (_p, { id }, ctx) => ctx.loaders.source.load(checkId(id)),
    sources: (_p, _a, ctx) => allSources(ctx.db),

    search: async (_p, { query, types, first, after }, ctx, info) => {
      if (query.length > 200) throw badInput('The search text is at most 200 characters.', { argument: 'query' });
      const lucene = buildSearchQuery(query);
      const limit = checkPageSize(first, ctx.config.limits.maxPageSize);
      const skip = decodeCursor(after);
      const nodeFields = selectedFields(info, info.fieldNodes, ['SearchConnection'])
        .filter((c) => c.name === 'edges')
        .flatMap((c) => childFields(info, c, ['SearchEdge']))
        .filter((c) => c.name === 'node')
        .flatMap((c) => childFields(info, c, Object.values(ENTITY_LABELS)));
      const plan = planEntity(info, 'Entity', nodeFields, PLAN_DEPTH, (args) => engagementPageArgs(args, ctx));
      const { total, hits } = await searchEntities(ctx.db, lucene, { types: types?.length ? [...types] : null, skip, limit, plan, prefix: searchPrefix(query) });
      return {
        totalCount: total,
        edges: hits.map((h, i) => ({ cursor: encodeCursor(skip + i), score: h.score, node: h.node })),
        pageInfo: pageInfo(skip, hits.length, total),
      };
    },

    engagements: async (_p, { filter, orderBy, first, after }, ctx, info) => {
      const limit = checkPageSize(first, ctx.config.limits.maxPageSize);
      const skip = decodeCursor(after);
      const f = checkEngagementFilter(filter);
      // One query shaped by the selection: the total only when asked, each engagement's fields with it.
      const connection = selectedFields(info, info.fieldNodes, ['EngagementConnection']);
      const nodeFields = connection
        .filter((c) => c.name === 'edges')
        .flatMap((c) => childFields(info, c, ['EngagementEdge']))
        .filter((c) => c.name === 'node')
        .flatMap((c) => childFields(info, c, ['Engagement']));
      const plan = planEntity(info, 'Engagement', nodeFields, PLAN_DEPTH, (args) => engagementPageArgs(args, ctx));
      const total = connection.some((c) => c.name === 'totalCount');
      const res = await listEngagements(ctx.db, f, orderBy ?? 'START_DESC', skip, limit, { plan, total });
      return {
        totalCount: res.total ?? 0,
        edges: res.page.map((node, i) => ({ cursor: encodeCursor(skip + i), node })),
        pageInfo: {
          hasPreviousPage: skip > 0,
          hasNextPage: res.more,
          startCursor: res.page.length ? encodeCursor(skip) : null,
          endCursor: res.page.length ? encodeCursor(skip + res.page.length - 1) : null,
        },
      };
    },

    neighborhood: async (_p, { ids, depth, types, limit, pin, exclude, filter, connect }, ctx) => {
      const { maxNeighborhoodDepth, maxNeighborhoodNodes } = ctx.config.limits;
      const d = depth ?? 1;
      if (!Number.isInteger(d) || d < 1) throw badInput('`depth` must be 1, 2 or 3.', { argument: 'depth' });
      if (d > maxNeighborhoodDepth) throw limitError('depth', maxNeighborhoodDepth, ' (deeper neighbourhoods cover most of the graph)');
      const l = limit ?? 200;
      if (!Number.isInteger(l) || l < 1) throw badInput('`limit` must be at least 1.', { argument: 'limit' });
      if (l > maxNeighborhoodNodes) throw limitError('limit', maxNeighborhoodNodes, ' nodes (MAX_NEIGHBORHOOD_NODES)');
      if (ids.length === 0 && !pin?.length) throw badInput('Give at least one id in `ids` (or in `pin`).', { argument: 'ids' });
      const { maxNeighborhoodIds, maxPinnedIds, maxExcludedIds, maxConnectIds } = ctx.config.limits;
      if (ids.length > maxNeighborhoodIds) throw limitError('ids', maxNeighborhoodIds, ' start entities');
      if (pin && pin.length > maxPinnedIds) throw limitError('pin', maxPinnedIds, ' pinned entities');
      if (exclude && exclude.length > maxExcludedIds) throw limitError('exclude', maxExcludedIds, ' excluded entities');
      if (connect && connect.length > maxConnectIds) throw limitError('connect', maxConnectIds, ' entities to connect to');
      if (d > 1 && (pin?.length || exclude?.length || filter || connect?.length)) {
        throw badInput('`pin`, `exclude`, `filter` and `connect` work with `depth: 1` only.', { argument: 'depth' });
      }
      for (const [argument, list] of [['ids', ids], ['pin', pin], ['exclude', exclude], ['connect', connect]] as const) list?.forEach((id) => checkId(id, argument));
      // The engagement part of the view filter is checked as an engagement filter (ids, year order).
      if (filter) checkEngagementFilter({ themes: filter.themes, consultancies: filter.consultancies, from: filter.from, to: filter.to });
      const { nodes, edges, truncated } = await expandNeighborhood(ctx.db, [...ids], {
        depth: d,
        types: types?.length ? [...types] : null,
        limit: l,
        pin: pin ? [...pin] : [],
        exclude: exclude ? [...exclude] : [],
        connect: connect ? [...connect] : null,
        filter: filter
          ? {
              hiddenTypes: filter.hiddenTypes?.length ? [...filter.hiddenTypes] : null,
              themes: filter.themes?.length ? [...filter.themes] : null,
              consultancies: filter.consultancies?.length ? [...filter.consultancies] : null,
              from: filter.from ?? null,
              to: filter.to ?? null,
            }
          : null,
      });
      if (nodes.length === 0) throw notFound('entity', ids.join(', '));
      return {
        truncated,
        nodes: nodes.map(({ node, degree }) => ({
          id: node.id,
          label: node.name,
          type: node.type,
          degree,
          provenanceCount: provenanceCount(node),
          year: typeof node.startYear === 'number' ? node.startYear : null,
        })),
        // Structure only: the web app words an edge from its type, role, title and kind.
        edges,
      };
    },

    neighborGroups: async (_p, { ids, engagementsBy }, ctx) => {
      if (ids.length === 0) throw badInput('Give at least one id in `ids`.', { argument: 'ids' });
      if (ids.length > ctx.config.limits.maxNeighborhoodIds) throw limitError('ids', ctx.config.limits.maxNeighborhoodIds, ' entities');
      ids.forEach((id) => checkId(id, 'ids'));
      return countNeighborGroups(ctx.db, [...ids], engagementsBy ?? null);
    },

    neighborGroupMembers: async (_p, { id, type, engagementsBy, key, first, after }, ctx) => {
      checkId(id);
      if (key != null) checkId(key, 'key');
      const size = checkPageSize(first ?? 40, ctx.config.limits.maxPageSize);
      const skip = decodeCursor(after);
      const res = await neighborGroupMembers(ctx.db, id, { type, engagementsBy: engagementsBy ?? null, key: key ?? null }, { skip, first: size });
      return {
        totalCount: res.total,
        hasNextPage: skip + res.nodes.length < res.total,
        endCursor: res.nodes.length ? encodeCursor(skip + res.nodes.length - 1) : null,
        nodes: res.nodes.map(({ node, degree }) => ({
          id: node.id,
          label: node.name,
          type: node.type,
          degree,
          provenanceCount: provenanceCount(node),
          year: typeof node.startYear === 'number' ? node.startYear : null,
        })),
        edges: res.edges,
      };
    },

    paths: async (_p, { from, to, maxLength, first, via }, ctx, info) => {
      const { maxPathLength, maxPaths } = ctx.config.limits;
      const len = maxLength ?? maxPathLength;
      if (!Number.isInteger(len) || len < 1) throw badInput('`maxLength` must be between 1 and 6.', { argument: 'maxLength' });
      if (len > maxPathLength) throw limitError('maxLength', maxPathLength, ' steps');
      const n = first ?? 5;
      if (!Number.isInteger(n) || n < 1) throw badInput('`first` must be at least 1.', { argument: 'first' });
      if (n > maxPaths) throw limitError('first', maxPaths, ' paths');
      checkId(from, 'from');
      checkId(to, 'to');
      if (from === to) {
        await requireEntity(ctx, from, 'from');
        throw badInput('`from` and `to` are the same entity.', { argument: 'to' });
      }
      // One query: the paths (their entities read as the selection asks), and whether each end exists.
      const named = (fields: ReturnType<typeof selectedFields>, ...names: string[]) => fields.filter((f) => names.includes(f.name));
      const path = selectedFields(info, info.fieldNodes, ['Path']);
      const step = named(path, 'steps').flatMap((f) => childFields(info, f, ['PathStep']));
      const relation = named(step, 'relation').flatMap((f) => childFields(info, f, ['Relation']));
      const entities = [...named(path, 'nodes'), ...named(step, 'from', 'to'), ...named(relation, 'from', 'to')];
      const types = Object.values(ENTITY_LABELS);
      const plan = planEntity(info, 'Entity', entities.flatMap((e) => childFields(info, e, types)), 0, (args) => engagementPageArgs(args, ctx));
      const found = await findShortestPaths(ctx.db, from, to, len, n, plan, via ?? []);
      if (!found.fromFound) throw notFound('entity', from);
      if (!found.toFound) throw notFound('entity', to);
      return found.paths;
    },

    collaborators: async (_p, { personId }, ctx) => {
      const person = await requireEntity(ctx, personId, 'personId');
      if (person.type !== 'PERSON') throw badInput(`"${personId}" is a ${person.type}, not a person.`, { argument: 'personId' });
      return findCollaborators(ctx.db, personId);
    },

    interlocks: async (_p, { a, b }, ctx) => {
      const [ea, eb] = await Promise.all([requireEntity(ctx, a, 'a'), requireEntity(ctx, b, 'b')]);
      const profiles = await loadProfiles(ctx.db, a, b);
      const pa = profiles.get(a)!;
      const pb = profiles.get(b)!;
      return {
        a: ea,
        b: eb,
        consultancies: shared(pa.consultancies, pb.consultancies),
        consultants: shared(pa.consultants, pb.consultants),
        themes: shared(pa.themes, pb.themes),
        engagements: shared(pa.engagements, pb.engagements),
      };
    },

    comparableMunicipalities: async (_p, { id, first, preset, weights }, ctx) => {
      const n = checkPageSize(first, ctx.config.limits.maxPageSize);
      for (const [k, v] of Object.entries(weights ?? {})) {
        if (v === null || v === undefined) continue;
        if (!Number.isFinite(v) || v < 0 || v > 10) throw badInput(`weights.${k} must be between 0 and 10.`, { argument: `weights.${k}` });
      }
      const choice = chooseWeights(preset ?? undefined, weights);
      if (!WEIGHT_KEYS.some((k) => choice.weights[k] > 0)) {
        throw badInput('At least one of the weights must be above 0.', { argument: 'weights' });
      }
      const data = await loadComparableData(ctx.db, checkId(id), { themes: choice.weights.themes > 0, consultancies: choice.weights.consultancies > 0 });
      if (!data) throw notFound('entity', id);
      if (!isClientType(data.subject.type)) {
        throw badInput(`"${id}" is a ${data.subject.type}; choose a gemeente, region or organisation that stands for gemeenten.`, { argument: 'id' });
      }
      if (data.basis.length === 0) {
        throw badInput(`"${data.subject.name}" stands for no gemeente in the graph (it is part of no gemeente or region); choose a gemeente or region.`, {
          argument: 'id',
        });
      }
      // The ranking (55–85 ms of CPU on the national graph) depends only on the gemeenten the
      // subject stands for, the weights, n and the graph: kept until the graph changes, like its input.
      const ranking = await cachedPerWrite(ctx.db, `comparableRanking:${JSON.stringify([data.basis, choice, n])}`, () =>
        Promise.resolve(rankComparableMunicipalities(data.graph, data.basis, choice, n)),
      );
      return { subject: data.subject, basis: data.basis, preset: choice.preset, weights: ranking.weights, results: ranking.results };
    },

    stats: async (_p, _a, ctx) => {
      const s = await cachedStats(ctx.db);
      return {
        nodesByType: s.nodesByType,
        relationsByType: s.relationsByType,
        sourceCount: s.sourceCount,
        engagementsPerTheme: s.perTheme,
        engagementsPerYear: s.perYear,
        engagementsPerConsultancy: s.perConsultancy,
        engagementsPerProvince: s.perProvince,
      };
    },
  },

  Health: {
    migrationVersion: async (_h, _a, ctx) => currentMigrationVersion(ctx.db),
  },

  Path: {
    length: (p) => p.relations.length,
    nodes: (p) => p.nodes,
    steps: (p) =>
      p.relations.map((relation, i) => ({
        relation,
        from: p.nodes[i]!,
        to: p.nodes[i + 1]!,
        direction: relation.from === p.nodes[i]!.id ? ('OUTGOING' as const) : ('INCOMING' as const),
      })),
  },

  ComparableResult: {
    basis: async (r, _a, ctx) => {
      const found = await ctx.loaders.entity.loadMany(r.basis);
      return found.filter((e): e is EntityRecord => !!e && !(e instanceof Error));
    },
  },
  Comparable: {
    municipality: async (c, _a, ctx) => (await ctx.loaders.entity.load(c.id))!,
  },
};
