/**
 * The one shape of an audit event, and the one clause that writes it. Every change writes its event inside
 * the statement that makes the change, so the change and its record commit together or not at all; this
 * module is the only place that knows the event's fields, so every event has all of them (null when one
 * does not apply) and the history queries (history.repository.ts) can rely on them. `scope` is the
 * organisation the writing token is scoped to (null for an unscoped token or a command-line tool).
 *
 * A statement that uses `auditEventClause` takes the `audit` parameter, built by `auditParameter`.
 *
 * An imported file writes ONE event holding its row-level changes (`fileAuditEventClause`), not one per row:
 * a bulk load wrote as many audit nodes as items, each with its own index entries, and that was most of its
 * writes. `history(id:)` of an item still shows that item's change, read back by `eventsOfTargetsStatement`.
 */

/** Who made a change, in which request, and why: the same for every event one change writes. */
export interface AuditContext {
  /** The token's name, or the tool's ("seed loader", "import CLI"). */
  actor: string;
  /** The request that made the change (the `x-request-id` a client sees); null from a command-line tool. */
  requestId: string | null;
  /** Why, in the writer's words, when they gave a reason. */
  reason?: string | null;
}

/** An audit context with the action and the change itself, for writers that record one event per call. */
export interface AuditInput extends AuditContext {
  action: string;
  before?: string | null;
  after?: string | null;
}

/**
 * Cypher expressions for the fields that differ from event to event. Each is an expression over the
 * statement's variables and parameters (`r.key`, `row.after`, `$audit.before`), or a quoted literal written
 * in code (`'link.import'`); never text from a request, which arrives as a parameter.
 */
export interface AuditEventFields {
  action: string;
  targetKey: string;
  targetType: string;
  before?: string;
  after?: string;
  /** Defaults to the context's reason (`$audit.reason`). */
  reason?: string;
  /** Fields only one kind of event has (the seed loader's checksums), by name. */
  extra?: Readonly<Record<string, string>>;
}

const FIELD_NAME = /^[a-z][A-Za-z]*$/;

/** `CREATE (:AuditEvent {…})`, for a statement whose parameters include `audit` (see `auditParameter`). */
export function auditEventClause(fields: AuditEventFields): string {
  const extra = Object.entries(fields.extra ?? {}).map(([name, expression]) => {
    if (!FIELD_NAME.test(name)) throw new Error(`"${name}" is not an audit field name: use lower camel case letters only.`);
    return `, ${name}: ${expression}`;
  });
  return `CREATE (:AuditEvent {id: randomUUID(), at: datetime(), actor: $audit.actor, requestId: $audit.requestId, scope: $audit.scope, ` +
    `action: ${fields.action}, targetKey: ${fields.targetKey}, targetType: ${fields.targetType}, ` +
    `before: ${fields.before ?? 'null'}, after: ${fields.after ?? 'null'}, reason: ${fields.reason ?? '$audit.reason'}${extra.join('')}})`;
}

/**
 * The `audit` parameter of a statement that writes events: every field present, null when not given. Its
 * `scope` (the organisation the writer's token is scoped to) is null here: a request's executor fills it in
 * for a scoped token (src/neo4j/executor.ts), so no writer can forget it; command-line tools have no scope.
 */
export function auditParameter(audit: AuditContext | AuditInput): Required<AuditInput> & { scope: string | null } {
  const input = audit as Partial<AuditInput>;
  return {
    scope: null,
    actor: audit.actor,
    requestId: audit.requestId ?? null,
    reason: audit.reason ?? null,
    action: input.action ?? '',
    before: input.before ?? null,
    after: input.after ?? null,
  };
}

/** One row's change inside an imported file's event: what was done to which item or link, from what to what. */
export interface RowChange {
  action: string;
  targetKey: string;
  targetType: string;
  before: string | null;
  after: string | null;
}

/** The full-text index (keyword analyser: each key one exact term) that finds the file events naming a key. */
export const ROW_CHANGE_INDEX = 'audit_changed_keys';

/**
 * The event of one imported file: who, when, the file (`import:<source>`), its summary (`$summary`) and its
 * row-level changes (`$changes`, from `rowChangesParameter`), besides the `audit` parameter. The changes are
 * two lists in the same order: `changedKeys` (indexed by ROW_CHANGE_INDEX) and `changes` (each the rest of
 * one change as JSON); lists, because a property cannot hold maps, and a list of keys is what the index finds.
 */
export function fileAuditEventClause(): string {
  return auditEventClause({
    action: "'import'", targetKey: "'import:' + $source", targetType: "'Import'", after: '$summary',
    extra: { changedKeys: '$changes.keys', changes: '$changes.entries' },
  });
}

export function rowChangesParameter(changes: readonly RowChange[]): { keys: string[]; entries: string[] } {
  return {
    keys: changes.map((c) => c.targetKey),
    entries: changes.map((c) => JSON.stringify({ action: c.action, targetType: c.targetType, before: c.before, after: c.after })),
  };
}

// Lucene refuses a query of more than 1 024 clauses: keys are asked for in groups well under that.
const KEYS_PER_QUERY = 500;
const luceneTerm = (key: string) => `"${key.replace(/[\\"]/g, (c) => `\\${c}`)}"`;

/**
 * The statement reading the events of the items and links in `$keys`, newest first, as rows `{e, change}`:
 * their own events (by `targetKey`), and, for each file event that names one of them, one row per change it
 * holds for that key (`change` set: `rowChangeEvent` turns the row into that item's event). `project` is the
 * map projection of an event `e` the reader returns. Parameters from `eventsOfTargetsParameters`.
 */
export function eventsOfTargetsStatement(project: (variable: string) => string): string {
  return `CALL () {
      MATCH (e:AuditEvent) WHERE e.targetKey IN $keys
      RETURN e AS event, null AS change
      UNION ALL
      UNWIND $queries AS query
      CALL db.index.fulltext.queryNodes('${ROW_CHANGE_INDEX}', query) YIELD node
      WITH DISTINCT node AS f
      // The list read once: an index into the property itself would decode the whole list at every step.
      WITH f, f.changedKeys AS changed
      UNWIND [i IN range(0, size(changed) - 1) WHERE changed[i] IN $keys | i] AS i
      RETURN f AS event, {targetKey: changed[i], entry: f.changes[i]} AS change
    }
    WITH event AS e, change ORDER BY e.at DESC
    RETURN ${project('e')} AS e, change`;
}

export function eventsOfTargetsParameters(keys: readonly string[]): { keys: string[]; queries: string[] } {
  const queries: string[] = [];
  for (let i = 0; i < keys.length; i += KEYS_PER_QUERY) queries.push(keys.slice(i, i + KEYS_PER_QUERY).map(luceneTerm).join(' OR '));
  return { keys: [...keys], queries };
}

/** A file event's row, as the event of the one item it changed: the file's who, when and why, the row's what. */
export function rowChangeEvent<E extends { targetKey: string | null; action: string; targetType: string | null; before: string | null; after: string | null }>(
  file: E, change: { targetKey: string; entry: string } | null,
): E {
  if (!change) return file;
  const row = JSON.parse(change.entry) as Omit<RowChange, 'targetKey'>;
  return { ...file, targetKey: change.targetKey, action: row.action, targetType: row.targetType, before: row.before, after: row.after };
}
