/** Cypher for the audit trail. */
import neo4j from 'neo4j-driver';
import type { Executor } from '../../neo4j/database.js';
import { eventsOfTargetsParameters, eventsOfTargetsStatement, rowChangeEvent } from './audit-event.js';

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

const project = (e: string) => `${e} {.id, at: toString(${e}.at), .actor, .action, .targetKey, .targetType, before: toString(${e}.before), after: toString(${e}.after), .reason, .requestId, scope: ${e}.scope}`;
const EVENT = project('e');

export async function findHistoryOfTargets(db: Executor, keys: readonly string[]): Promise<AuditEventModel[]> {
  // An item's own events, and its changes in the events of the files that imported it (audit-event.ts).
  const rows = await db.read<{ e: AuditEventModel; change: { targetKey: string; entry: string } | null }>(
    'history.ofTargets', eventsOfTargetsStatement(project), eventsOfTargetsParameters(keys),
  );
  return rows.map((r) => rowChangeEvent(r.e, r.change));
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
