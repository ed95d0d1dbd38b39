/**
 * One deployment, two councils: the seed data's (Leicestershire, `lcc`) and a synthetic council loaded
 * through the import pipeline (`c001-council`). The same questions, asked with `council`, answer for that
 * council only; asked without it, they answer for the default council exactly as on a one-council graph
 * (every GraphiQL example, which docs/queries.md shows, compared answer for answer).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/neo4j/database.js';
import { GRAPHIQL_EXAMPLES } from '../../src/http/graphiql-examples.js';
import { loadSyntheticCouncils } from '../../src/synthetic/load-councils.js';
import { openTestDatabase, resetToSeeds } from '../helpers/test-graph.js';
import { startTestServer, type TestServer } from '../helpers/test-server.js';

let db: Database;
let server: TestServer;
/** Each GraphiQL example's answer on the seeds alone, before the second council is loaded. */
const oneCouncil = new Map<string, unknown>();
const SYNTHETIC = 'c001-council';

const readOnlyExamples = GRAPHIQL_EXAMPLES.filter((e) => !e.asEditor).map((e) => ({ name: /(?:query) (\w+)/.exec(e.query)![1]!, ...e }));
/** Examples over the whole graph rather than one council's look-ups (search, every partner strategy, the councils). */
const CROSS_COUNCIL = new Set(['Search', 'Underpinnings', 'Councils']);

beforeAll(async () => {
  db = openTestDatabase();
  await resetToSeeds(db);
  const seedsOnly = await startTestServer(db);
  for (const example of readOnlyExamples) oneCouncil.set(example.name, await seedsOnly.ask(example.query, example.variables));
  await seedsOnly.close();
  await loadSyntheticCouncils(db, { seed: 5, councils: 1, batchSize: 1 });
  server = await startTestServer(db);
}, 300_000);

afterAll(async () => {
  await server?.close();
  await db?.close();
});

/** Every key an answer mentions (`"key":"…"`, and the keys inside global ids). */
function keysIn(data: unknown): string[] {
  const text = JSON.stringify(data);
  const keys = [...text.matchAll(/"key":"([^"]+)"/g)].map((m) => m[1]!);
  const ids = [...text.matchAll(/"id":"([^"]+)"/g)].map((m) => Buffer.from(m[1]!, 'base64url').toString('utf8').split(':').slice(1).join(':'));
  return [...keys, ...ids];
}

const QUESTIONS = `query Council($council: String, $outcome: String!, $sub: String!, $edition: String!) {
  plans(council: $council) { key period }
  plan(council: $council, period: "2022-2026") {
    key period
    outcomes { id code subOutcomes { id code } }
    coverage { outcomes { outcome { id } } gaps { subOutcome { id } } }
  }
  outcome(council: $council, plan: "2022 to 2026", code: $outcome) { id name lineage(direction: BACKWARD) { from { id } } }
  subOutcome(council: $council, plan: "2022-26", code: $sub) { id supportingActions(first: 50) { edges { node { id } } } }
  savings(council: $council, edition: $edition) { edition { key } lines { key } byOutcome { outcome { id } } }
}`;

describe('the same questions about each of two councils', () => {
  it('lists both councils, the default one marked', async () => {
    const { councils } = await server.ask('{ councils { key name default illustrative plans { period } financialStrategies { key } } }');
    expect(councils.map((c: { key: string }) => c.key).sort()).toEqual([SYNTHETIC, 'lcc']);
    const lcc = councils.find((c: { key: string }) => c.key === 'lcc');
    const synthetic = councils.find((c: { key: string }) => c.key === SYNTHETIC);
    expect(lcc).toMatchObject({ name: 'Leicestershire County Council', default: true, illustrative: false });
    expect(synthetic).toMatchObject({ default: false, illustrative: true });
    // A synthetic council's plans keep their real periods (their keys are namespaced by the council).
    expect(synthetic.plans.map((p: { period: string }) => p.period)).toEqual(['2014-18', '2018-22', '2022-26']);
    expect(synthetic.financialStrategies).toEqual([{ key: 'c001-mtfs-2022-26' }]);
  });

  it('answers each council\'s questions with that council\'s items only', async () => {
    const [outcomeName] = await db.read<{ name: string }>('test.outcome', 'MATCH (:StrategicPlan {key: "c001-2022-26"})-[:HAS_OUTCOME]->(o:Outcome {code: "5"}) RETURN o.name AS name');
    const asked = {
      lcc: { council: 'Leicestershire', outcome: 'Keeping People Safe and Well', sub: '9.3', edition: '2017/18 to 2020/21' },
      synthetic: { council: SYNTHETIC, outcome: outcomeName!.name, sub: '5.1', edition: '2022/23 to 2025/26' },
    };
    const lcc = await server.ask(QUESTIONS, asked.lcc);
    const synthetic = await server.ask(QUESTIONS, asked.synthetic);
    for (const [data, own] of [[lcc, (k: string) => !k.startsWith('c001-')], [synthetic, (k: string) => k.startsWith('c001-')]] as const) {
      expect(data.plan.period).toBe('2022-26');
      expect(data.outcome).not.toBeNull();
      expect(data.subOutcome).not.toBeNull();
      expect(data.savings.lines.length).toBeGreaterThan(0);
      const keys = keysIn(data);
      expect(keys.length).toBeGreaterThan(20);
      expect(keys.filter((k) => !own(k))).toEqual([]);
    }
    expect(lcc.plan.key).toBe('2022-26');
    expect(synthetic.plan.key).toBe('c001-2022-26');
    expect(synthetic.savings.edition.key).toBe('c001-mtfs-2022-26');
  });

  it('answers a savings line by edition period and reference, per council', async () => {
    const query = 'query($council: String, $edition: String!, $ref: String!) { savingsLine(council: $council, edition: $edition, reference: $ref) { key } }';
    expect((await server.ask(query, { council: SYNTHETIC, edition: '2022/23-2025/26', ref: 's1' })).savingsLine).toEqual({ key: 'c001-mtfs-2022-26/S1' });
    expect((await server.ask(query, { edition: 'mtfs-2017-21', ref: 'AC3' })).savingsLine).toEqual({ key: 'mtfs-2017-21/AC3' });
    // The same words in the other council find nothing.
    expect((await server.ask(query, { council: 'lcc', edition: '2022/23 to 2025/26', ref: 'S1' })).savingsLine).toBeNull();
  });

  it('finds a plan by its key in any council, but never another council\'s plan when a council is named', async () => {
    expect((await server.ask('{ plan(period: "c001-2022-26") { key } }')).plan).toEqual({ key: 'c001-2022-26' });
    expect((await server.ask('{ plan(council: "lcc", period: "c001-2022-26") { key } }')).plan).toBeNull();
    expect((await server.ask('{ plan(council: "c001-council", period: "2018-22") { key } }')).plan).toEqual({ key: 'c001-2018-22' });
  });

  it('refuses a council that does not exist, naming the argument', async () => {
    const result = await server.query('{ plan(council: "Atlantis", period: "2022-26") { key } }');
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.message).toMatch(/^Argument "council": no council is called "Atlantis"/);
  });

  it('answers every GraphiQL example without a council exactly as on the one-council graph', async () => {
    for (const example of readOnlyExamples) {
      const now = await server.ask(example.query, example.variables);
      if (CROSS_COUNCIL.has(example.name)) continue;
      expect(now, example.name).toEqual(oneCouncil.get(example.name));
    }
  });
});

describe('a deployment whose default council is another', () => {
  it('answers look-ups without a council for GT_DEFAULT_COUNCIL', async () => {
    const other = await startTestServer(db, { env: { GT_DEFAULT_COUNCIL: SYNTHETIC } });
    try {
      const data = await other.ask('{ plans { key } plan(period: "2022-26") { key } savings(edition: "2022/23 to 2025/26") { edition { key } } councils { key default } }');
      expect(data.plans.map((p: { key: string }) => p.key)).toEqual(['c001-2014-18', 'c001-2018-22', 'c001-2022-26']);
      expect(data.plan).toEqual({ key: 'c001-2022-26' });
      expect(data.savings.edition.key).toBe('c001-mtfs-2022-26');
      expect(data.councils.filter((c: { default: boolean }) => c.default)).toEqual([{ key: SYNTHETIC, default: true }]);
    } finally {
      await other.close();
    }
  });
});
