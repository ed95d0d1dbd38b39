/** Every domain's resolvers (src/modules.ts), merged into one map (a domain may add fields to another's types). */
import type { Resolvers } from './generated/graphql.js';
import { modules } from './modules.js';
import { dateScalars } from './shared/date-scalars.js';

function merge(all: readonly Resolvers[]): Resolvers {
  const merged: Record<string, Record<string, unknown>> = {};
  for (const resolvers of all) {
    for (const [typeName, fields] of Object.entries(resolvers)) {
      for (const field of Object.keys(fields as object)) {
        if (merged[typeName]?.[field]) throw new Error(`two domains resolve ${typeName}.${field}: one of them must leave it to the other (src/modules.ts lists the domains).`);
      }
      merged[typeName] = { ...merged[typeName], ...(fields as object) };
    }
  }
  return merged as Resolvers;
}

// The shared scalars of schema/base.graphql first, then each domain's.
export const resolvers = merge([dateScalars, ...modules.flatMap((m) => m.resolvers)]);
