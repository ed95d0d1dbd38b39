/** Links: the links analysts make between items, with their review (proposed, validated, suspect, retired). */
import type { DomainModule } from '../../shared/domain-module.js';
import { createLinkLoaders } from './links.loaders.js';
import { linkResolvers } from './links.resolvers.js';

export const linksModule = {
  name: 'links',
  typeDefs: ['links.graphql'],
  resolvers: [linkResolvers],
  createLoaders: createLinkLoaders,
  mappers: {
    Link: 'domains/links/links.models.js#LinkModel', LinkConnection: 'domains/links/links.views.js#LinkPage', LinkEdge: 'domains/links/links.views.js#LinkEdgeView',
  },
  publicFiles: ['link-rules.ts', 'suspect-links.ts'],
} as const satisfies DomainModule<'links'>;
