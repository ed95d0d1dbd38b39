import { describe, expect, it } from 'vitest';
import type { Database } from '../../src/neo4j/database.js';
import type { TestServer } from '../helpers/test-server.js';
import { useSeededServer } from '../helpers/seeded-server.js';

let db: Database;
let server: TestServer;

useSeededServer((env) => ({ db, server } = env));

describe('an analyst reading the plans over HTTP', () => {
  it('lists the three Strategic Plans, oldest first, as loaded into Neo4j', async () => {
    const result = await server.query('{ plans { period title status } }');
    expect(result.errors).toBeUndefined();
    expect(result.data?.plans.map((p: { period: string }) => p.period)).toEqual(['2014-18', '2018-22', '2022-26']);
  });

  it('reads the 2022-26 outcomes and sub-outcomes in the public contract shape', async () => {
    const result = await server.query(`{
      plan(period: "2022-26") { title period outcomes { code name subOutcomes { code name } } }
    }`);
    expect(result.errors).toBeUndefined();
    const plan = result.data?.plan;
    expect(plan.period).toBe('2022-26');
    expect(plan.outcomes.map((o: { code: string; name: string }) => `${o.code} ${o.name}`)).toEqual([
      '5 Clean, Green Future',
      '6 Great Communities',
      '7 Improving Opportunities',
      '8 Strong Economy, Transport and Infrastructure',
      '9 Keeping People Safe and Well',
    ]);
    const nine = plan.outcomes[4].subOutcomes.map((s: { code: string; name: string }) => `${s.code} ${s.name}`);
    expect(nine).toEqual([
      '9.1 People are safe in their daily lives',
      '9.2 People at the most risk are protected from harm',
      '9.3 People enjoy long lives in good health',
      '9.4 Carers and people with care needs are supported to live active, independent, and fulfilling lives',
    ]);
  });

  it('gives each sub-outcome the paper, paragraph and verbatim quote it came from', async () => {
    const result = await server.query(`{
      plan(period: "2022-26") { outcomes { code subOutcomes { code citation { source { key file } at quote line } } } }
    }`);
    const subs = result.data?.plan.outcomes.flatMap((o: { subOutcomes: unknown[] }) => o.subOutcomes);
    expect(subs).toHaveLength(22);
    for (const sub of subs) {
      expect(sub.citation.source.file).toMatch(/^seeds\/sources\/.+\.txt$/);
      expect(sub.citation.quote.length).toBeGreaterThan(3);
      expect(sub.citation.line).toBeGreaterThan(0);
    }
  });

  it('answers null, without an error, for a period no plan covers', async () => {
    const result = await server.query('{ plan(period: "2030-34") { title } }');
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({ plan: null });
  });

  it('round-trips every item through its global id with node(id:)', async () => {
    const listed = await server.query('{ plan(period: "2022-26") { id outcomes { id name subOutcomes { id name } } } }');
    const outcome = listed.data?.plan.outcomes[0];
    const sub = outcome.subOutcomes[0];
    const fetched = await server.query(
      `query ($ids: [ID!]!) { nodes(ids: $ids) { id ... on Outcome { name } ... on SubOutcome { name } ... on StrategicPlan { period } } }`,
      { ids: [listed.data?.plan.id, outcome.id, sub.id] },
    );
    expect(fetched.data?.nodes).toEqual([
      { id: listed.data?.plan.id, period: '2022-26' },
      { id: outcome.id, name: outcome.name },
      { id: sub.id, name: sub.name },
    ]);
  });

  it('rejects an id the API never issued with BAD_USER_INPUT naming the argument', async () => {
    const result = await server.query('{ node(id: "not an id!") { id } }');
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.message).toMatch(/^Argument "id"/);
  });

  it('costs one Cypher statement per level of a nested tree, not one per item (query-budget.test.ts checks growth)', async () => {
    const result = await server.query(`{
      plans { outcomes { plan { period } subOutcomes { outcome { code } aliases { text citation { source { title } } } citation { source { title } } } } }
    }`);
    expect(result.errors).toBeUndefined();
    // plans, outcomes, their plans, sub-outcomes, their outcomes, aliases, sources: one statement per level.
    expect(result.extensions?.cypherQueries).toBeLessThanOrEqual(8);
  });
});

describe('requests that are not GraphQL', () => {
  it('answer a body that is not JSON with a JSON error saying what to send, and no stack trace', async () => {
    const response = await fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query": ' });
    expect(response.status).toBe(400);
    const text = await response.text();
    expect(JSON.parse(text).errors[0].message).toMatch(/not valid JSON: send \{"query"/);
    expect(text).not.toMatch(/at .*node_modules|SyntaxError/);
  });

  it('refuse a body over 10 MB with a clear error', async () => {
    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: `{ plans { period } } # ${'x'.repeat(10_600_000)}` }),
    });
    expect(response.status).toBe(413);
    expect(((await response.json()) as { errors: { message: string }[] }).errors[0]!.message).toMatch(/larger than 10 MB/);
  });
});
