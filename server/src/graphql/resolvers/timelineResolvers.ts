/**
 * The timeline (`engagementTimeline`): checks the filter and the bounds, runs the one query of
 * db/engagementTimeline.ts and primes the entity loader with the groups' entities.
 */
import type { Resolvers } from '../generated/resolvers-types.js';
import { KennisgraafError, badInput } from '../../domain/errors.js';
import { engagementTimeline } from '../../db/engagementTimeline.js';
import { checkEngagementFilter } from './queryResolvers.js';

/** At most this many groups in one answer (a time axis with more rows is not read). */
const MAX_TIMELINE_GROUPS = 100;
/** At most this many spans per group. */
const MAX_TIMELINE_SPANS = 200;

/** A bound argument: a whole number from 1 to `max`. */
function checkBound(value: number | null | undefined, fallback: number, argument: string, max: number): number {
  const n = value ?? fallback;
  if (!Number.isInteger(n) || n < 1) throw badInput(`\`${argument}\` must be a whole number of at least 1.`, { argument });
  if (n > max) throw new KennisgraafError('LIMIT_EXCEEDED', `\`${argument}\` is at most ${max}.`, { argument, max });
  return n;
}

export const timelineResolvers: Resolvers = {
  Query: {
    engagementTimeline: async (_p, { filter, groupBy, first, perGroup }, ctx) => {
      const bounds = {
        first: checkBound(first, 20, 'first', MAX_TIMELINE_GROUPS),
        perGroup: checkBound(perGroup, 50, 'perGroup', MAX_TIMELINE_SPANS),
      };
      const timeline = await engagementTimeline(ctx.db, checkEngagementFilter(filter), groupBy, bounds);
      ctx.loaders.prime(timeline.groups.map((g) => g.entity));
      return timeline;
    },
  },
};
