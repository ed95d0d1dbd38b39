/** The import mutation: the pipeline does the work (run-import.ts); the mapping's YAML is read here. */
import type { Resolvers } from '../../generated/graphql.js';
import { BadUserInputError } from '../../shared/errors.js';
import { readMapping } from './import-mapping.js';
import { runImport } from './run-import.js';

export const importResolvers: Resolvers = {
  Mutation: {
    importFile: (_root, { kind, format, content, source, dryRun, edition, mapping }, context) => {
      const read = mapping?.trim() ? readMapping(mapping, 'the mapping') : undefined;
      if (read && 'problem' in read) throw new BadUserInputError('mapping', read.problem);
      return runImport(context, {
        kind, format, content, source, dryRun: dryRun ?? false, mapping: read?.mapping,
        defaults: edition?.trim() ? { edition: edition.trim() } : undefined,
      });
    },
  },
};
