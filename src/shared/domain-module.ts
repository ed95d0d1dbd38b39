/**
 * What one domain contributes to the API. src/modules.ts lists the domains; the SDL the server loads, the
 * merged resolvers, each request's loaders, the look-ahead prefetchers and codegen's mappers are all built
 * from that list, so adding a domain is one folder and one line there (docs/architecture.md, "Adding a
 * domain").
 */
import type { Resolvers } from '../generated/graphql.js';
import type { Executor } from '../neo4j/database.js';
import type { GraphiQLExample } from './graphiql-example.js';
import type { ItemCache } from './item-cache.js';
import type { Prefetchers } from './prefetch.js';

/** What a request's loaders are made for: which council a look-up without a `council` argument means. */
export interface LoaderScope {
  /** GT_DEFAULT_COUNCIL as written. */
  readonly defaultCouncil: string;
}

export interface DomainModule<Name extends string = string, Loaders = unknown> {
  /** The domain's name; its loaders are `context.loaders.<name>`. */
  readonly name: Name;
  /** Its SDL files in schema/ (each file belongs to exactly one domain). */
  readonly typeDefs: readonly string[];
  /** Its resolvers; two domains resolving the same field is an error at start. */
  readonly resolvers: readonly Resolvers[];
  /** Its per-request DataLoaders, on the request's executor. */
  readonly createLoaders?: (executor: Executor, items: ItemCache, scope: LoaderScope) => Loaders;
  /** How its fields start their loads early, below a root field (src/shared/prefetch.ts). */
  readonly prefetchers?: Prefetchers;
  /** GraphQL type → the model its resolvers receive, as `<file under src/>#<export>`, for codegen. */
  readonly mappers?: Readonly<Record<string, string>>;
  /**
   * Files of its folder other domains may import besides index.ts (its models, how its items are stored, rules
   * and statements it offers); never its resolvers, loaders or repositories (tests/unit/domain-imports.test.ts).
   */
  readonly publicFiles?: readonly string[];
  /** The example queries GraphiQL opens with for its questions (src/http/graphiql-examples.ts collects them). */
  readonly examples?: readonly GraphiQLExample[];
}
