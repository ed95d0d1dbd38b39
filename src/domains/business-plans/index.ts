/** Business plans: departments' commitments and the sub-outcomes they deliver. */
import type { DomainModule } from '../../shared/domain-module.js';
import { BUSINESS_PLANS_EXAMPLES } from './business-plans-examples.js';
import { createBusinessPlanLoaders } from './business-plans.loaders.js';
import { businessPlanResolvers } from './business-plans.resolvers.js';

export const businessPlansModule = {
  name: 'businessPlans',
  typeDefs: ['business-plans.graphql'],
  resolvers: [businessPlanResolvers],
  createLoaders: createBusinessPlanLoaders,
  mappers: {
    BusinessPlanCommitment: 'domains/business-plans/business-plans.models.js#CommitmentModel',
    SubOutcomeCommitments: 'domains/business-plans/business-plans.views.js#SubOutcomeCommitmentsView',
  },
  examples: BUSINESS_PLANS_EXAMPLES,
} as const satisfies DomainModule<'businessPlans'>;
