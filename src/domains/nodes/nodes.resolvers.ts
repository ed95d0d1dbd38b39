/**
 * The Node interface: `node(id:)` and `nodes(ids:)` decode the global id and load the item through the
 * owning domain's loader (load-item.ts); the type name travels with the item for `__resolveType`.
 */
import type { GraphQLContext } from '../../context.js';
import type { Resolvers } from '../../generated/graphql.js';
import { tokenVisibleTo } from '../../auth/index.js';
import type { TokenRecord } from '../../auth/tokens.repository.js';
import { BadUserInputError } from '../../shared/errors.js';
import { fromGlobalId } from '../../shared/global-id.js';
import { eventVisibleTo, type AuditEventModel } from '../history/index.js';
import { loadItem, typeNameOfItem, type NodeModel } from './load-item.js';

const MAX_IDS = 500;

/**
 * The item behind an id, if the caller may see it: tokens only to admins (as `apiTokens`), audit events only
 * as `history` would show them. Otherwise null, as for an id that matches nothing, so an id says nothing of
 * what the caller may not see.
 */
async function loadVisible(id: string, argumentName: string, { loaders, caller }: Pick<GraphQLContext, 'loaders' | 'caller'>): Promise<NodeModel | null> {
  const item = await loadItem(fromGlobalId(id, argumentName), loaders);
  if (!item) return null;
  switch (typeNameOfItem(item)) {
    case 'ApiToken': return tokenVisibleTo(caller, item as unknown as TokenRecord) ? item : null;
    case 'AuditEvent': return eventVisibleTo(caller, item as unknown as AuditEventModel) ? item : null;
    default: return item;
  }
}

export const nodeResolvers: Resolvers = {
  Query: {
    node: (_root, { id }, context) => loadVisible(id, 'id', context),
    nodes: (_root, { ids }, context) => {
      if (ids.length > MAX_IDS) throw new BadUserInputError('ids', `at most ${MAX_IDS} ids per request; got ${ids.length}.`);
      return Promise.all(ids.map((id, i) => loadVisible(id, `ids[${i}]`, context)));
    },
  },
  Node: {
    __resolveType: (item) => typeNameOfItem(item),
  },
};
