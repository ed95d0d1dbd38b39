/** Mutations on the plan's aims and actions (thin: the rules are in plan-item-changes.ts). */
import type { Resolvers } from '../../generated/graphql.js';
import { fromGlobalId, keyOf } from '../../shared/global-id.js';
import { resolveReferencedItem } from '../nodes/load-item.js';
import { createAction, createAim, retirePlanItem, rewordPlanItem } from './plan-item-changes.js';
import { loadRequired } from '../../shared/by-keys.js';

export const planItemResolvers: Resolvers = {
  Mutation: {
    createAction: async (_root, { input }, context) => {
      const key = await createAction(context, {
        text: input.text, planKey: input.plan.trim(), ownerKey: input.owner ?? null,
        parentKey: input.under ? keyOf(input.under, 'input.under', 'Aim', 'SubOutcome') : null,
      });
      return loadRequired(context.loaders.plans.actionByKey, key);
    },
    createAim: async (_root, { input }, context) => {
      const key = await createAim(context, { subOutcomeKey: keyOf(input.subOutcome, 'input.subOutcome', 'SubOutcome'), text: input.text, ownerKey: input.owner ?? null });
      return loadRequired(context.loaders.plans.aimByKey, key);
    },
    rewordItem: async (_root, { id, expectedVersion, text }, context) => {
      const { typeName, key } = fromGlobalId(id, 'id');
      const flagged = await rewordPlanItem(context, keyOf(id, 'id', 'Action', 'Aim'), expectedVersion, text);
      return { item: { typeName, key }, suspectLinksFlagged: flagged };
    },
    retireItem: async (_root, { id, expectedVersion, reason }, context) => {
      const { typeName, key } = fromGlobalId(id, 'id');
      const flagged = await retirePlanItem(context, keyOf(id, 'id', 'Action', 'Aim'), expectedVersion, reason);
      return { item: { typeName, key }, suspectLinksFlagged: flagged };
    },
  },
  ItemChange: {
    item: (change, _args, context, info) => resolveReferencedItem(change.item, context, info),
  },
};
