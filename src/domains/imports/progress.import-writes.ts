/**
 * Cypher for the `progress` import: what the rows name (a measure's current value and target for the
 * period, an action's latest update for it), and the writes, each with its audit event in the same
 * statement. Values and targets supersede the current one (both kept), updates are added; nothing is deleted.
 */
import { randomUUID } from 'node:crypto';
import type { ManagedTransaction } from 'neo4j-driver';
import { auditEventClause, auditParameter, type AuditContext } from '../history/audit-event.js';
import type { ImportRecord } from './import-kind.js';
import type { ProgressRowValues } from './progress.import-kind.js';

export interface ProgressTarget {
  kind: 'Measure' | 'Action';
  retired: boolean;
  direction: string | null;
  /** By period: the current value and target (measures), the latest update (actions). */
  periods: Map<string, { value: number | null; target: number | null; status: string | null; commentary: string | null; revisedDate: string | null }>;
}

type Row = { item: string; period: string; found: boolean; retired: boolean; kind: 'Measure' | 'Action'; direction: string | null; value: number | null; target: number | null; u: Record<string, unknown> | null };

/** The measures and actions the rows name, with their records for each row's period; absent keys are not found. */
export async function findProgressTargets(tx: ManagedTransaction, rows: { item: string; period: string }[]): Promise<Map<string, ProgressTarget>> {
  const result = await tx.run(
    `UNWIND $rows AS row
     OPTIONAL MATCH (n:Item {key: row.item}) WHERE n:Measure OR n:Action
     CALL (n, row) {
       OPTIONAL MATCH (n)-[:HAS_UPDATE]->(u:ActionUpdate) WHERE u.period = row.period AND u.retiredAt IS NULL
       RETURN properties(u) AS u ORDER BY u.recordedAt DESC LIMIT 1
     }
     RETURN row.item AS item, row.period AS period, n IS NOT NULL AS found, n.retiredAt IS NOT NULL AS retired,
       CASE WHEN n:Measure THEN 'Measure' ELSE 'Action' END AS kind, n.direction AS direction,
       [(n)-[:HAS_VALUE]->(v:MeasureValue) WHERE v.period = row.period AND v.supersededAt IS NULL AND v.retiredAt IS NULL | v.value][0] AS value,
       [(n)-[:HAS_TARGET]->(t:MeasureTarget) WHERE t.period = row.period AND t.supersededAt IS NULL AND t.retiredAt IS NULL | t.target][0] AS target, u`,
    { rows },
  );
  const found = new Map<string, ProgressTarget>();
  for (const record of result.records) {
    const r = record.toObject() as Row;
    if (!r.found) continue;
    const target = found.get(r.item) ?? { kind: r.kind, retired: r.retired, direction: r.direction, periods: new Map() };
    target.periods.set(r.period, {
      value: r.value === null ? null : Number(r.value), target: r.target === null ? null : Number(r.target),
      status: (r.u?.status as string | undefined) ?? null, commentary: (r.u?.commentary as string | undefined) ?? null, revisedDate: (r.u?.revisedDate as string | undefined) ?? null,
    });
    found.set(r.item, target);
  }
  return found;
}

const RECORD = "n.key = n.id, n.origin = 'import', n.importSource = $source, n.illustrative = row.illustrative";

/** Writes the rows that add or change something: values and targets where they differ, updates always. */
export async function applyProgressRows(tx: ManagedTransaction, records: ImportRecord<ProgressRowValues>[], source: string, at: AuditContext): Promise<void> {
  const audit = auditParameter(at);
  const rows = records.map((r) => ({ ...r.values, id: randomUUID(), after: JSON.stringify(r.values) }));
  await tx.run(
    `UNWIND $rows AS row
     MATCH (m:Measure {key: row.item}) WHERE row.value IS NOT NULL
     OPTIONAL MATCH (m)-[:HAS_VALUE]->(old:MeasureValue) WHERE old.period = row.period AND old.supersededAt IS NULL AND old.retiredAt IS NULL
     WITH m, row, old WHERE old IS NULL OR old.value <> row.value
     CREATE (m)-[:HAS_VALUE]->(n:Item:MeasureValue {id: row.id + '-value', period: row.period, value: row.value, source: row.source, note: row.commentary,
       recordedAt: toString(datetime()), recordedBy: $audit.actor, supersedes: old.id})
     SET ${RECORD}
     FOREACH (_ IN CASE WHEN old IS NULL THEN [] ELSE [1] END | SET old.supersededAt = n.recordedAt, old.supersededBy = n.id)
     ${auditEventClause({ action: "'measure.value.import'", targetKey: 'm.key', targetType: "'Measure'", before: 'toString(old.value)', after: 'row.after' })}`,
    { rows, source, audit },
  );
  await tx.run(
    `UNWIND $rows AS row
     MATCH (m:Measure {key: row.item}) WHERE row.target IS NOT NULL
     OPTIONAL MATCH (m)-[:HAS_TARGET]->(old:MeasureTarget) WHERE old.period = row.period AND old.supersededAt IS NULL AND old.retiredAt IS NULL
     WITH m, row, old WHERE old IS NULL OR old.target <> row.target OR (row.direction IS NOT NULL AND row.direction <> coalesce(m.direction, ''))
     CREATE (m)-[:HAS_TARGET]->(n:Item:MeasureTarget {id: row.id + '-target', period: row.period, target: row.target, setAt: toString(datetime()), setBy: $audit.actor})
     SET ${RECORD}, m.direction = coalesce(row.direction, m.direction), m.version = coalesce(m.version, 0) + 1
     FOREACH (_ IN CASE WHEN old IS NULL THEN [] ELSE [1] END | SET old.supersededAt = n.setAt, old.supersededBy = n.id)
     ${auditEventClause({ action: "'measure.target.import'", targetKey: 'm.key', targetType: "'Measure'", before: 'toString(old.target)', after: 'row.after' })}`,
    { rows, source, audit },
  );
  await tx.run(
    `UNWIND $rows AS row
     MATCH (a:Action {key: row.item})
     CREATE (a)-[:HAS_UPDATE]->(n:Item:ActionUpdate {id: row.id + '-update', period: row.period, status: row.status, commentary: row.commentary,
       revisedDate: row.revisedDate, recordedAt: toString(datetime()), recordedBy: $audit.actor})
     SET ${RECORD}
     ${auditEventClause({ action: "'action.update.import'", targetKey: 'a.key', targetType: "'Action'", after: 'row.after' })}`,
    { rows, source, audit },
  );
}
