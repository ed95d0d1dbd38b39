/**
 * The per-request context: fresh DataLoaders (so nothing is cached across requests or callers) and the
 * request's executor behind them (src/neo4j/executor.ts: the only way the request reaches Neo4j, one read
 * transaction, every statement counted), and the request's id.
 */
import { randomUUID } from 'node:crypto';
import type { Readable } from './auth/readable-keys.js';
import type { Caller } from './auth/roles.js';
import type { Logger } from './logger.js';
import type { Database, Executor } from './neo4j/database.js';
import { RequestExecutor } from './neo4j/executor.js';
import { itemCacheOf } from './domains/nodes/load-item.js';
import type { ItemCache } from './shared/item-cache.js';
import { modules, type Module } from './modules.js';
import { mergePrefetchers, type Prefetchers } from './shared/prefetch.js';
import { SEED_COUNCIL } from './config.js';
import type { LoaderScope } from './shared/domain-module.js';

/** Each domain's loaders under its name (`loaders.plans`, `loaders.finance`…), for the domains that have them. */
export type Loaders = {
  [M in Module as M extends { createLoaders: unknown } ? M['name'] : never]: M extends { createLoaders: (...args: never[]) => infer L } ? L : never;
};

/** `items` lets a loader hand over the other items its statement returned (see ItemCache). */
function createLoaders(executor: Executor, items: ItemCache, scope: LoaderScope): Loaders {
  const loaders: Record<string, unknown> = {};
  for (const module of modules) if ('createLoaders' in module) loaders[module.name] = module.createLoaders(executor, items, scope);
  return loaders as Loaders;
}

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
  /** Every domain's look-ahead prefetchers, for root fields to start the loads below them (src/shared/prefetch.ts). */
  prefetchers: Prefetchers;
  /** The council look-ups without a `council` argument mean (GT_DEFAULT_COUNCIL). */
  defaultCouncil: string;
  /**
   * What a scoped token may read when anonymous reading is off (src/auth/readable-keys.ts); null when the
   * caller reads everything. Every answer passes through src/auth/read-filter.ts with it.
   */
  readable: Readable | null;
}

// Merged on first use, not at import: the domains' modules import this file's types while they load.
let allPrefetchers: Prefetchers | undefined;
const prefetchersOfModules = (): Prefetchers =>
  (allPrefetchers ??= mergePrefetchers(modules.flatMap((m): Prefetchers[] => ('prefetchers' in m ? [m.prefetchers] : []))));

/** A request's executor, made before the context so the token look-up is counted and shares its transaction. */
export function createExecutor(db: Database, requestId: string = randomUUID(), operationName?: string | null, bookmarks?: readonly string[]): RequestExecutor {
  return new RequestExecutor(db, { requestId, operationName, bookmarks });
}

export function createContext(executor: RequestExecutor, logger: Logger, caller: Caller | null = null, compiled = true, defaultCouncil = SEED_COUNCIL, readable: Readable | null = null): GraphQLContext {
  const { requestId } = executor.metadata;
  const loaders: Loaders = createLoaders(executor, itemCacheOf(() => loaders, compiled), { defaultCouncil });
  return { requestId, caller, logger: logger.child({ requestId }), executor, loaders, compiled, defaultCouncil, readable, prefetchers: prefetchersOfModules() };
}
