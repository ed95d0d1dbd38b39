/**
 * Measures: the indicators plans, outcomes, sub-outcomes and aims are judged by (those the papers name, each
 * cited, and those analysts add), what each judges, and adding one. Targets and values will hang off them.
 */
import type { DomainModule } from '../../shared/domain-module.js';
import { createMeasureLoaders } from './measures.loaders.js';
import { measureResolvers } from './measures.resolvers.js';

const models = 'domains/measures/measures.models.js';

export const measuresModule = {
  name: 'measures',
  typeDefs: ['measures.graphql'],
  resolvers: [measureResolvers],
  createLoaders: createMeasureLoaders,
  mappers: { Measure: `${models}#MeasureModel`, MeasuredItem: `${models}#MeasuredItemModel` },
} as const satisfies DomainModule<'measures'>;
