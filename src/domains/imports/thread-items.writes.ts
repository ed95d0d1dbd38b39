/**
 * Cypher of the `thread-items` import: reading what the graph already holds for the rows' keys, and writing
 * the diff in batched statements (nodes first, then the links between them, so the file's order does not
 * matter). New items are CREATEd (the diff proved their keys free, and the key constraint would refuse a
 * duplicate); changed ones are updated in place; every item written gets its audit event.
 */
import type { ManagedTransaction } from 'neo4j-driver';
import type { ImportDiff, ImportRecord } from './import-kind.js';
import { THREAD_ITEM_TYPES, THREAD_ITEM_TYPE_NAMES, type ThreadItemTypeName } from './thread-item-types.js';
import type { ThreadItemValues } from './thread-items.import-kind.js';

export interface ExistingItem {
  labels: string[];
  type: ThreadItemTypeName | undefined;
  props: Record<string, unknown>;
  parent: string | null;
  owner: string | null;
  succeeds: string | null;
  succession: string | null;
  retired: boolean;
}

const BATCH = 5000;
const chunks = <T>(items: T[]): T[][] => Array.from({ length: Math.ceil(items.length / BATCH) }, (_, i) => items.slice(i * BATCH, (i + 1) * BATCH));

const typeOfLabels = (labels: string[]) =>
  THREAD_ITEM_TYPE_NAMES.find((t) => THREAD_ITEM_TYPES[t].labels.split(':').every((l) => labels.includes(l)) &&
    (t !== 'PARTNER_STRATEGY' || !labels.includes('StrategicPlan')));

/** The items with these keys (retired ones too), and, with `source`, the keys of items last imported from it. */
export async function readExistingItems(tx: ManagedTransaction, keys: string[], source?: string) {
  const found = new Map<string, ExistingItem>() as Map<string, ExistingItem> & { fromSource: string[] };
  for (const batch of chunks(keys)) {
    const result = await tx.run(
      `UNWIND $keys AS key MATCH (n:Item {key: key})
       RETURN key, labels(n) AS labels, properties(n) AS props,
              [(p)-[:HAS_OUTCOME|HAS_SUB_OUTCOME|HAS_AIM|HAS_ACTION]->(n) | p.key][0] AS inParent,
              [(n)-[:PART_OF|OWNED_BY]->(p) | p.key][0] AS outParent,
              [(n)-[:OWNED_BY]->(o:Organisation) | o.key][0] AS owner,
              [(p)-[s:SUCCEEDED_BY]->(n) | {key: p.key, kind: s.kind}][0] AS succeeds`,
      { keys: batch },
    );
    for (const r of result.records) {
      const labels = r.get('labels') as string[];
      const type = typeOfLabels(labels);
      const spec = type ? THREAD_ITEM_TYPES[type] : undefined;
      const outward = spec && 'parent' in spec && spec.parent.direction === 'OUT';
      const succeeds = r.get('succeeds') as { key: string; kind: string } | null;
      const props = r.get('props') as Record<string, unknown>;
      found.set(r.get('key') as string, {
        labels, type, props,
        parent: (outward ? r.get('outParent') : r.get('inParent')) as string | null,
        owner: outward ? null : (r.get('owner') as string | null),
        succeeds: succeeds?.key ?? null, succession: succeeds?.kind ?? null, retired: props.retiredAt != null,
      });
    }
  }
  found.fromSource = [];
  if (source) {
    const previous = await tx.run('MATCH (n:Item) WHERE n.importSource = $source AND n.retiredAt IS NULL RETURN n.key AS key', { source });
    found.fromSource = previous.records.map((r) => r.get('key') as string);
  }
  return found;
}

type Row = { key: string; parent: string | null; owner: string | null; succeeds: string | null; succession: string | null; props: Record<string, unknown>; order: number; after: string; illustrative: boolean };
const toRow = (r: ImportRecord<ThreadItemValues>): Row => ({
  key: r.key, parent: r.values.parent, owner: r.values.owner, succeeds: r.values.succeeds, succession: r.values.succession,
  props: r.values.props, order: r.line, after: JSON.stringify(r.values), illustrative: r.values.props.illustrative === true,
});

export async function applyThreadItems(tx: ManagedTransaction, diff: ImportDiff<ThreadItemValues>, source: string, actor: string, requestId: string) {
  const audit = { actor, requestId, source };
  const byType = (records: ImportRecord<ThreadItemValues>[], type: ThreadItemTypeName) => records.filter((r) => r.values.type === type).map(toRow);
  const changed = diff.changed.map((c) => c.record);
  for (const type of THREAD_ITEM_TYPE_NAMES) {
    const labels = THREAD_ITEM_TYPES[type].labels;
    for (const rows of chunks(byType(diff.added, type))) {
      await tx.run(
        `UNWIND $rows AS row
         CREATE (n:Item:${labels})
         SET n = row.props, n.key = row.key, n.order = row.order, n.importSource = $audit.source, n.origin = 'import',
             n.createdAt = toString(datetime()), n.createdBy = $audit.actor, n.version = 1
         CREATE (:AuditEvent {id: randomUUID(), at: datetime(), actor: $audit.actor, action: 'item.import', targetKey: row.key,
                              targetType: $type, after: row.after, requestId: $audit.requestId})`,
        { rows, audit, type },
      );
    }
    for (const rows of chunks(byType(changed, type))) {
      await tx.run(
        `UNWIND $rows AS row
         MATCH (n:Item {key: row.key})
         SET n += row.props, n.order = row.order, n.importSource = $audit.source, n.version = coalesce(n.version, 0) + 1
         REMOVE n.retiredAt, n.retiredBy, n.retiredReason
         CREATE (:AuditEvent {id: randomUUID(), at: datetime(), actor: $audit.actor, action: 'item.import.update', targetKey: row.key,
                              targetType: $type, after: row.after, requestId: $audit.requestId})`,
        { rows, audit, type },
      );
    }
  }
  for (const type of THREAD_ITEM_TYPE_NAMES) {
    await writeLinksOf(tx, type, byType(diff.added, type), false, source);
    await writeLinksOf(tx, type, byType(changed, type), true, source);
  }
  if (diff.retired.length) {
    await tx.run(
      `UNWIND $keys AS key MATCH (n:Item {key: key})
       SET n.retiredAt = toString(datetime()), n.retiredBy = $audit.actor, n.retiredReason = 'absent from the latest import of ' + $audit.source
       CREATE (:AuditEvent {id: randomUUID(), at: datetime(), actor: $audit.actor, action: 'item.import.retire', targetKey: key, targetType: 'Item', requestId: $audit.requestId})`,
      { keys: diff.retired, audit },
    );
  }
}

/**
 * The parent, owner and predecessor links of rows of one type. New items have no links yet, so they are
 * CREATEd; changed ones lose the links the file no longer states, then MERGE the ones it does.
 */
async function writeLinksOf(tx: ManagedTransaction, type: ThreadItemTypeName, rows: Row[], changed: boolean, source: string) {
  if (!rows.length) return;
  const spec = THREAD_ITEM_TYPES[type];
  const make = changed ? 'MERGE' : 'CREATE';
  const statements: string[] = [];
  if ('parent' in spec) {
    const { link, direction } = spec.parent;
    const pattern = direction === 'IN' ? `(p)-[l:${link}]->(n)` : `(n)-[l:${link}]->(p)`;
    if (changed) statements.push(`UNWIND $rows AS row MATCH (n:Item {key: row.key}) MATCH ${pattern} WHERE p.key <> coalesce(row.parent, '') DELETE l`);
    statements.push(`UNWIND $rows AS row WITH row WHERE row.parent IS NOT NULL MATCH (n:Item {key: row.key}), (p:Item {key: row.parent}) ${make} ${pattern}`);
  }
  if (!('parent' in spec) || spec.parent.link !== 'OWNED_BY') {
    if (changed) statements.push('UNWIND $rows AS row MATCH (n:Item {key: row.key})-[l:OWNED_BY]->(o) WHERE o.key <> coalesce(row.owner, \'\') DELETE l');
    statements.push(`UNWIND $rows AS row WITH row WHERE row.owner IS NOT NULL MATCH (n:Item {key: row.key}), (o:Organisation {key: row.owner}) ${make} (n)-[:OWNED_BY]->(o)`);
  }
  if (changed) statements.push('UNWIND $rows AS row MATCH (p)-[l:SUCCEEDED_BY]->(n:Item {key: row.key}) WHERE p.key <> coalesce(row.succeeds, \'\') DELETE l');
  statements.push(
    `UNWIND $rows AS row WITH row WHERE row.succeeds IS NOT NULL MATCH (n:Item {key: row.key}), (p:Item {key: row.succeeds})
     ${make} (p)-[l:SUCCEEDED_BY {key: row.succeeds + '-[SUCCEEDED_BY]->' + row.key}]->(n)
     SET l.kind = row.succession, l.basis = CASE WHEN row.illustrative THEN 'ILLUSTRATIVE' ELSE 'ANALYST_JUDGEMENT' END,
         l.illustrative = row.illustrative, l.rationale = 'Stated in the import ' + $source, l.origin = 'import', l.importSource = $source`,
  );
  for (const batch of chunks(rows)) for (const statement of statements) await tx.run(statement, { rows: batch, source });
}
