/** Resolvers for the audit trail: `history(id:|actor:)` and a link's `history`. */
import type { Resolvers } from '../../generated/graphql.js';
import type { Caller } from '../../auth/roles.js';
import { BadUserInputError, integerArgument } from '../../shared/errors.js';
import { fromGlobalId } from '../../shared/global-id.js';
import { ITEM_KIND_NAMES, ITEM_KINDS } from '../../shared/item-kinds.js';
import { isLinkKey } from '../../shared/link-keys.js';
import { eventGlobalId, eventVisibleTo } from './event-visibility.js';
import { findHistoryOfActor, type AuditEventModel } from './history.repository.js';

// Labelled items (a link is a relationship, checked by its key); from the shared registry, as nodes reads this domain.
const ITEM_TYPE_NAMES: ReadonlySet<string> = new Set(ITEM_KIND_NAMES.filter((kind) => ITEM_KINDS[kind].labels.length > 0));

/** The key whose audit trail `history(id:)` reads: only an item's or a link's, never another record's. */
function historyKeyOf(id: string): string {
  const { typeName, key } = fromGlobalId(id, 'id');
  if (typeName === 'Link' ? !isLinkKey(key) : !ITEM_TYPE_NAMES.has(typeName)) {
    throw new BadUserInputError('id', `expected the id of an item or a link (the \`id\` field of one), got the id of a ${typeName}.`);
  }
  return key;
}

/** The events of a trail the caller may see (event-visibility.ts). */
const visibleHistory = (caller: Caller | null) => (events: AuditEventModel[]) => events.filter((e) => eventVisibleTo(caller, e));

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
  AuditEvent: {
    id: (event) => eventGlobalId(event),
  },
  Link: {
    history: async (link, { first }, { loaders, caller }) =>
      visibleHistory(caller)(await loaders.history.historyOf.load(link.key)).slice(0, integerArgument('first', first ?? 50, 1, 500)),
  },
};
