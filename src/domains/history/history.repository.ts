/** Cypher for the audit trail. */
import neo4j from 'neo4j-driver';
import type { Executor } from '../../neo4j/database.js';

export interface AuditEventModel {
  id: string;
  at: string;
  actor: string;
  action: string;
  targetKey: string | null;
  targetType: string | null;
  before: string | null;
  after: string | null;
  reason: string | null;
  requestId: string | null;
  /** The organisation the writing token was scoped to; null for an unscoped token, a tool, or events before scopes. */
  scope: string | null;
}

const EVENT = `e {.id, at: toString(e.at), .actor, .action, .targetKey, .targetType, before: toString(e.before), after: toString(e.after), .reason, .requestId, scope: e.scope}`;

export async function findHistoryOfTargets(db: Executor, keys: readonly string[]): Promise<AuditEventModel[]> {
  const rows = await db.read<{ e: AuditEventModel }>(
    'history.ofTargets',
    `MATCH (e:AuditEvent) WHERE e.targetKey IN $keys RETURN ${EVENT} ORDER BY e.at DESC`,
    { keys },
  );
  return rows.map((r) => r.e);
}

/** Events by their stored id (the key inside an AuditEvent's global id), for `node(id:)`. */
export async function findEventsByIds(db: Executor, ids: readonly string[]): Promise<AuditEventModel[]> {
  const rows = await db.read<{ e: AuditEventModel }>('history.eventsByIds', `MATCH (e:AuditEvent) WHERE e.id IN $ids RETURN ${EVENT}`, { ids: [...ids] });
  return rows.map((r) => r.e);
}

export async function findHistoryOfActor(db: Executor, actor: string, limit: number): Promise<AuditEventModel[]> {
  const rows = await db.read<{ e: AuditEventModel }>(
    'history.ofActor',
    `MATCH (e:AuditEvent {actor: $actor}) RETURN ${EVENT} ORDER BY e.at DESC LIMIT $limit`,
    { actor, limit: neo4j.int(limit) },
  );
  return rows.map((r) => r.e);
}
