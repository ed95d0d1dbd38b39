/**
 * Traceability: the golden thread's own questions: supporting actions, coverage and its gaps, lineage across
 * plans, neighbourhoods, paths between items and text search.
 */
import type { DomainModule } from '../../shared/domain-module.js';
import { TRACEABILITY_EXAMPLES } from './traceability-examples.js';
import { createTraceabilityLoaders } from './traceability.loaders.js';
import { traceabilityPrefetchers } from './traceability.prefetch.js';
import { traceabilityResolvers } from './traceability.resolvers.js';

const models = 'domains/traceability/traceability.models.js';
const views = 'domains/traceability/traceability.views.js';
const coverage = 'domains/traceability/coverage.js';

export const traceabilityModule = {
  name: 'traceability',
  typeDefs: ['traceability.graphql'],
  resolvers: [traceabilityResolvers],
  createLoaders: createTraceabilityLoaders,
  prefetchers: traceabilityPrefetchers,
  mappers: {
    OtherWording: `${views}#OtherWordingView`, LinkFacts: `${models}#LinkFactsModel`,
    SupportingActionConnection: `${views}#SupportingActionPage`, SupportingActionEdge: `${views}#SupportingActionEdgeView`,
    PlanCoverage: `${coverage}#PlanCoverageModel`, OutcomeCoverage: `${coverage}#OutcomeCoverageModel`,
    SubOutcomeCoverage: `${coverage}#SubOutcomeCoverageView`, SupportShare: `${coverage}#SupportShareModel`,
    UnlistedSupport: 'domains/traceability/unlisted-support.repository.js#UnlistedSupportModel',
    LineageStep: `${models}#LineageStepModel`, Neighbour: `${models}#NeighbourModel`, ThreadPath: `${models}#PathModel`,
    PathStep: `${views}#PathStepView`, SearchResultConnection: `${views}#SearchPage`, SearchHitEdge: `${views}#SearchHitEdgeView`,
  },
  examples: TRACEABILITY_EXAMPLES,
} as const satisfies DomainModule<'traceability'>;
