/**
 * The bounds on one request (depth, aliases, directives, tokens, cost, body size): a request over a limit
 * is refused before it runs, with a 400 and a GraphQL error naming the limit and its setting; the same
 * request under the limit is answered. Limits are set low here so the queries stay readable.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/neo4j/database.js';
import { openTestDatabase, resetToSeeds } from '../helpers/test-graph.js';
import { startTestServer, type TestServer } from '../helpers/test-server.js';

let db: Database;
let server: TestServer;

beforeAll(async () => {
  db = openTestDatabase();
  await resetToSeeds(db);
  server = await startTestServer(db, {
    env: { GT_MAX_DEPTH: '5', GT_MAX_ALIASES: '3', GT_MAX_DIRECTIVES: '3', GT_MAX_TOKENS: '60', GT_MAX_COST: '2000', GT_MAX_BODY_MB: '1' },
  });
});

afterAll(async () => {
  await server?.close();
  await db?.close();
});

function expectRefusedFor(result: Awaited<ReturnType<TestServer['query']>>, limit: string, setting: string) {
  expect(result.status).toBe(400);
  expect(result.data).toBeUndefined();
  expect(result.errors).toHaveLength(1);
  expect(result.errors![0]!.extensions).toMatchObject({ code: 'GRAPHQL_VALIDATION_FAILED', limit, setting });
  expect(result.errors![0]!.message).toContain(setting);
}

describe('query depth (every field counts a level, leaves included)', () => {
  it('answers a query as deep as the limit', async () => {
    const result = await server.query('{ plan(period: "2022-26") { outcomes { subOutcomes { citation { at } } } } }');
    expect(result.errors).toBeUndefined();
    expect(result.data?.plan.outcomes.length).toBeGreaterThan(0);
  });

  it('refuses one level deeper, saying how deep it was and what the limit is', async () => {
    const result = await server.query('{ plan(period: "2022-26") { outcomes { subOutcomes { citation { source { title } } } } } }');
    expectRefusedFor(result, 'maxDepth', 'GT_MAX_DEPTH');
    expect(result.errors![0]!.message).toMatch(/nested 6 levels deep; the limit is 5/);
  });

  it('counts the depth through fragments too', async () => {
    const result = await server.query(`
      query { plan(period: "2022-26") { ...O } }
      fragment O on StrategicPlan { outcomes { subOutcomes { citation { source { title } } } } }`);
    expectRefusedFor(result, 'maxDepth', 'GT_MAX_DEPTH');
  });
});

describe('aliases', () => {
  it('answers three aliases and refuses four', async () => {
    const three = await server.query('{ a: plans { period } b: plans { period } c: plans { period } }');
    expect(three.errors).toBeUndefined();
    const four = await server.query('{ a: plans { period } b: plans { period } c: plans { period } d: plans { period } }');
    expectRefusedFor(four, 'maxAliases', 'GT_MAX_ALIASES');
    expect(four.errors![0]!.message).toMatch(/4 aliases; the limit is 3/);
  });

  it('counts an alias once however many items a fragment holding it is spread on, and every distinct alias', async () => {
    // Two aliases in a fragment spread on an outcome and on a sub-outcome: two aliases, not eight.
    const fragment = await server.query(`{ outcome(plan: "2022-26", code: "9") { ...Label } subOutcome(plan: "2022-26", code: "9.3") { ...Label } }
      fragment Label on Node { ... on Outcome { label: name ref: code } ... on SubOutcome { label: name ref: code } }`);
    expect(fragment.errors).toBeUndefined();
    expect(fragment.data).toMatchObject({ outcome: { label: expect.any(String), ref: '9' }, subOutcome: { label: expect.any(String), ref: '9.3' } });
    // The same alias of the same field under two aliased roots: three distinct aliases.
    const repeated = await server.query('{ a: plan(period: "2022-26") { t: title } b: plan(period: "2018-22") { t: title } }');
    expect(repeated.errors).toBeUndefined();
    expect(repeated.data).toMatchObject({ a: { t: expect.any(String) }, b: { t: expect.any(String) } });
    // One alias name on two different fields is two aliases; with the two roots, four.
    const distinct = await server.query('{ a: plan(period: "2022-26") { t: title } b: plan(period: "2018-22") { t: period } }');
    expectRefusedFor(distinct, 'maxAliases', 'GT_MAX_ALIASES');
    expect(distinct.errors![0]!.message).toMatch(/4 aliases; the limit is 3/);
  });
});

describe('directives', () => {
  it('answers three directives and refuses four', async () => {
    const three = await server.query('{ plans { period @include(if: true) title @include(if: true) status @skip(if: false) } }');
    expect(three.errors).toBeUndefined();
    const four = await server.query('{ plans @include(if: true) { period @include(if: true) title @include(if: true) status @skip(if: false) } }');
    expectRefusedFor(four, 'maxDirectives', 'GT_MAX_DIRECTIVES');
  });
});

describe('tokens', () => {
  it('refuses a query of more tokens than the limit before parsing it through, naming the setting', async () => {
    const fields = Array.from({ length: 80 }, () => 'period').join(' ');
    const result = await server.query(`{ plans { ${fields} } }`);
    expect(result.status).toBe(400);
    expect(result.errors![0]!.extensions).toMatchObject({ code: 'GRAPHQL_PARSE_FAILED', limit: 'maxTokens', setting: 'GT_MAX_TOKENS' });
    expect(result.errors![0]!.message).toMatch(/more than 60 tokens/);
  });
});

describe('query cost (list sizes counted from `first`)', () => {
  const query = 'query($n: Int) { subOutcome(plan: "2022-26", code: "9.3") { supportingActions(first: $n) { edges { node { code text } } } } }';

  it('answers a small page', async () => {
    const result = await server.query(query, { n: 5 });
    expect(result.errors).toBeUndefined();
    expect(result.data?.subOutcome.supportingActions.edges.length).toBeGreaterThan(0);
  });

  it('refuses the same query asking for a page of 500, counting `first` from the variables', async () => {
    const result = await server.query(query, { n: 500 });
    expectRefusedFor(result, 'maxCost', 'GT_MAX_COST');
    expect(result.errors![0]!.extensions).toMatchObject({ maxCost: 2000 });
    expect(result.errors![0]!.extensions!.cost as number).toBeGreaterThan(2000);
  });

  it('counts `first` written in the query as well', async () => {
    const result = await server.query(query.replace('query($n: Int)', 'query').replace('first: $n', 'first: 500'));
    expectRefusedFor(result, 'maxCost', 'GT_MAX_COST');
  });
});

describe('request body size', () => {
  it('refuses a body over GT_MAX_BODY_MB with a GraphQL-shaped 413', async () => {
    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ plans { period } }', variables: { pad: 'x'.repeat(1.2 * 1024 * 1024) } }),
    });
    expect(response.status).toBe(413);
    const body = (await response.json()) as { errors: { message: string }[] };
    expect(body.errors[0]!.message).toMatch(/larger than 1 MB \(GT_MAX_BODY_MB\)/);
  });
});

describe('result sizes and path search depth', () => {
  it('refuses a page larger than 500 and a path search deeper than 6, naming the argument', async () => {
    // Default limits: links and paths cost more than this file's GT_MAX_COST on their own (@cost(base:)).
    const defaults = await startTestServer(db);
    try {
      const page = await defaults.query('{ links(first: 501) { totalCount } }');
      expect(page.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'first' });
      const ids = await defaults.ask('{ plan(period: "2022-26") { outcomes { id } } }');
      const [a, b] = ids.plan.outcomes;
      const paths = await defaults.query('query($a: ID!, $b: ID!) { paths(from: $a, to: $b, maxDepth: 7) { length } }', { a: a.id, b: b.id });
      expect(paths.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'maxDepth' });
    } finally {
      await defaults.close();
    }
  });

  it('counts a field that runs a statement of its own (search, paths) at its @cost(base:), so aliases cannot repeat it', async () => {
    const defaults = await startTestServer(db);
    try {
      const searches = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `s${i}: search(text: "health") { totalCount }`).join(' ')} }`;
      expect((await defaults.query(searches(6))).errors).toBeUndefined();
      const seven = await defaults.query(searches(7));
      expectRefusedFor(seven, 'maxCost', 'GT_MAX_COST');
      expect(seven.errors![0]!.extensions!.cost).toBeGreaterThan(1_000_000);
    } finally {
      await defaults.close();
    }
  });
});
