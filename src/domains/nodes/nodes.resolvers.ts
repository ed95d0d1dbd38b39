/**
 * The Node interface: `node(id:)` and `nodes(ids:)` decode the global id and load the item through the
 * owning domain's loader (load-item.ts); the type name travels with the item for `__resolveType`.
 */
import type { Resolvers } from '../../generated/graphql.js';
import { BadUserInputError } from '../../shared/errors.js';
import { fromGlobalId } from '../../shared/global-id.js';
import { loadItem, typeNameOfItem } from './load-item.js';

const MAX_IDS = 500;

export const nodeResolvers: Resolvers = {
  Query: {
    node: (_root, { id }, { loaders }) => loadItem(fromGlobalId(id, 'id'), loaders),
    nodes: (_root, { ids }, { loaders }) => {
      if (ids.length > MAX_IDS) throw new BadUserInputError('ids', `at most ${MAX_IDS} ids per request; got ${ids.length}.`);
      return Promise.all(ids.map((id, i) => loadItem(fromGlobalId(id, `ids[${i}]`), loaders)));
    },
  },
  Node: {
    __resolveType: (item) => typeNameOfItem(item),
  },
};
