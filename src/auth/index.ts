/** Auth: API tokens (admin creates and revokes them) and the caller each request is made by. */
import type { DomainModule } from '../shared/domain-module.js';
import { createAuthLoaders } from './auth.loaders.js';
import { authResolvers } from './auth.resolvers.js';

export { tokenVisibleTo } from './token-ids.js';

export const authModule = {
  name: 'auth',
  typeDefs: ['auth.graphql'],
  resolvers: [authResolvers],
  createLoaders: createAuthLoaders,
  mappers: { ApiToken: 'auth/tokens.repository.js#TokenRecord' },
} as const satisfies DomainModule<'auth'>;
