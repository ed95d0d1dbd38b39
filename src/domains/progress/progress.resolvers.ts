/** Resolvers for progress: arguments → loader or change function, nothing else. */
import type { Resolvers } from '../../generated/graphql.js';

export const progressResolvers: Resolvers = {};
