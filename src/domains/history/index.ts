/**
 * History: the audit trail. Every change writes one event, in the one shape audit-event.ts defines, inside
 * the statement that makes the change; this domain answers `history` and a link's `history`.
 */
import type { DomainModule } from '../../shared/domain-module.js';
import { createHistoryLoaders } from './history.loaders.js';
import { historyResolvers } from './history.resolvers.js';

export { eventVisibleTo } from './event-visibility.js';
export type { AuditEventModel } from './history.repository.js';
export { auditEventClause, auditParameter, type AuditContext, type AuditInput } from './audit-event.js';

export const historyModule = {
  name: 'history',
  typeDefs: ['history.graphql'],
  resolvers: [historyResolvers],
  createLoaders: createHistoryLoaders,
  mappers: { AuditEvent: 'domains/history/history.repository.js#AuditEventModel' },
  publicFiles: ['audit-event.ts'],
} as const satisfies DomainModule<'history'>;
