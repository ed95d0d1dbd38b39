/** Resolvers for plans and their trees: arguments in, loader calls out, nothing else. */
import type { Resolvers } from '../../generated/graphql.js';
import { found, loadRequired } from '../../shared/by-keys.js';
import { toGlobalId } from '../../shared/global-id.js';
import { prefetchBelow } from '../../shared/prefetch.js';
import { statusOf } from '../documents/document-status.js';
import { planKeyGuesses } from './plan-key-guesses.js';

/** A code such as `9.3` or `WO.2` (not a name or a wording): only then is `<plan>/<code>` worth guessing as the key. */
const looksLikeCode = (text: string) => /^[A-Za-z0-9.-]{1,12}$/.test(text.trim());

const councilOf = (council: string | null | undefined) => council?.trim() || null;

export const planResolvers: Resolvers = {
  Query: {
    plans: (_root, { council }, { loaders }) => loaders.plans.plansOfCouncil.load({ council: councilOf(council) }).then((plans) => plans ?? []),
    // The loads below a plan or item are started with the keys it probably has (plan-key-guesses.ts), in
    // the same tick as the look-up itself (src/shared/prefetch.ts): the question goes in one wave.
    plan: (_root, { council, period }, context, info) => {
      for (const key of planKeyGuesses(period, council, context.defaultCouncil)) prefetchBelow('StrategicPlan', key, info, context);
      return context.loaders.plans.planByReference.load({ council: councilOf(council), plan: period });
    },
    outcome: (_root, { council, plan, code }, context, info) => {
      if (looksLikeCode(code)) for (const key of planKeyGuesses(plan, council, context.defaultCouncil)) prefetchBelow('Outcome', `${key}/${code.trim()}`, info, context);
      return context.loaders.plans.outcomeByReference.load({ council: councilOf(council), plan, ref: code });
    },
    subOutcome: (_root, { council, plan, code }, context, info) => {
      if (looksLikeCode(code)) for (const key of planKeyGuesses(plan, council, context.defaultCouncil)) prefetchBelow('SubOutcome', `${key}/${code.trim()}`, info, context);
      return context.loaders.plans.subOutcomeByReference.load({ council: councilOf(council), plan, ref: code });
    },
  },
  StrategicPlan: {
    id: (plan) => toGlobalId('StrategicPlan', plan.key),
    documentStatus: (plan) => statusOf(plan.status),
    status: (plan) => statusOf(plan.status),
    outcomes: (plan, _args, { loaders }) => loaders.plans.outcomesOfPlan.load(plan.key),
    themes: (plan, _args, { loaders }) => loaders.plans.themesOfPlan.load(plan.key),
    statements: async (plan, { kind }, { loaders }) =>
      (await loaders.plans.statementsOfDocument.load(plan.key)).filter((s) => !kind || s.kind === kind),
  },
  Outcome: {
    id: (outcome) => toGlobalId('Outcome', outcome.key),
    plan: (outcome, _args, { loaders }) => loaders.plans.planByKey.load(outcome.planKey),
    document: async (outcome, _args, { loaders }) => loadRequired(loaders.documents.documentByKey, outcome.planKey),
    subOutcomes: (outcome, _args, { loaders }) => loaders.plans.subOutcomesOfOutcome.load(outcome.key),
    aliases: (outcome, _args, { loaders }) => loaders.provenance.aliasesOfItem.load(outcome.key),
  },
  SubOutcome: {
    id: (sub) => toGlobalId('SubOutcome', sub.key),
    outcome: async (sub, _args, { loaders }) => loadRequired(loaders.plans.outcomeByKey, sub.outcomeKey),
    aims: (sub, _args, { loaders }) => loaders.plans.aimsOfSubOutcome.load(sub.key),
    aliases: (sub, _args, { loaders }) => loaders.provenance.aliasesOfItem.load(sub.key),
  },
  Aim: {
    id: (aim) => toGlobalId('Aim', aim.key),
    subOutcome: async (aim, _args, { loaders }) => loadRequired(loaders.plans.subOutcomeByKey, aim.subOutcomeKey),
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
    statementKind: (statement) => statement.kind,
    statementText: (statement) => statement.text,
    document: async (statement, _args, { loaders }) => loadRequired(loaders.documents.documentByKey, statement.documentKey),
  },
};
