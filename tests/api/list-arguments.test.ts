/**
 * List arguments (`documents(kinds:)`, `savingsImpact(lines:)`, `links(statuses:)`, ...): each has a bound in
 * the SDL (`@listLimit`), a longer list is refused before anything runs, repeated values are answered once,
 * and each value counts in the query's cost. Before these, one anonymous request of one kind repeated
 * 500,000 times (9.5 MB) held the server for 18-35 s, and /readyz went unanswered meanwhile.
 */
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { listLimitTable } from '../../src/http/list-limits.js';
import { queryCost } from '../../src/http/query-limits.js';
import type { Database } from '../../src/neo4j/database.js';
import { loadTypeDefs } from '../../src/schema.js';
import { toGlobalId } from '../../src/shared/global-id.js';
import { useSeededServer } from '../helpers/seeded-server.js';
import type { TestServer } from '../helpers/test-server.js';

let server: TestServer;
useSeededServer((env: { db: Database; server: TestServer }) => ({ server } = env));

/** Sends a request while asking /readyz every 100 ms; returns the answer, its time and the slowest /readyz. */
async function timedWithReadiness(query: string, variables: Record<string, unknown>) {
  let stop = false;
  let slowestReady = 0;
  const polling = (async () => {
    while (!stop) {
      const started = Date.now();
      const ready = await fetch(`${server.url}/readyz`, { headers: { connection: 'close' } });
      expect(ready.status).toBe(200);
      slowestReady = Math.max(slowestReady, Date.now() - started);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  })();
  const started = Date.now();
  const response = await fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
  const text = await response.text();
  const elapsed = Date.now() - started;
  stop = true;
  await polling;
  return { status: response.status, body: JSON.parse(text), size: text.length, elapsed, slowestReady };
}

describe('a list argument with one value repeated a great many times', () => {
  it.each([
    ['documents(kinds:)', 'query($v: [DocumentKind!]) { documents(kinds: $v) { key title } }', 'PARTNER_STRATEGY', 500_000],
    ['savingsImpact(lines:)', 'query($v: [ID!]!) { savingsImpact(lines: $v) { total { total { pence } } } }', 'mtfs-2017-21/AC3', 200_000],
    ['links(statuses:)', 'query($v: [LinkStatus!]) { links(statuses: $v) { totalCount } }', 'PROPOSED', 500_000],
  ])('%s: refused at once, naming the variable and the bound, while /readyz keeps answering', async (_name, query, value, copies) => {
    const result = await timedWithReadiness(query, { v: Array(copies).fill(value) });
    expect(result.status).toBe(400);
    expect(result.body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: '$v', limit: 'listLimit', found: copies });
    expect(result.body.errors[0].message).toMatch(/holds a list of \d+ values; no argument takes more than 500/);
    expect(result.size).toBeLessThan(2_000);
    expect(result.elapsed).toBeLessThan(3_000);
    expect(result.slowestReady).toBeLessThan(1_500);
  });
});

describe('bounds stated in the SDL', () => {
  it('refuses one value more than the bound, in a variable or written in the query, naming the argument', async () => {
    const nine = await server.query('query($v: [DocumentKind!]) { documents(kinds: $v) { key } }', { v: Array(9).fill('POLICY') });
    expect(nine.status).toBe(400);
    expect(nine.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'kinds', max: 8, found: 9 });
    expect(nine.errors?.[0]?.message).toMatch(/Argument "kinds" of Query.documents: at most 8 values; got 9/);
    const literal = await server.query('{ links(statuses: [PROPOSED, PROPOSED, PROPOSED, PROPOSED, PROPOSED]) { totalCount } }');
    expect(literal.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'statuses', max: 4 });
  });

  it('checks lists nested under other fields too', async () => {
    const result = await server.query('query($v: [SupportType!]) { plan(period: "2022-26") { coverage { gaps(lacking: $v) { lacks } } } }', { v: Array(7).fill('AIM') });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'lacking', max: 6 });
  });

  it('says the bound in the description of every list argument, as the schema introspection shows it', async () => {
    const { __schema } = await server.ask('{ __schema { types { name fields { name args { name description type { kind ofType { kind } } } } } } }');
    const lists = __schema.types.flatMap((t: any) => (t.fields ?? []).flatMap((f: any) => f.args
      .filter((a: any) => a.type.kind === 'LIST' || a.type.ofType?.kind === 'LIST').map((a: any) => ({ at: `${t.name}.${f.name}(${a.name}:)`, description: a.description }))));
    expect(lists.length).toBeGreaterThanOrEqual(10);
    for (const list of lists) expect(list.description, list.at).toMatch(/At most \d+/);
  });

  it('will not start with a list argument that has no bound, or whose description does not state it', () => {
    const base = 'directive @listLimit(max: Int!, distinct: Boolean = true, sizesAnswer: Boolean = false) on ARGUMENT_DEFINITION | INPUT_FIELD_DEFINITION\n';
    expect(() => listLimitTable(`${base}type Query { a(x: [String!]): Int }`)).toThrow(/Query.a\(x:\) is a list without @listLimit/);
    expect(() => listLimitTable(`${base}type Query { a(x: [String!] @listLimit(max: 3)): Int }`)).toThrow(/must say "At most 3"/);
    expect(() => listLimitTable(`${base}enum E { A B C } type Query { a("At most 2." x: [E!] @listLimit(max: 2)): Int }`)).toThrow(/below the 3 values of E/);
    expect(() => listLimitTable(`${base}type Query { a("At most 3." x: [String!] @listLimit(max: 3)): Int }`)).not.toThrow();
  });
});

describe('repeated values', () => {
  it('are answered once: the same kind twice gives each document once', async () => {
    const once = await server.ask('{ documents(kinds: [PARTNER_STRATEGY]) { key } }');
    const twice = await server.ask('{ documents(kinds: [PARTNER_STRATEGY, PARTNER_STRATEGY]) { key } }');
    expect(twice.documents).toEqual(once.documents);
  });

  it('count a savings line once, given twice or by its id and its key (£3m, not £6m)', async () => {
    const total = async (lines: string[]) =>
      (await server.ask('query($l: [ID!]!) { savingsImpact(lines: $l) { total { total { pence } } lines { key } } }', { l: lines })).savingsImpact;
    const once = await total(['mtfs-2017-21/AC3']);
    expect(once.total.total.pence).toBe(300_000_000);
    expect(await total(['mtfs-2017-21/AC3', 'mtfs-2017-21/AC3'])).toEqual(once);
    expect(await total([toGlobalId('SavingsLine', 'mtfs-2017-21/AC3'), 'mtfs-2017-21/AC3'])).toEqual(once);
  });

  it('never echo a long input whole in an error', async () => {
    const result = await server.query('query($l: [ID!]!) { savingsImpact(lines: $l) { lines { key } } }', { l: Array.from({ length: 20 }, (_, i) => `mtfs-2017-21/${'x'.repeat(900)}${i}`) });
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors![0]!.message.length).toBeLessThan(1_000);
    expect(result.errors![0]!.message).toMatch(/and 15 more/);
  });
});

describe('the cost of list arguments', () => {
  // The graphql-js instance graphql-query-complexity uses (vitest would hand this file another one).
  const { buildSchema, parse } = createRequire(import.meta.url)('graphql') as typeof import('graphql');
  const cost = (query: string, variables: Record<string, unknown> = {}) =>
    queryCost(buildSchema(loadTypeDefs()), parse(query), variables, undefined, listLimitTable(loadTypeDefs()));

  it('adds one per distinct value, and sizes the answer by the ids or lines asked for', () => {
    const none = cost('{ documents { key } }');
    expect(cost('{ documents(kinds: [POLICY, PROGRAMME, BUSINESS_PLAN]) { key } }')).toBe(none + 3);
    expect(cost('query($k: [DocumentKind!]) { documents(kinds: $k) { key } }', { k: ['POLICY', 'POLICY'] })).toBe(none + 1);
    const impact = 'query($l: [ID!]!) { savingsImpact(lines: $l) { items { apportioned { total { pence } } } } }';
    const one = cost(impact, { l: ['a/1'] });
    // 1 for the field, 1 per line, and what is asked for the impact once per line.
    expect(cost(impact, { l: ['a/1', 'a/2', 'a/3'] })).toBe(1 + 3 + 3 * (one - 2));
  });
});
