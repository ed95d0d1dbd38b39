/**
 * The per-request context: fresh DataLoaders (so nothing is cached across requests or callers), the query
 * counter behind them, and the request's id for logs and error reports.
 */
import { randomUUID } from 'node:crypto';
import type { Logger } from './logger.js';
import type { Database, QueryCounter } from './neo4j/database.js';
import { createPlanLoaders } from './domains/plans/plans.loaders.js';
import { createProvenanceLoaders } from './domains/provenance/provenance.loaders.js';

export interface GraphQLContext {
  requestId: string;
  logger: Logger;
  /** Statements sent to Neo4j by this request; also reported in the response's `extensions.cypherQueries`. */
  queries: QueryCounter;
  loaders: ReturnType<typeof createLoaders>;
}

function createLoaders(db: Database, counter: QueryCounter) {
  return {
    plans: createPlanLoaders(db, counter),
    provenance: createProvenanceLoaders(db, counter),
  };
}

export function createContext(db: Database, logger: Logger, requestId: string = randomUUID()): GraphQLContext {
  const queries: QueryCounter = { count: 0 };
  return { requestId, logger: logger.child({ requestId }), queries, loaders: createLoaders(db, queries) };
}
