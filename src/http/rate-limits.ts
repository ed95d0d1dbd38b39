/**
 * Rate limits (rate-limiter-flexible, fixed windows, counted where GT_RATE_LIMIT_STORE says: this process's
 * memory, or Redis shared by every API process, rate-limit-store.ts): every request to /graphql counts against its
 * address before anything is parsed, so a flood (even of made-up tokens) is cut off cheaply; a request with
 * a valid token also counts against that token, wherever it comes from. Over either limit: HTTP 429 with
 * `Retry-After` and a GraphQL-shaped body naming the limit and its setting. The address is Express's
 * `req.ip`, which is the proxy's unless GT_TRUST_PROXY says which proxies to believe (docs/security.md).
 * In memory the counters are per process (several API processes each allow the limit); in Redis they are
 * shared, and per process again only while Redis is unreachable (fail open).
 */
import { HeaderMap } from '@apollo/server';
import type { RequestHandler } from 'express';
import { GraphQLError } from 'graphql';
import { RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import type { Config } from '../config.js';
import type { Caller } from '../auth/roles.js';
import type { RateLimitStore } from './rate-limit-store.js';

type Limits = Config['rateLimits'];

interface Refusal {
  message: string;
  retryAfterSeconds: number;
  extensions: Record<string, unknown>;
}

const KINDS = {
  address: ['perAddress', 'GT_RATE_LIMIT_PER_ADDRESS', 'address'],
  token: ['perToken', 'GT_RATE_LIMIT_PER_TOKEN', 'token'],
  assets: ['assetsPerAddress', 'GT_RATE_LIMIT_ASSETS_PER_ADDRESS', 'address for pages and assets'],
} as const;

function refusal(kind: keyof typeof KINDS, limits: Limits, rejected: RateLimiterRes): Refusal {
  const retryAfterSeconds = Math.max(1, Math.ceil(rejected.msBeforeNext / 1000));
  const [limit, setting, who] = KINDS[kind];
  const points = limits[limit];
  return {
    retryAfterSeconds,
    message: `Too many requests from this ${who}: the limit is ${points} per ${limits.windowSeconds} s (${setting}). Retry after ${retryAfterSeconds} s.`,
    extensions: { code: 'RATE_LIMITED', limit, setting, retryAfterSeconds },
  };
}

export class RateLimits {
  private readonly perAddress?: RateLimiterAbstract;
  private readonly perToken?: RateLimiterAbstract;
  private readonly assetsPerAddress?: RateLimiterAbstract;

  constructor(private readonly limits: Limits, store: RateLimitStore) {
    if (limits.perAddress > 0) this.perAddress = store.limiter('address', limits.perAddress, limits.windowSeconds);
    if (limits.perToken > 0) this.perToken = store.limiter('token', limits.perToken, limits.windowSeconds);
    if (limits.assetsPerAddress > 0) this.assetsPerAddress = store.limiter('assets', limits.assetsPerAddress, limits.windowSeconds);
  }

  /** Express middleware for the per-address limit; answers 429 itself. */
  byAddress(): RequestHandler {
    return this.middleware('address', this.perAddress);
  }

  /**
   * The same, counted apart and generous, for GraphiQL and the explorer (pages and files: a view loads a
   * dozen), so a flood of page requests is cut off without eating into an address's API requests.
   */
  forAssets(): RequestHandler {
    return this.middleware('assets', this.assetsPerAddress);
  }

  private middleware(kind: 'address' | 'assets', limiter: RateLimiterAbstract | undefined): RequestHandler {
    return (req, res, next) => {
      if (!limiter) return next();
      limiter.consume(req.ip ?? 'unknown').then(() => next(), (rejected: unknown) => {
        if (!(rejected instanceof RateLimiterRes)) return next(rejected);
        const r = refusal(kind, this.limits, rejected);
        res.status(429).set('Retry-After', String(r.retryAfterSeconds)).json({ errors: [{ message: r.message, extensions: r.extensions }] });
      });
    };
  }

  /** Counts a request against its token; throws a GraphQL error Apollo answers with 429 and Retry-After. */
  async chargeToken(caller: Caller | null): Promise<void> {
    if (!caller || !this.perToken) return;
    try {
      await this.perToken.consume(caller.tokenId);
    } catch (rejected) {
      if (!(rejected instanceof RateLimiterRes)) throw rejected;
      const r = refusal('token', this.limits, rejected);
      throw new GraphQLError(r.message, {
        extensions: { ...r.extensions, http: { status: 429, headers: new HeaderMap([['retry-after', String(r.retryAfterSeconds)]]) } },
      });
    }
  }
}
