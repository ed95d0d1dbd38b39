/** Resolvers for measures: the papers' indicators and analysts' measures, what each judges, and adding one. */
import type { MeasureKind, Resolvers } from '../../generated/graphql.js';
import { keyOf, toGlobalId } from '../../shared/global-id.js';
import { resolveReferencedItem } from '../nodes/load-item.js';
import { createMeasure } from './measure-changes.js';

export const measureResolvers: Resolvers = {
  Query: {
    measure: (_root, { key }, { loaders }) => loaders.measures.measureByKey.load(key.trim()),
    measures: (_root, { kind }, { loaders }) => loaders.measures.allMeasures.load(kind ?? ''),
  },
  Mutation: {
    createMeasure: async (_root, { input }, context) => {
      const key = await createMeasure(context, {
        forKey: keyOf(input.for, 'input.for', 'Aim', 'SubOutcome'), name: input.name, unit: input.unit ?? null, target: input.target ?? null, ownerKey: input.owner ?? null,
      });
      return (await context.loaders.measures.measureByKey.load(key))!;
    },
  },
  Measure: {
    id: (m) => toGlobalId('Measure', m.key),
    measureKind: (m) => m.kind as MeasureKind,
    kind: (m) => m.kind as MeasureKind,
    judges: (m, _args, context, info) => resolveReferencedItem(m.assesses[0]!.item, context, info),
    owner: (m, _args, { loaders }) => (m.ownerKey ? loaders.governance.organisationByKey.load(m.ownerKey) : null),
    aliases: (m, _args, { loaders }) => loaders.provenance.aliasesOfItem.load(m.key),
  },
  MeasuredItem: {
    item: (a, _args, context, info) => resolveReferencedItem(a.item, context, info),
  },
  StrategicPlan: {
    measures: (plan, _args, { loaders }) => loaders.measures.measuresOf.load(plan.key),
  },
  Outcome: {
    measures: (outcome, _args, { loaders }) => loaders.measures.measuresOf.load(outcome.key),
  },
  SubOutcome: {
    measures: (sub, _args, { loaders }) => loaders.measures.measuresOf.load(sub.key),
  },
  Aim: {
    measures: (aim, _args, { loaders }) => loaders.measures.measuresOf.load(aim.key),
  },
};
