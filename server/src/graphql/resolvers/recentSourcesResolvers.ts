/** `recentSources`: the start page's newest articles (db/recentSources.ts). */
import type { Resolvers } from '../generated/resolvers-types.js';
import { recentSources } from '../../db/recentSources.js';
import { badInput } from '../../domain/errors.js';
import { checkCount } from '../../domain/pagination.js';

/** The most `recentSources` lists in one call: a start page shows a handful; `sources` gives them all. */
const MAX_RECENT_SOURCES = 50;

export const recentSourcesResolvers: Resolvers = {
  Query: {
    recentSources: async (_p, { kinds, first }, ctx) => {
      const n = checkCount(first, { fallback: 5, max: MAX_RECENT_SOURCES, argument: 'first', hint: ' for `recentSources`; `sources` lists them all' });
      if (kinds && kinds.length === 0) throw badInput('Give at least one kind in `kinds`, or leave it out for the published articles.', { argument: 'kinds' });
      return recentSources(ctx.db, kinds ?? ['CLIENT_STORY', 'INTERVIEW', 'ARTICLE'], n);
    },
  },
};
