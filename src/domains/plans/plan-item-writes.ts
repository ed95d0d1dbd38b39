/**
 * Structural links an analyst's item brings (HAS_ACTION from its aim, OWNED_BY) are marked
 * `origin: 'analyst-structure'`: they place the item, they are not analysts' links under review.
 *
 * Cypher for analyst changes to plan items (actions and aims): create, reword, retire. Each statement runs in
 * the caller's transaction with its audit event. Labels here are constants, never input.
 */
import type { ManagedTransaction } from 'neo4j-driver';
import { auditEventClause, auditParameter, type AuditInput } from '../history/audit-event.js';

export type EditableLabel = 'Action' | 'Aim';

/** Locks an item and reads what a change needs to check; null when no item has the key. */
export async function lockItem(tx: ManagedTransaction, key: string) {
  const result = await tx.run(
    `MATCH (n:Item {key: $key}) SET n._lock = true REMOVE n._lock
     RETURN labels(n) AS labels, coalesce(n.version, 0) AS version, n.retiredAt IS NOT NULL AS retired,
            coalesce(n.text, n.name) AS wording, n.origin AS origin`,
    { key },
  );
  const r = result.records[0];
  return r ? { labels: r.get('labels') as string[], version: Number(r.get('version')), retired: r.get('retired') as boolean, wording: r.get('wording') as string, origin: r.get('origin') as string } : null;
}

export async function organisationExists(tx: ManagedTransaction, key: string): Promise<boolean> {
  const result = await tx.run('MATCH (o:Organisation {key: $key}) RETURN count(o) > 0 AS found', { key });
  return result.records[0]?.get('found') === true;
}

export async function insertAction(tx: ManagedTransaction, props: Record<string, unknown>, parentKey: string | null, ownerKey: string | null, audit: AuditInput): Promise<string> {
  const result = await tx.run(
    `CREATE (a:Item:Action)
     SET a = $props, a.createdAt = toString(datetime())
     WITH a
     OPTIONAL MATCH (parent:Item {key: $parent}) WHERE parent:Aim OR parent:SubOutcome
     FOREACH (_ IN CASE WHEN parent IS NULL THEN [] ELSE [1] END | CREATE (parent)-[:HAS_ACTION {origin: 'analyst-structure', createdAt: toString(datetime())}]->(a))
     WITH a
     OPTIONAL MATCH (owner:Organisation {key: $owner})
     FOREACH (_ IN CASE WHEN owner IS NULL THEN [] ELSE [1] END | CREATE (a)-[:OWNED_BY {origin: 'analyst-structure'}]->(owner))
     ${auditEventClause({ action: '$audit.action', targetKey: 'a.key', targetType: "'Action'", after: '$audit.after' })}
     RETURN a.key AS key`,
    { props, parent: parentKey, owner: ownerKey, audit: auditParameter(audit) },
  );
  return result.records[0]!.get('key') as string;
}

/** Sets the item's wording (`text` for aims and actions), bumps its version and records the change. */
export async function rewordItem(tx: ManagedTransaction, key: string, text: string, actor: string, audit: AuditInput): Promise<void> {
  await tx.run(
    `MATCH (n:Item {key: $key})
     SET n.text = $text, n.version = coalesce(n.version, 0) + 1, n.updatedBy = $actor, n.updatedAt = toString(datetime())
     ${auditEventClause({ action: '$audit.action', targetKey: 'n.key', targetType: "head([l IN labels(n) WHERE l <> 'Item'])", before: '$audit.before', after: '$audit.after' })}`,
    { key, text, actor, audit: auditParameter(audit) },
  );
}

/** Retires the item (kept, hidden from default answers) with who, when and why. */
export async function retireItem(tx: ManagedTransaction, key: string, reason: string, actor: string, audit: AuditInput): Promise<void> {
  await tx.run(
    `MATCH (n:Item {key: $key})
     SET n.retiredAt = toString(datetime()), n.retiredBy = $actor, n.retiredReason = $reason, n.version = coalesce(n.version, 0) + 1
     ${auditEventClause({ action: '$audit.action', targetKey: 'n.key', targetType: "head([l IN labels(n) WHERE l <> 'Item'])", before: '$audit.before', after: '$audit.after' })}`,
    { key, reason, actor, audit: auditParameter(audit) },
  );
}

/** Creates an analyst's aim under a sub-outcome, or a measure for an aim or sub-outcome, with its audit event. */
export async function insertChild(tx: ManagedTransaction, label: 'Aim' | 'Measure', relationship: 'HAS_AIM' | 'MEASURED_BY',
  props: Record<string, unknown>, parentKey: string, ownerKey: string | null, audit: AuditInput): Promise<string> {
  // Label and relationship come from the call sites (plan-item-changes.ts, measures/measure-changes.ts), never from input.
  const result = await tx.run(
    `MATCH (parent:Item {key: $parent})
     CREATE (n:Item:${label})
     SET n = $props, n.createdAt = toString(datetime())
     CREATE (parent)-[:${relationship} {origin: 'analyst-structure', createdAt: toString(datetime())}]->(n)
     WITH n
     OPTIONAL MATCH (owner:Organisation {key: $owner})
     FOREACH (_ IN CASE WHEN owner IS NULL THEN [] ELSE [1] END | CREATE (n)-[:OWNED_BY {origin: 'analyst-structure'}]->(owner))
     ${auditEventClause({ action: '$audit.action', targetKey: 'n.key', targetType: '$label', after: '$audit.after' })}
     RETURN n.key AS key`,
    { parent: parentKey, props, owner: ownerKey, audit: auditParameter(audit), label },
  );
  return result.records[0]!.get('key') as string;
}
