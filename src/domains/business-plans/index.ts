/** Business plans: departments' commitments and the sub-outcomes they deliver. */
import type { DomainModule } from '../../shared/domain-module.js';
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
} as const satisfies DomainModule<'businessPlans'>;
