/** Every domain's resolvers, merged; each domain also says how `node(id:)` fetches the types it owns. */
import type { Resolvers } from './generated/graphql.js';
import { createNodeResolvers } from './domains/nodes/nodes.resolvers.js';
import { planNodeFetchers, planResolvers } from './domains/plans/plans.resolvers.js';
import { provenanceNodeFetchers, provenanceResolvers } from './domains/provenance/provenance.resolvers.js';

const domainResolvers: Resolvers[] = [planResolvers, provenanceResolvers];
const nodeResolvers = createNodeResolvers({ ...planNodeFetchers, ...provenanceNodeFetchers });

function merge(all: Resolvers[]): Resolvers {
  const merged: Record<string, Record<string, unknown>> = {};
  for (const resolvers of all) {
    for (const [typeName, fields] of Object.entries(resolvers)) merged[typeName] = { ...merged[typeName], ...(fields as object) };
  }
  return merged as Resolvers;
}

export const resolvers = merge([nodeResolvers, ...domainResolvers]);
