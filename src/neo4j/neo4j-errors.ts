/**
 * The one translation of driver errors into the application's: connectivity faults become
 * SERVICE_UNAVAILABLE (the client can retry); Neo4j's own limits (the transaction timeout, the transaction
 * memory limit, a full disk) become RESOURCE_LIMIT naming the limit; everything else stays internal and is
 * masked by the server.
 */
import { Neo4jError } from 'neo4j-driver';
import { ClientError, ResourceLimitError, ServiceUnavailableError } from '../shared/errors.js';

const UNAVAILABLE_CODES = new Set([
  'ServiceUnavailable',
  'SessionExpired',
  'Neo.TransientError.General.DatabaseUnavailable',
  'Neo.ClientError.Security.AuthenticationRateLimit',
]);

export function isUnavailable(error: unknown): boolean {
  if (!(error instanceof Neo4jError)) return false;
  return UNAVAILABLE_CODES.has(error.code) || (error.retriable && /connect|unavailable|closed/i.test(error.message));
}

/** Neo4j stopped the transaction at its timeout (its own setting, or the one the driver sent at BEGIN). */
export function isTimeout(error: unknown): boolean {
  return error instanceof Neo4jError && /TransactionTimedOut/.test(error.code);
}

/**
 * Neo4j refused the work for a limit of its own: RESOURCE_LIMIT where retrying the same request would fail the
 * same way (its timeout, the one transaction's memory limit, a full disk). The memory pool that all
 * transactions share (`dbms.memory.transaction.total.max`) is the exception: it runs out because of what
 * else runs at that moment, so it is SERVICE_UNAVAILABLE (retry), with the setting named. Either is thrown at
 * once inside a transaction function, so the driver does not repeat the heavy work.
 */
export function resourceLimitOf(error: unknown): ClientError | undefined {
  if (!(error instanceof Neo4jError)) return undefined;
  if (/memory\.transaction\.total\.max/.test(error.message)) {
    return new ServiceUnavailableError("The database is short of memory for all the work running on it at once (Neo4j's dbms.memory.transaction.total.max) and stopped this request; nothing it would have written was kept. Retry in a few seconds; if it keeps failing, the request may need more than the whole pool: ask for less or split a large import, or ask the operator to raise the limit.");
  }
  if (isTimeout(error)) {
    return new ResourceLimitError('neo4jQueryTimeout',
      'The request took longer than the database allows (NEO4J_QUERY_TIMEOUT_MS) and was stopped; nothing it would have written was kept. Ask for less (smaller `first`, fewer nested lists), or ask the operator to raise the timeout.');
  }
  if (/MemoryPoolOutOfMemoryError|TransactionMemoryLimit|MemoryLimit/.test(error.code) || /memory\.transaction/.test(error.message)) {
    return new ResourceLimitError('neo4jTransactionMemory',
      "The request needed more memory than the database allows one transaction (Neo4j's db.memory.transaction.max, GT_NEO4J_TX_MEMORY for the managed Neo4j) and was stopped; nothing it would have written was kept. Ask for less, split a large import into several files, or ask the operator to raise the limit.");
  }
  if (/No space left on device|disk space|Disk full/i.test(error.message)) {
    return new ResourceLimitError('neo4jDisk',
      "The database's disk is full, so it cannot write; nothing from this request was kept. Ask the operator to free disk space for Neo4j, then retry.");
  }
  return undefined;
}

/**
 * A bookmark the client sent (`x-neo4j-bookmark`) that Neo4j refuses: one it never issued (400, naming the
 * header), or a commit this member has not caught up with in time (retry).
 */
export function bookmarkErrorOf(error: unknown): ClientError | undefined {
  if (!(error instanceof Neo4jError)) return undefined;
  if (/InvalidBookmark/.test(error.code)) {
    return new ClientError('Header "x-neo4j-bookmark": Neo4j does not know that bookmark; send the `extensions.bookmark` of a mutation\'s answer from this deployment, or no header.',
      'BAD_USER_INPUT', { header: 'x-neo4j-bookmark', http: { status: 400 } });
  }
  if (/BookmarkTimeout/.test(error.code)) {
    return new ServiceUnavailableError('The database member serving this request has not caught up with the write your x-neo4j-bookmark names; retry in a few seconds.');
  }
  return undefined;
}

export function translateNeo4jError(error: unknown): unknown {
  if (isUnavailable(error)) return new ServiceUnavailableError();
  const bookmark = bookmarkErrorOf(error);
  if (bookmark) return bookmark;
  if (error instanceof Neo4jError && /Connection acquisition timed out/.test(error.message)) {
    return new ServiceUnavailableError('The graph database is busy (every connection in use for too long); retry in a few seconds.');
  }
  return resourceLimitOf(error) ?? error;
}
