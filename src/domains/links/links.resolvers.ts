/** Resolvers for analysts' links and their mutations (thin: the rules live in *-changes.ts). */
import { keepReadable } from '../../auth/read-filter.js';
import type { AlignmentStrength, LinkKind, LinkStatus, Resolvers } from '../../generated/graphql.js';
import { paginate } from '../../shared/connection.js';
import { integerArgument } from '../../shared/errors.js';
import { keyOf, toGlobalId } from '../../shared/global-id.js';
import { resolveReferencedItem } from '../nodes/load-item.js';
import { findLinks } from './links.repository.js';
import { createLink, retireLink, updateLink, validateLink } from './link-changes.js';

export const linkResolvers: Resolvers = {
  Query: {
    // keepReadable before paging, so a scoped reader's page and totalCount are over the links it may read.
    links: async (_root, { statuses, plan, first, after }, { executor, readable }) =>
      paginate(keepReadable(readable, await findLinks(executor, (statuses ?? ['PROPOSED', 'VALIDATED', 'SUSPECT']) as LinkStatus[], plan ?? null)), { first, after }, (node) => ({ node })),
  },
  Mutation: {
    createLink: (_root, { input }, context) =>
      createLink(context, {
        fromKey: keyOf(input.from, 'input.from'), toKey: keyOf(input.to, 'input.to'), kind: input.kind, rationale: input.rationale,
        strength: input.strength, share: input.share,
      }),
    updateLink: (_root, { id, expectedVersion, input }, context) =>
      updateLink(context, id, keyOf(id, 'id', 'Link'), expectedVersion, {
        ...(input.rationale !== undefined ? { rationale: input.rationale } : {}),
        ...(input.strength !== undefined ? { strength: input.strength } : {}),
        ...(input.share !== undefined ? { share: input.share } : {}),
      }),
    validateLink: (_root, { id, expectedVersion }, context) => validateLink(context, id, keyOf(id, 'id', 'Link'), expectedVersion),
    retireLink: (_root, { id, expectedVersion, reason }, context) => retireLink(context, id, keyOf(id, 'id', 'Link'), expectedVersion, reason),
  },
  Link: {
    id: (link) => toGlobalId('Link', link.key),
    kind: (link) => link.kind as LinkKind,
    status: (link) => link.status as LinkStatus,
    strength: (link) => link.strength as AlignmentStrength | null,
    from: (link, _args, context, info) => resolveReferencedItem(link.from, context, info),
    to: (link, _args, context, info) => resolveReferencedItem(link.to, context, info),
  },
  StrategicPlan: {
    suspectLinks: async (plan, { first }, { loaders }) => {
      const limit = integerArgument('first', first ?? 500, 1, 500);
      return (await loaders.links.suspectLinksOfPlan.load(plan.key)).slice(0, limit);
    },
  },
  Action: {
    links: (action, _args, { loaders }) => loaders.links.linksOfItem.load(action.key),
  },
};
