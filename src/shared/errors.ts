/**
 * The errors clients see. Each carries a GraphQL `extensions.code`; anything else thrown inside a resolver
 * is masked as INTERNAL_SERVER_ERROR by the server's formatError (logged there with its stack, never sent).
 */
import { GraphQLError } from 'graphql';

export type ErrorCode = 'BAD_USER_INPUT' | 'SERVICE_UNAVAILABLE' | 'NOT_FOUND' | 'INTERNAL_SERVER_ERROR';

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
