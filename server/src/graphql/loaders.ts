/**
 * Per-request DataLoaders: every field that needs the database asks a loader, and the loader runs
 * ONE query for all the rows of a list. The number of Cypher queries therefore grows with the
 * depth of the GraphQL operation, never with the number of rows.
 */
import DataLoader from 'dataloader';
import { lastChanges } from '../db/audit.js';
import type { Database } from '../db/database.js';
import {
  cachedSources,
  entitiesByIds,
  relationsOf,
  sourceFactCounts,
  sourcesByIds,
  type Direction,
  type EntityRecord,
  type RelationRecord,
  type SourceRecord,
} from '../db/entities.js';
import { engagementAttributionsOf, type EngagementAttribution } from '../db/engagementAttribution.js';
import { successionsOf, type Successions } from '../db/municipalities.js';
import { engagementCountsOf, engagementPagesOf } from '../db/shapedReads.js';
import type { EngagementSource } from '../db/projection.js';
import type { RelationType } from '../domain/vocabulary.js';

/** A page of an entity's engagements (by name, then id), after the engagement with id `after`. */
interface EngagementPageKey {
  id: string;
  source: EngagementSource;
  first: number;
  after: string | null;
}

interface RelationKey {
  id: string;
  types: RelationType[] | null;
  direction: Direction;
}

export interface Loaders {
  entity: DataLoader<string, EntityRecord | null>;
  relations: DataLoader<RelationKey, RelationRecord[], string>;
  source: DataLoader<string, SourceRecord | null>;
  sourceFactCount: DataLoader<string, number>;
  /** A gemeente's herindelingen: successors, predecessors, current successors. */
  successions: DataLoader<string, Successions>;
  /** A page of the engagements of a gemeente (its predecessors' included), region, organisation, bureau or theme. */
  engagementPage: DataLoader<EngagementPageKey, EntityRecord[], string>;
  /** How many engagements such an entity has (all pages). */
  engagementCount: DataLoader<{ id: string; source: EngagementSource }, number, string>;
  /** The engagements that count for a gemeente, region or organisation, per way (db/engagementAttribution.ts). */
  engagementAttribution: DataLoader<string, EngagementAttribution | null>;
  /** An entity's latest change in the audit (who, when). */
  lastChange: DataLoader<string, { by: string; at: string } | null>;
  /** Adds entities that a query already returned, so later fields need no lookup. */
  prime(records: EntityRecord[]): void;
}

export function createLoaders(db: Database): Loaders {
  const entity = new DataLoader<string, EntityRecord | null>(async (ids) => {
    const found = await entitiesByIds(db, ids);
    return ids.map((id) => found.get(id) ?? null);
  });
  const prime = (records: EntityRecord[]) => {
    for (const r of records) if (r?.id) entity.prime(r.id, r);
  };
  const relations = new DataLoader<RelationKey, RelationRecord[], string>(
    async (keys) => {
      // One query per distinct (types, direction) in the batch — in practice one.
      const groups = new Map<string, RelationKey[]>();
      for (const k of keys) {
        const g = `${k.types?.join(',') ?? '*'}/${k.direction}`;
        groups.set(g, [...(groups.get(g) ?? []), k]);
      }
      const results = new Map<string, RelationRecord[]>();
      await Promise.all(
        [...groups.values()].map(async (group) => {
          const { types, direction } = group[0]!;
          const found = await relationsOf(
            db,
            group.map((k) => k.id),
            types,
            direction,
          );
          for (const k of group) {
            const rels = found.get(k.id) ?? [];
            results.set(relationCacheKey(k), rels);
            for (const r of rels) prime([r.fromNode, r.toNode]);
          }
        }),
      );
      return keys.map((k) => results.get(relationCacheKey(k)) ?? []);
    },
    { cacheKeyFn: relationCacheKey },
  );
  // From the cache of all sources; only a source it does not have yet is read.
  const source = new DataLoader<string, SourceRecord | null>(async (ids) => {
    const cached = await cachedSources(db);
    const missing = ids.filter((id) => !cached.has(id));
    const found = missing.length ? await sourcesByIds(db, missing) : new Map<string, SourceRecord>();
    return ids.map((id) => cached.get(id) ?? found.get(id) ?? null);
  });
  const sourceFactCount = new DataLoader<string, number>(async (ids) => {
    const found = await sourceFactCounts(db, ids);
    return ids.map((id) => found.get(id) ?? 0);
  });
  const successions = new DataLoader<string, Successions>(async (ids) => {
    const found = await successionsOf(db, ids);
    for (const s of found.values()) prime([...s.successors, ...s.predecessors].map((x) => x.municipality).concat(s.current));
    return ids.map((id) => found.get(id) ?? { successors: [], predecessors: [], current: [] });
  });
  // One query per distinct (source, page) in a batch — in practice one.
  const engagementPage = new DataLoader<EngagementPageKey, EntityRecord[], string>(
    async (keys) => {
      const groups = groupBy(keys, (k) => `${k.source}\u0000${k.first}\u0000${k.after ?? ''}`);
      const results = new Map<string, EntityRecord[]>();
      await Promise.all(
        [...groups.values()].map(async (group) => {
          const { source, first, after } = group[0]!;
          const found = await engagementPagesOf(db, group.map((k) => k.id), source, { first, after });
          for (const k of group) results.set(pageCacheKey(k), found.get(k.id) ?? []);
          for (const list of found.values()) prime(list);
        }),
      );
      return keys.map((k) => results.get(pageCacheKey(k)) ?? []);
    },
    { cacheKeyFn: pageCacheKey },
  );
  const engagementCount = new DataLoader<{ id: string; source: EngagementSource }, number, string>(
    async (keys) => {
      const counts = new Map<string, number>();
      await Promise.all(
        [...groupBy(keys, (k) => k.source).values()].map(async (group) => {
          const found = await engagementCountsOf(db, group.map((k) => k.id), group[0]!.source);
          for (const k of group) counts.set(`${k.source}\u0000${k.id}`, found.get(k.id) ?? 0);
        }),
      );
      return keys.map((k) => counts.get(`${k.source}\u0000${k.id}`) ?? 0);
    },
    { cacheKeyFn: (k) => `${k.source}\u0000${k.id}` },
  );
  const engagementAttribution = new DataLoader<string, EngagementAttribution | null>(async (ids) => {
    const found = await engagementAttributionsOf(db, ids);
    return ids.map((id) => found.get(id) ?? null);
  });
  const lastChange = new DataLoader<string, { by: string; at: string } | null>(async (ids) => {
    const found = await lastChanges(db, ids);
    return ids.map((id) => found.get(id) ?? null);
  });
  return { entity, relations, source, sourceFactCount, successions, engagementPage, engagementCount, engagementAttribution, lastChange, prime };
}

function groupBy<T>(items: readonly T[], key: (t: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const t of items) groups.set(key(t), [...(groups.get(key(t)) ?? []), t]);
  return groups;
}

function pageCacheKey(k: EngagementPageKey): string {
  return `${k.id}\u0000${k.source}\u0000${k.first}\u0000${k.after ?? ''}`;
}

function relationCacheKey(k: RelationKey): string {
  return `${k.id}\u0000${k.types ? [...k.types].sort().join(',') : '*'}\u0000${k.direction}`;
}
