/** Export and restore over the API: admin only; the work is in graph-export.ts and graph-restore.ts. */
import { requireUnscoped } from '../../auth/organisation-scope.js';
import { requireRole } from '../../auth/roles.js';
import type { Resolvers } from '../../generated/graphql.js';
import { exportGraph, exportText } from './graph-export.js';
import { restoreForCaller } from './graph-restore.js';

export const backupResolvers: Resolvers = {
  Query: {
    exportGraph: async (_root, { plan }, context) => {
      const admin = requireRole(context.caller, 'admin', 'Exporting the graph');
      // The export is the whole graph (or a whole plan's tree, with what it links to): a token whose reads are
      // limited to its scope may not take it.
      if (context.readable) requireUnscoped(admin, 'Exporting the graph');
      return exportText(await exportGraph(context.executor, plan ?? null));
    },
  },
  Mutation: {
    restoreGraph: (_root, { content }, context) => restoreForCaller(context, content),
  },
};
