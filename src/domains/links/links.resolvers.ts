/** Resolvers for analysts' links, the audit trail, and the writing mutations (thin: the rules live in *-changes.ts). */
import type { AlignmentStrength, LinkKind, LinkStatus, Resolvers } from '../../generated/graphql.js';
import { paginate } from '../../shared/connection.js';
import { BadUserInputError } from '../../shared/errors.js';
import { fromGlobalId, keyOf, toGlobalId } from '../../shared/global-id.js';
import type { Caller } from '../../auth/roles.js';
import { findHistoryOfActor, type AuditEventModel } from '../history/history.repository.js';
import { ITEM_TYPE_NAMES } from '../nodes/item-types.js';
import { resolveReferencedItem } from '../nodes/load-item.js';
import { findLinks, kindOfLinkKey } from './links.repository.js';
import { createLink, retireLink, updateLink, validateLink } from './link-changes.js';

/** The key whose audit trail `history(id:)` reads: only an item's or a link's, never another record's. */
function historyKeyOf(id: string): string {
  const { typeName, key } = fromGlobalId(id, 'id');
  if (typeName === 'Link' ? !kindOfLinkKey(key) : !ITEM_TYPE_NAMES.has(typeName)) {
    throw new BadUserInputError('id', `expected the id of an item or a link (the \`id\` field of one), got the id of a ${typeName}.`);
  }
  return key;
}

/**
 * What of the audit trail a caller sees (docs/security.md): everyone sees who changed the thread, by the name
 * the change was recorded under (the same name a link's createdBy shows); token management (token.create,
 * token.revoke: token ids, names and roles) is for admins only, as `apiTokens` is.
 */
function visibleHistory(caller: Caller | null) {
  const admin = caller?.role === 'admin';
  return (events: AuditEventModel[]) => (admin ? events : events.filter((e) => !e.action.startsWith('token.') && !e.targetKey?.startsWith('token:')));
}

export const linkResolvers: Resolvers = {
  Query: {
    links: async (_root, { statuses, plan, first, after }, { executor }) =>
      paginate(await findLinks(executor, (statuses ?? ['PROPOSED', 'VALIDATED', 'SUSPECT']) as LinkStatus[], plan ?? null), { first, after }, (node) => ({ node })),
    history: async (_root, { id, actor, first }, { executor, loaders, caller }) => {
      const limit = first ?? 50;
      if (!Number.isInteger(limit) || limit < 1 || limit > 500) throw new BadUserInputError('first', `must be an integer from 1 to 500; got ${limit}.`);
      const shown = visibleHistory(caller);
      if (id) return shown(await loaders.links.historyOf.load(historyKeyOf(id))).slice(0, limit);
      if (actor) return shown(await findHistoryOfActor(executor, actor, limit));
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
    history: async (link, _args, { loaders, caller }) => visibleHistory(caller)(await loaders.links.historyOf.load(link.key)),
  },
  StrategicPlan: {
    suspectLinks: (plan, _args, { loaders }) => loaders.links.suspectLinksOfPlan.load(plan.key),
  },
  Action: {
    links: (action, _args, { loaders }) => loaders.links.linksOfItem.load(action.key),
  },
};
