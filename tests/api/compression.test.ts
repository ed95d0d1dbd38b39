/**
 * Compression as a client sees it on the wire: GraphiQL's files and the explorer's bundle in brotli or gzip
 * (whichever the client accepts), the bytes unchanged once decoded, `Vary: Accept-Encoding` always; the
 * API's JSON compressed above the threshold and not below it.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import http from 'node:http';
import { createRequire } from 'node:module';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/neo4j/database.js';
import { EXPLORER_DIST } from '../../src/http/explorer-route.js';
import { openTestDatabase } from '../helpers/test-graph.js';
import { startTestServer, type TestServer } from '../helpers/test-server.js';

let db: Database;
let server: TestServer;
// No seed data needed: the files are static, and introspection makes a large answer on any graph.
beforeAll(async () => {
  db = openTestDatabase();
  server = await startTestServer(db);
});
afterAll(async () => {
  await server?.close();
  await db?.close();
});

interface Raw {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

/** One request with exactly these headers (fetch would add its own Accept-Encoding and decode). */
function raw(pathname: string, headers: Record<string, string>, body?: string): Promise<Raw> {
  return new Promise((resolve, reject) => {
    const request = http.request(`${server.url}${pathname}`, { method: body ? 'POST' : 'GET', headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (c: Buffer) => chunks.push(c));
      response.on('end', () => resolve({ status: response.statusCode!, headers: response.headers, body: Buffer.concat(chunks) }));
    });
    request.on('error', reject);
    request.end(body);
  });
}

const decode = (r: Raw): Buffer =>
  r.headers['content-encoding'] === 'br' ? zlib.brotliDecompressSync(r.body) : r.headers['content-encoding'] === 'gzip' ? zlib.gunzipSync(r.body) : r.body;

const GRAPHIQL_JS = path.join(path.dirname(createRequire(import.meta.url).resolve('graphiql/package.json')), 'graphiql.min.js');
const largestExplorerAsset = () => {
  const dir = path.join(EXPLORER_DIST, 'assets');
  return readdirSync(dir).filter((f) => f.endsWith('.js')).sort((a, b) => statSync(path.join(dir, b)).size - statSync(path.join(dir, a)).size)[0]!;
};

describe('static files', () => {
  const cases = () => [
    { name: 'GraphiQL', url: '/graphiql-assets/graphiql.min.js', file: GRAPHIQL_JS },
    { name: 'the explorer\'s graph library', url: `/explore/assets/${largestExplorerAsset()}`, file: path.join(EXPLORER_DIST, 'assets', largestExplorerAsset()) },
  ];

  it('go in brotli when accepted, else gzip, else as they are; the same bytes once decoded, with Vary', async () => {
    for (const { name, url, file } of cases()) {
      const original = readFileSync(file);
      for (const [accept, expected] of [['gzip, deflate, br', 'br'], ['gzip', 'gzip'], ['identity', undefined]] as const) {
        const response = await raw(url, { 'accept-encoding': accept });
        expect([name, accept, response.status, response.headers['content-encoding']]).toEqual([name, accept, 200, expected]);
        expect(response.headers.vary).toMatch(/accept-encoding/i);
        expect(response.headers['content-type']).toMatch(/javascript/);
        expect(decode(response).equals(original)).toBe(true);
        if (expected) expect(response.body.length).toBeLessThan(original.length / 2.5);
      }
    }
  });

  it('send the explorer\'s page compressed for any view\'s URL, and 404 (not the page) for a missing asset', async () => {
    const page = await raw('/explore/alignment', { 'accept-encoding': 'br' });
    expect([page.status, page.headers['content-encoding'], page.headers['content-type']]).toEqual([200, 'br', 'text/html; charset=utf-8']);
    expect(decode(page).toString()).toContain('<main id="view"');
    expect((await raw('/explore/assets/missing-0000.js', { 'accept-encoding': 'br' })).status).toBe(404);
  });
});

describe('API answers', () => {
  const post = (query: string, accept: string) =>
    raw('/graphql', { 'content-type': 'application/json', 'accept-encoding': accept }, JSON.stringify({ query }));

  it('are compressed above 1 kB, in the encoding the client accepts, and sent as they are below it', async () => {
    const big = '{ __schema { types { name description fields { name description } } } }';
    for (const accept of ['br', 'gzip']) {
      const response = await post(big, accept);
      expect([response.status, response.headers['content-encoding']]).toEqual([200, accept]);
      const json = JSON.parse(decode(response).toString());
      expect(json.data.__schema.types.length).toBeGreaterThan(50);
      expect(response.body.length).toBeLessThan(decode(response).length / 3);
    }
    const small = await post('{ __typename }', 'br');
    expect(small.headers['content-encoding']).toBeUndefined();
    expect(JSON.parse(small.body.toString())).toMatchObject({ data: { __typename: 'Query' } });
  });
});
