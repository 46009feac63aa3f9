/** The audit trail (issue 12): `auditLog`, for admin tokens only (roles.ts, FIELD_ROLES). `Entity.lastChange` is in entityResolvers. */
import type { Resolvers } from '../generated/resolvers-types.js';
import { checkPageSize, decodeCursor, encodeCursor, pageInfo } from '../../domain/pagination.js';
import { listAudit } from '../../db/audit.js';
import { checkId } from './queryResolvers.js';

export const auditResolvers: Resolvers = {
  Query: {
    auditLog: async (_p, { first, after, entityId }, ctx) => {
      const limit = checkPageSize(first, ctx.config.limits.maxPageSize);
      const skip = decodeCursor(after);
      const { total, entries } = await listAudit(ctx.db, { entityId: entityId ? checkId(entityId, 'entityId') : null, skip, limit });
      return {
        totalCount: total,
        edges: entries.map((node, i) => ({ cursor: encodeCursor(skip + i), node })),
        pageInfo: pageInfo(skip, entries.length, total),
      };
    },
  },
};
