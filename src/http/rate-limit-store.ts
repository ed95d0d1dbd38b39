/**
 * Where the rate limits count: in this process (`GT_RATE_LIMIT_STORE=memory`, the default), or in Redis
 * (`redis://…`), so that every API process behind a load balancer counts against the same limits and N
 * replicas allow the limit once, not N times. rate-limiter-flexible's Redis limiter (with ioredis, which
 * reconnects by itself) counts in one Lua call per request.
 *
 * Fail open: when Redis is unreachable (down, restarting, a network split) each request is counted in this
 * process instead (the limiter's insurance limiter), so the API keeps serving, with per-process limits, and
 * says so in /readyz and the log; it counts in Redis again as soon as Redis answers. Commands never queue
 * while Redis is away and time out quickly, so an unreachable Redis adds at most that timeout to a request.
 */
import { Redis } from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, type RateLimiterAbstract } from 'rate-limiter-flexible';
import type { Logger } from '../logger.js';

export interface RateLimitStatus {
  store: 'memory' | 'redis';
  /** True when the counts are shared by every API process (Redis answering). */
  shared: boolean;
  /** Why not, when Redis is configured but unreachable. */
  reason?: string;
}

export interface RateLimitStore {
  limiter(keyPrefix: string, points: number, durationSeconds: number): RateLimiterAbstract;
  status(): RateLimitStatus;
  close(): Promise<void>;
}

/** The URL without its password, for the log and /readyz. */
export const redactedUrl = (url: string) => url.replace(/\/\/([^:@/]*):[^@/]*@/, '//$1:***@');

export function memoryStore(): RateLimitStore {
  return {
    limiter: (keyPrefix, points, duration) => new RateLimiterMemory({ keyPrefix, points, duration }),
    status: () => ({ store: 'memory', shared: false }),
    close: async () => undefined,
  };
}

export function redisStore(url: string, logger: Logger, commandTimeoutMs = 500): RateLimitStore {
  const where = redactedUrl(url);
  const client = new Redis(url, {
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    connectTimeout: 2000,
    commandTimeout: commandTimeoutMs,
    // Keep trying for as long as the process runs: Redis coming back restores shared limits by itself.
    retryStrategy: (times) => Math.min(200 * times, 2000),
  });
  let reachable = false;
  let warned = false;
  client.on('ready', () => {
    reachable = true;
    warned = false;
    logger.info({ store: where }, 'rate limits: counting in Redis, shared by every API process');
  });
  const lost = (err?: Error) => {
    reachable = false;
    if (warned) return;
    warned = true;
    logger.warn({ store: where, err: err?.message }, 'rate limits: Redis is unreachable; counting per process until it answers again (fail open: see docs/scaling.md)');
  };
  client.on('error', lost);
  client.on('close', () => lost());
  return {
    limiter: (keyPrefix, points, duration) => new RateLimiterRedis({
      storeClient: client, keyPrefix: `gt:${keyPrefix}`, points, duration, rejectIfRedisNotReady: true,
      insuranceLimiter: new RateLimiterMemory({ keyPrefix, points, duration }),
    }),
    status: () => (reachable
      ? { store: 'redis', shared: true }
      : { store: 'redis', shared: false, reason: `Redis (${where}) is unreachable: rate limits are counted per process until it answers` }),
    close: async () => {
      client.removeAllListeners('close');
      client.disconnect();
    },
  };
}

export const rateLimitStoreFor = (store: string, logger: Logger): RateLimitStore => (store === 'memory' ? memoryStore() : redisStore(store, logger));
