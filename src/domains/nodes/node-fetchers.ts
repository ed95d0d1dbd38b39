import type { GraphQLContext } from '../../context.js';

/** For each GraphQL type a domain owns, how to fetch one item by key (through the request's loaders). */
export type NodeFetchers = Record<string, (key: string, loaders: GraphQLContext['loaders']) => Promise<object | null>>;
