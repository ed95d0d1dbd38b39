/**
 * Fuzzing the GraphQL endpoint with documents generated from the schema (fast-check): deep, wide, aliased,
 * malformed, with hostile arguments and variables, and bodies that are not GraphQL at all. Every answer must
 * be a well-formed GraphQL response (JSON with `data` and/or an `errors` array; never HTML, a 500, a stack
 * trace or an internal error), no answer may take longer than the database timeout, and the server must
 * still be ready afterwards.
 *
 * Run counts: 1,200 cheap requests (mostly refused by parsing, validation or the limits) and 200 random
 * queries executed against the seed data, sent four and two at a time (each random query is a statement
 * Neo4j has not planned before, most of this file's time); then every list argument of the schema flooded
 * (50,000 copies of one value) and 40 random lists of up to twice a bound. Each run draws new cases, so the
 * counts trade depth per run for the suite's time: FUZZ_RUNS=<n> multiplies them for a longer run (e.g.
 * FUZZ_RUNS=10 npx vitest run tests/api/query-fuzz.test.ts).
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Database } from '../../src/neo4j/database.js';
import { createDriver } from '../../src/neo4j/driver.js';
import { openTestDatabase, resetToSeeds, testNeo4jTarget } from '../helpers/test-graph.js';
import { startTestServer, type TestServer } from '../helpers/test-server.js';
import { hostileString, randomOperation, type GeneratorOptions } from '../helpers/query-generator.js';
import { INTROSPECTION, listArguments } from '../helpers/list-arguments.js';

const QUERY_TIMEOUT_MS = 10_000;
const scale = Number(process.env.FUZZ_RUNS ?? 1);
let db: Database;
let server: TestServer;
let ids: string[] = [];

beforeAll(async () => {
  const seeding = openTestDatabase();
  await resetToSeeds(seeding);
  await seeding.close();
  db = new Database(createDriver(testNeo4jTarget()), { timeoutMs: QUERY_TIMEOUT_MS });
  // Rate limits off: this test is one client sending thousands of requests on purpose.
  server = await startTestServer(db, { env: { GT_RATE_LIMIT_PER_ADDRESS: '0', GT_RATE_LIMIT_PER_TOKEN: '0' } });
  const seed = await server.ask('{ plan(period: "2022-26") { id outcomes { id subOutcomes { id aims { id } } } } }');
  ids = [seed.plan.id, ...seed.plan.outcomes.flatMap((o: any) => [o.id, ...o.subOutcomes.flatMap((s: any) => [s.id, ...s.aims.map((a: any) => a.id)])])];
}, 240_000);

afterAll(async () => {
  await server?.close();
  await db?.close();
});

interface Sent {
  method?: 'GET' | 'POST';
  body?: string;
  query?: string;
  contentType?: string;
}

/** Sends one request and checks the answer is well-formed GraphQL, in time, and not an internal fault. */
async function sendAndCheck(request: Sent): Promise<{ status: number; body: any }> {
  const started = Date.now();
  const response = request.method === 'GET'
    ? await fetch(`${server.url}/graphql?query=${encodeURIComponent(request.query ?? '')}`, { headers: { accept: 'application/json', 'apollo-require-preflight': 'true' } })
    : await fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': request.contentType ?? 'application/json' }, body: request.body });
  const text = await response.text();
  const elapsed = Date.now() - started;
  const where = `request ${JSON.stringify(request).slice(0, 600)} answered ${response.status} ${text.slice(0, 600)}`;
  expect(elapsed, where).toBeLessThan(QUERY_TIMEOUT_MS + 2_000);
  expect([200, 400, 401, 413, 415], where).toContain(response.status);
  expect(response.headers.get('content-type'), where).toMatch(/^application\/(graphql-response\+)?json/);
  expect(text, where).not.toMatch(/<html|\bat .+:\d+:\d+\)|node_modules|Neo4jError|stacktrace/i);
  const body = JSON.parse(text);
  expect(typeof body === 'object' && body !== null && ('data' in body || Array.isArray(body.errors)), where).toBe(true);
  for (const error of body.errors ?? []) {
    expect(typeof error.message, where).toBe('string');
    expect(error.extensions?.code, where).not.toBe('INTERNAL_SERVER_ERROR');
  }
  return { status: response.status, body };
}

const overLimits: GeneratorOptions = { maxDepth: 0, maxFields: 6, ids: [], decorate: true, invalidValues: true };

/** Requests that should mostly be refused before anything runs. */
const cheapRequest: fc.Arbitrary<Sent> = fc.oneof(
  // Deep and wide documents from the schema, many over the depth, alias or cost limits.
  fc.record({ depth: fc.integer({ min: 6, max: 14 }), g: fc.gen() }).map(({ depth, g }) => ({
    body: JSON.stringify({ query: randomOperation(g, { ...overLimits, maxDepth: depth, ids }) }),
  })),
  // Schema documents cut short or with characters spliced in.
  fc.record({ g: fc.gen(), cut: fc.nat(), junk: fc.string({ maxLength: 4 }) }).map(({ g, cut, junk }) => {
    const query = randomOperation(g, { maxDepth: 3, maxFields: 3, ids, decorate: true, invalidValues: true });
    const at = cut % (query.length + 1);
    return { body: JSON.stringify({ query: query.slice(0, at) + junk + query.slice(at + (cut % 3)) }) };
  }),
  // Mutations without a token: refused as UNAUTHENTICATED, whatever their arguments.
  fc.gen().map((g) => ({ body: JSON.stringify({ query: randomOperation(g, { maxDepth: 2, maxFields: 2, ids, decorate: false }, 'mutation') }) })),
  // Valid documents with variables of the wrong shape.
  fc.record({ variables: fc.jsonValue({ maxDepth: 3 }), first: fc.jsonValue({ maxDepth: 1 }) }).map(({ variables, first }) => ({
    body: JSON.stringify({ query: 'query($n: Int, $t: String!) { search(text: $t, first: $n) { totalCount } }', variables: typeof variables === 'object' && variables && !Array.isArray(variables) ? { ...variables, n: first } : variables }),
  })),
  // Bodies that are not a GraphQL request at all.
  fc.jsonValue({ maxDepth: 3 }).map((value) => ({ body: JSON.stringify(value) })),
  fc.string({ maxLength: 200 }).map((body) => ({ body })),
  fc.uint8Array({ maxLength: 200 }).map((bytes) => ({ body: Buffer.from(bytes).toString('latin1') })),
  fc.record({ query: fc.oneof(hostileString, fc.constant('{'), fc.constant('query { '.repeat(200))) }).map(({ query }) => ({ method: 'GET' as const, query })),
);

describe('fuzzing the GraphQL endpoint', () => {
  it('answers every malformed, deep, wide or hostile request with a well-formed GraphQL error or answer, in time', async () => {
    let refused = 0;
    await fc.assert(
      fc.asyncProperty(fc.tuple(cheapRequest, cheapRequest, cheapRequest, cheapRequest), async (requests) => {
        const answers = await Promise.all(requests.map(sendAndCheck));
        refused += answers.filter((a) => a.status !== 200).length;
      }),
      { numRuns: 300 * scale },
    );
    // Most of these must be refused before running, or they were not the hostile requests meant.
    expect(refused).toBeGreaterThan(600 * scale);
  }, 120_000 * scale);

  it('executes random valid queries from the schema on the seed data without an internal error, in time', async () => {
    let executed = 0;
    const validQuery = fc.record({ depth: fc.integer({ min: 1, max: 4 }), g: fc.gen() })
      .map(({ depth, g }) => randomOperation(g, { maxDepth: depth, maxFields: 3, ids, decorate: false }));
    await fc.assert(
      fc.asyncProperty(fc.tuple(validQuery, validQuery), async (queries) => {
        const answers = await Promise.all(queries.map((query) => sendAndCheck({ body: JSON.stringify({ query }) })));
        // 200 (data, or resolver errors such as BAD_USER_INPUT for a hostile argument) and 401 (a field that
        // needs a token) both come from running the query; 400 is a refusal before running.
        executed += answers.filter((a) => a.status === 200 || a.status === 401).length;
      }),
      { numRuns: 100 * scale },
    );
    // They must actually run, or the property tested the validator again rather than the resolvers. Until the
    // generator stopped writing null for required arguments, only 156-158 of 200 ran; now all 200 did (sampled).
    expect(executed).toBeGreaterThan(190 * scale);
  }, 180_000 * scale);

  it('refuses, or answers cheaply, repeated and oversized values of every list argument (found by introspection)', async () => {
    const lists = listArguments((await server.ask(INTROSPECTION)).__schema, ids);
    expect(lists.length).toBeGreaterThanOrEqual(10);
    const send = async (list: (typeof lists)[number], values: unknown[]) => {
      const started = Date.now();
      const answer = await sendAndCheck({ body: JSON.stringify({ query: list.operation, variables: { v: values } }) });
      return { ...answer, elapsed: Date.now() - started, where: `${list.at} with ${values.length} values` };
    };
    // Once each untimed first: a cold Neo4j plans and compiles a statement the first time it sees it.
    for (const list of lists) await send(list, list.samples.slice(0, 1));
    for (const list of lists) {
      // One value 50,000 times (about 1 MB): refused before anything is coerced or run.
      const flood = await send(list, Array(50_000).fill(list.samples[0]));
      expect(flood.status, flood.where).toBe(400);
      expect(flood.body.errors[0].extensions, flood.where).toMatchObject({ code: 'BAD_USER_INPUT', limit: 'listLimit' });
      expect(flood.elapsed, flood.where).toBeLessThan(2_000);
    }
    await fc.assert(
      fc.asyncProperty(fc.nat(lists.length - 1), fc.nat(), fc.array(fc.nat(), { maxLength: 20 }), async (which, length, picks) => {
        const list = lists[which]!;
        // Up to twice the bound, mostly repeats of a few values.
        const count = length % (2 * list.max + 2);
        const values = Array.from({ length: count }, (_, i) => list.samples[(picks[i % Math.max(picks.length, 1)] ?? 0) % list.samples.length]);
        const answer = await send(list, values);
        if (count > list.max) {
          expect(answer.status, answer.where).toBe(400);
          expect(answer.body.errors[0].extensions, answer.where).toMatchObject({ code: 'BAD_USER_INPUT', limit: 'listLimit' });
        } else {
          // Answered (or refused for a reason of its own, such as a mutation without a token), and cheaply.
          expect(answer.body.errors?.[0]?.extensions?.limit, answer.where).not.toBe('listLimit');
          expect(JSON.stringify(answer.body).length, answer.where).toBeLessThan(200_000);
        }
        expect(answer.elapsed, answer.where).toBeLessThan(2_000);
      }),
      { numRuns: 40 * scale },
    );
  }, 60_000 * scale);

  it('is still ready afterwards', async () => {
    const response = await fetch(`${server.url}/readyz`);
    expect(response.status).toBe(200);
    expect((await server.query('{ plan(period: "2022-26") { outcomes { code } } }')).data?.plan.outcomes.length).toBeGreaterThan(0);
  });
});
