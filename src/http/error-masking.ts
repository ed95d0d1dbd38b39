/**
 * What a client sees of an error: its own mistakes (bad input, credentials, limits) as GraphQL reports them,
 * anything else masked to an error id, which the request's own log line carries with the details.
 */
import { randomUUID } from 'node:crypto';
import type { ApolloServerPlugin } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import type { GraphQLContext } from '../context.js';
import type { Logger } from '../logger.js';

/** Codes a client may see as they are; anything else is an internal error and is masked. */
export const CLIENT_CODES = new Set([
  'BAD_USER_INPUT', 'SERVICE_UNAVAILABLE', 'NOT_FOUND', 'GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST', 'PERSISTED_QUERY_NOT_FOUND', 'PERSISTED_QUERY_NOT_SUPPORTED', 'OPERATION_RESOLUTION_FAILURE',
  'UNAUTHENTICATED', 'FORBIDDEN', 'CONFLICT', 'RATE_LIMITED', 'RESOURCE_LIMIT',
]);

const isClientCode = (code: unknown): boolean => typeof code === 'string' && CLIENT_CODES.has(code);

// Internal errors already logged by the request's own logger (errorLogPlugin), with the id the client sees.
const loggedErrors = new WeakMap<object, string>();

/**
 * Logs each internal error of a request through the request's logger, so the line carries its request id
 * beside the error id the client is shown; maskErrors then uses the same error id.
 */
export function errorLogPlugin(): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ contextValue, errors }) {
          for (const error of errors) {
            if (isClientCode(error.extensions?.code)) continue;
            const errorId = randomUUID();
            loggedErrors.set(error, errorId);
            contextValue.logger.error({ err: unwrapResolverError(error), errorId, path: error.path }, 'internal error in a GraphQL request');
          }
        },
      };
    },
  };
}

/** The client's view of an error: client errors as they are, anything else as an error id to report. */
export function maskErrors(logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const code = formatted.extensions?.code as string | undefined;
    if (isClientCode(code)) {
      const { stacktrace: _stack, ...extensions } = formatted.extensions ?? {};
      return { ...formatted, extensions };
    }
    let errorId = typeof error === 'object' && error ? loggedErrors.get(error) : undefined;
    if (!errorId) {
      // Raised where no request's logger was at hand (before the context was made).
      errorId = randomUUID();
      logger.error({ err: unwrapResolverError(error), errorId, path: formatted.path }, 'internal error in a GraphQL request');
    }
    return {
      message: `Internal server error (error id ${errorId}); the server log has the details. Retry, and report the id if it persists.`,
      path: formatted.path,
      locations: formatted.locations,
      extensions: { code: 'INTERNAL_SERVER_ERROR', errorId },
    };
  };
}
