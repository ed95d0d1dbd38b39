/** Nodes: any item by its global id (`node`, `nodes`) and the `Node` interface every item implements. */
import type { DomainModule } from '../../shared/domain-module.js';
import { nodeResolvers } from './nodes.resolvers.js';

export const nodesModule = {
  name: 'nodes',
  typeDefs: ['nodes.graphql'],
  resolvers: [nodeResolvers],
  publicFiles: ['item-types.ts', 'load-item.ts'],
} as const satisfies DomainModule<'nodes'>;
