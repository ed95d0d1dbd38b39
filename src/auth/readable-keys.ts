/**
 * What a request may read. With anonymous reading on, or for a token without a scope, everything (null: no
 * filter). With GT_ANONYMOUS_READ=false a token scoped to an organisation reads what is in its scope plus
 * what is linked from it (organisation-scope.ts `READABLE_IN_SCOPE`), found in ONE statement when the
 * request's context is made, so every answer's filter (read-filter.ts) is a set look-up.
 */
import type { Executor } from '../neo4j/database.js';
import { READABLE_IN_SCOPE } from './organisation-scope.js';
import type { Caller } from './roles.js';

export interface Readable {
  /** The organisation the token is scoped to. */
  scope: string;
  /** Keys of the items (and analysts' links) the token may read. */
  keys: ReadonlySet<string>;
}

/** Whether reads are limited for this caller: a scoped token on a server that needs a token to read. */
export const readsAreScoped = (caller: Caller | null, anonymousRead: boolean): caller is Caller & { scope: string } =>
  !anonymousRead && !!caller?.scope;

export async function readableFor(db: Executor, caller: Caller | null, anonymousRead: boolean): Promise<Readable | null> {
  if (!readsAreScoped(caller, anonymousRead)) return null;
  const [row] = await db.read<{ inScope: string[]; linked: string[] }>('auth.readableInScope', READABLE_IN_SCOPE, { scope: caller.scope });
  return { scope: caller.scope, keys: new Set([...(row?.inScope ?? []), ...(row?.linked ?? [])]) };
}
