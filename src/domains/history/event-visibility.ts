/**
 * What of the audit trail a caller sees (docs/security.md): everyone sees who changed the thread, by the name
 * the change was recorded under (the same name a link's createdBy shows); token management (token.create,
 * token.revoke: token ids, names and roles) is for admins only (admins without a scope), as `apiTokens` is.
 * `history`, a link's `history` and `node(id:)` all answer through this one rule.
 */
import type { Caller } from '../../auth/roles.js';
import { toGlobalId } from '../../shared/global-id.js';
import type { AuditEventModel } from './history.repository.js';

export function eventVisibleTo(caller: Caller | null, event: AuditEventModel): boolean {
  // A scoped admin manages its own scope's tokens (`apiTokens`); the trail of every token is the whole graph's.
  if (caller?.role === 'admin' && !caller.scope) return true;
  return !event.action.startsWith('token.') && !event.targetKey?.startsWith('token:');
}

export const eventGlobalId = (event: Pick<AuditEventModel, 'id'>) => toGlobalId('AuditEvent', event.id);
