/** Provenance: where each fact comes from (citations, source documents) and the other names items go by. */
import type { DomainModule } from '../../shared/domain-module.js';
import { PROVENANCE_EXAMPLES } from './provenance-examples.js';
import { createProvenanceLoaders } from './provenance.loaders.js';
import { provenanceResolvers } from './provenance.resolvers.js';

const models = 'domains/provenance/provenance.models.js';

export const provenanceModule = {
  name: 'provenance',
  typeDefs: ['provenance.graphql'],
  resolvers: [provenanceResolvers],
  createLoaders: createProvenanceLoaders,
  mappers: {
    Citation: `${models}#CitationModel`, SourceDocument: `${models}#SourceDocumentModel`, Alias: `${models}#AliasModel`,
    ContactOfficer: `${models}#ContactOfficerModel`,
  },
  examples: PROVENANCE_EXAMPLES,
} as const satisfies DomainModule<'provenance'>;
