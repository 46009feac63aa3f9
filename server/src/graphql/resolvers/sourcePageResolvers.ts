/** `sourcePage`: a source's public page (db/sourcePage.ts). */
import type { Resolvers } from '../generated/resolvers-types.js';
import { notFound } from '../../domain/errors.js';
import { sourcePage } from '../../db/sourcePage.js';
import { checkId } from './queryResolvers.js';

export const sourcePageResolvers: Resolvers = {
  Query: {
    sourcePage: async (_p, { id }, ctx) => {
      const page = await sourcePage(ctx.db, checkId(id), ctx.config.seedDir);
      if (!page) throw notFound('source', id);
      return page;
    },
  },
};
