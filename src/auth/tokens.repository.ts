/**
 * API tokens, stored hashed: the token itself is shown once when created and never kept. Tokens are 32
 * random bytes, so a plain SHA-256 (not a slow password hash) is enough to make a stolen database useless.
 */
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { Executor } from '../neo4j/database.js';
import { auditEventClause, auditParameter, type AuditContext } from '../domains/history/audit-event.js';
import { BadUserInputError } from '../shared/errors.js';
import type { Caller, Role } from './roles.js';

export const TOKEN_PREFIX = 'gt_';

export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

export interface TokenRecord {
  id: string;
  name: string;
  role: Role;
  /** The key of the organisation the token may change, or null (the whole graph). */
  scope: string | null;
  createdAt: string;
  revokedAt: string | null;
}

/** How names are compared for uniqueness: the audit trail and the review rules name people by them. */
export const tokenNameKey = (name: string) => name.trim().toLowerCase();

/**
 * Creates a token; refuses a name another token has (active or revoked, in any case), since the audit trail
 * shows names. The nameKey constraint (migration 10) settles two creations racing for one name.
 */
/** Who acts, as a name (a command-line tool's) or with the request it came in. */
const contextOf = (by: string | AuditContext): AuditContext => (typeof by === 'string' ? { actor: by, requestId: null } : by);

export async function createToken(db: Executor, name: string, role: Role, by: string | AuditContext, scope: string | null = null): Promise<{ token: string; record: TokenRecord }> {
  const audit = contextOf(by);
  const token = TOKEN_PREFIX + randomBytes(32).toString('base64url');
  const id = randomUUID();
  const nameKey = tokenNameKey(name);
  const [row] = await db.write<{ t: TokenRecord }>(
    'auth.createToken',
    `OPTIONAL MATCH (other:ApiToken) WHERE other.nameKey = $nameKey OR toLower(trim(other.name)) = $nameKey
     WITH count(other) AS taken WHERE taken = 0
     CREATE (t:ApiToken {id: $id, name: $name, nameKey: $nameKey, role: $role, scope: $scope, hash: $hash, createdAt: toString(datetime()), createdBy: $audit.actor})
     ${auditEventClause({ action: "'token.create'", targetKey: "'token:' + $id", targetType: "'ApiToken'", after: '$after' })}
     RETURN t {.id, .name, .role, scope: t.scope, .createdAt, revokedAt: null} AS t`,
    { id, name, nameKey, role, scope, hash: hashToken(token), audit: auditParameter(audit), after: JSON.stringify({ name, role, scope }) },
  );
  if (!row) throw new BadUserInputError('name', `a token named "${name}" exists already (active or revoked); names must be unique, as the audit trail shows them: add who or what it is for, e.g. "${name} (finance)".`);
  return { token, record: row.t };
}

export async function findCallerByToken(db: Executor, token: string): Promise<Caller | null> {
  const rows = await db.read<{ t: Caller }>(
    'auth.findToken',
    'MATCH (t:ApiToken {hash: $hash}) WHERE t.revokedAt IS NULL RETURN t {tokenId: t.id, .name, .role, scope: t.scope} AS t',
    { hash: hashToken(token) },
  );
  return rows[0]?.t ?? null;
}

export async function listTokens(db: Executor): Promise<TokenRecord[]> {
  const rows = await db.read<{ t: TokenRecord }>(
    'auth.listTokens',
    'MATCH (t:ApiToken) RETURN t {.id, .name, .role, scope: t.scope, .createdAt, revokedAt: t.revokedAt} AS t ORDER BY t.createdAt',
  );
  return rows.map((r) => r.t);
}

/** The tokens with these ids (as `apiTokens` lists them), for `node(id:)`; callers decide who may see them. */
export async function findTokensByIds(db: Executor, ids: readonly string[]): Promise<TokenRecord[]> {
  const rows = await db.read<{ t: TokenRecord }>(
    'auth.tokensByIds',
    'MATCH (t:ApiToken) WHERE t.id IN $ids RETURN t {.id, .name, .role, scope: t.scope, .createdAt, revokedAt: t.revokedAt} AS t',
    { ids: [...ids] },
  );
  return rows.map((r) => r.t);
}

/** Whether an organisation has the key (a scope must name one, by key: keys never change, names may). */
export async function organisationKeyExists(db: Executor, key: string): Promise<boolean> {
  const rows = await db.read<{ found: boolean }>('auth.scopeExists', 'MATCH (o:Organisation {key: $key}) WHERE o.retiredAt IS NULL RETURN true AS found LIMIT 1', { key });
  return rows.length === 1;
}

/** Revokes a token (kept, marked revoked: nothing is deleted). Returns false when no such active token. */
export async function revokeToken(db: Executor, id: string, by: string | AuditContext): Promise<boolean> {
  const audit = contextOf(by);
  const rows = await db.write<{ id: string }>(
    'auth.revokeToken',
    `MATCH (t:ApiToken {id: $id}) WHERE t.revokedAt IS NULL
     SET t.revokedAt = toString(datetime()), t.revokedBy = $audit.actor
     ${auditEventClause({ action: "'token.revoke'", targetKey: "'token:' + $id", targetType: "'ApiToken'" })}
     RETURN t.id AS id`,
    { id, audit: auditParameter(audit) },
  );
  return rows.length === 1;
}
