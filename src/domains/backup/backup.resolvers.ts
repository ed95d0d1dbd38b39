/** Export and restore over the API: admin only; the work is in graph-export.ts and graph-restore.ts. */
import { requireRole } from '../../auth/roles.js';
import type { Resolvers } from '../../generated/graphql.js';
import { exportGraph, exportText } from './graph-export.js';
import { restoreForCaller } from './graph-restore.js';

export const backupResolvers: Resolvers = {
  Query: {
    exportGraph: async (_root, { plan }, context) => {
      requireRole(context.caller, 'admin', 'Exporting the graph');
      return exportText(await exportGraph(context.executor, plan ?? null));
    },
  },
  Mutation: {
    restoreGraph: (_root, { content }, context) => restoreForCaller(context, content),
  },
};
