/** Resolvers for partner priorities, alignments, the alignment matrix and shared ground. */
import type { Resolvers } from '../../generated/graphql.js';
import { integerArgument } from '../../shared/errors.js';
import { found, loadRequired } from '../../shared/by-keys.js';
import { recordId, toGlobalId } from '../../shared/global-id.js';
import { resolveReferencedItem } from '../nodes/load-item.js';
import { buildMatrix, sharedGround } from './alignment-matrix.js';

export const partnerResolvers: Resolvers = {
  PartnerPriority: {
    id: (p) => toGlobalId('PartnerPriority', p.key),
    strategy: async (p, _args, { loaders }) => loadRequired(loaders.documents.documentByKey, p.strategyKey),
    parent: (p, _args, { loaders }) => (p.parentKey ? loaders.partners.priorityByKey.load(p.parentKey) : null),
    subPriorities: async (p, _args, { loaders }) => (await loaders.partners.prioritiesOfStrategy.load(p.strategyKey)).filter((s) => s.parentKey === p.key),
    alignsWith: (p, _args, { loaders }) => loaders.partners.alignmentsOfPriority.load(p.key),
  },
  Alignment: {
    id: (a) => recordId('Alignment', a.priorityKey, a.target.typeName, a.target.key),
    priority: async (a, _args, { loaders }) => loadRequired(loaders.partners.priorityByKey, a.priorityKey),
    target: (a, _args, context, info) => resolveReferencedItem(a.target, context, info),
  },
  Document: {
    priorities: async (doc, _args, { loaders }) => (await loaders.partners.prioritiesOfStrategy.load(doc.key)).filter((p) => p.parentKey === null),
    unalignedPriorities: async (doc, _args, { loaders }) => {
      const priorities = await loaders.partners.prioritiesOfStrategy.load(doc.key);
      const alignments = found(await loaders.partners.alignmentsOfPriority.loadMany(priorities.map((p) => p.key)));
      return priorities.filter((_p, i) => alignments[i]!.length === 0);
    },
  },
  StrategicPlan: {
    alignmentMatrix: async (plan, { includeIllustrative }, { loaders }) => {
      const { outcomes, alignments } = await loaders.partners.alignmentsWithinPlan.load(plan.key);
      return buildMatrix(outcomes.map((o) => o.key), alignments, includeIllustrative ?? true);
    },
    sharedGround: async (plan, { minStrategies, includeIllustrative }, { loaders }) => {
      const min = integerArgument('minStrategies', minStrategies ?? 2, 1, 20);
      return sharedGround((await loaders.partners.alignmentsWithinPlan.load(plan.key)).alignments, min, includeIllustrative ?? true);
    },
  },
  AlignmentMatrix: {
    strategies: async (matrix, _args, { loaders }) => found(await loaders.documents.documentByKey.loadMany(matrix.strategyKeys)),
  },
  AlignmentRow: {
    outcome: async (row, _args, { loaders }) => loadRequired(loaders.plans.outcomeByKey, row.outcomeKey),
  },
  AlignmentCell: {
    strategy: async (cell, _args, { loaders }) => loadRequired(loaders.documents.documentByKey, cell.strategyKey),
  },
  SharedGround: {
    item: (shared, _args, context, info) => resolveReferencedItem(shared.target, context, info),
    strategies: async (shared, _args, { loaders }) => found(await loaders.documents.documentByKey.loadMany(shared.strategyKeys)),
    partnerships: async (shared, _args, { loaders }) => {
      const strategies = found(await loaders.documents.documentByKey.loadMany(shared.strategyKeys));
      const ownerKeys = [...new Set(strategies.map((s) => s.ownerKey).filter((k): k is string => !!k))];
      return found(await loaders.governance.organisationByKey.loadMany(ownerKeys));
    },
  },
  Outcome: {
    partnerAlignments: (outcome, _args, { loaders }) => loaders.partners.alignmentsToTarget.load(outcome.key),
  },
  SubOutcome: {
    partnerAlignments: (sub, _args, { loaders }) => loaders.partners.alignmentsToTarget.load(sub.key),
  },
};
