/**
 * The errors clients see. Each carries a GraphQL `extensions.code`; anything else thrown inside a resolver
 * is masked as INTERNAL_SERVER_ERROR by the server's formatError (logged there with its stack, never sent).
 */
import { GraphQLError } from 'graphql';

export type ErrorCode = 'BAD_USER_INPUT' | 'SERVICE_UNAVAILABLE' | 'NOT_FOUND' | 'INTERNAL_SERVER_ERROR' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'CONFLICT' | 'RESOURCE_LIMIT';

export class ClientError extends GraphQLError {
  constructor(message: string, code: ErrorCode, extensions: Record<string, unknown> = {}) {
    super(message, { extensions: { code, ...extensions } });
  }
}

/** Input that is malformed (not merely unknown): names the argument and what it accepts. */
export class BadUserInputError extends ClientError {
  constructor(argumentName: string, message: string) {
    super(`Argument "${argumentName}": ${message}`, 'BAD_USER_INPUT', { argumentName });
  }
}

/** The database cannot be reached; the request may be retried once it is back. */
export class ServiceUnavailableError extends ClientError {
  constructor(message = 'The graph database is not reachable right now; retry in a few seconds. If it persists, check /readyz and the server log.') {
    super(message, 'SERVICE_UNAVAILABLE');
  }
}

/** No valid credentials: a missing token where one is required, or a token that is unknown or revoked. */
export class UnauthenticatedError extends ClientError {
  constructor(message: string) {
    super(message, 'UNAUTHENTICATED', { http: { status: 401 } });
  }
}

/** Valid credentials without the role (or the organisation scope) the operation needs. */
export class ForbiddenError extends ClientError {
  constructor(message: string, extensions: Record<string, unknown> = {}) {
    super(message, 'FORBIDDEN', extensions);
  }
}

/** The thing changed since the caller read it (a version check failed). */
export class ConflictError extends ClientError {
  constructor(message: string, currentVersion: number) {
    super(message, 'CONFLICT', { currentVersion });
  }
}

/** An id or key that names nothing, where the operation needs it to exist. */
export class NotFoundError extends ClientError {
  constructor(argumentName: string, message: string) {
    super(`Argument "${argumentName}": ${message}`, 'NOT_FOUND', { argumentName });
  }
}

/**
 * The database stopped the request at one of its own limits (time, transaction memory, disk). Retrying the
 * same request fails the same way, so it is not SERVICE_UNAVAILABLE; `limit` names which limit.
 */
export class ResourceLimitError extends ClientError {
  constructor(limit: 'neo4jQueryTimeout' | 'neo4jTransactionMemory' | 'neo4jDisk', message: string) {
    super(message, 'RESOURCE_LIMIT', { limit });
  }
}

/** An integer argument within bounds, or BAD_USER_INPUT naming the argument, its range and what was given. */
export function integerArgument(argumentName: string, value: number, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new BadUserInputError(argumentName, `must be an integer from ${min} to ${max}; got ${value}.`);
  }
  return value;
}
