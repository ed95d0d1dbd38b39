/**
 * A token's id in the API is a global id (`ApiToken` and its stored UUID), so `node(id:)` and client caches
 * treat tokens as every other record; `npm run token -- list` prints the stored UUID, which revoking takes too.
 */
import type { Caller } from './roles.js';
import type { TokenRecord } from './tokens.repository.js';
import { keyOf, toGlobalId } from '../shared/global-id.js';

const STORED_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const tokenGlobalId = (token: Pick<TokenRecord, 'id'>) => toGlobalId('ApiToken', token.id);

/** The stored id behind a token's `id` (or the stored UUID itself, as the token CLI shows it). */
export function storedTokenIdOf(id: string, argumentName: string): string {
  return STORED_ID.test(id.trim()) ? id.trim().toLowerCase() : keyOf(id, argumentName, 'ApiToken');
}

/** Whether a caller may see a token: admins only, and a scoped admin only its own scope's tokens (as `apiTokens`). */
export function tokenVisibleTo(caller: Caller | null, token: TokenRecord): boolean {
  if (caller?.role !== 'admin') return false;
  return !caller.scope || token.scope === caller.scope;
}
