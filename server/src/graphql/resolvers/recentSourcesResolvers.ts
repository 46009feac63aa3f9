/** `recentSources`: the start page's newest articles (db/recentSources.ts). */
import type { Resolvers } from '../generated/resolvers-types.js';
import { recentSources } from '../../db/recentSources.js';
import { badInput, KennisgraafError } from '../../domain/errors.js';

/** The most `recentSources` lists in one call: a start page shows a handful; `sources` gives them all. */
const MAX_RECENT_SOURCES = 50;

export const recentSourcesResolvers: Resolvers = {
  Query: {
    recentSources: async (_p, { kinds, first }, ctx) => {
      const n = first ?? 5;
      if (!Number.isInteger(n) || n < 1) throw badInput('`first` must be a whole number of at least 1.', { argument: 'first' });
      if (n > MAX_RECENT_SOURCES) {
        throw new KennisgraafError('LIMIT_EXCEEDED', `\`first\` is at most ${MAX_RECENT_SOURCES} for \`recentSources\`; \`sources\` lists them all.`, {
          argument: 'first',
          max: MAX_RECENT_SOURCES,
        });
      }
      if (kinds && kinds.length === 0) throw badInput('Give at least one kind in `kinds`, or leave it out for the published articles.', { argument: 'kinds' });
      return recentSources(ctx.db, kinds ?? ['CLIENT_STORY', 'INTERVIEW', 'ARTICLE'], n);
    },
  },
};
