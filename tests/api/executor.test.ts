/**
 * A request reaches Neo4j through its executor: one read transaction for all its reads, finished when the
 * answer goes out or the client goes away. A statement that fails answers its own field's error and leaves
 * the rest of the request (and the next requests) working; nothing is left open.
 */
import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/neo4j/database.js';
import { RequestExecutor } from '../../src/neo4j/executor.js';
import { openTestDatabase, resetToSeeds } from '../helpers/test-graph.js';
import { startTestServer, type TestServer } from '../helpers/test-server.js';

let db: Database;
let server: TestServer;

beforeAll(async () => {
  db = openTestDatabase();
  await resetToSeeds(db);
  server = await startTestServer(db);
});

afterAll(async () => {
  await server?.close();
  await db?.close();
});

/** Transactions the API has open in Neo4j right now (every one carries app: golden-thread in its metadata). */
async function openApiTransactions(): Promise<unknown[]> {
  const session = db.driver.session();
  try {
    const result = await session.run('SHOW TRANSACTIONS YIELD metaData, currentQuery RETURN metaData, currentQuery');
    return result.records.map((r) => r.toObject()).filter((t) => (t.metaData as Record<string, unknown>)?.app === 'golden-thread');
  } finally {
    await session.close();
  }
}

async function eventually(check: () => Promise<boolean>, ms = 5000): Promise<boolean> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (await check()) return true;
    await new Promise((r) => setTimeout(r, 100));
  }
  return check();
}

describe("a request's executor", () => {
  it('sends its reads in one transaction that names the request and the operation, and finishes it', async () => {
    const executor = new RequestExecutor(db, { requestId: 'test-request-1', operationName: 'SharedSnapshot' });
    const [a, b] = await Promise.all([
      executor.read<{ n: number }>('test.one', 'RETURN 1 AS n'),
      executor.read<{ meta: Record<string, string> }>('test.meta', 'SHOW TRANSACTIONS YIELD metaData, currentQuery WHERE currentQuery STARTS WITH "SHOW" RETURN metaData AS meta'),
    ]);
    expect(a).toEqual([{ n: 1 }]);
    expect(b[0]!.meta).toMatchObject({ app: 'golden-thread', requestId: 'test-request-1', graphqlOperation: 'SharedSnapshot' });
    expect(executor.statements).toBe(2);
    expect(executor.roundTrips).toBe(1);
    await executor.close();
    expect(await openApiTransactions()).toEqual([]);
  });

  it('fails only the statement Neo4j refuses; the next read begins a fresh transaction', async () => {
    const executor = new RequestExecutor(db, { requestId: 'test-request-2' });
    await expect(executor.read('test.fails', 'RETURN 1 / 0 AS n')).rejects.toThrow(/by zero/i);
    expect(await executor.read<{ n: number }>('test.after', 'RETURN 2 AS n')).toEqual([{ n: 2 }]);
    await executor.close();
    // A read after the executor is finished (a resolver still running when the client left) gets a session of its own.
    expect(await executor.read<{ n: number }>('test.late', 'RETURN 3 AS n')).toEqual([{ n: 3 }]);
    expect(await eventually(async () => (await openApiTransactions()).length === 0)).toBe(true);
  });

  it('answers the sibling of a failing statement sent in the same wave', async () => {
    const executor = new RequestExecutor(db, { requestId: 'test-request-3' });
    const [failing, sibling] = await Promise.allSettled([
      executor.read('test.fails', 'RETURN 1 / 0 AS n'),
      executor.read<{ n: number }>('test.sibling', 'UNWIND range(1, 20000) AS i WITH i ORDER BY i DESC RETURN count(i) AS n'),
    ]);
    expect(failing.status).toBe('rejected');
    expect(sibling).toEqual({ status: 'fulfilled', value: [{ n: 20000 }] });
    await executor.close();
  });

  it('leaves no transaction open when the client goes away in the middle of a request', async () => {
    const url = new URL(`${server.url}/graphql`);
    const body = JSON.stringify({ query: '{ plans { outcomes { subOutcomes { supportingActions(first: 500) { totalCount edges { node { code owner { name } } } } } } coverage { completeness } } }' });
    for (let i = 0; i < 5; i++) {
      await new Promise<void>((resolve) => {
        const request = http.request(url, { method: 'POST', headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } });
        request.on('error', () => resolve());
        request.end(body, () => setTimeout(() => { request.destroy(); resolve(); }, 5 + i * 10));
      });
    }
    expect(await eventually(async () => (await openApiTransactions()).length === 0)).toBe(true);
    // And the server still answers.
    expect((await server.ask('{ plans { key } }')).plans.length).toBeGreaterThan(0);
  });

  it('reports the statements and round trips a request cost in its answer', async () => {
    const result = await server.query('{ plans { key } }');
    expect(result.extensions).toMatchObject({ cypherQueries: 1, cypherRoundTrips: 1 });
  });
});
