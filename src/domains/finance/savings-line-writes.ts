/**
 * Cypher for changes to savings lines, run inside the caller's transaction with an audit event each.
 * Old shares are retired (retiredAt), never deleted, so the apportionment history stays in the graph.
 */
import type { ManagedTransaction } from 'neo4j-driver';
import { auditEventClause, auditParameter, type AuditInput } from '../history/audit-event.js';

export interface LockedLine {
  version: number;
  retired: boolean;
  status: string;
  illustrative: boolean;
  shares: { targetKey: string; basisPoints: number }[];
}

/** Locks the line (a SET takes Neo4j's write lock, so a concurrent change waits) and reads what a change checks. */
export async function lockSavingsLine(tx: ManagedTransaction, key: string): Promise<LockedLine | null> {
  const result = await tx.run(
    `MATCH (l:SavingsLine {key: $key}) SET l._lock = true REMOVE l._lock
     RETURN coalesce(l.version, 0) AS version, l.retiredAt IS NOT NULL AS retired, l.status AS status, coalesce(l.illustrative, false) AS illustrative,
            [(l)-[a:AFFECTS]->(t) WHERE a.retiredAt IS NULL | {targetKey: t.key, basisPoints: a.shareBasisPoints}] AS shares`,
    { key },
  );
  const r = result.records[0];
  if (!r) return null;
  return {
    version: Number(r.get('version')), retired: r.get('retired') as boolean, status: r.get('status') as string,
    illustrative: r.get('illustrative') as boolean, shares: r.get('shares') as LockedLine['shares'],
  };
}

/** Which of the keys are current outcomes or sub-outcomes. */
export async function currentOutcomeKeys(tx: ManagedTransaction, keys: string[]): Promise<Set<string>> {
  const result = await tx.run(
    'UNWIND $keys AS key MATCH (n:Item {key: key}) WHERE (n:Outcome OR n:SubOutcome) AND n.retiredAt IS NULL RETURN n.key AS key',
    { keys },
  );
  return new Set(result.records.map((r) => r.get('key') as string));
}

const AUDIT = auditEventClause({ action: '$audit.action', targetKey: '$key', targetType: "'SavingsLine'", before: '$audit.before', after: '$audit.after' });

/** Retires the shares not kept, adds the new ones (marked illustrative when the line is), bumps the version. */
export async function writeShares(tx: ManagedTransaction, key: string, keep: string[], add: { targetKey: string; basisPoints: number }[], audit: AuditInput): Promise<void> {
  await tx.run(
    `MATCH (l:SavingsLine {key: $key})
     OPTIONAL MATCH (l)-[old:AFFECTS]->(t) WHERE old.retiredAt IS NULL AND NOT t.key IN $keep
     SET old.retiredAt = toString(datetime()), old.retiredBy = $audit.actor, old.retiredReason = coalesce($audit.reason, 'shares replaced')
     WITH DISTINCT l
     SET l.version = coalesce(l.version, 0) + 1
     WITH l
     UNWIND (CASE WHEN size($add) = 0 THEN [null] ELSE $add END) AS share
     OPTIONAL MATCH (t:Item {key: share.targetKey})
     FOREACH (_ IN CASE WHEN t IS NULL THEN [] ELSE [1] END |
       CREATE (l)-[:AFFECTS {shareBasisPoints: share.basisPoints, origin: 'analyst', basis: 'ANALYST_JUDGEMENT', illustrative: coalesce(l.illustrative, false),
                             createdAt: toString(datetime()), createdBy: $audit.actor}]->(t))
     WITH DISTINCT l
     ${AUDIT}`,
    { key, keep, add, audit: auditParameter(audit) },
  );
}

export async function writeStatus(tx: ManagedTransaction, key: string, status: string, audit: AuditInput): Promise<void> {
  await tx.run(`MATCH (l:SavingsLine {key: $key}) SET l.status = $status, l.version = coalesce(l.version, 0) + 1 REMOVE l.statusWording WITH l ${AUDIT}`, { key, status, audit: auditParameter(audit) });
}
