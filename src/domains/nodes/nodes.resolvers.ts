/**
 * The Node interface: `node(id:)` and `nodes(ids:)` decode the global id and hand the key to the owning
 * domain's fetcher; the type name travels with the item so `__resolveType` needs no guessing.
 */
import type { Resolvers } from '../../generated/graphql.js';
import { fromGlobalId } from '../../shared/global-id.js';
import { BadUserInputError } from '../../shared/errors.js';
import type { GraphQLContext } from '../../context.js';
import type { NodeFetchers } from './node-fetchers.js';

const TYPE_NAME = Symbol('typeName');
const MAX_IDS = 500;

export function createNodeResolvers(fetchers: NodeFetchers): Resolvers {
  const fetchNode = async (id: string, argumentName: string, loaders: GraphQLContext['loaders']) => {
    const { typeName, key } = fromGlobalId(id, argumentName);
    const fetch = fetchers[typeName];
    const item = fetch ? await fetch(key, loaders) : null;
    return item ? Object.assign(Object.create(null), item, { [TYPE_NAME]: typeName }) : null;
  };
  return {
    Query: {
      node: (_root, { id }, { loaders }) => fetchNode(id, 'id', loaders),
      nodes: (_root, { ids }, { loaders }) => {
        if (ids.length > MAX_IDS) throw new BadUserInputError('ids', `at most ${MAX_IDS} ids per request; got ${ids.length}.`);
        return Promise.all(ids.map((id, i) => fetchNode(id, `ids[${i}]`, loaders)));
      },
    },
    Node: {
      __resolveType: (item) => (item as unknown as Record<symbol, string>)[TYPE_NAME] as never,
    },
  };
}
