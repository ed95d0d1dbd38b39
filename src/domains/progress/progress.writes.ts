/**
 * Cypher for progress changes: each statement runs in the caller's write transaction and writes its audit
 * event in the same statement. Nothing is deleted or overwritten: a corrected value or a new target marks
 * the one it replaces superseded (`supersededAt`, `supersededBy`) and both stay. Records are :Item nodes
 * keyed by their id, like the seeded ones (seeds/illustrative/progress.yaml), so backups and the seed
 * loader treat them alike.
 */
import type { ManagedTransaction } from 'neo4j-driver';
import { auditEventClause, auditParameter, type AuditContext } from '../history/audit-event.js';

/** Locks the measure and reads what a change checks; null when no measure has the key. */
export async function lockMeasure(tx: ManagedTransaction, key: string) {
  const result = await tx.run(
    `MATCH (m:Measure {key: $key}) SET m._lock = true REMOVE m._lock
     RETURN coalesce(m.version, 0) AS version, m.retiredAt IS NOT NULL AS retired,
            {direction: m.direction, tolerance: m.tolerance, baseline: m.baseline, baselinePeriod: m.baselinePeriod} AS rules`,
    { key },
  );
  const r = result.records[0];
  return r ? { version: Number(r.get('version')), retired: r.get('retired') as boolean, rules: r.get('rules') as { direction: string | null; tolerance: number | null; baseline: number | null; baselinePeriod: string | null } } : null;
}

/** The current value (or target) of a measure for a period, its id and figure; null when none. */
export async function currentRecord(tx: ManagedTransaction, measureKey: string, kind: 'HAS_VALUE' | 'HAS_TARGET', period: string): Promise<{ id: string; figure: number } | null> {
  // `kind` is one of two constants from the call sites, never input.
  const result = await tx.run(
    `MATCH (:Measure {key: $key})-[:${kind}]->(r) WHERE r.period = $period AND r.supersededAt IS NULL AND r.retiredAt IS NULL
     RETURN r.id AS id, coalesce(r.value, r.target) AS figure ORDER BY coalesce(r.recordedAt, r.setAt) DESC LIMIT 1`,
    { key: measureKey, period },
  );
  const r = result.records[0];
  return r ? { id: r.get('id') as string, figure: Number(r.get('figure')) } : null;
}

/** How a measure keeps each kind of record: its relationship and label, and who made it when. */
const RECORDS = {
  value: { relationship: 'HAS_VALUE', label: 'MeasureValue', at: 'recordedAt', by: 'recordedBy' },
  target: { relationship: 'HAS_TARGET', label: 'MeasureTarget', at: 'setAt', by: 'setBy' },
} as const;

/**
 * The clauses that add a value or a target (`$record`) to the measure `m` (`$key`) as `n`, and mark the record
 * it replaces (`$record.supersedes`, bound as `old`) superseded; both stay. Built from the constants above only.
 */
function supersedingRecord(kind: keyof typeof RECORDS): string {
  const { relationship, label, at, by } = RECORDS[kind];
  return `MATCH (m:Measure {key: $key})
     OPTIONAL MATCH (m)-[:${relationship}]->(old:${label} {id: $record.supersedes})
     CREATE (m)-[:${relationship}]->(n:Item:${label})
     SET n = $record, n.key = $record.id, n.origin = 'analyst', n.${at} = toString(datetime()), n.${by} = $audit.actor, n.illustrative = false
     FOREACH (_ IN CASE WHEN old IS NULL THEN [] ELSE [1] END | SET old.supersededAt = n.${at}, old.supersededBy = n.id)`;
}

export interface NewValue { id: string; period: string; value: number; source: string | null; note: string | null; supersedes: string | null }

/** Records a value, superseding the current one for its period when given; one audit event. */
export async function insertValue(tx: ManagedTransaction, measureKey: string, v: NewValue, audit: AuditContext): Promise<void> {
  await tx.run(
    `${supersedingRecord('value')}
     ${auditEventClause({ action: "'measure.value.record'", targetKey: 'm.key', targetType: "'Measure'", before: 'CASE WHEN old IS NULL THEN null ELSE toString(old.value) END', after: '$after' })}`,
    { key: measureKey, record: v, after: JSON.stringify({ period: v.period, value: v.value, source: v.source, supersedes: v.supersedes }), audit: auditParameter(audit) },
  );
}

export interface NewTarget { id: string; period: string; target: number; supersedes: string | null }
export interface MeasureRules { direction: string; tolerance: number | null; baseline: number | null; baselinePeriod: string | null }

/** Sets a target (superseding the period's current one) and the measure's rules; bumps its version; one audit event. */
export async function insertTarget(tx: ManagedTransaction, measureKey: string, t: NewTarget, rules: MeasureRules, before: string, audit: AuditContext): Promise<void> {
  await tx.run(
    `${supersedingRecord('target')}
     SET m.direction = $rules.direction, m.tolerance = coalesce($rules.tolerance, m.tolerance),
         m.baseline = coalesce($rules.baseline, m.baseline), m.baselinePeriod = coalesce($rules.baselinePeriod, m.baselinePeriod),
         m.version = coalesce(m.version, 0) + 1, m.updatedBy = $audit.actor, m.updatedAt = toString(datetime())
     ${auditEventClause({ action: "'measure.target.set'", targetKey: 'm.key', targetType: "'Measure'", before: '$before', after: '$after' })}`,
    { key: measureKey, record: t, rules, before, after: JSON.stringify({ period: t.period, target: t.target, ...rules }), audit: auditParameter(audit) },
  );
}

/** The id of the action's latest update (by when it was recorded); null when it has none. */
export async function latestUpdateId(tx: ManagedTransaction, actionKey: string): Promise<string | null> {
  const result = await tx.run(
    `MATCH (:Action {key: $key})-[:HAS_UPDATE]->(u:ActionUpdate) WHERE u.retiredAt IS NULL RETURN u.id AS id ORDER BY u.recordedAt DESC LIMIT 1`,
    { key: actionKey },
  );
  return (result.records[0]?.get('id') as string | undefined) ?? null;
}

export interface NewUpdate { id: string; period: string; status: string; commentary: string; revisedDate: string | null }

export async function insertUpdate(tx: ManagedTransaction, actionKey: string, u: NewUpdate, audit: AuditContext): Promise<void> {
  await tx.run(
    `MATCH (a:Action {key: $key})
     CREATE (a)-[:HAS_UPDATE]->(n:Item:ActionUpdate)
     SET n = $u, n.key = $u.id, n.origin = 'analyst', n.recordedAt = toString(datetime()), n.recordedBy = $audit.actor, n.illustrative = false
     ${auditEventClause({ action: "'action.update.record'", targetKey: 'a.key', targetType: "'Action'", after: '$after' })}`,
    { key: actionKey, u, after: JSON.stringify(u), audit: auditParameter(audit) },
  );
}
