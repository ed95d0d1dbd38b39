/**
 * The per-request context: fresh DataLoaders (so nothing is cached across requests or callers) and the
 * request's executor behind them (src/neo4j/executor.ts: the only way the request reaches Neo4j, one read
 * transaction, every statement counted), and the request's id.
 */
import { randomUUID } from 'node:crypto';
import type { Caller } from './auth/roles.js';
import type { Logger } from './logger.js';
import type { Database, Executor } from './neo4j/database.js';
import { RequestExecutor } from './neo4j/executor.js';
import { itemCacheOf, type ItemCache } from './domains/nodes/load-item.js';
import { SEED_COUNCIL } from './config.js';
import { createCouncilLoaders } from './domains/councils/councils.loaders.js';
import type { CouncilScope } from './domains/councils/council-scope.js';
import { createBusinessPlanLoaders } from './domains/business-plans/business-plans.loaders.js';
import { createDocumentLoaders } from './domains/documents/documents.loaders.js';
import { createFinanceLoaders } from './domains/finance/finance.loaders.js';
import { createGovernanceLoaders } from './domains/governance/governance.loaders.js';
import { createLinkLoaders } from './domains/links/links.loaders.js';
import { createPartnerLoaders } from './domains/partners/partners.loaders.js';
import { createPlanLoaders } from './domains/plans/plans.loaders.js';
import { createProvenanceLoaders } from './domains/provenance/provenance.loaders.js';
import { createTraceabilityLoaders } from './domains/traceability/traceability.loaders.js';

/** `items` lets a loader hand over the other items its statement returned (see ItemCache). */
function createLoaders(executor: Executor, items: ItemCache, scope: CouncilScope) {
  return {
    councils: createCouncilLoaders(executor, scope),
    plans: createPlanLoaders(executor, items, scope),
    provenance: createProvenanceLoaders(executor),
    documents: createDocumentLoaders(executor),
    governance: createGovernanceLoaders(executor),
    traceability: createTraceabilityLoaders(executor, items),
    partners: createPartnerLoaders(executor, items),
    links: createLinkLoaders(executor),
    businessPlans: createBusinessPlanLoaders(executor),
    finance: createFinanceLoaders(executor, items, scope),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;

export interface GraphQLContext {
  requestId: string;
  /** The token's holder, or null for an anonymous reader. */
  caller: Caller | null;
  logger: Logger;
  /**
   * The request's way to Neo4j, for compiled statements and writes; per-key look-ups go through `loaders`.
   * Its `statements` count is reported in the response's `extensions.cypherQueries`.
   */
  executor: RequestExecutor;
  loaders: Loaders;
  /** Compiled reads on (src/config.ts `compiledReads`): root fields fetch their subtree at once. */
  compiled: boolean;
  /** The council look-ups without a `council` argument mean (GT_DEFAULT_COUNCIL). */
  defaultCouncil: string;
}

/** A request's executor, made before the context so the token look-up is counted and shares its transaction. */
export function createExecutor(db: Database, requestId: string = randomUUID(), operationName?: string | null, bookmarks?: readonly string[]): RequestExecutor {
  return new RequestExecutor(db, { requestId, operationName, bookmarks });
}

export function createContext(executor: RequestExecutor, logger: Logger, caller: Caller | null = null, compiled = true, defaultCouncil = SEED_COUNCIL): GraphQLContext {
  const { requestId } = executor.metadata;
  const loaders: Loaders = createLoaders(executor, itemCacheOf(() => loaders, compiled), { defaultCouncil });
  return { requestId, caller, logger: logger.child({ requestId }), executor, loaders, compiled, defaultCouncil };
}
