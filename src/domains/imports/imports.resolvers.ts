/** The import mutation: the pipeline does the work (run-import.ts). */
import type { Resolvers } from '../../generated/graphql.js';
import { runImport } from './run-import.js';

export const importResolvers: Resolvers = {
  Mutation: {
    importFile: (_root, { kind, format, content, source, dryRun, edition }, context) =>
      runImport(context, { kind, format, content, source, dryRun: dryRun ?? false, defaults: edition?.trim() ? { edition: edition.trim() } : undefined }),
  },
};
