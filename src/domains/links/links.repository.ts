/**
 * Cypher for analyst links. Changes run inside one transaction the caller opens (link-changes.ts), each
 * writing its audit event in the same transaction, so a change and its record land together or not at all.
 * The link's type is part of its key (`SUPPORTS:<uuid>`), so every look-up uses that type's key index.
 */
import type { ManagedTransaction } from 'neo4j-driver';
import type { Executor } from '../../neo4j/database.js';
import { typeNameOf } from '../nodes/item-types.js';
import type { Stored } from '../provenance/provenance.models.js';
import type { LinkKind } from './link-rules.js';
import { kindOfLinkKey, LINK_RULES } from './link-rules.js';
import type { LinkModel, LinkStatus } from './links.models.js';
import { auditEventClause, auditParameter, type AuditInput } from '../history/audit-event.js';

const str = (v: unknown) => (v == null ? null : String(v));


type LinkRow = { r: Stored; kind: string; from: { key: string; labels: string[] }; to: { key: string; labels: string[] } };

const LINK_RETURN = `RETURN properties(r) AS r, type(r) AS kind, {key: a.key, labels: labels(a)} AS from, {key: b.key, labels: labels(b)} AS to`;

export function toLink(row: LinkRow): LinkModel {
  const r = row.r;
  return {
    key: String(r.key), kind: row.kind,
    from: { key: row.from.key, typeName: typeNameOf(row.from.labels) ?? 'Document' },
    to: { key: row.to.key, typeName: typeNameOf(row.to.labels) ?? 'Document' },
    status: (str(r.status) ?? 'PROPOSED') as LinkStatus, rationale: str(r.rationale), strength: str(r.strength), illustrative: r.illustrative === true,
    share: typeof r.share === 'number' ? r.share : null, version: Number(r.version ?? 1),
    createdBy: str(r.createdBy), createdAt: str(r.createdAt), updatedBy: str(r.updatedBy), updatedAt: str(r.updatedAt),
    validatedBy: str(r.validatedBy), validatedAt: str(r.validatedAt), suspectReason: str(r.suspectReason),
    retiredBy: str(r.retiredBy), retiredAt: str(r.retiredAt), retiredReason: str(r.retiredReason),
  };
}

/**
 * The labels of two items, to check a link's ends (null for an item that does not exist or is retired).
 * Takes the start item's write lock, so two editors creating the same link one after the other cannot both
 * pass the duplicate check.
 */
export async function findEnds(tx: ManagedTransaction, fromKey: string, toKey: string) {
  const result = await tx.run(
    `OPTIONAL MATCH (a:Item {key: $from}) WHERE a.retiredAt IS NULL
     OPTIONAL MATCH (b:Item {key: $to}) WHERE b.retiredAt IS NULL
     FOREACH (x IN CASE WHEN a IS NULL THEN [] ELSE [a] END | SET x._lock = true REMOVE x._lock)
     RETURN labels(a) AS fromLabels, labels(b) AS toLabels`,
    { from: fromKey, to: toKey },
  );
  const record = result.records[0]!;
  return { fromLabels: record.get('fromLabels') as string[] | null, toLabels: record.get('toLabels') as string[] | null };
}

/** An active link of the kind between the two items, if one exists (to refuse duplicates). */
export async function findActiveLinkBetween(tx: ManagedTransaction, kind: LinkKind, fromKey: string, toKey: string): Promise<string | null> {
  const result = await tx.run(
    `MATCH (:Item {key: $from})-[r:${kind}]->(:Item {key: $to}) WHERE r.retiredAt IS NULL RETURN r.key AS key LIMIT 1`,
    { from: fromKey, to: toKey },
  );
  return (result.records[0]?.get('key') as string | undefined) ?? null;
}

export async function insertLink(tx: ManagedTransaction, kind: LinkKind, props: Record<string, unknown>, audit: AuditInput): Promise<LinkModel> {
  const result = await tx.run(
    `MATCH (a:Item {key: $from}), (b:Item {key: $to})
     CREATE (a)-[r:${kind}]->(b)
     SET r = $props, r.createdAt = toString(datetime())
     WITH a, r, b
     ${auditEventClause({ action: '$audit.action', targetKey: 'r.key', targetType: "'Link'", after: '$audit.after' })}
     ${LINK_RETURN}`,
    { from: props.fromKey, to: props.toKey, props: withoutEnds(props), audit: auditParameter(audit) },
  );
  return toLink(result.records[0]!.toObject() as LinkRow);
}

function withoutEnds(props: Record<string, unknown>) {
  const { fromKey: _f, toKey: _t, ...rest } = props;
  return rest;
}

/**
 * Locks the link (Neo4j's write lock, taken by a SET, so that a concurrent change waits and then sees this
 * one's result) and reads it. Null when no link has the key.
 */
export async function lockLink(tx: ManagedTransaction, key: string): Promise<LinkModel | null> {
  const kind = kindOfLinkKey(key);
  if (!kind) return null;
  const result = await tx.run(
    `MATCH (a)-[r:${kind} {key: $key}]->(b) SET r._lock = true REMOVE r._lock WITH a, r, b ${LINK_RETURN}`,
    { key },
  );
  const record = result.records[0];
  return record ? toLink(record.toObject() as LinkRow) : null;
}

/** Applies changes to a locked link, bumps its version and records the change. */
export async function changeLink(tx: ManagedTransaction, key: string, changes: Record<string, unknown>, removals: string[], audit: AuditInput): Promise<LinkModel> {
  const kind = kindOfLinkKey(key)!;
  // Property names to remove come from code (link-changes.ts), never from input.
  const remove = removals.map((name) => `r.${name}`).join(', ');
  const result = await tx.run(
    `MATCH (a)-[r:${kind} {key: $key}]->(b)
     SET r += $changes, r.version = coalesce(r.version, 1) + 1
     ${remove ? `REMOVE ${remove}` : ''}
     WITH a, r, b
     ${auditEventClause({ action: '$audit.action', targetKey: 'r.key', targetType: "'Link'", before: '$audit.before', after: '$audit.after' })}
     ${LINK_RETURN}`,
    { key, changes, audit: auditParameter(audit) },
  );
  return toLink(result.records[0]!.toObject() as LinkRow);
}

export async function findLinksByKeys(db: Executor, keys: readonly string[]): Promise<LinkModel[]> {
  const byKind = new Map<LinkKind, string[]>();
  for (const key of keys) {
    const kind = kindOfLinkKey(key);
    if (kind) byKind.set(kind, [...(byKind.get(kind) ?? []), key]);
  }
  if (byKind.size === 0) return [];
  // One statement for every kind asked, each branch using its type's key index.
  const branches = [...byKind.keys()].map((kind) => `MATCH (a)-[r:${kind}]->(b) WHERE r.key IN $keys.${kind} ${LINK_RETURN}`);
  const rows = await db.read<LinkRow>('links.byKeys', branches.join('\nUNION ALL\n'), { keys: Object.fromEntries(byKind) });
  return rows.map(toLink);
}

/**
 * Analyst links by status, newest first, optionally only those touching a plan's tree. One branch per analyst
 * link type, each starting from that type's `origin` index: an untyped `()-[r]->()` would walk every
 * relationship of the graph (every HAS_ACTION of every plan) to find a few hundred links.
 */
export async function findLinks(db: Executor, statuses: readonly LinkStatus[], planKey: string | null): Promise<LinkModel[]> {
  const branches = (Object.keys(LINK_RULES) as LinkKind[]).map(
    (kind) => `MATCH (a)-[r:${kind}]->(b) WHERE r.origin = 'analyst' AND r.status IN $statuses RETURN a, r, b`,
  );
  const rows = await db.read<LinkRow>(
    'links.list',
    `CALL () {
       ${branches.join('\n       UNION ALL\n       ')}
     }
     WITH a, r, b WHERE $plan IS NULL OR EXISTS { MATCH (p:StrategicPlan {key: $plan})-[:HAS_OUTCOME|HAS_SUB_OUTCOME|HAS_AIM|HAS_ACTION*1..4]->(x) WHERE x = a OR x = b }
     ${LINK_RETURN} ORDER BY r.createdAt DESC, r.key`,
    { statuses, plan: planKey },
  );
  return rows.map(toLink);
}

/** Active analyst links touching each item, keyed by the item. */
export async function findLinksOfItems(db: Executor, itemKeys: readonly string[]): Promise<(LinkModel & { itemKey: string })[]> {
  const rows = await db.read<LinkRow & { itemKey: string }>(
    'links.ofItems',
    `MATCH (i:Item)-[r]-() WHERE i.key IN $keys AND r.origin = 'analyst' AND r.retiredAt IS NULL
     WITH i, r, startNode(r) AS a, endNode(r) AS b
     RETURN i.key AS itemKey, properties(r) AS r, type(r) AS kind, {key: a.key, labels: labels(a)} AS from, {key: b.key, labels: labels(b)} AS to
     ORDER BY itemKey, r.createdAt`,
    { keys: itemKeys },
  );
  return rows.map((row) => ({ itemKey: row.itemKey, ...toLink(row) }));
}
