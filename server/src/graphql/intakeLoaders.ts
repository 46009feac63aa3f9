/**
 * Per-request DataLoaders of the intake fields (proposals by id, review progress and snapshots by
 * source), kept beside the request's context: one query per level of an operation, not per row.
 */
import DataLoader from 'dataloader';
import type { AppContext } from './context.js';
import { proposalsByIds, relationsByIds, reviewProgressOf, sourceSnapshots, suggestionsFor, type SuggestionAsk } from '../db/readProposals.js';
import type { ProposalRecord, ReviewProgressRecord } from '../db/proposalRecords.js';
import type { EntityRecord, RelationRecord } from '../db/entities.js';
import { parseRelationId } from '../db/curateGraph.js';

export interface IntakeLoaders {
  proposal: DataLoader<string, ProposalRecord | null>;
  progress: DataLoader<string, ReviewProgressRecord | null>;
  snapshot: DataLoader<string, string | null>;
  /** Existing entities like a proposal's name: one full-text query for all proposals of a list. */
  suggestions: DataLoader<SuggestionAsk, { node: EntityRecord; score: number }[], string>;
  /** Accepted relationships by id. */
  relation: DataLoader<string, RelationRecord | null>;
}

const perRequest = new WeakMap<AppContext, IntakeLoaders>();

export function intakeLoaders(ctx: AppContext): IntakeLoaders {
  let l = perRequest.get(ctx);
  if (!l) {
    const { db } = ctx;
    l = {
      proposal: new DataLoader(async (ids) => {
        const found = await proposalsByIds(db, ids);
        return ids.map((id) => found.get(id) ?? null);
      }),
      progress: new DataLoader(async (ids) => {
        const found = await reviewProgressOf(db, ids);
        return ids.map((id) => found.get(id) ?? null);
      }),
      snapshot: new DataLoader(async (ids) => {
        const found = await sourceSnapshots(db, ids);
        return ids.map((id) => found.get(id) ?? null);
      }),
      suggestions: new DataLoader(
        async (asks) => {
          const found = await suggestionsFor(db, asks);
          for (const hits of found.values()) ctx.loaders.prime(hits.map((h) => h.node));
          return asks.map((a) => found.get(a.key) ?? []);
        },
        { cacheKeyFn: (a) => a.key },
      ),
      relation: new DataLoader(async (ids) => {
        const found = await relationsByIds(db, ids.map((id) => parseRelationId(id)));
        return ids.map((id) => found.get(id) ?? null);
      }),
    };
    perRequest.set(ctx, l);
  }
  return l;
}
