/**
 * Councils: one deployment serves many. This domain lists them (`councils`) and owns how a question names
 * one (council-reference.ts) and which council a look-up without a `council` argument means
 * (council-scope.ts, GT_DEFAULT_COUNCIL); the plans and finance domains scope their look-ups with both.
 */
export { councilResolvers } from './councils.resolvers.js';
export { createCouncilLoaders } from './councils.loaders.js';
