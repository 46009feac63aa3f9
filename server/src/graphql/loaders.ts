/**
 * Per-request DataLoaders: every field that needs the database asks a loader, and the loader runs
 * ONE query for all the rows of a list. The number of Cypher queries therefore grows with the
 * depth of the GraphQL operation, never with the number of rows.
 */
import DataLoader from 'dataloader';
import { lastChanges } from '../db/audit.js';
import type { Database } from '../db/database.js';
import {
  entitiesByIds,
  relationsOf,
  sourceFactCounts,
  sourcesByIds,
  type Direction,
  type EntityRecord,
  type RelationRecord,
  type SourceRecord,
} from '../db/entities.js';
import { engagementsWithPredecessors, successionsOf, type Successions } from '../db/municipalities.js';
import type { RelationType } from '../domain/vocabulary.js';

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
  /** A gemeente's engagements, those of its predecessors included. */
  municipalityEngagements: DataLoader<string, EntityRecord[]>;
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
  const source = new DataLoader<string, SourceRecord | null>(async (ids) => {
    const found = await sourcesByIds(db, ids);
    return ids.map((id) => found.get(id) ?? null);
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
  const municipalityEngagements = new DataLoader<string, EntityRecord[]>(async (ids) => {
    const found = await engagementsWithPredecessors(db, ids);
    for (const list of found.values()) prime(list);
    return ids.map((id) => found.get(id) ?? []);
  });
  const lastChange = new DataLoader<string, { by: string; at: string } | null>(async (ids) => {
    const found = await lastChanges(db, ids);
    return ids.map((id) => found.get(id) ?? null);
  });
  return { entity, relations, source, sourceFactCount, successions, municipalityEngagements, lastChange, prime };
}

function relationCacheKey(k: RelationKey): string {
  return `${k.id}\u0000${k.types ? [...k.types].sort().join(',') : '*'}\u0000${k.direction}`;
}
