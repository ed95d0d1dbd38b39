/**
 * The one translation of driver errors into the application's: connectivity faults become
 * SERVICE_UNAVAILABLE (the client can retry); everything else stays internal and is masked by the server.
 */
import { Neo4jError } from 'neo4j-driver';
import { ServiceUnavailableError } from '../shared/errors.js';

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

export function translateNeo4jError(error: unknown): unknown {
  return isUnavailable(error) ? new ServiceUnavailableError() : error;
}
