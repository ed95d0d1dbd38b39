/**
 * API tokens, stored hashed: the token itself is shown once when created and never kept. Tokens are 32
 * random bytes, so a plain SHA-256 (not a slow password hash) is enough to make a stolen database useless.
 */
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { Executor } from '../neo4j/database.js';
import type { Caller, Role } from './roles.js';

export const TOKEN_PREFIX = 'gt_';

export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

export interface TokenRecord {
  id: string;
  name: string;
  role: Role;
  createdAt: string;
  revokedAt: string | null;
}

export async function createToken(db: Executor, name: string, role: Role, createdBy: string): Promise<{ token: string; record: TokenRecord }> {
  const token = TOKEN_PREFIX + randomBytes(32).toString('base64url');
  const id = randomUUID();
  const [row] = await db.write<{ t: TokenRecord }>(
    'auth.createToken',
    `CREATE (t:ApiToken {id: $id, name: $name, role: $role, hash: $hash, createdAt: toString(datetime()), createdBy: $createdBy})
     CREATE (:AuditEvent {id: randomUUID(), at: datetime(), actor: $createdBy, action: 'token.create', targetKey: 'token:' + $id,
                          after: $after})
     RETURN t {.id, .name, .role, .createdAt, revokedAt: null} AS t`,
    { id, name, role, hash: hashToken(token), createdBy, after: JSON.stringify({ name, role }) },
  );
  return { token, record: row!.t };
}

export async function findCallerByToken(db: Executor, token: string): Promise<Caller | null> {
  const rows = await db.read<{ t: Caller }>(
    'auth.findToken',
    'MATCH (t:ApiToken {hash: $hash}) WHERE t.revokedAt IS NULL RETURN t {tokenId: t.id, .name, .role} AS t',
    { hash: hashToken(token) },
  );
  return rows[0]?.t ?? null;
}

export async function listTokens(db: Executor): Promise<TokenRecord[]> {
  const rows = await db.read<{ t: TokenRecord }>(
    'auth.listTokens',
    'MATCH (t:ApiToken) RETURN t {.id, .name, .role, .createdAt, revokedAt: t.revokedAt} AS t ORDER BY t.createdAt',
  );
  return rows.map((r) => r.t);
}

/** Revokes a token (kept, marked revoked: nothing is deleted). Returns false when no such active token. */
export async function revokeToken(db: Executor, id: string, revokedBy: string): Promise<boolean> {
  const rows = await db.write<{ id: string }>(
    'auth.revokeToken',
    `MATCH (t:ApiToken {id: $id}) WHERE t.revokedAt IS NULL
     SET t.revokedAt = toString(datetime()), t.revokedBy = $revokedBy
     CREATE (:AuditEvent {id: randomUUID(), at: datetime(), actor: $revokedBy, action: 'token.revoke', targetKey: 'token:' + $id})
     RETURN t.id AS id`,
    { id, revokedBy },
  );
  return rows.length === 1;
}
