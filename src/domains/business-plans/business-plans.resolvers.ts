/** Resolvers for business plans: commitments, what they deliver, a department's view, and coverage. */
import type { Resolvers } from '../../generated/graphql.js';
import { found, loadRequired } from '../../shared/by-keys.js';
import { toGlobalId } from '../../shared/global-id.js';
import { loadExistingItem } from '../nodes/load-item.js';

export const businessPlanResolvers: Resolvers = {
  Query: {
    organisation: (_root, { key }, { loaders }) => loaders.governance.organisationByKey.load(key.trim()),
  },
  BusinessPlanCommitment: {
    id: (c) => toGlobalId('BusinessPlanCommitment', c.key),
    businessPlan: async (c, _args, { loaders }) => loadRequired(loaders.documents.documentByKey, c.businessPlanKey),
    department: async (c, _args, { loaders }) => {
      const plan = await loaders.documents.documentByKey.load(c.businessPlanKey);
      return plan?.ownerKey ? loaders.governance.organisationByKey.load(plan.ownerKey) : null;
    },
    delivers: async (c, _args, { loaders }) =>
      Promise.all((await loaders.businessPlans.deliveriesOf.load(c.key)).map((d) => loadExistingItem(d.target, loaders))),
  },
  Document: {
    commitments: (doc, _args, { loaders }) => loaders.businessPlans.commitmentsOfPlan.load(doc.key),
  },
  SubOutcome: {
    businessPlanCommitments: (sub, _args, { loaders }) => loaders.businessPlans.commitmentsForSubOutcome.load(sub.key),
  },
  Organisation: {
    businessPlans: async (org, _args, { loaders }) => found(await loaders.documents.documentByKey.loadMany(await loaders.businessPlans.businessPlansOf.load(org.key))),
  },
  StrategicPlan: {
    businessPlanCoverage: async (plan, _args, { loaders }) => {
      const outcomes = await loaders.plans.outcomesOfPlan.load(plan.key);
      const subs = found(await loaders.plans.subOutcomesOfOutcome.loadMany(outcomes.map((o) => o.key))).flat();
      const commitments = found(await loaders.businessPlans.commitmentsForSubOutcome.loadMany(subs.map((s) => s.key)));
      return subs.map((subOutcome, i) => ({ subOutcome, commitments: commitments[i]! }));
    },
  },
  SubOutcomeCommitments: {
    departments: async (row, _args, { loaders }) => {
      const plans = found(await loaders.documents.documentByKey.loadMany([...new Set(row.commitments.map((c) => c.businessPlanKey))]));
      const owners = [...new Set(plans.map((p) => p.ownerKey).filter((k): k is string => !!k))].sort();
      return found(await loaders.governance.organisationByKey.loadMany(owners));
    },
  },
};
