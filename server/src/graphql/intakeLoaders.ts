/**
 * Per-request DataLoaders of the intake fields (proposals by id, review progress and snapshots by
 * source), kept beside the request's context: one query per level of an operation, not per row.
 */
import DataLoader from 'dataloader';
import type { AppContext } from './context.js';
import { proposalsByIds, reviewProgressOf, sourceSnapshots } from '../db/readProposals.js';
import type { ProposalRecord, ReviewProgressRecord } from '../db/proposalRecords.js';

export interface IntakeLoaders {
  proposal: DataLoader<string, ProposalRecord | null>;
  progress: DataLoader<string, ReviewProgressRecord | null>;
  snapshot: DataLoader<string, string | null>;
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
    };
    perRequest.set(ctx, l);
  }
  return l;
}
