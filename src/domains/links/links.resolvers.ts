/** Resolvers for analysts' links, the audit trail, and the writing mutations (thin: the rules live in *-changes.ts). */
import type { AlignmentStrength, LinkKind, LinkStatus, Resolvers } from '../../generated/graphql.js';
import { paginate } from '../../shared/connection.js';
import { BadUserInputError } from '../../shared/errors.js';
import { fromGlobalId, keyOf, toGlobalId } from '../../shared/global-id.js';
import { findHistoryOfActor } from '../history/history.repository.js';
import { resolveReferencedItem } from '../nodes/load-item.js';
import { findLinks } from './links.repository.js';
import { createLink, retireLink, updateLink, validateLink } from './link-changes.js';


export const linkResolvers: Resolvers = {
  Query: {
    links: async (_root, { statuses, plan, first, after }, { executor }) =>
      paginate(await findLinks(executor, (statuses ?? ['PROPOSED', 'VALIDATED', 'SUSPECT']) as LinkStatus[], plan ?? null), { first, after }, (node) => ({ node })),
    history: async (_root, { id, actor, first }, { executor, loaders }) => {
      const limit = first ?? 50;
      if (!Number.isInteger(limit) || limit < 1 || limit > 500) throw new BadUserInputError('first', `must be an integer from 1 to 500; got ${limit}.`);
      if (id) return (await loaders.links.historyOf.load(fromGlobalId(id, 'id').key)).slice(0, limit);
      if (actor) return findHistoryOfActor(executor, actor, limit);
      throw new BadUserInputError('id', 'give the id of an item or link, or an actor.');
    },
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
    from: (link, _args, context, info) => resolveReferencedItem(link.from, context, info) as never,
    to: (link, _args, context, info) => resolveReferencedItem(link.to, context, info) as never,
    history: (link, _args, { loaders }) => loaders.links.historyOf.load(link.key),
  },
  StrategicPlan: {
    suspectLinks: (plan, _args, { loaders }) => loaders.links.suspectLinksOfPlan.load(plan.key),
  },
  Action: {
    links: (action, _args, { loaders }) => loaders.links.linksOfItem.load(action.key),
  },
};
