/** Backup: the whole graph exported and restored (admin). */
import type { DomainModule } from '../../shared/domain-module.js';
import { backupResolvers } from './backup.resolvers.js';

export const backupModule = {
  name: 'backup',
  typeDefs: ['backup.graphql'],
  resolvers: [backupResolvers],
} as const satisfies DomainModule<'backup'>;
