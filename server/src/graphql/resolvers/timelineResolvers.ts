/**
 * The timeline (`engagementTimeline`): checks the filter and the bounds, runs the one query of
 * db/engagementTimeline.ts and primes the entity loader with the groups' entities.
 */
import type { Resolvers } from '../generated/resolvers-types.js';
import { checkCount } from '../../domain/pagination.js';
import { engagementTimeline } from '../../db/engagementTimeline.js';
import { checkEngagementFilter } from './queryResolvers.js';

/** At most this many groups in one answer (a time axis with more rows is not read). */
const MAX_TIMELINE_GROUPS = 100;
/** At most this many spans per group. */
const MAX_TIMELINE_SPANS = 200;

export const timelineResolvers: Resolvers = {
  Query: {
    engagementTimeline: async (_p, { filter, groupBy, first, perGroup }, ctx) => {
      const bounds = {
        first: checkCount(first, { fallback: 20, max: MAX_TIMELINE_GROUPS, argument: 'first' }),
        perGroup: checkCount(perGroup, { fallback: 50, max: MAX_TIMELINE_SPANS, argument: 'perGroup' }),
      };
      const timeline = await engagementTimeline(ctx.db, checkEngagementFilter(filter), groupBy, bounds);
      ctx.loaders.prime(timeline.groups.map((g) => g.entity));
      return timeline;
    },
  },
};
