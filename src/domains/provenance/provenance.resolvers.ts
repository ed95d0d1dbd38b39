/** Resolvers for citations, source papers and aliases. */
import type { Resolvers } from '../../generated/graphql.js';
import { toGlobalId } from '../../shared/global-id.js';
import { loadRequired } from '../../shared/by-keys.js';

export const provenanceResolvers: Resolvers = {
  Citation: {
    // Every citation's source exists: the seed loader refuses a citation of an unknown paper.
    source: async (citation, _args, { loaders }) => loadRequired(loaders.provenance.sourceByKey, citation.sourceKey),
  },
  SourceDocument: {
    id: (source) => toGlobalId('SourceDocument', source.key),
    contactOfficers: (source, _args, { loaders }) => loaders.provenance.contactOfficersOf.load(source.key),
  },
  ContactOfficer: {
    department: (c, _args, { loaders }) => (c.departmentKey ? loaders.governance.organisationByKey.load(c.departmentKey) : null),
  },
  Alias: {
    kind: (alias) => alias.kind.toUpperCase() as 'NAME' | 'CODE',
  },
};

