/** Links: the links analysts make between items, with their review (proposed, validated, suspect, retired). */
import type { DomainModule } from '../../shared/domain-module.js';
import { kindOfLinkKey } from './link-rules.js';
import { createLinkLoaders } from './links.loaders.js';
import { linkResolvers } from './links.resolvers.js';

/** Whether a key is an analyst link's (other domains ask, e.g. the audit trail's `history(id:)`). */
export const isLinkKey = (key: string): boolean => kindOfLinkKey(key) !== null;

export const linksModule = {
  name: 'links',
  typeDefs: ['links.graphql'],
  resolvers: [linkResolvers],
  createLoaders: createLinkLoaders,
  mappers: {
    Link: 'domains/links/links.models.js#LinkModel', LinkConnection: 'domains/links/links.views.js#LinkPage', LinkEdge: 'domains/links/links.views.js#LinkEdgeView',
  },
} as const satisfies DomainModule<'links'>;
