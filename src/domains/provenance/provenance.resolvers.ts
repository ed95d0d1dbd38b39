/** Resolvers for citations, source papers and aliases. */
import type { Resolvers } from '../../generated/graphql.js';
import { toGlobalId } from '../../shared/global-id.js';

export const provenanceResolvers: Resolvers = {
  Citation: {
    // Every citation's source exists: the seed loader refuses a citation of an unknown paper.
    source: async (citation, _args, { loaders }) => (await loaders.provenance.sourceByKey.load(citation.sourceKey))!,
  },
  SourceDocument: {
    id: (source) => toGlobalId('SourceDocument', source.key),
  },
  Alias: {
    kind: (alias) => alias.kind.toUpperCase() as 'NAME' | 'CODE',
  },
};

