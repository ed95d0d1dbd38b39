/**
 * Cypher of the `thread-items` import: reading what the graph already holds for the rows' keys, and writing
 * the diff in batched statements (nodes first, then the links between them, so the file's order does not
 * matter). New items are CREATEd (the diff proved their keys free, and the key constraint would refuse a
 * duplicate); changed ones are updated in place; every item written is a change in the file's audit event.
 */
import type { ManagedTransaction } from 'neo4j-driver';
import type { ImportDiff, ImportRecord } from './import-kind.js';
import { THREAD_ITEM_TYPES, THREAD_ITEM_TYPE_NAMES, type ThreadItemType, type ThreadItemTypeName } from './thread-item-types.js';
import type { ThreadItemValues } from './thread-items.import-kind.js';
import { auditEventClause, auditParameter, type RowChange } from '../history/audit-event.js';

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

/** An item's row type: the one whose labels it has and whose fixed kind (a document's) it has. */
const typeOf = (labels: string[], kind: unknown) =>
  THREAD_ITEM_TYPE_NAMES.find((t) => {
    const spec: ThreadItemType = THREAD_ITEM_TYPES[t];
    return spec.labels.split(':').every((l) => labels.includes(l)) && (!spec.fixed || spec.fixed.kind === kind);
  });

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
      const type = typeOf(labels, (r.get('props') as Record<string, unknown>).kind);
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

type Row = { type: ThreadItemTypeName; key: string; parent: string | null; owner: string | null; succeeds: string | null; succession: string | null; props: Record<string, unknown>; order: number; illustrative: boolean };
const toRow = (r: ImportRecord<ThreadItemValues>): Row => ({
  type: r.values.type, key: r.key, parent: r.values.parent, owner: r.values.owner, succeeds: r.values.succeeds, succession: r.values.succession,
  props: r.values.props, order: r.line, illustrative: r.values.props.illustrative === true,
});

export async function applyThreadItems(tx: ManagedTransaction, diff: ImportDiff<ThreadItemValues>, source: string, actor: string, requestId: string): Promise<RowChange[]> {
  const audit = { ...auditParameter({ actor, requestId }), source };
  const byType = (records: ImportRecord<ThreadItemValues>[], type: ThreadItemTypeName) => records.filter((r) => r.values.type === type).map(toRow);
  const changed = diff.changed.map((c) => c.record);
  for (const type of THREAD_ITEM_TYPE_NAMES) {
    const labels = THREAD_ITEM_TYPES[type].labels;
    for (const rows of chunks(byType(diff.added, type))) {
      await tx.run(
        `UNWIND $rows AS row
         CREATE (n:Item:${labels})
         SET n = row.props, n.key = row.key, n.order = row.order, n.importSource = $audit.source, n.origin = 'import',
             n.createdAt = toString(datetime()), n.createdBy = $audit.actor, n.version = 1`,
        { rows, audit },
      );
    }
    for (const rows of chunks(byType(changed, type))) {
      await tx.run(
        `UNWIND $rows AS row
         MATCH (n:Item {key: row.key})
         SET n += row.props, n.order = row.order, n.importSource = $audit.source, n.version = coalesce(n.version, 0) + 1
         REMOVE n.retiredAt, n.retiredBy, n.retiredReason`,
        { rows, audit },
      );
    }
  }
  await writeLinks(tx, diff.added.map(toRow), false, source);
  await writeLinks(tx, changed.map(toRow), true, source);
  if (diff.retired.length) {
    await tx.run(
      `UNWIND $keys AS key MATCH (n:Item {key: key})
       SET n.retiredAt = toString(datetime()), n.retiredBy = $audit.actor, n.retiredReason = 'absent from the latest import of ' + $audit.source
       ${auditEventClause({ action: "'item.import.retire'", targetKey: 'key', targetType: "'Item'" })}`,
      { keys: diff.retired, audit },
    );
  }
  const change = (action: string) => (r: ImportRecord<ThreadItemValues>): RowChange => ({ action, targetKey: r.key, targetType: r.values.type, before: null, after: JSON.stringify(r.values) });
  return [...diff.added.map(change('item.import')), ...changed.map(change('item.import.update'))];
}

/** The relationship from a row to its parent, by type: several types share one (an aim's and a sub-outcome's HAS_ACTION). */
const parentLinkOf = (row: Row) => {
  const spec = THREAD_ITEM_TYPES[row.type];
  return 'parent' in spec ? `${spec.parent.direction}:${spec.parent.link}` : null;
};

/**
 * The parent, owner and predecessor links of the rows: one statement per relationship type and direction for
 * the whole file (not per row type), since round trips, not rows, are what an import's time goes on. New
 * items have no links yet, so they are CREATEd; changed ones lose the links the file no longer states, then
 * MERGE the ones it does.
 */
async function writeLinks(tx: ManagedTransaction, rows: Row[], changed: boolean, source: string) {
  if (!rows.length) return;
  const make = changed ? 'MERGE' : 'CREATE';
  // The links need the keys only, not the items' properties (sent once, by the statements creating the items).
  const run = async (statement: string, selected: Row[]) => {
    for (const batch of chunks(selected)) {
      const rows = batch.map((r) => ({ key: r.key, parent: r.parent, owner: r.owner, succeeds: r.succeeds, succession: r.succession, illustrative: r.illustrative }));
      if (batch.length) await tx.run(statement, { rows, source });
    }
  };
  const groups = new Map<string, Row[]>();
  for (const row of rows) {
    const link = parentLinkOf(row);
    if (link) groups.set(link, groups.get(link) ?? []).get(link)!.push(row);
  }
  for (const [group, selected] of groups) {
    const [direction, link] = group.split(':');
    const pattern = direction === 'IN' ? `(p)-[l:${link}]->(n)` : `(n)-[l:${link}]->(p)`;
    if (changed) await run(`UNWIND $rows AS row MATCH (n:Item {key: row.key}) MATCH ${pattern} WHERE p.key <> coalesce(row.parent, '') DELETE l`, selected);
    await run(`UNWIND $rows AS row MATCH (n:Item {key: row.key}), (p:Item {key: row.parent}) ${make} ${pattern}`, selected.filter((r) => r.parent));
  }
  // Owners of plan items (documents' owners are their parents, above).
  const owned = rows.filter((r) => parentLinkOf(r) !== 'OUT:OWNED_BY');
  if (changed) await run('UNWIND $rows AS row MATCH (n:Item {key: row.key})-[l:OWNED_BY]->(o) WHERE o.key <> coalesce(row.owner, \'\') DELETE l', owned);
  await run(`UNWIND $rows AS row WITH row WHERE row.owner IS NOT NULL MATCH (n:Item {key: row.key}), (o:Organisation {key: row.owner}) ${make} (n)-[:OWNED_BY]->(o)`, owned.filter((r) => r.owner));
  if (changed) await run('UNWIND $rows AS row MATCH (p)-[l:SUCCEEDED_BY]->(n:Item {key: row.key}) WHERE p.key <> coalesce(row.succeeds, \'\') DELETE l', rows);
  await run(
    `UNWIND $rows AS row MATCH (n:Item {key: row.key}), (p:Item {key: row.succeeds})
     ${make} (p)-[l:SUCCEEDED_BY {key: row.succeeds + '-[SUCCEEDED_BY]->' + row.key}]->(n)
     SET l.kind = row.succession, l.basis = CASE WHEN row.illustrative THEN 'ILLUSTRATIVE' ELSE 'ANALYST_JUDGEMENT' END,
         l.illustrative = row.illustrative, l.rationale = 'Stated in the import ' + $source, l.origin = 'import', l.importSource = $source`,
    rows.filter((r) => r.succeeds),
  );
}
