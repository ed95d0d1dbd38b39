/**
 * Who is calling: the bearer token of the request, looked up (hashed) in Neo4j. No header means an anonymous
 * caller (allowed to read when GT_ANONYMOUS_READ is on); a header with an unknown or revoked token is
 * always refused, so a typo never silently downgrades an editor to a reader.
 */
import type { Executor } from '../neo4j/database.js';
import { UnauthenticatedError } from '../shared/errors.js';
import type { Caller } from './roles.js';
import { findCallerByToken } from './tokens.repository.js';

export async function callerFromHeader(db: Executor, authorization: string | undefined, anonymousRead: boolean): Promise<Caller | null> {
  if (!authorization) {
    if (!anonymousRead) throw new UnauthenticatedError('This server needs a token to read: send "Authorization: Bearer <token>".');
    return null;
  }
  const match = /^Bearer\s+(\S+)$/i.exec(authorization.trim());
  if (!match) throw new UnauthenticatedError('The Authorization header must be "Bearer <token>".');
  const caller = await findCallerByToken(db, match[1]!);
  if (!caller) throw new UnauthenticatedError('The token is unknown or revoked: ask an admin for a new one (`npm run token -- create`).');
  return caller;
}
