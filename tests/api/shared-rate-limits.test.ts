/**
 * Rate limits shared by every API process through Redis (GT_RATE_LIMIT_STORE=redis://…): two servers on
 * one Redis reach the limit jointly; with Redis gone they keep serving with per-process limits and say so
 * in /readyz (fail open), and share again when it is back. The two-replica test (tests/e2e/) does the
 * same with two whole API processes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/neo4j/database.js';
import { openTestDatabase, resetToSeeds } from '../helpers/test-graph.js';
import { startTestRedis, type TestRedis } from '../helpers/redis-server.js';
import { startTestServer, type TestServer } from '../helpers/test-server.js';

let db: Database;
let redis: TestRedis;
let a: TestServer;
let b: TestServer;

const LIMIT = 6;
const env = () => ({ GT_RATE_LIMIT_STORE: redis.url, GT_RATE_LIMIT_PER_ADDRESS: String(LIMIT), GT_RATE_LIMIT_WINDOW_S: '600' });
const status = async (server: TestServer) =>
  (await fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ councils { key } }' }) })).status;
const readiness = async (server: TestServer) => (await (await fetch(`${server.url}/readyz`)).json()) as { status: string; rateLimits: { store: string; shared: boolean; reason?: string } };

async function until<T>(probe: () => Promise<T>, ok: (value: T) => boolean, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (ok(value) || Date.now() > deadline) return value;
    await new Promise((r) => setTimeout(r, 100));
  }
}

beforeAll(async () => {
  db = openTestDatabase();
  await resetToSeeds(db);
  redis = await startTestRedis('shared-rate-limits');
  a = await startTestServer(db, { env: env() });
  b = await startTestServer(db, { env: env() });
  await until(() => readiness(a), (r) => r.rateLimits.shared);
  await until(() => readiness(b), (r) => r.rateLimits.shared);
});

afterAll(async () => {
  await a?.close();
  await b?.close();
  await redis?.stop();
  await db?.close();
});

describe('rate limits counted in Redis', () => {
  it('says in /readyz that the limits are shared', async () => {
    expect((await readiness(a)).rateLimits).toEqual({ store: 'redis', shared: true });
  });

  it('refuses the request over the limit whichever server it reaches', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < LIMIT + 2; i++) statuses.push(await status(i % 2 === 0 ? a : b));
    // Counted jointly: the limit is reached after LIMIT requests in all, not LIMIT on each server.
    expect(statuses.slice(0, LIMIT)).toEqual(Array(LIMIT).fill(200));
    expect(statuses.slice(LIMIT)).toEqual([429, 429]);
  });

  it('keeps serving with per-process limits while Redis is away, says so, and shares again when it is back', async () => {
    await redis.kill();
    const away = await until(() => readiness(a), (r) => !r.rateLimits.shared);
    expect(away.status).toBe('ready');
    expect(away.rateLimits).toMatchObject({ store: 'redis', shared: false });
    expect(away.rateLimits.reason).toMatch(/unreachable: rate limits are counted per process/);
    // Fail open: each server counts alone, so requests are answered (the Redis count above no longer applies).
    expect(await status(a)).toBe(200);
    expect(await status(b)).toBe(200);
    await redis.start();
    expect((await until(() => readiness(a), (r) => r.rateLimits.shared)).rateLimits.shared).toBe(true);
  });
});
