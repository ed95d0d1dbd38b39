/**
 * Two replicas: two whole API processes (`src/main.ts`, as `npm start` runs it) on the one test Neo4j and
 * one Redis (started here, as the managed Neo4j is), as behind a load balancer. A client writes through one
 * and reads through the other with the write's bookmark; the rate limit is reached by both together; one
 * replica is killed and the other keeps serving. Slow (two processes start): in the slow tier.
 * Clients are told apart by X-Forwarded-For (GT_TRUST_PROXY=loopback), as a load balancer would say.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createToken } from '../../src/auth/tokens.repository.js';
import type { Database } from '../../src/neo4j/database.js';
import { toGlobalId } from '../../src/shared/global-id.js';
import { startMain, type MainProcess } from '../helpers/main-process.js';
import { startTestRedis, type TestRedis } from '../helpers/redis-server.js';
import { openTestDatabase, resetToSeeds, testNeo4jTarget } from '../helpers/test-graph.js';

const LIMIT = 12;
let db: Database;
let redis: TestRedis;
const replicas: { main: MainProcess; url: string }[] = [];
let editor: string;

async function startReplica(): Promise<{ main: MainProcess; url: string }> {
  const target = testNeo4jTarget();
  const main = startMain({
    PORT: '0', NEO4J_URI: target.uri, NEO4J_USER: target.user, NEO4J_PASSWORD: target.password, GT_SEED: 'never',
    GT_RATE_LIMIT_STORE: redis.url, GT_RATE_LIMIT_PER_ADDRESS: String(LIMIT), GT_RATE_LIMIT_WINDOW_S: '600', GT_TRUST_PROXY: 'loopback', LOG_LEVEL: 'info',
  });
  const ready = await main.waitFor(/Golden Thread is ready[\s\S]*GraphiQL: +http:\/\/127\.0\.0\.1:(\d+)\/graphql/, 120_000);
  await main.waitFor(/rate limits: counting in Redis/, 30_000);
  return { main, url: `http://127.0.0.1:${ready[1]}` };
}

async function ask(url: string, client: string, query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}) {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST', headers: { 'content-type': 'application/json', 'x-forwarded-for': client, ...headers }, body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, body: (await response.json()) as { data?: any; errors?: unknown[]; extensions?: { bookmark?: string } } };
}

beforeAll(async () => {
  db = openTestDatabase();
  await resetToSeeds(db);
  editor = (await createToken(db, 'two replicas', 'editor', 'test')).token;
  redis = await startTestRedis('two-replicas');
  // One at a time: two tsx start-ups at once on a 2-core machine only slow both.
  replicas.push(await startReplica());
  replicas.push(await startReplica());
}, 300_000);

afterAll(async () => {
  for (const { main } of replicas) if (main.child.exitCode === null) main.child.kill('SIGTERM');
  await Promise.all(replicas.map((r) => r.main.exited));
  await redis?.stop();
  await db?.close();
}, 60_000);

describe('two API processes on one Neo4j and one Redis', () => {
  it('lets a client write through one and read its write through the other, with the bookmark', async () => {
    const [a, b] = replicas;
    const written = await ask(a!.url, '203.0.113.1', 'mutation($input: CreateAimInput!) { createAim(input: $input) { id } }',
      { input: { subOutcome: toGlobalId('SubOutcome', '2022-26/9.2'), text: 'Aim written through replica A' } }, { authorization: `Bearer ${editor}` });
    expect(written.body.errors).toBeUndefined();
    const bookmark = written.body.extensions?.bookmark;
    expect(bookmark).toMatch(/\S+/);
    const read = await ask(b!.url, '203.0.113.1', 'query($id: ID!) { node(id: $id) { ... on Aim { text } } }', { id: written.body.data.createAim.id }, { 'x-neo4j-bookmark': bookmark! });
    expect(read.status).toBe(200);
    expect(read.body.data.node).toEqual({ text: 'Aim written through replica A' });
  });

  it('reaches the rate limit jointly: the limit once across both, not once each', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < LIMIT + 4; i++) statuses.push((await ask(replicas[i % 2]!.url, '203.0.113.2', '{ councils { key } }')).status);
    expect(statuses.slice(0, LIMIT)).toEqual(Array(LIMIT).fill(200));
    expect(statuses.slice(LIMIT)).toEqual([429, 429, 429, 429]);
  });

  it('keeps serving through one replica when the other is killed', async () => {
    const [a, b] = replicas;
    a!.main.child.kill('SIGKILL');
    await a!.main.exited;
    await expect(fetch(`${a!.url}/readyz`)).rejects.toThrow();
    expect((await fetch(`${b!.url}/readyz`)).status).toBe(200);
    for (let i = 0; i < 3; i++) {
      const answer = await ask(b!.url, '203.0.113.3', '{ plan(period: "2022-26") { outcomes { code } } }');
      expect(answer.status).toBe(200);
      expect(answer.body.data.plan.outcomes).toHaveLength(5);
    }
  });
});
