/** Resolvers for the audit trail: `history(id:|actor:)` and a link's `history`. */
import type { Resolvers } from '../../generated/graphql.js';
import type { Caller } from '../../auth/roles.js';
import { BadUserInputError, integerArgument } from '../../shared/errors.js';
import { fromGlobalId } from '../../shared/global-id.js';
import { ITEM_TYPE_NAMES } from '../nodes/item-types.js';
import { isLinkKey } from '../../shared/link-keys.js';
import { findHistoryOfActor, type AuditEventModel } from './history.repository.js';

/** The key whose audit trail `history(id:)` reads: only an item's or a link's, never another record's. */
function historyKeyOf(id: string): string {
  const { typeName, key } = fromGlobalId(id, 'id');
  if (typeName === 'Link' ? !isLinkKey(key) : !ITEM_TYPE_NAMES.has(typeName)) {
    throw new BadUserInputError('id', `expected the id of an item or a link (the \`id\` field of one), got the id of a ${typeName}.`);
  }
  return key;
}

/**
 * What of the audit trail a caller sees (docs/security.md): everyone sees who changed the thread, by the name
 * the change was recorded under (the same name a link's createdBy shows); token management (token.create,
 * token.revoke: token ids, names and roles) is for admins only (admins without a scope), as `apiTokens` is.
 */
function visibleHistory(caller: Caller | null) {
  // A scoped admin manages its own scope's tokens (`apiTokens`); the trail of every token is the whole graph's.
  const admin = caller?.role === 'admin' && !caller.scope;
  return (events: AuditEventModel[]) => (admin ? events : events.filter((e) => !e.action.startsWith('token.') && !e.targetKey?.startsWith('token:')));
}

export const historyResolvers: Resolvers = {
  Query: {
    history: async (_root, { id, actor, first }, { executor, loaders, caller }) => {
      const limit = integerArgument('first', first ?? 50, 1, 500);
      const shown = visibleHistory(caller);
      if (id) return shown(await loaders.history.historyOf.load(historyKeyOf(id))).slice(0, limit);
      if (actor) return shown(await findHistoryOfActor(executor, actor, limit));
      throw new BadUserInputError('id', 'give the id of an item or link, or an actor.');
    },
  },
  Link: {
    history: async (link, _args, { loaders, caller }) => visibleHistory(caller)(await loaders.history.historyOf.load(link.key)),
  },
};
