/** The Apollo plugin that ties a request's executor to its response (see the function's comment). */
import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphQLContext } from '../context.js';
import type { Logger } from '../logger.js';
import type { RequestExecutor } from '../neo4j/executor.js';
import { bookmarkExtension } from './bookmark-header.js';

/**
 * The request's executor: names the operation in its transactions' metadata once it is known, reports how
 * many Cypher statements the request sent (tests assert it stays bounded) when statistics are on
 * (GT_CYPHER_STATS, or a request's `x-cypher-stats: on`), and finishes its read transaction as the response
 * goes out (not awaited: a read transaction has nothing to lose).
 */
export function executorPlugin(logger: Logger, cypherStats: boolean): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ contextValue, operationName }) {
          contextValue.executor.nameOperation(operationName);
        },
        async willSendResponse({ contextValue, response, request }) {
          if (response.body.kind === 'single') {
            const asked = request.http?.headers.get('x-cypher-stats') === 'on';
            const bookmark = bookmarkExtension(contextValue.executor.lastBookmarks);
            response.body.singleResult.extensions = {
              ...response.body.singleResult.extensions,
              ...(cypherStats || asked ? { cypherQueries: contextValue.executor.statements, cypherRoundTrips: contextValue.executor.roundTrips } : {}),
              // A write's commit, for the client to send back as x-neo4j-bookmark (read-your-writes on any replica).
              ...(bookmark ? { bookmark } : {}),
            };
          }
          closeQuietly(contextValue.executor, logger);
        },
      };
    },
  };
}

export function closeQuietly(executor: RequestExecutor, logger: Logger): void {
  executor.close().catch((err: unknown) => logger.warn({ err, requestId: executor.metadata.requestId }, "could not finish a request's read transaction"));
}
