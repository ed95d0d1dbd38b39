/**
 * Councils: one deployment serves many. This domain lists them (`councils`) and owns how a question names
 * one (council-reference.ts) and which council a look-up without a `council` argument means
 * (council-scope.ts, GT_DEFAULT_COUNCIL); the plans and finance domains scope their look-ups with both.
 */
import type { DomainModule } from '../../shared/domain-module.js';
import { COUNCILS_EXAMPLES } from './councils-examples.js';
import { createCouncilLoaders } from './councils.loaders.js';
import { councilResolvers } from './councils.resolvers.js';

export const councilsModule = {
  name: 'councils',
  typeDefs: ['councils.graphql'],
  resolvers: [councilResolvers],
  createLoaders: (executor, _items, scope) => createCouncilLoaders(executor, scope),
  mappers: { Council: 'domains/councils/councils.models.js#CouncilModel' },
  publicFiles: ['council-reference.ts', 'council-scope.ts', 'scoped-loader.ts'],
  examples: COUNCILS_EXAMPLES,
} as const satisfies DomainModule<'councils'>;
