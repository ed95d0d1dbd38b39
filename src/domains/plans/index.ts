/**
 * Plans: the Strategic Plans and their outcomes, sub-outcomes, aims, actions, themes and statements,
 * and the mutations that add, reword and retire an analyst's items.
 */
import type { DomainModule } from '../../shared/domain-module.js';
import { planItemResolvers } from './plan-items.resolvers.js';
import { PLANS_EXAMPLES } from './plans-examples.js';
import { createPlanLoaders } from './plans.loaders.js';
import { planPrefetchers } from './plans.prefetch.js';
import { planResolvers } from './plans.resolvers.js';

const models = 'domains/plans/plans.models.js';

export const plansModule = {
  name: 'plans',
  typeDefs: ['plans.graphql'],
  resolvers: [planResolvers, planItemResolvers],
  createLoaders: createPlanLoaders,
  prefetchers: planPrefetchers,
  mappers: {
    StrategicPlan: `${models}#PlanModel`, Outcome: `${models}#OutcomeModel`, SubOutcome: `${models}#SubOutcomeModel`,
    Aim: `${models}#AimModel`, Action: `${models}#ActionModel`, Theme: `${models}#ThemeModel`, SubTheme: `${models}#SubThemeModel`,
    Statement: `${models}#StatementModel`,
    ItemChange: 'domains/plans/plans.views.js#ItemChangeView',
  },
  publicFiles: ['plan-period.ts', 'plan-item-changes.ts', 'plan-item-writes.ts'],
  examples: PLANS_EXAMPLES,
} as const satisfies DomainModule<'plans'>;
