/**
 * What becomes of analysts' links when an item they join changes: flagged SUSPECT for review. Offered to the
 * domains whose changes reword, retire or supersede items (plans' item changes), inside their transaction.
 */
import type { ManagedTransaction } from 'neo4j-driver';
import { auditEventClause, auditParameter, type AuditContext } from '../history/audit-event.js';

/**
 * Flags every active analyst link touching the item SUSPECT, with the reason (the item was reworded,
 * retired or superseded), and records one audit event per link. Returns how many were flagged.
 */
export async function flagLinksSuspect(tx: ManagedTransaction, itemKey: string, reason: string, audit: AuditContext): Promise<number> {
  const result = await tx.run(
    `MATCH (i:Item {key: $key})-[r]-() WHERE r.origin = 'analyst' AND r.retiredAt IS NULL
     WITH DISTINCT r
     SET r.status = 'SUSPECT', r.suspectReason = $reason, r.version = coalesce(r.version, 1) + 1
     ${auditEventClause({ action: "'link.suspect'", targetKey: 'r.key', targetType: "'Link'", after: '$reason' })}
     RETURN count(r) AS flagged`,
    { key: itemKey, reason, audit: auditParameter(audit) },
  );
  return Number(result.records[0]?.get('flagged') ?? 0);
}
