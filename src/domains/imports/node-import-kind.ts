/**
 * Import kinds that load items (not links): each row is one item with a natural key, under a parent, with
 * properties compared field by field, and optionally DELIVERS/ALIGNS_WITH-style links to other items listed in
 * a column. Partner priorities and business-plan commitments are two instances (their specs say how rows read).
 * Items from an earlier import of the same source that the file no longer has are retired, never deleted.
 */
import type { ManagedTransaction } from 'neo4j-driver';
import type { ImportProblem, ImportRow } from './import-file.js';
import type { ColumnSpec, ImportDiff, ImportKind, ImportRecord } from './import-kind.js';
import { splitNewToGraph } from './new-to-graph.js';
import { auditEventClause, auditParameter, type RowChange } from '../history/audit-event.js';

export interface ItemRowValues {
  key: string;
  parentKey: string;
  props: Record<string, string | boolean | null>;
  /** Keys of items this one links to (e.g. what a commitment delivers), in the file's order. */
  targets: string[];
}

export interface NodeImportSpec {
  name: string;
  label: 'PartnerPriority' | 'BusinessPlanCommitment';
  /** Relationship from the parent to the item. */
  parentLink: 'HAS_PRIORITY' | 'HAS_COMMITMENT';
  /** Relationship from the item to each of its targets, when the kind has a targets column. */
  targetLink?: 'DELIVERS';
  targetLabels?: string[];
  columns: readonly ColumnSpec[];
  readRow(row: ImportRow, problems: ImportProblem[]): ItemRowValues | undefined;
  /** Checks (and, on apply, creates) what the rows hang from; pushes problems. */
  checkParents(tx: ManagedTransaction, records: ImportRecord<ItemRowValues>[], problems: ImportProblem[]): Promise<void>;
  ensureParents?(tx: ManagedTransaction, records: ImportRecord<ItemRowValues>[], source: string, actor: string): Promise<void>;
}

const sameValues = (a: ItemRowValues, current: { props: Record<string, unknown>; parentKey: string | null; targets: string[] }) =>
  a.parentKey === current.parentKey && [...a.targets].sort().join('|') === [...current.targets].sort().join('|') &&
  Object.entries(a.props).every(([k, v]) => (current.props[k] ?? null) === v);

export function createNodeImportKind(spec: NodeImportSpec): ImportKind<ItemRowValues> {
  /** Rows whose item exists (current, or retired and back in the file): merged, and links the file no longer states retired. */
  async function updateExisting(tx: ManagedTransaction, rows: { key: string; parent: string; props: ItemRowValues['props']; targets: string[]; order: number }[], source: string, actor: string) {
    await tx.run(
      `UNWIND $rows AS row
       MERGE (n:Item:${spec.label} {key: row.key})
       ON CREATE SET n.createdAt = toString(datetime()), n.createdBy = $actor, n.version = 0
       SET n += row.props, n.order = row.order, n.importSource = $source, n.origin = coalesce(n.origin, 'import'), n.version = coalesce(n.version, 0) + 1
       WITH n, row
       OPTIONAL MATCH (oldParent)-[old:${spec.parentLink}]->(n) WHERE oldParent.key <> row.parent
       DELETE old
       WITH DISTINCT n, row
       MATCH (parent:Item {key: row.parent})
       MERGE (parent)-[:${spec.parentLink}]->(n)`,
      { rows, source, actor },
    );
    if (spec.targetLink) {
      await tx.run(
        `UNWIND $rows AS row
         MATCH (n:${spec.label} {key: row.key})
         OPTIONAL MATCH (n)-[l:${spec.targetLink}]->(t) WHERE l.retiredAt IS NULL AND NOT t.key IN row.targets
         SET l.retiredAt = toString(datetime()), l.retiredBy = $actor, l.retiredReason = 'absent from the latest import of ' + $source
         WITH DISTINCT n, row
         UNWIND row.targets AS targetKey
         MATCH (t:Item {key: targetKey})
         MERGE (n)-[l:${spec.targetLink}]->(t)
         ON CREATE SET l.createdAt = toString(datetime()), l.createdBy = $actor, l.basis = 'ANALYST_JUDGEMENT', l.importSource = $source
         SET l.illustrative = n.illustrative, l.retiredAt = null, l.retiredReason = null`,
        { rows, source, actor },
      );
    }
  }

  return {
    name: spec.name,
    columns: spec.columns,

    readRow(row, problems) {
      const values = spec.readRow(row, problems);
      return values ? { line: row.line, key: values.key, values } : undefined;
    },

    async checkAgainstGraph(tx, records, problems) {
      await spec.checkParents(tx, records, problems);
      if (!spec.targetLink) return;
      const keys = [...new Set(records.flatMap((r) => r.values.targets))];
      const result = await tx.run('UNWIND $keys AS key MATCH (n:Item {key: key}) WHERE n.retiredAt IS NULL RETURN key, labels(n) AS labels', { keys });
      const found = new Map(result.records.map((r) => [r.get('key') as string, r.get('labels') as string[]]));
      for (const record of records) {
        for (const target of record.values.targets) {
          const labels = found.get(target);
          if (!labels) problems.push({ line: record.line, column: 'delivers', message: `no current item has the key "${target}".` });
          else if (!spec.targetLabels!.some((l) => labels.includes(l))) {
            problems.push({ line: record.line, column: 'delivers', message: `"${target}" is a ${labels.filter((l) => l !== 'Item').join('/')}; a ${spec.name} row delivers ${spec.targetLabels!.join(', ')}.` });
          }
        }
      }
    },

    async diff(tx, records, source): Promise<ImportDiff<ItemRowValues>> {
      const result = await tx.run(
        `UNWIND $keys AS key MATCH (n:${spec.label} {key: key}) WHERE n.retiredAt IS NULL
         RETURN key, properties(n) AS props, [(p)-[:${spec.parentLink}]->(n) | p.key][0] AS parentKey,
                ${spec.targetLink ? `[(n)-[l:${spec.targetLink}]->(t) WHERE l.retiredAt IS NULL | t.key]` : '[]'} AS targets`,
        { keys: records.map((r) => r.key) },
      );
      const existing = new Map(result.records.map((r) => [r.get('key') as string, {
        props: r.get('props') as Record<string, unknown>, parentKey: r.get('parentKey') as string | null, targets: r.get('targets') as string[],
      }]));
      const diff: ImportDiff<ItemRowValues> = { added: [], changed: [], unchanged: [], retired: [] };
      for (const record of records) {
        const current = existing.get(record.key);
        if (!current) diff.added.push(record);
        else if (sameValues(record.values, current)) diff.unchanged.push(record);
        else diff.changed.push({ record, before: { parentKey: current.parentKey ?? '', props: Object.fromEntries(Object.keys(record.values.props).map((k) => [k, (current.props[k] ?? null) as string | null])), targets: current.targets } });
      }
      const inFile = new Set(records.map((r) => r.key));
      // Through the items' importSource index, not a scan of every item of the label.
      const previous = await tx.run(`MATCH (n:Item) WHERE n.importSource = $source AND n:${spec.label} AND n.retiredAt IS NULL RETURN n.key AS key`, { source });
      for (const r of previous.records) if (!inFile.has(r.get('key') as string)) diff.retired.push(r.get('key') as string);
      return diff;
    },

    async apply(tx, diff, source, actor, requestId): Promise<RowChange[]> {
      await spec.ensureParents?.(tx, [...diff.added, ...diff.changed.map((c) => c.record)], source, actor);
      const added = new Set(diff.added);
      const rows = [...diff.added, ...diff.changed.map((c) => c.record)].map((r) => ({
        key: r.key, parent: r.values.parentKey, props: r.values.props, targets: r.values.targets, added: added.has(r), after: JSON.stringify(r.values),
        // The file's order is the items' order under their parent.
        order: r.line,
      }));
      // Rows new to the graph are CREATEd with their links in one statement; the rest take the MERGE path below.
      const { fresh, others } = await splitNewToGraph(tx, 'Item', rows);
      if (fresh.length) {
        await tx.run(
          `UNWIND $rows AS row
           CREATE (n:Item:${spec.label} {key: row.key, createdAt: toString(datetime()), createdBy: $actor, version: 1, origin: 'import', importSource: $source, order: row.order})
           SET n += row.props
           WITH n, row
           CALL (n, row) {
             MATCH (parent:Item {key: row.parent})
             CREATE (parent)-[:${spec.parentLink}]->(n)
           }
           ${spec.targetLink ? `CALL (n, row) {
             UNWIND row.targets AS targetKey
             MATCH (t:Item {key: targetKey})
             CREATE (n)-[:${spec.targetLink} {createdAt: toString(datetime()), createdBy: $actor, basis: 'ANALYST_JUDGEMENT', importSource: $source, illustrative: n.illustrative}]->(t)
           }` : ''}`,
          { rows: fresh.map(({ key, parent, props, targets, order }) => ({ key, parent, props, targets, order })), source, actor },
        );
      }
      if (others.length) await updateExisting(tx, others.map(({ added: _added, after: _after, ...row }) => row), source, actor);
      if (diff.retired.length) {
        await tx.run(
          `UNWIND $keys AS key MATCH (n:${spec.label} {key: key})
           SET n.retiredAt = toString(datetime()), n.retiredBy = $actor, n.retiredReason = 'absent from the latest import of ' + $source
           ${auditEventClause({ action: "'item.import.retire'", targetKey: 'key', targetType: '$label' })}`,
          { keys: diff.retired, source, actor, audit: auditParameter({ actor, requestId }), label: spec.label },
        );
      }
      return rows.map((r) => ({ action: r.added ? 'item.import' : 'item.import.update', targetKey: r.key, targetType: spec.label, before: null, after: r.after }));
    },

  };
}
