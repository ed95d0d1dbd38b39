import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Database } from '../../src/neo4j/database.js';
import { createDriver } from '../../src/neo4j/driver.js';
import { openTestDatabase, resetToSeeds, testNeo4jTarget } from '../helpers/test-graph.js';
import { startTestServer, type TestServer } from '../helpers/test-server.js';
import { SwitchableProxy } from '../helpers/switchable-proxy.js';

async function until<T>(probe: () => Promise<T>, ok: (value: T) => boolean, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (ok(value) || Date.now() > deadline) return value;
    await new Promise((r) => setTimeout(r, 250));
  }
}

describe('when Neo4j is down at start', () => {
  let proxy: SwitchableProxy;
  let db: Database;
  let server: TestServer;

  beforeAll(async () => {
    const seeded = openTestDatabase();
    await resetToSeeds(seeded);
    await seeded.close();
    const target = testNeo4jTarget();
    const { hostname, port } = new URL(target.uri.replace(/^bolt/, 'http'));
    proxy = await SwitchableProxy.onFreePort({ host: hostname, port: Number(port) });
    db = new Database(createDriver({ ...target, uri: `bolt://127.0.0.1:${proxy.port}` }), { timeoutMs: 10_000 });
    server = await startTestServer(db, { waitUntilReady: false, retryMs: 200 });
  });

  afterAll(async () => {
    await server.close();
    await db.close();
    await proxy.down();
  });

  it('the server still starts, and /healthz says the process is alive', async () => {
    const response = await fetch(`${server.url}/healthz`);
    expect(response.status).toBe(200);
  });

  it('/readyz answers 503 and says Neo4j is unreachable', async () => {
    const response = await fetch(`${server.url}/readyz`);
    expect(response.status).toBe(503);
    expect(await response.json()).toMatchObject({ status: 'not ready', neo4j: 'unreachable' });
  });

  it('a GraphQL query gets a clear SERVICE_UNAVAILABLE error, not a hang or a stack trace', async () => {
    const started = Date.now();
    const result = await server.query('{ plans { period } }');
    expect(Date.now() - started).toBeLessThan(15_000);
    expect(result.data).toBeNull();
    expect(result.errors?.[0]?.extensions?.code).toBe('SERVICE_UNAVAILABLE');
    expect(result.errors?.[0]?.message).toMatch(/not reachable.*retry/i);
    expect(JSON.stringify(result)).not.toMatch(/at .*\.js|Neo4jError|MATCH/);
  });

  it('everything recovers by itself once Neo4j is back', async () => {
    await proxy.up();
    const ready = await until(() => fetch(`${server.url}/readyz`).then((r) => r.status), (status) => status === 200);
    expect(ready).toBe(200);
    const result = await server.query('{ plan(period: "2022-26") { period outcomes { code } } }');
    expect(result.errors).toBeUndefined();
    expect(result.data?.plan?.outcomes).toHaveLength(5);
  });
});
