/** Partners: partner strategies' priorities, their alignment with the council's outcomes, and shared ground. */
import type { DomainModule } from '../../shared/domain-module.js';
import { PARTNERS_EXAMPLES } from './partners-examples.js';
import { createPartnerLoaders } from './partners.loaders.js';
import { partnerPrefetchers } from './partners.prefetch.js';
import { partnerResolvers } from './partners.resolvers.js';

const matrix = 'domains/partners/alignment-matrix.js';

export const partnersModule = {
  name: 'partners',
  typeDefs: ['partners.graphql'],
  resolvers: [partnerResolvers],
  createLoaders: createPartnerLoaders,
  prefetchers: partnerPrefetchers,
  mappers: {
    PartnerPriority: 'domains/partners/partners.models.js#PartnerPriorityModel', Alignment: 'domains/partners/partners.models.js#AlignmentModel',
    AlignmentMatrix: `${matrix}#AlignmentMatrixModel`, AlignmentRow: `${matrix}#AlignmentRowModel`, AlignmentCell: `${matrix}#AlignmentCellModel`,
    SharedGround: `${matrix}#SharedGroundModel`,
  },
  examples: PARTNERS_EXAMPLES,
} as const satisfies DomainModule<'partners'>;
