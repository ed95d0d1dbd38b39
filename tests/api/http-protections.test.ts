/**
 * What protects the HTTP endpoint beyond the shape of queries: CSRF prevention, CORS limited to configured
 * origins, introspection by setting, error masking in production, security headers on every route, and rate
 * limits per address, per token and for pages and assets, answered with 429 and Retry-After.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createToken } from '../../src/auth/tokens.repository.js';
import { Database } from '../../src/neo4j/database.js';
import { createDriver } from '../../src/neo4j/driver.js';
import { openTestDatabase, resetToSeeds, testNeo4jTarget } from '../helpers/test-graph.js';
import { startTestServer, type TestServer } from '../helpers/test-server.js';

let db: Database;
const servers: TestServer[] = [];
async function serverWith(env: Record<string, string>, database = db, waitUntilReady = true) {
  const server = await startTestServer(database, { env, waitUntilReady });
  servers.push(server);
  return server;
}

beforeAll(async () => {
  db = openTestDatabase();
  await resetToSeeds(db);
});

afterAll(async () => {
  for (const s of servers) await s.close();
  await db?.close();
});

describe('CSRF prevention', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await serverWith({});
  });

  it('refuses a GET query a cross-site page could trigger (no JSON content type, no preflight header)', async () => {
    const response = await fetch(`${server.url}/graphql?query=${encodeURIComponent('{ plans { period } }')}`, { headers: { accept: 'application/json' } });
    expect(response.status).toBe(400);
    expect(await response.text()).toMatch(/CSRF/i);
  });

  it('refuses a "simple" POST, as an HTML form would send it', async () => {
    const response = await fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: '{"query":"{ plans { period } }"}' });
    expect(response.status).toBe(400);
  });

  it('answers a GET with the preflight header, and a JSON POST', async () => {
    const get = await fetch(`${server.url}/graphql?query=${encodeURIComponent('{ plans { period } }')}`, { headers: { 'apollo-require-preflight': 'true', accept: 'application/json' } });
    expect(get.status).toBe(200);
    expect((await server.query('{ plans { period } }')).errors).toBeUndefined();
  });
});

describe('CORS', () => {
  it('with no origins configured, sends no CORS header, so other sites cannot read answers', async () => {
    const server = await serverWith({});
    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST', headers: { 'content-type': 'application/json', origin: 'https://elsewhere.example' }, body: JSON.stringify({ query: '{ plans { period } }' }),
    });
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('allows a configured origin (preflight and request) and no other', async () => {
    const server = await serverWith({ GT_CORS_ORIGINS: 'https://plans.example.gov.uk, https://board.example.org' });
    const preflight = await fetch(`${server.url}/graphql`, {
      method: 'OPTIONS', headers: { origin: 'https://board.example.org', 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('https://board.example.org');
    const other = await fetch(`${server.url}/graphql`, {
      method: 'POST', headers: { 'content-type': 'application/json', origin: 'https://evil.example' }, body: JSON.stringify({ query: '{ plans { period } }' }),
    });
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('refuses a malformed origin list at start, naming the variable', async () => {
    const { loadConfig } = await import('../../src/config.js');
    expect(() => loadConfig({ GT_CORS_ORIGINS: 'plans.example.gov.uk/path' })).toThrow(/GT_CORS_ORIGINS/);
  });
});

describe('introspection', () => {
  it('is off when GT_INTROSPECTION=false, and field suggestions do not leak the schema', async () => {
    const server = await serverWith({ GT_INTROSPECTION: 'false' });
    const result = await server.query('{ __schema { types { name } } }');
    expect(result.status).toBe(400);
    expect(result.errors?.[0]?.message).toMatch(/introspection is not allowed/i);
    const typo = await server.query('{ plns { period } }');
    expect(typo.errors?.[0]?.message).not.toMatch(/Did you mean/);
  });

  it('is on when GT_INTROSPECTION=true, even in production', async () => {
    const server = await serverWith({ GT_INTROSPECTION: 'true', NODE_ENV: 'production' });
    const result = await server.query('{ __schema { queryType { name } } }');
    expect(result.data).toEqual({ __schema: { queryType: { name: 'Query' } } });
  });

  it('is off by default in production', async () => {
    const server = await serverWith({ NODE_ENV: 'production' });
    expect((await server.query('{ __type(name: "Outcome") { name } }')).status).toBe(400);
  });
});

describe('error masking in production', () => {
  it('answers an internal fault with an error id only: no stack, no Cypher, no internal names', async () => {
    // A real fault: the server configured with a database name Neo4j does not have.
    const target = testNeo4jTarget();
    const wrong = new Database(createDriver({ ...target, database: 'nosuchgraph' }), { database: 'nosuchgraph', timeoutMs: 5_000 });
    try {
      const server = await serverWith({ NODE_ENV: 'production' }, wrong, false);
      const result = await server.query('{ plans { period outcomes { code } } }');
      expect(result.errors?.[0]?.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
      expect(result.errors?.[0]?.message).toMatch(/error id [0-9a-f-]{36}/);
      const text = JSON.stringify(result);
      expect(text).not.toMatch(/nosuchgraph|Neo4jError|Neo\.ClientError|MATCH|RETURN|stacktrace|\.ts:|node_modules|plans\.repository/);
      const notJson = await fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query": ' });
      expect(notJson.status).toBe(400);
      expect(await notJson.text()).not.toMatch(/at .*\(|node_modules|<html/i);
    } finally {
      await wrong.close();
    }
  });
});

describe('rate limits', () => {
  it('per address: over the limit a request gets 429 with Retry-After and a message naming the limit; under it, answers', async () => {
    const server = await serverWith({ GT_RATE_LIMIT_PER_ADDRESS: '5', GT_RATE_LIMIT_WINDOW_S: '30' });
    for (let i = 0; i < 5; i++) expect((await server.query('{ plans { period } }')).status).toBe(200);
    const response = await fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ plans { period } }' }) });
    expect(response.status).toBe(429);
    const retryAfter = Number(response.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(30);
    const body = (await response.json()) as { errors: { message: string; extensions: Record<string, unknown> }[] };
    expect(body.errors[0]!.extensions).toMatchObject({ code: 'RATE_LIMITED', limit: 'perAddress', setting: 'GT_RATE_LIMIT_PER_ADDRESS' });
    expect(body.errors[0]!.message).toMatch(/limit is 5 per 30 s.*Retry after \d+ s/);
    // Health checks are not rate limited: a load balancer must still see the server.
    expect((await fetch(`${server.url}/readyz`)).status).toBe(200);
  });

  it('per token: a token over its limit gets 429 while another token still gets answers', async () => {
    const server = await serverWith({ GT_RATE_LIMIT_PER_TOKEN: '3', GT_RATE_LIMIT_PER_ADDRESS: '100' });
    const busy = await createToken(db, 'busy reader', 'viewer', 'rate-limit test');
    const other = await createToken(db, 'other reader', 'viewer', 'rate-limit test');
    for (let i = 0; i < 3; i++) expect((await server.query('{ plans { period } }', {}, busy.token)).status).toBe(200);
    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${busy.token}` }, body: JSON.stringify({ query: '{ plans { period } }' }),
    });
    expect(response.status).toBe(429);
    expect(Number(response.headers.get('retry-after'))).toBeGreaterThan(0);
    const body = (await response.json()) as { errors: { message: string; extensions: Record<string, unknown> }[] };
    expect(body.errors[0]!.extensions).toMatchObject({ code: 'RATE_LIMITED', limit: 'perToken', setting: 'GT_RATE_LIMIT_PER_TOKEN' });
    expect(body.errors[0]!.message).toMatch(/Too many requests from this token: the limit is 3 per 60 s/);
    expect((await server.query('{ plans { period } }', {}, other.token)).status).toBe(200);
  });

  it('counts the client behind a trusted proxy by X-Forwarded-For, not the proxy', async () => {
    const server = await serverWith({ GT_RATE_LIMIT_PER_ADDRESS: '2', GT_TRUST_PROXY: 'loopback' });
    const from = (address: string) => fetch(`${server.url}/graphql`, {
      method: 'POST', headers: { 'content-type': 'application/json', 'x-forwarded-for': address }, body: JSON.stringify({ query: '{ plans { period } }' }),
    });
    expect((await from('203.0.113.7')).status).toBe(200);
    expect((await from('203.0.113.7')).status).toBe(200);
    expect((await from('203.0.113.7')).status).toBe(429);
    expect((await from('198.51.100.9')).status).toBe(200);
  });
});

describe('security headers', () => {
  it('are on GraphiQL, its assets, the explorer, the API, the CSV route and health', async () => {
    const server = await serverWith({});
    const html = { accept: 'text/html' };
    const answers = await Promise.all([
      fetch(`${server.url}/graphql`, { headers: html }),
      fetch(`${server.url}/graphiql-assets/start.js`),
      fetch(`${server.url}/explore/thread`, { headers: html }),
      fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ plans { period } }' }) }),
      fetch(`${server.url}/export/savings/mtfs-2017-21/lines.csv`),
      fetch(`${server.url}/healthz`),
    ]);
    for (const answer of answers) {
      const where = answer.url;
      expect(answer.status, where).toBe(200);
      expect(answer.headers.get('content-security-policy'), where).toMatch(/default-src 'self'.*script-src 'self';.*frame-ancestors 'none'/);
      expect(answer.headers.get('content-security-policy'), where).not.toMatch(/script-src[^;]*unsafe/);
      expect(answer.headers.get('x-content-type-options'), where).toBe('nosniff');
      expect(answer.headers.get('x-frame-options'), where).toBe('DENY');
      expect(answer.headers.get('referrer-policy'), where).toBe('no-referrer');
    }
  });

  it('leave no inline script on the GraphiQL page', async () => {
    const server = await serverWith({});
    const page = await (await fetch(`${server.url}/graphql`, { headers: { accept: 'text/html' } })).text();
    const scripts = [...page.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)];
    expect(scripts.length).toBeGreaterThan(3);
    for (const [, attributes = '', body = ''] of scripts) expect(attributes.includes('src=') || /type="application\/json"/.test(attributes) || body.trim() === '', attributes).toBe(true);
  });
});

describe('rate limit for pages and assets', () => {
  it('counts GraphiQL and the explorer per address, apart from the API, and answers 429 with Retry-After over it', async () => {
    const server = await serverWith({ GT_RATE_LIMIT_ASSETS_PER_ADDRESS: '3', GT_RATE_LIMIT_PER_ADDRESS: '100' });
    for (const path of ['/graphql', '/graphiql-assets/start.css', '/explore/thread']) {
      expect((await fetch(`${server.url}${path}`, { headers: { accept: 'text/html' } })).status, path).toBe(200);
    }
    const over = await fetch(`${server.url}/explore/lineage`, { headers: { accept: 'text/html' } });
    expect(over.status).toBe(429);
    expect(Number(over.headers.get('retry-after'))).toBeGreaterThan(0);
    const body = (await over.json()) as { errors: { message: string; extensions: Record<string, unknown> }[] };
    expect(body.errors[0]!.extensions).toMatchObject({ code: 'RATE_LIMITED', limit: 'assetsPerAddress', setting: 'GT_RATE_LIMIT_ASSETS_PER_ADDRESS' });
    expect((await server.query('{ plans { period } }')).status).toBe(200);
  });
});
