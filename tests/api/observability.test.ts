/**
 * What an operator sees of each request: its id in the `x-request-id` header, the same id on the request's
 * one access log line (operation, status, duration, Cypher statements, caller's role) and on the audit
 * events of its changes; statement counts in answers only where they are asked for in production.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createToken } from '../../src/auth/tokens.repository.js';
import type { Database } from '../../src/neo4j/database.js';
import { fromGlobalId } from '../../src/shared/global-id.js';
import { captureLog, type CapturedLog } from '../helpers/captured-log.js';
import { openTestDatabase, resetToSeeds } from '../helpers/test-graph.js';
import { startTestServer, type TestServer } from '../helpers/test-server.js';

let db: Database;
let server: TestServer;
let production: TestServer;
let log: CapturedLog;
let editor = '';

beforeAll(async () => {
  db = openTestDatabase();
  await resetToSeeds(db);
  log = captureLog();
  server = await startTestServer(db, { logger: log.logger });
  production = await startTestServer(db, { env: { NODE_ENV: 'production' } });
  editor = (await createToken(db, 'Observed editor', 'editor', 'test')).token;
});

afterAll(async () => {
  await server?.close();
  await production?.close();
  await db?.close();
});

const post = (base: string, query: string, headers: Record<string, string> = {}, variables?: Record<string, unknown>) =>
  fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query, variables }) });

/** The access line of a request, once the server has written it (just after the answer). */
async function accessLine(requestId: string): Promise<Record<string, any>> {
  for (let i = 0; i < 50; i++) {
    const line = log.lines.find((l) => l.msg === 'request' && l.requestId === requestId);
    if (line) return line;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error(`no access line for request ${requestId}; lines: ${JSON.stringify(log.lines.slice(-3))}`);
}

describe('each request, as an operator sees it', () => {
  it('answers with its id in x-request-id and logs one access line under that id: operation, status, duration, statements, role', async () => {
    const response = await post(server.url, 'query Outcomes { plan(period: "2022-26") { outcomes { code subOutcomes { code } } } }');
    const requestId = response.headers.get('x-request-id')!;
    expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
    const body = (await response.json()) as { extensions: { cypherQueries: number } };
    const line = await accessLine(requestId);
    expect(line).toMatchObject({ operation: 'Outcomes', status: 200, role: 'anonymous', method: 'POST', path: '/graphql', statements: body.extensions.cypherQueries });
    expect(line.durationMs).toBeGreaterThan(0);
    expect(log.lines.filter((l) => l.msg === 'request' && l.requestId === requestId)).toHaveLength(1);
  });

  it("names the caller's role, and records a change's audit event under the id its answer carried", async () => {
    const response = await post(server.url, 'mutation ($input: CreateActionInput!) { createAction(input: $input) { id } }',
      { authorization: `Bearer ${editor}` },
      { input: { plan: '2022-26', text: 'We will observe the access log' } });
    const requestId = response.headers.get('x-request-id')!;
    const body = (await response.json()) as { data?: { createAction: { id: string } }; errors?: unknown };
    expect(body.errors).toBeUndefined();
    expect((await accessLine(requestId)).role).toBe('editor');
    const [event] = await db.read<{ requestId: string }>('test.audit', 'MATCH (e:AuditEvent {targetKey: $key}) RETURN e.requestId AS requestId', { key: fromGlobalId(body.data!.createAction.id, 'id').key });
    expect(event?.requestId).toBe(requestId);
  });

  it("keeps a client's own x-request-id beside ours in the log, never in place of it", async () => {
    const response = await post(server.url, '{ plans { key } }', { 'x-request-id': 'proxy-abc.123' });
    const requestId = response.headers.get('x-request-id')!;
    expect(requestId).not.toBe('proxy-abc.123');
    expect((await accessLine(requestId)).clientRequestId).toBe('proxy-abc.123');
  });

  it('logs refused requests too: a query that does not parse still has its line, with its status', async () => {
    const response = await post(server.url, '{ plans { key ');
    const line = await accessLine(response.headers.get('x-request-id')!);
    expect(line.status).toBe(400);
  });
});

describe('Cypher statement counts in answers', () => {
  it('are left out in production, unless the request asks for them with x-cypher-stats: on', async () => {
    const plain = (await (await post(production.url, '{ plans { key } }')).json()) as { extensions?: Record<string, unknown> };
    expect(plain.extensions?.cypherQueries).toBeUndefined();
    const asked = (await (await post(production.url, '{ plans { key } }', { 'x-cypher-stats': 'on' })).json()) as { extensions?: Record<string, unknown> };
    expect(asked.extensions?.cypherQueries).toBeGreaterThan(0);
    expect(asked.extensions?.cypherRoundTrips).toBeGreaterThan(0);
  });
});
