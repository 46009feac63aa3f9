/**
 * `limits`: the limits this server is configured with (config.ts), for clients that must stay within
 * them — the web app reads them instead of copying numbers a server may set otherwise.
 */
import type { Resolvers } from '../generated/resolvers-types.js';

export const limitsResolvers: Resolvers = {
  Query: {
    limits: (_p, _a, ctx) => {
      const l = ctx.config.limits;
      return {
        maxPageSize: l.maxPageSize,
        maxMunicipalities: l.maxMunicipalities,
        maxNeighborhoodNodes: l.maxNeighborhoodNodes,
        maxNeighborhoodDepth: l.maxNeighborhoodDepth,
        maxNeighborhoodIds: l.maxNeighborhoodIds,
        maxPinnedIds: l.maxPinnedIds,
        maxExcludedIds: l.maxExcludedIds,
        maxConnectIds: l.maxConnectIds,
        maxPathLength: l.maxPathLength,
        maxPaths: l.maxPaths,
        intakeMaxBytes: ctx.config.intake.maxBytes,
        intakeMaxWords: ctx.config.intake.maxWords,
      };
    },
  },
};
