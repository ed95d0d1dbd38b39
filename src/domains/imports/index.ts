/** Imports: spreadsheets (CSV, Excel workbooks) and YAML files of links, items and savings lines, headed as councils head them, checked whole, dry-run or applied. */
import type { DomainModule } from '../../shared/domain-module.js';
import { importResolvers } from './imports.resolvers.js';

export const importsModule = {
  name: 'imports',
  typeDefs: ['imports.graphql'],
  resolvers: [importResolvers],
  mappers: { ImportResult: 'domains/imports/run-import.js#ImportResultModel', ImportChange: 'domains/imports/run-import.js#ImportChangeModel' },
} as const satisfies DomainModule<'imports'>;
