/**
 * The one shape of an audit event, and the one clause that writes it. Every change writes its event inside
 * the statement that makes the change, so the change and its record commit together or not at all; this
 * module is the only place that knows the event's fields, so every event has all of them (null when one
 * does not apply) and the history queries (history.repository.ts) can rely on them. `scope` is the
 * organisation the writing token is scoped to (null for an unscoped token or a command-line tool).
 *
 * A statement that uses `auditEventClause` takes the `audit` parameter, built by `auditParameter`.
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
