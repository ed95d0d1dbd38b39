/**
 * The environment, validated once at start into a typed, frozen object. No other file reads process.env:
 * a setting that is wrong stops the process here, with one line naming the variable and what to do.
 */
import path from 'node:path';
import { z } from 'zod';

/** GT_NEO4J_JVM_OPTIONS as flags for the managed Neo4j's JVM: whitespace-separated, none when unset. */
export function jvmOptionsFrom(value: string | undefined): string[] {
  return (value ?? '').split(/\s+/).filter(Boolean);
}

const port = z.coerce.number().int().min(0).max(65535);
const bool = z.enum(['true', 'false', '1', '0', 'yes', 'no']).transform((v) => ['true', '1', 'yes'].includes(v));
const count = z.coerce.number().int().min(0);
const limit = z.coerce.number().int().min(1);
/** Express's `trust proxy`: false, true, a number of hops, or addresses/subnets (`loopback`, `10.0.0.0/8`). */
const trustProxy = z.string().transform((v): boolean | number | string[] => {
  if (['false', 'no', '0'].includes(v)) return false;
  if (['true', 'yes'].includes(v)) return true;
  if (/^\d+$/.test(v)) return Number(v);
  return v.split(',').map((s) => s.trim()).filter(Boolean);
});
const origins = z.string().transform((v) => v.split(',').map((s) => s.trim()).filter(Boolean)).pipe(
  z.array(z.string().regex(/^https?:\/\/[^/\s]+$/, 'a comma-separated list of origins such as https://plans.example.gov.uk (scheme and host, no path)')),
);

/** The council the seed data describes (seeds/organisations.yaml): the default council of a deployment. */
export const SEED_COUNCIL = 'lcc';

const Env = z.object({
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: port.default(4000),
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  LOG_LEVEL: z.enum(['trace', 'debug', 'info', 'warn', 'error', 'fatal', 'silent']).default('info'),
  NEO4J_URI: z
    .string()
    .regex(/^(bolt|neo4j)(\+s|\+ssc)?:\/\/[^\s]+$/, 'must look like bolt://host:7687 or neo4j+s://host (bolt, neo4j, +s, +ssc schemes)')
    .optional(),
  NEO4J_USER: z.string().min(1).default('neo4j'),
  NEO4J_PASSWORD: z.string().optional(),
  NEO4J_DATABASE: z.string().min(1).optional(),
  NEO4J_QUERY_TIMEOUT_MS: z.coerce.number().int().positive().default(15000),
  NEO4J_MAX_CONNECTIONS: z.coerce.number().int().min(1).max(1000).default(10),
  GT_DATA_DIR: z.string().min(1).default('.data'),
  GT_CACHE_DIR: z.string().min(1).default('.cache'),
  GT_NEO4J_HEAP: z.string().regex(/^\d+[mg]$/i, 'a JVM size such as 1g or 768m').default('1g'),
  GT_NEO4J_PAGECACHE: z.string().regex(/^\d+[mg]$/i, 'a size such as 512m').default('512m'),
  GT_NEO4J_JVM_OPTIONS: z.string().regex(/^\s*(-\S+\s*)*$/, 'JVM flags separated by spaces, each starting with "-", such as -XX:CompileThresholdScaling=5').optional(),
  GT_SEED: z.enum(['if-empty', 'always', 'never']).default('if-empty'),
  GT_SEEDS_DIR: z.string().min(1).default('seeds'),
  GT_INTROSPECTION: bool.optional(),
  GT_COMPILED_READS: bool.default(true),
  GT_CYPHER_STATS: bool.optional(),
  JAVA_HOME: z.string().min(1).optional(),
  GT_ANONYMOUS_READ: bool.optional(),
  GT_NEO4J_RESTARTS: z.coerce.number().int().min(0).max(100).default(5),
  GT_NEO4J_TX_MEMORY: z.string().regex(/^(0|\d+[mg])$/i, 'a size such as 256m or 1g, or 0 for no limit').default('512m'),
  GT_MAX_DEPTH: limit.default(10),
  GT_MAX_ALIASES: count.default(15),
  GT_MAX_DIRECTIVES: count.default(50),
  GT_MAX_TOKENS: limit.default(2000),
  GT_MAX_COST: limit.default(1_000_000),
  GT_MAX_BODY_MB: limit.default(10),
  GT_CORS_ORIGINS: origins.default([]),
  GT_TRUST_PROXY: trustProxy.default(false),
  GT_RATE_LIMIT_WINDOW_S: limit.default(60),
  GT_RATE_LIMIT_PER_ADDRESS: count.default(600),
  GT_RATE_LIMIT_PER_TOKEN: count.default(300),
  GT_RATE_LIMIT_ASSETS_PER_ADDRESS: count.default(3000),
  GT_RATE_LIMIT_STORE: z
    .string()
    .regex(/^(memory|rediss?:\/\/\S+)$/, 'memory, or a Redis URL such as redis://127.0.0.1:6379 (rediss:// for TLS)')
    .default('memory'),
  GT_DEFAULT_COUNCIL: z.string().trim().min(1).max(200).default(SEED_COUNCIL),
});

export interface Config {
  readonly host: string;
  readonly port: number;
  readonly env: 'development' | 'production' | 'test';
  readonly logLevel: string;
  /** Absent when the project runs its own managed Neo4j. */
  readonly neo4j: Readonly<{ uri?: string; user: string; password?: string; database?: string; queryTimeoutMs: number; maxConnections: number }>;
  readonly managedNeo4j: Readonly<{ dataDir: string; cacheDir: string; heap: string; pageCache: string; jvmOptions: readonly string[]; javaHome?: string; settings: Readonly<Record<string, string>>; maxRestarts: number }>;
  readonly seed: Readonly<{ mode: 'if-empty' | 'always' | 'never'; dir: string }>;
  readonly introspection: boolean;
  /**
   * Whether root fields answer their subtree in one statement (look-ahead) and item references skip loads
   * nobody reads; off, every level loads through its loader. The answers are the same either way (a test
   * compares them); off exists for that test and to rule the compiled path out when chasing a bug.
   */
  readonly compiledReads: boolean;
  /** `extensions.cypherQueries`/`cypherRoundTrips` on every answer (off in production unless a request asks). */
  readonly cypherStats: boolean;
  /** Whether callers without a token may read (never write). */
  readonly anonymousRead: boolean;
  /** Bounds on one GraphQL request, checked before it runs (docs/security.md). */
  readonly queryLimits: Readonly<{ maxDepth: number; maxAliases: number; maxDirectives: number; maxTokens: number; maxCost: number; maxBodyMb: number }>;
  readonly http: Readonly<{ corsOrigins: readonly string[]; trustProxy: boolean | number | string[] }>;
  /** Requests per window per address and per token, and for pages and assets (GraphiQL, explorer) per address; 0 switches that limit off. */
  readonly rateLimits: Readonly<{ windowSeconds: number; perAddress: number; perToken: number; assetsPerAddress: number; store: string }>;
  /**
   * The council a look-up without a `council` argument means (its key or any name it goes by): the seed
   * data's council by default, so a one-council deployment's queries need no council at all.
   */
  readonly defaultCouncil: string;
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

export function loadConfig(env: Record<string, string | undefined> = process.env, cwd = process.cwd()): Config {
  // Empty strings are treated as unset, as a shell's `VAR=` usually means.
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = Env.safeParse(present);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `${i.path.join('.')}=${JSON.stringify(present[String(i.path[0])] ?? '')}: ${i.message}`);
    throw new ConfigError(`Configuration is invalid; fix these environment variables (see README, "Configuration"):\n  ${lines.join('\n  ')}`);
  }
  const e = parsed.data;
  if (e.NEO4J_URI && !e.NEO4J_PASSWORD) {
    throw new ConfigError('NEO4J_URI is set but NEO4J_PASSWORD is not: set the password of NEO4J_USER (default neo4j), or unset NEO4J_URI to use the managed local Neo4j.');
  }
  return Object.freeze({
    host: e.HOST,
    port: e.PORT,
    env: e.NODE_ENV,
    logLevel: e.LOG_LEVEL,
    neo4j: Object.freeze({
      uri: e.NEO4J_URI,
      user: e.NEO4J_USER,
      password: e.NEO4J_PASSWORD,
      database: e.NEO4J_DATABASE,
      queryTimeoutMs: e.NEO4J_QUERY_TIMEOUT_MS,
      maxConnections: e.NEO4J_MAX_CONNECTIONS,
    }),
    managedNeo4j: Object.freeze({
      dataDir: path.resolve(cwd, e.GT_DATA_DIR, 'neo4j'),
      cacheDir: path.resolve(cwd, e.GT_CACHE_DIR, 'neo4j'),
      heap: e.GT_NEO4J_HEAP,
      pageCache: e.GT_NEO4J_PAGECACHE,
      jvmOptions: Object.freeze(jvmOptionsFrom(e.GT_NEO4J_JVM_OPTIONS)),
      javaHome: e.JAVA_HOME,
      // Neo4j's own setting: a transaction over it fails with a memory-limit error instead of filling the heap.
      settings: Object.freeze({ 'db.memory.transaction.max': e.GT_NEO4J_TX_MEMORY.toLowerCase() }),
      // Restarts in a row of a managed Neo4j that died, before the API gives up and exits (docs/reliability.md).
      maxRestarts: e.GT_NEO4J_RESTARTS,
    }),
    seed: Object.freeze({ mode: e.GT_SEED, dir: path.resolve(cwd, e.GT_SEEDS_DIR) }),
    introspection: e.GT_INTROSPECTION ?? e.NODE_ENV !== 'production',
    compiledReads: e.GT_COMPILED_READS,
    cypherStats: e.GT_CYPHER_STATS ?? e.NODE_ENV !== 'production',
    anonymousRead: e.GT_ANONYMOUS_READ ?? true,
    queryLimits: Object.freeze({
      maxDepth: e.GT_MAX_DEPTH, maxAliases: e.GT_MAX_ALIASES, maxDirectives: e.GT_MAX_DIRECTIVES,
      maxTokens: e.GT_MAX_TOKENS, maxCost: e.GT_MAX_COST, maxBodyMb: e.GT_MAX_BODY_MB,
    }),
    http: Object.freeze({ corsOrigins: Object.freeze(e.GT_CORS_ORIGINS), trustProxy: e.GT_TRUST_PROXY }),
    rateLimits: Object.freeze({
      windowSeconds: e.GT_RATE_LIMIT_WINDOW_S, perAddress: e.GT_RATE_LIMIT_PER_ADDRESS, perToken: e.GT_RATE_LIMIT_PER_TOKEN,
      assetsPerAddress: e.GT_RATE_LIMIT_ASSETS_PER_ADDRESS, store: e.GT_RATE_LIMIT_STORE,
    }),
    defaultCouncil: e.GT_DEFAULT_COUNCIL,
  });
}
