/**
 * createServer(): the HTTP app (Express), Apollo Server and GraphiQL, wired but not listening, so tests
 * build the same server main.ts runs. Routes: POST /graphql (queries), GET /graphql (GraphiQL in a browser,
 * queries otherwise), /healthz, /readyz.
 */
import http from 'node:http';
import { randomUUID } from 'node:crypto';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { unwrapResolverError } from '@apollo/server/errors';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import type { GraphQLFormattedError } from 'graphql';
import type { Config } from './config.js';
import { callerFromHeader } from './auth/caller.js';
import { createContext, type GraphQLContext } from './context.js';
import type { Logger } from './logger.js';
import type { Database } from './neo4j/database.js';
import { resolvers } from './resolvers.js';
import { loadTypeDefs } from './schema.js';
import { GRAPHIQL_ASSET_PATH, graphiqlAssets, graphiqlPage } from './http/graphiql-page.js';
import { healthRoutes } from './http/health.js';
import { savingsCsvRoute } from './http/savings-csv-route.js';
import type { Startup } from './startup.js';

export interface ServerDeps {
  config: Pick<Config, 'introspection' | 'env' | 'anonymousRead'>;
  db: Database;
  logger: Logger;
  startup: Startup;
}

export interface GoldenThreadServer {
  httpServer: http.Server;
  apollo: ApolloServer<GraphQLContext>;
  /** Starts Apollo and mounts the routes; call before listening. */
  start(): Promise<void>;
  /** Stops taking requests, drains those in flight, stops Apollo. */
  stop(): Promise<void>;
}

/** Codes a client may see as they are; anything else is an internal error and is masked. */
const CLIENT_CODES = new Set([
  'BAD_USER_INPUT', 'SERVICE_UNAVAILABLE', 'NOT_FOUND', 'GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST', 'PERSISTED_QUERY_NOT_FOUND', 'PERSISTED_QUERY_NOT_SUPPORTED', 'OPERATION_RESOLUTION_FAILURE',
  'UNAUTHENTICATED', 'FORBIDDEN', 'CONFLICT',
]);

export function maskErrors(logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const code = formatted.extensions?.code as string | undefined;
    if (code && CLIENT_CODES.has(code)) {
      const { stacktrace: _stack, ...extensions } = formatted.extensions ?? {};
      return { ...formatted, extensions };
    }
    const original = unwrapResolverError(error);
    const errorId = randomUUID();
    logger.error({ err: original, errorId, path: formatted.path }, 'internal error in a GraphQL request');
    return {
      message: `Internal server error (error id ${errorId}); the server log has the details. Retry, and report the id if it persists.`,
      path: formatted.path,
      locations: formatted.locations,
      extensions: { code: 'INTERNAL_SERVER_ERROR', errorId },
    };
  };
}

/** Reports, per response, how many Cypher statements the request sent (tests assert it stays bounded). */
const queryCountPlugin: ApolloServerPlugin<GraphQLContext> = {
  async requestDidStart() {
    return {
      async willSendResponse({ contextValue, response }) {
        if (response.body.kind === 'single') {
          response.body.singleResult.extensions = { ...response.body.singleResult.extensions, cypherQueries: contextValue.queries.count };
        }
      },
    };
  },
};

export function createServer({ config, db, logger, startup }: ServerDeps): GoldenThreadServer {
  const app = express();
  app.disable('x-powered-by');
  // Express shows stack traces in error pages outside 'production'; ours never do (see the handler below).
  app.set('env', config.env === 'production' ? 'production' : 'development');
  const httpServer = http.createServer(app);
  const apollo = new ApolloServer<GraphQLContext>({
    typeDefs: loadTypeDefs(),
    resolvers: resolvers as never,
    introspection: config.introspection,
    includeStacktraceInErrorResponses: false,
    formatError: maskErrors(logger),
    // main.ts owns shutdown (drain, then close Neo4j, then stop the managed database); Apollo's own signal
    // handlers would race it and re-raise the signal half-way.
    stopOnTerminationSignals: false,
    plugins: [ApolloServerPluginDrainHttpServer({ httpServer }), ApolloServerPluginLandingPageDisabled(), queryCountPlugin],
  });

  return {
    httpServer,
    apollo,
    async start() {
      await apollo.start();
      app.use(healthRoutes(db, startup));
      app.use(GRAPHIQL_ASSET_PATH, graphiqlAssets());
      // A browser asking for /graphql gets GraphiQL; GraphQL clients (GET with ?query=, or POST) get the API.
      app.get('/graphql', (req, res, next) => {
        if (req.query.query === undefined && req.accepts(['application/json', 'text/html']) === 'text/html') {
          res.type('html').send(graphiqlPage('/graphql'));
        } else next();
      });
      const contextFor = async (req: express.Request) => createContext(db, logger, await callerFromHeader(db, req.headers.authorization, config.anonymousRead));
      app.use(
        '/graphql',
        // 10 MB: queries are small, but importFile carries a whole spreadsheet (larger files: `npm run import`).
        express.json({ limit: '10mb' }),
        expressMiddleware(apollo, { context: ({ req }) => contextFor(req) }),
      );
      app.get('/export/savings/:edition/:view.csv', savingsCsvRoute(apollo, contextFor));
      app.use((_req, res) => {
        res.status(404).json({ error: 'Not found. The API is at /graphql (GraphiQL in a browser); health at /healthz and /readyz.' });
      });
      // Errors before GraphQL runs (a body that is not JSON, or too large) answer as GraphQL errors, never
      // with Express's HTML page and its stack trace.
      app.use((error: Error & { status?: number; type?: string }, _req: express.Request, res: express.Response, _next: express.NextFunction) => {
        const status = error.status && error.status >= 400 && error.status < 500 ? error.status : 500;
        const message = error.type === 'entity.too.large'
          ? 'The request body is larger than 10 MB: send a smaller query, or load large files with `npm run import`.'
          : error.type === 'entity.parse.failed'
            ? 'The request body is not valid JSON: send {"query": "...", "variables": {...}} with Content-Type: application/json.'
            : 'The request could not be handled; the server log has the details.';
        if (status === 500) logger.error({ err: error }, 'HTTP error outside GraphQL');
        res.status(status).json({ errors: [{ message, extensions: { code: status === 500 ? 'INTERNAL_SERVER_ERROR' : 'BAD_REQUEST' } }] });
      });
    },
    async stop() {
      await apollo.stop();
    },
  };
}
