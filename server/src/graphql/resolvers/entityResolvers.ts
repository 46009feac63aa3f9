/**
 * Field resolvers of the entity types and of relationships. A relationship field first looks for
 * what the query that read its parent already holds (a selection-shaped read, db/projection.ts);
 * otherwise it goes through the per-request loaders: one query per (level, relation types), never
 * per row.
 */
import type { GraphQLResolveInfo } from 'graphql';
import type { AppContext } from '../context.js';
import type { Direction, EntityRecord, RelationRecord } from '../../db/entities.js';
import { RESERVED_PROPERTIES } from '../../domain/graphDocument.js';
import {
  DEFAULT_REGION_KIND,
  ENTITY_LABELS,
  isEngagementStatus,
  isParticipationRole,
  isRegionKind,
  type EntityType,
  type RegionKind,
  type RelationType,
} from '../../domain/vocabulary.js';
import { decodeProvenance } from '../../db/provenance.js';
import type { Resolvers } from '../generated/resolvers-types.js';
import { requireRole } from '../roles.js';
import { prefetched, type EngagementSource } from '../../db/projection.js';
import { engagementPageArgs } from './queryResolvers.js';
import { MAX_LISTED, type EngagementVia } from '../../db/engagementAttribution.js';
import { badInput } from '../../domain/errors.js';
import { nearbyEngagements } from '../../db/nearbyEngagements.js';

/** What the query that read `p` holds for this field already, or undefined. */
const pre = <T>(p: EntityRecord, info: GraphQLResolveInfo): T | undefined => prefetched<T>(p, String(info.path.key));

/** An entity's `engagements(first, after)`: prefetched, or a page through the loader. */
const engagementsOf =
  (source: EngagementSource) =>
  (p: EntityRecord, args: { first?: number | null; after?: string | null }, ctx: AppContext, info: GraphQLResolveInfo) =>
    pre<EntityRecord[]>(p, info) ?? ctx.loaders.engagementPage.load({ id: p.id, source, ...engagementPageArgs(args, ctx) });

/** An entity's `engagementCount`: prefetched, or through the loader. */
const engagementCountOf = (source: EngagementSource) => (p: EntityRecord, _a: unknown, ctx: AppContext, info: GraphQLResolveInfo) =>
  pre<number>(p, info) ?? ctx.loaders.engagementCount.load({ id: p.id, source });

const NO_ATTRIBUTION = { own: 0, viaPredecessor: 0, viaMemberOrganization: 0, viaRegion: 0, total: 0, indirect: [] };

/** `engagementAttribution` and `attributedEngagements` of a gemeente, region or organisation. */
const attribution = {
  engagementAttribution: async (p: EntityRecord, _a: unknown, ctx: AppContext) => (await ctx.loaders.engagementAttribution.load(p.id)) ?? NO_ATTRIBUTION,
  attributedEngagements: async (p: EntityRecord, args: { via?: readonly EngagementVia[] | null; first?: number | null }, ctx: AppContext) => {
    const first = args.first ?? 50;
    if (!Number.isInteger(first) || first < 0 || first > MAX_LISTED) throw badInput(`\`first\` must be a whole number from 0 to ${MAX_LISTED}.`, { argument: 'first' });
    const { indirect } = (await ctx.loaders.engagementAttribution.load(p.id)) ?? NO_ATTRIBUTION;
    return indirect.filter((a) => !args.via || args.via.includes(a.via)).slice(0, first);
  },
};

function rels(ctx: AppContext, id: string, types: RelationType[], direction: Direction): Promise<RelationRecord[]> {
  return ctx.loaders.relations.load({ id, types, direction });
}

/** The entities at the other end of some relationships, optionally of one type, without duplicates. */
async function others(ctx: AppContext, parent: EntityRecord, types: RelationType[], direction: Direction, onlyType?: EntityType): Promise<EntityRecord[]> {
  const list = await rels(ctx, parent.id, types, direction);
  const seen = new Set<string>();
  const out: EntityRecord[] = [];
  for (const r of list) {
    const other = r.from === parent.id ? r.toNode : r.fromNode;
    if (onlyType && other.type !== onlyType) continue;
    if (seen.has(other.id)) continue;
    seen.add(other.id);
    out.push(other);
  }
  return out;
}

/** What a region is; a region without a kind is a samenwerkingsverband. */
const regionKind = (r: EntityRecord): RegionKind => (isRegionKind(r.kind) ? r.kind : DEFAULT_REGION_KIND);

/** The regions a gemeente is a member of, optionally of one kind and only current memberships (no `validTo`). */
async function regionsOf(ctx: AppContext, m: EntityRecord, kind: RegionKind | null, currentOnly: boolean): Promise<EntityRecord[]> {
  const list = await rels(ctx, m.id, ['MEMBER_OF'], 'OUTGOING');
  const seen = new Set<string>();
  return list
    .filter((r) => r.toNode.type === 'REGION' && (!kind || regionKind(r.toNode) === kind) && (!currentOnly || r.props.validTo == null))
    .map((r) => r.toNode)
    .filter((r) => !seen.has(r.id) && !!seen.add(r.id));
}

const common = {
  aliases: (p: EntityRecord) => (p.aliases as string[] | undefined) ?? [],
  provenance: (p: EntityRecord) => decodeProvenance(p),
  relations: (p: EntityRecord, args: { types?: RelationType[] | null; direction?: Direction | null }, ctx: AppContext) =>
    ctx.loaders.relations.load({ id: p.id, types: args.types?.length ? [...args.types] : null, direction: args.direction ?? 'BOTH' }),
  lastChange: (p: EntityRecord, _args: unknown, ctx: AppContext) => {
    requireRole(ctx, 'curator', '`lastChange`');
    return ctx.loaders.lastChange.load(p.id);
  },
};

export const entityResolvers: Resolvers = {
  // The GraphQL type names are the Neo4j labels.
  Node: { __resolveType: (p) => ENTITY_LABELS[p.type] },
  Entity: { __resolveType: (p) => ENTITY_LABELS[p.type] },
  Municipality: {
    ...common,
    dissolved: (p) => p.dissolved === true,
    regions: (p, { kind }, ctx) => regionsOf(ctx, p, kind ?? null, false),
    corop: async (p, _a, ctx) => (await regionsOf(ctx, p, 'COROP', true))[0] ?? null,
    veiligheidsregio: async (p, _a, ctx) => (await regionsOf(ctx, p, 'VEILIGHEIDSREGIO', true))[0] ?? null,
    successors: async (p, _a, ctx) => (await ctx.loaders.successions.load(p.id)).successors,
    predecessors: async (p, _a, ctx) => (await ctx.loaders.successions.load(p.id)).predecessors,
    currentSuccessors: async (p, _a, ctx) => (await ctx.loaders.successions.load(p.id)).current,
    engagements: engagementsOf('MUNICIPALITY'),
    engagementCount: engagementCountOf('MUNICIPALITY'),
    ...attribution,
    nearbyEngagements: async (p, { first }, ctx) => {
      const limit = first ?? 5;
      if (!Number.isInteger(limit) || limit < 0 || limit > 50) throw badInput('`first` must be a whole number from 0 to 50.', { argument: 'first' });
      return nearbyEngagements(ctx.db, p.id, limit);
    },
    organizations: (p, _a, ctx) => others(ctx, p, ['PART_OF'], 'INCOMING'),
    people: (p, _a, ctx, info) => pre<EntityRecord[]>(p, info) ?? others(ctx, p, ['WORKS_AT'], 'INCOMING'),
    themes: (p, _a, ctx) => others(ctx, p, ['FACES'], 'OUTGOING'),
  },
  Region: {
    ...common,
    kind: (p) => regionKind(p),
    code: (p) => (typeof p.code === 'string' ? p.code : null),
    members: (p, _a, ctx) => others(ctx, p, ['MEMBER_OF'], 'INCOMING', 'MUNICIPALITY'),
    engagements: engagementsOf('CLIENT'),
    engagementCount: engagementCountOf('CLIENT'),
    ...attribution,
    organizations: (p, _a, ctx) => others(ctx, p, ['PART_OF'], 'INCOMING'),
    themes: (p, _a, ctx) => others(ctx, p, ['FACES'], 'OUTGOING'),
  },
  Organization: {
    ...common,
    partOf: (p, _a, ctx) => others(ctx, p, ['PART_OF'], 'OUTGOING'),
    engagements: engagementsOf('CLIENT'),
    engagementCount: engagementCountOf('CLIENT'),
    ...attribution,
    people: (p, _a, ctx, info) => pre<EntityRecord[]>(p, info) ?? others(ctx, p, ['WORKS_AT'], 'INCOMING'),
    themes: (p, _a, ctx) => others(ctx, p, ['FACES'], 'OUTGOING'),
  },
  Consultancy: {
    ...common,
    engagements: engagementsOf('CONSULTANCY'),
    engagementCount: engagementCountOf('CONSULTANCY'),
    people: (p, _a, ctx, info) => pre<EntityRecord[]>(p, info) ?? others(ctx, p, ['WORKS_AT'], 'INCOMING'),
  },
  Person: {
    ...common,
    employments: (p, _a, ctx) => rels(ctx, p.id, ['WORKS_AT'], 'OUTGOING'),
    participations: (p, _a, ctx) => rels(ctx, p.id, ['WORKED_ON'], 'OUTGOING'),
  },
  Theme: {
    ...common,
    broader: (p, _a, ctx) => others(ctx, p, ['BROADER'], 'OUTGOING'),
    narrower: (p, _a, ctx) => others(ctx, p, ['BROADER'], 'INCOMING'),
    engagements: engagementsOf('THEME'),
    engagementCount: engagementCountOf('THEME'),
  },
  Engagement: {
    ...common,
    title: (p) => p.name,
    status: (p) => (isEngagementStatus(p.status) ? p.status : 'UNKNOWN'),
    clients: (p, _a, ctx, info) => pre<EntityRecord[]>(p, info) ?? others(ctx, p, ['FOR'], 'OUTGOING'),
    consultancies: (p, _a, ctx, info) => pre<EntityRecord[]>(p, info) ?? others(ctx, p, ['BY'], 'OUTGOING'),
    participants: (p, _a, ctx, info) => pre<RelationRecord[]>(p, info) ?? rels(ctx, p.id, ['WORKED_ON'], 'INCOMING'),
    themes: (p, _a, ctx, info) => pre<EntityRecord[]>(p, info) ?? others(ctx, p, ['ABOUT'], 'OUTGOING'),
    follows: (p, _a, ctx, info) => pre<EntityRecord[]>(p, info) ?? others(ctx, p, ['FOLLOWS'], 'OUTGOING'),
    followedBy: (p, _a, ctx, info) => pre<EntityRecord[]>(p, info) ?? others(ctx, p, ['FOLLOWS'], 'INCOMING'),
  },
  Relation: {
    from: (r) => r.fromNode,
    to: (r) => r.toNode,
    role: (r) => (isParticipationRole(r.props.role) ? r.props.role : null),
    title: (r) => (r.props.title as string | undefined) ?? null,
    attributes: (r) =>
      Object.entries(r.props)
        .filter(([k, v]) => !RESERVED_PROPERTIES.has(k) && k !== 'role' && k !== 'title' && v !== null && v !== undefined)
        .map(([key, value]) => ({ key, value: Array.isArray(value) ? value.join(', ') : String(value) }))
        .sort((a, b) => a.key.localeCompare(b.key)),
    provenance: (r) => decodeProvenance(r.props),
  },
  Employment: {
    organization: (r) => r.toNode,
    title: (r) => (r.props.title as string | undefined) ?? null,
    provenance: (r) => decodeProvenance(r.props),
  },
  Succession: {
    year: (s) => s.year ?? 0,
    provenance: (s) => decodeProvenance(s.props),
  },
  Participation: {
    person: (r) => r.fromNode,
    engagement: (r) => r.toNode,
    role: (r) => (isParticipationRole(r.props.role) ? r.props.role : 'OTHER'),
    provenance: (r) => decodeProvenance(r.props),
  },
  Provenance: {
    source: async (p, _a, ctx) =>
      (await ctx.loaders.source.load(p.source)) ?? { id: p.source, title: `(unknown source ${p.source})`, kind: 'REGISTER' },
  },
  Source: {
    factCount: (s, _a, ctx) => ctx.loaders.sourceFactCount.load(s.id),
  },
};
