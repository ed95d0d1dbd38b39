/** Documents: the council's and partners' papers and strategies, their status and how they relate. */
import type { DomainModule } from '../../shared/domain-module.js';
import { DOCUMENTS_EXAMPLES } from './documents-examples.js';
import { createDocumentLoaders } from './documents.loaders.js';
import { documentResolvers } from './documents.resolvers.js';

export const documentsModule = {
  name: 'documents',
  typeDefs: ['documents.graphql'],
  resolvers: [documentResolvers],
  createLoaders: createDocumentLoaders,
  mappers: { Document: 'domains/documents/documents.models.js#DocumentModel', DocumentRelation: 'domains/documents/documents.models.js#DocumentRelationView' },
  publicFiles: ['document-status.ts'],
  examples: DOCUMENTS_EXAMPLES,
} as const satisfies DomainModule<'documents'>;
