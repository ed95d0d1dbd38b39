/** Resolvers for plans, outcomes, sub-outcomes and themes: arguments in, loader calls out, nothing else. */
import type { Resolvers } from '../../generated/graphql.js';
import { toGlobalId } from '../../shared/global-id.js';
import type { NodeFetchers } from '../nodes/node-fetchers.js';

export const planResolvers: Resolvers = {
  Query: {
    plans: (_root, _args, { loaders }) => loaders.plans.allPlans.load('all'),
    plan: (_root, { period }, { loaders }) => loaders.plans.planByPeriod.load(period.trim()),
    outcome: (_root, { plan, code }, { loaders }) => loaders.plans.outcomeByReference.load({ plan, ref: code }),
    subOutcome: (_root, { plan, code }, { loaders }) => loaders.plans.subOutcomeByReference.load({ plan, ref: code }),
  },
  StrategicPlan: {
    id: (plan) => toGlobalId('StrategicPlan', plan.key),
    status: (plan) => plan.status.toUpperCase() as never,
    outcomes: (plan, _args, { loaders }) => loaders.plans.outcomesOfPlan.load(plan.key),
    themes: (plan, _args, { loaders }) => loaders.plans.themesOfPlan.load(plan.key),
  },
  Outcome: {
    id: (outcome) => toGlobalId('Outcome', outcome.key),
    // A plan's key is its period (checked when seeds are compiled), so the period loader serves here too.
    plan: async (outcome, _args, { loaders }) => (await loaders.plans.planByPeriod.load(outcome.planKey))!,
    subOutcomes: (outcome, _args, { loaders }) => loaders.plans.subOutcomesOfOutcome.load(outcome.key),
    aliases: (outcome, _args, { loaders }) => loaders.provenance.aliasesOfItem.load(outcome.key),
  },
  SubOutcome: {
    id: (sub) => toGlobalId('SubOutcome', sub.key),
    outcome: async (sub, _args, { loaders }) => (await loaders.plans.outcomeByKey.load(sub.outcomeKey))!,
    aliases: (sub, _args, { loaders }) => loaders.provenance.aliasesOfItem.load(sub.key),
  },
  Theme: {
    id: (theme) => toGlobalId('Theme', theme.key),
  },
};

/** How `node(id:)` fetches each type this domain owns. */
export const planNodeFetchers: NodeFetchers = {
  StrategicPlan: (key, loaders) => loaders.plans.planByPeriod.load(key),
  Outcome: (key, loaders) => loaders.plans.outcomeByKey.load(key),
  SubOutcome: (key, loaders) => loaders.plans.subOutcomeByKey.load(key),
  Theme: (key, loaders) => loaders.plans.themeByKey.load(key),
};
