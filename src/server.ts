/**
 * createServer(): the HTTP app (Express), Apollo Server and GraphiQL, wired but not listening, so tests
 * build the same server main.ts runs. Routes: POST /graphql (queries), GET /graphql (GraphiQL in a browser,
 * queries otherwise), /explore (the explorer web app), /healthz, /readyz, and files made from the API's answers:
 * /export/savings/<edition>/<view>.csv and /reports/outcome-board.docx.
 */
import http from 'node:http';
import { randomUUID } from 'node:crypto';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import cors from 'cors';
import express from 'express';
import type { Config } from './config.js';
import { callerFromHeader } from './auth/caller.js';
import { withReadFilter } from './auth/read-filter.js';
import { readableFor } from './auth/readable-keys.js';
import { createContext, createExecutor, type GraphQLContext } from './context.js';
import type { Logger } from './logger.js';
import type { Database } from './neo4j/database.js';
import type { ManagedNeo4jStatus } from './neo4j/managed/supervise-neo4j.js';
import { resolvers } from './resolvers.js';
import { loadTypeDefs } from './schema.js';
import { GRAPHIQL_ASSET_PATH, graphiqlAssets, graphiqlPage } from './http/graphiql-page.js';
import { compressResponses } from './http/compress-responses.js';
import { EXPLORER_PATH, explorerRoutes } from './http/explorer-route.js';
import { healthRoutes } from './http/health.js';
import { bookmarkHeader } from './http/bookmark-header.js';
import { costLimitPlugin, explainTokenLimit, queryLimitRules } from './http/query-limits.js';
import { listLimitTable, withDistinctListArguments } from './http/list-limits.js';
import { RateLimits } from './http/rate-limits.js';
import { rateLimitStoreFor } from './http/rate-limit-store.js';
import { savingsCsvRoute } from './http/savings-csv-route.js';
import { BOARD_REPORT_PATH, boardReportRoute } from './http/board-report-route.js';
import { securityHeaders } from './http/security-headers.js';
import { CLIENT_CODES, errorLogPlugin, maskErrors } from './http/error-masking.js';
import { closeQuietly, executorPlugin } from './http/executor-plugin.js';
import { requestFactsOf, requestLog } from './http/request-log.js';
import type { Startup } from './startup.js';

export interface ServerDeps {
  config: Pick<Config, 'introspection' | 'compiledReads' | 'cypherStats' | 'env' | 'anonymousRead' | 'queryLimits' | 'http' | 'rateLimits' | 'defaultCouncil'>;
  db: Database;
  logger: Logger;
  startup: Startup;
  /** The managed Neo4j's state, when this process owns it (for /readyz). */
  managedNeo4j?: () => ManagedNeo4jStatus;
}

export interface GoldenThreadServer {
  httpServer: http.Server;
  apollo: ApolloServer<GraphQLContext>;
  /** Starts Apollo and mounts the routes; call before listening. */
  start(): Promise<void>;
  /** Stops taking requests, drains those in flight, stops Apollo. */
  stop(): Promise<void>;
}

/** The operation's name before parsing (for the token look-up's transaction); Apollo refines it later. */
function operationNameOf(req: express.Request): string | null {
  const body = (req.method === 'GET' ? req.query : req.body) as { operationName?: unknown; query?: unknown } | undefined;
  if (typeof body?.operationName === 'string') return body.operationName.slice(0, 100);
  const named = typeof body?.query === 'string' ? /^\s*(?:query|mutation)\s+([_A-Za-z][_0-9A-Za-z]{0,99})/.exec(body.query) : null;
  return named?.[1] ?? null;
}

export function createServer({ config, db, logger, startup, managedNeo4j }: ServerDeps): GoldenThreadServer {
  const app = express();
  app.disable('x-powered-by');
  // Express shows stack traces in error pages outside 'production'; ours never do (see the handler below).
  app.set('env', config.env === 'production' ? 'production' : 'development');
  // Which proxies' X-Forwarded-For to believe: the per-address rate limit counts the client, not the proxy.
  app.set('trust proxy', config.http.trustProxy);
  const httpServer = http.createServer(app);
  const rateLimitStore = rateLimitStoreFor(config.rateLimits.store, logger);
  const rateLimits = new RateLimits(config.rateLimits, rateLimitStore);
  const limits = config.queryLimits;
  const mask = maskErrors(logger);
  const typeDefs = loadTypeDefs();
  // Throws at start when a list argument has no @listLimit: every list is bounded, costed and de-duplicated.
  const listLimits = listLimitTable(typeDefs);
  const apollo = new ApolloServer<GraphQLContext>({
    typeDefs,
    // A scoped token's reads, when anonymous reading is off, are filtered at this one seam (src/auth/read-filter.ts).
    resolvers: withReadFilter(typeDefs, withDistinctListArguments(listLimits, resolvers)),
    introspection: config.introspection,
    // Without introspection, "Did you mean …?" suggestions would leak the schema field by field.
    hideSchemaDetailsFromClientErrors: !config.introspection,
    includeStacktraceInErrorResponses: false,
    // csrfPrevention is on by default in Apollo Server 5: a GET or a "simple" POST (text/plain, forms) needs
    // a JSON content type or an Apollo-Require-Preflight header, which a cross-site form cannot send.
    csrfPrevention: true,
    parseOptions: { maxTokens: limits.maxTokens },
    validationRules: queryLimitRules(limits),
    maxRecursiveSelections: true,
    formatError: (formatted, error) => mask(explainTokenLimit(formatted, limits), error),
    // main.ts owns shutdown (drain, then close Neo4j, then stop the managed database); Apollo's own signal
    // handlers would race it and re-raise the signal half-way.
    stopOnTerminationSignals: false,
    plugins: [ApolloServerPluginDrainHttpServer({ httpServer }), ApolloServerPluginLandingPageDisabled(), costLimitPlugin(limits, listLimits), executorPlugin(logger, config.cypherStats), errorLogPlugin()],
  });

  return {
    httpServer,
    apollo,
    async start() {
      await apollo.start();
      // CSP, nosniff, no framing, no referrer: on every answer, health and errors included.
      app.use(securityHeaders());
      app.use(compressResponses());
      app.use(healthRoutes(db, startup, managedNeo4j, () => rateLimitStore.status()));
      // Browsers on other sites may read answers only from the configured origins; with none configured no
      // CORS header is sent at all, so only pages served from this server (GraphiQL) can call it.
      if (config.http.corsOrigins.length) {
        app.use('/graphql', cors({ origin: [...config.http.corsOrigins], methods: ['GET', 'POST'], maxAge: 600 }));
      }
      app.use(GRAPHIQL_ASSET_PATH, rateLimits.forAssets(), graphiqlAssets());
      app.use(EXPLORER_PATH, rateLimits.forAssets());
      app.use(explorerRoutes());
      // A browser asking for /graphql gets GraphiQL; GraphQL clients (GET with ?query=, or POST) get the API.
      const assetLimit = rateLimits.forAssets();
      app.get('/graphql', (req, res, next) => {
        if (req.query.query === undefined && req.accepts(['application/json', 'text/html']) === 'text/html') {
          assetLimit(req, res, () => res.type('html').send(graphiqlPage('/graphql')));
        } else next();
      });
      const contextFor = async (req: express.Request, res: express.Response) => {
        const facts = requestFactsOf(res);
        const executor = createExecutor(db, facts?.id ?? randomUUID(), operationNameOf(req), res.locals.bookmarks as string[] | undefined);
        if (facts) facts.executor = executor;
        // The response plugin finishes the executor; a client that goes away first, or a request refused
        // before it runs, must not leave a session open either (close is idempotent).
        res.once('close', () => closeQuietly(executor, logger));
        const caller = await callerFromHeader(executor, req.headers.authorization, config.anonymousRead);
        if (facts) facts.role = caller?.role ?? 'anonymous';
        executor.actFor(caller?.scope ?? null);
        await rateLimits.chargeToken(caller);
        return createContext(executor, logger, caller, config.compiledReads, config.defaultCouncil, await readableFor(executor, caller, config.anonymousRead));
      };
      const logRequests = requestLog(logger);
      app.use(
        '/graphql',
        logRequests,
        rateLimits.byAddress(),
        bookmarkHeader(),
        // 10 MB by default: queries are small, but importFile carries a whole spreadsheet (larger files:
        // `npm run import`).
        express.json({ limit: `${limits.maxBodyMb}mb` }),
        expressMiddleware(apollo, { context: ({ req, res }) => contextFor(req, res) }),
      );
      app.get('/export/savings/:edition/:view.csv', logRequests, rateLimits.byAddress(), bookmarkHeader(), savingsCsvRoute(apollo, contextFor));
      app.get(BOARD_REPORT_PATH, logRequests, rateLimits.byAddress(), bookmarkHeader(), boardReportRoute(apollo, contextFor));
      app.use((_req, res) => {
        res.status(404).json({ error: 'Not found. The API is at /graphql (GraphiQL in a browser), the explorer at /explore; health at /healthz and /readyz.' });
      });
      // Errors before GraphQL runs (a body that is not JSON, or too large) answer as GraphQL errors, never
      // with Express's HTML page and its stack trace.
      app.use((error: Error & { status?: number; type?: string }, _req: express.Request, res: express.Response, _next: express.NextFunction) => {
        // A client error raised outside Apollo (the CSV route's credentials or rate limit): its own status.
        const { http: head, ...extensions } = (error as { extensions?: { code?: string; http?: { status?: number; headers?: Map<string, string> } } }).extensions ?? {};
        if (extensions.code && CLIENT_CODES.has(extensions.code)) {
          for (const [name, value] of head?.headers ?? []) res.set(name, value);
          res.status(head?.status ?? (extensions.code === 'UNAUTHENTICATED' ? 401 : 400)).json({ errors: [{ message: error.message, extensions }] });
          return;
        }
        const status = error.status && error.status >= 400 && error.status < 500 ? error.status : 500;
        const message = error.type === 'entity.too.large'
          ? `The request body is larger than ${limits.maxBodyMb} MB (GT_MAX_BODY_MB): send a smaller query, or load large files with \`npm run import\`.`
          : error.type === 'entity.parse.failed'
            ? 'The request body is not valid JSON: send {"query": "...", "variables": {...}} with Content-Type: application/json.'
            : 'The request could not be handled; the server log has the details.';
        if (status === 500) logger.error({ err: error }, 'HTTP error outside GraphQL');
        res.status(status).json({ errors: [{ message, extensions: { code: status === 500 ? 'INTERNAL_SERVER_ERROR' : 'BAD_REQUEST' } }] });
      });
    },
    async stop() {
      await apollo.stop();
      await rateLimitStore.close();
    },
  };
}
