/**
 * The per-request context: fresh DataLoaders (so nothing is cached across requests or callers), the query
 * counter behind them, the database for the few one-off statements (search, paths), and the request's id.
 */
import { randomUUID } from 'node:crypto';
import type { Caller } from './auth/roles.js';
import type { Logger } from './logger.js';
import type { Database, QueryCounter } from './neo4j/database.js';
import { createBusinessPlanLoaders } from './domains/business-plans/business-plans.loaders.js';
import { createDocumentLoaders } from './domains/documents/documents.loaders.js';
import { createFinanceLoaders } from './domains/finance/finance.loaders.js';
import { createGovernanceLoaders } from './domains/governance/governance.loaders.js';
import { createLinkLoaders } from './domains/links/links.loaders.js';
import { createPartnerLoaders } from './domains/partners/partners.loaders.js';
import { createPlanLoaders } from './domains/plans/plans.loaders.js';
import { createProvenanceLoaders } from './domains/provenance/provenance.loaders.js';
import { createTraceabilityLoaders } from './domains/traceability/traceability.loaders.js';

function createLoaders(db: Database, counter: QueryCounter) {
  return {
    plans: createPlanLoaders(db, counter),
    provenance: createProvenanceLoaders(db, counter),
    documents: createDocumentLoaders(db, counter),
    governance: createGovernanceLoaders(db, counter),
    traceability: createTraceabilityLoaders(db, counter),
    partners: createPartnerLoaders(db, counter),
    links: createLinkLoaders(db, counter),
    businessPlans: createBusinessPlanLoaders(db, counter),
    finance: createFinanceLoaders(db, counter),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;

export interface GraphQLContext {
  requestId: string;
  /** The token's holder, or null for an anonymous reader. */
  caller: Caller | null;
  logger: Logger;
  /** For statements that are not per-key look-ups (search, paths); everything else goes through loaders. */
  db: Database;
  /** Statements sent to Neo4j by this request; also reported in the response's `extensions.cypherQueries`. */
  queries: QueryCounter;
  loaders: Loaders;
}

export function createContext(db: Database, logger: Logger, caller: Caller | null = null, requestId: string = randomUUID()): GraphQLContext {
  const queries: QueryCounter = { count: 0 };
  return { requestId, caller, logger: logger.child({ requestId }), db, queries, loaders: createLoaders(db, queries) };
}
