/**
 * The real server (createServer, as main.ts builds it) listening on a free port, with a small client that
 * speaks GraphQL over HTTP like any other client would.
 *
 * A test asks with a typed document, `graphql(\`…\`)` from tests/generated/gql.js (GraphQL Code Generator's
 * client preset, `npm run codegen`), and gets its answer typed from the SDL. A plain string is for what codegen
 * must not check: a query that is meant to be refused, or one built from parts; its answer is untyped.
 */
import type { AddressInfo } from 'node:net';
import { loadConfig } from '../../src/config.js';
import { silentLogger, type Logger } from '../../src/logger.js';
import type { Database } from '../../src/neo4j/database.js';
import { createServer } from '../../src/server.js';
import { Startup } from '../../src/startup.js';
import type { TypedDocumentString } from '../generated/graphql.js';
import { SEEDS_DIR } from './test-graph.js';

export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  data?: T | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[];
  extensions?: { cypherQueries?: number; cypherRoundTrips?: number };
}

export interface TestServer {
  url: string;
  startup: Startup;
  query<T, V>(document: TypedDocumentString<T, V>, variables?: V, token?: string): Promise<GraphQLResponse<T>>;
  query<T = Record<string, any>>(query: string, variables?: Record<string, unknown>, token?: string): Promise<GraphQLResponse<T>>;
  /** Runs a query that must succeed (no errors) and returns its data. */
  ask<T, V>(document: TypedDocumentString<T, V>, variables?: V): Promise<T>;
  ask<T = any>(query: string, variables?: Record<string, unknown>): Promise<T>;
  close(): Promise<void>;
}

export async function startTestServer(db: Database, options: { seedMode?: 'if-empty' | 'never'; retryMs?: number; env?: Record<string, string>; waitUntilReady?: boolean; logger?: Logger } = {}): Promise<TestServer> {
  const config = loadConfig({ NODE_ENV: 'test', ...options.env });
  const startup = new Startup(db, silentLogger, { seedMode: options.seedMode ?? 'never', seedsDir: SEEDS_DIR, retryMs: options.retryMs });
  const server = createServer({ config, db, logger: options.logger ?? silentLogger, startup });
  await server.start();
  await new Promise<void>((resolve) => server.httpServer.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.httpServer.address() as AddressInfo).port}`;
  const ready = startup.run();
  if (options.waitUntilReady !== false) await ready;
  const query = async (document: string | TypedDocumentString<any, any>, variables?: unknown, token?: string): Promise<GraphQLResponse<any>> => {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query: document.toString(), variables }),
    });
    return { status: response.status, ...((await response.json()) as object) };
  };
  return {
    url,
    startup,
    query,
    async ask(document: string | TypedDocumentString<any, any>, variables?: unknown) {
      const result = await query(document, variables);
      if (result.errors) throw new Error(`expected no errors, got: ${JSON.stringify(result.errors)}`);
      return result.data;
    },
    async close() {
      await server.stop();
      await startup.stop();
    },
  };
}
