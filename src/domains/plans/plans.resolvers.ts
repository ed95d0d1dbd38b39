/** Resolvers for plans and their trees: arguments in, loader calls out, nothing else. */
import type { Resolvers } from '../../generated/graphql.js';
import { found } from '../../shared/by-keys.js';
import { toGlobalId } from '../../shared/global-id.js';
import { prefetchBelow } from '../../shared/prefetch.js';
import { statusOf } from '../documents/document-status.js';

/** A code such as `9.3` or `WO.2` (not a name or a wording): only then is `<plan>/<code>` worth guessing as the key. */
const looksLikeCode = (text: string) => /^[A-Za-z0-9.-]{1,12}$/.test(text.trim());

export const planResolvers: Resolvers = {
  Query: {
    plans: (_root, _args, { loaders }) => loaders.plans.allPlans.load('all'),
    // A plan's key is its period, and an item asked by its code has the key `<plan>/<code>`, so the fields
    // below can start loading with these (src/shared/prefetch.ts): the question goes in one wave.
    plan: (_root, { period }, context, info) => {
      prefetchBelow('StrategicPlan', period.trim(), info, context);
      return context.loaders.plans.planByPeriod.load(period.trim());
    },
    outcome: (_root, { plan, code }, context, info) => {
      if (looksLikeCode(code)) prefetchBelow('Outcome', `${plan.trim()}/${code.trim()}`, info, context);
      return context.loaders.plans.outcomeByReference.load({ plan, ref: code });
    },
    subOutcome: (_root, { plan, code }, context, info) => {
      if (looksLikeCode(code)) prefetchBelow('SubOutcome', `${plan.trim()}/${code.trim()}`, info, context);
      return context.loaders.plans.subOutcomeByReference.load({ plan, ref: code });
    },
  },
  StrategicPlan: {
    id: (plan) => toGlobalId('StrategicPlan', plan.key),
    status: (plan) => statusOf(plan.status),
    outcomes: (plan, _args, { loaders }) => loaders.plans.outcomesOfPlan.load(plan.key),
    themes: (plan, _args, { loaders }) => loaders.plans.themesOfPlan.load(plan.key),
    statements: async (plan, { kind }, { loaders }) =>
      (await loaders.plans.statementsOfDocument.load(plan.key)).filter((s) => !kind || s.kind === kind),
  },
  Outcome: {
    id: (outcome) => toGlobalId('Outcome', outcome.key),
    plan: (outcome, _args, { loaders }) => loaders.plans.planByPeriod.load(outcome.planKey),
    document: async (outcome, _args, { loaders }) => (await loaders.documents.documentByKey.load(outcome.planKey))!,
    subOutcomes: (outcome, _args, { loaders }) => loaders.plans.subOutcomesOfOutcome.load(outcome.key),
    aliases: (outcome, _args, { loaders }) => loaders.provenance.aliasesOfItem.load(outcome.key),
  },
  SubOutcome: {
    id: (sub) => toGlobalId('SubOutcome', sub.key),
    outcome: async (sub, _args, { loaders }) => (await loaders.plans.outcomeByKey.load(sub.outcomeKey))!,
    aims: (sub, _args, { loaders }) => loaders.plans.aimsOfSubOutcome.load(sub.key),
    aliases: (sub, _args, { loaders }) => loaders.provenance.aliasesOfItem.load(sub.key),
  },
  Aim: {
    id: (aim) => toGlobalId('Aim', aim.key),
    subOutcome: async (aim, _args, { loaders }) => (await loaders.plans.subOutcomeByKey.load(aim.subOutcomeKey))!,
    actions: (aim, _args, { loaders }) => loaders.plans.actionsOfAim.load(aim.key),
  },
  Action: {
    id: (action) => toGlobalId('Action', action.key),
    aim: (action, _args, { loaders }) => (action.aimKey ? loaders.plans.aimByKey.load(action.aimKey) : null),
    subOutcome: (action, _args, { loaders }) => (action.subOutcomeKey ? loaders.plans.subOutcomeByKey.load(action.subOutcomeKey) : null),
    owner: (action, _args, { loaders }) => (action.ownerKey ? loaders.governance.organisationByKey.load(action.ownerKey) : null),
    deliveredThrough: async (action, _args, { loaders }) => {
      const keys = await loaders.plans.deliveryDocumentsOfAction.load(action.key);
      return found(await loaders.documents.documentByKey.loadMany(keys));
    },
  },
  Theme: {
    id: (theme) => toGlobalId('Theme', theme.key),
  },
  SubTheme: {
    id: (sub) => toGlobalId('SubTheme', sub.key),
  },
  Statement: {
    id: (statement) => toGlobalId('Statement', statement.key),
    document: async (statement, _args, { loaders }) => (await loaders.documents.documentByKey.load(statement.documentKey))!,
  },
};
