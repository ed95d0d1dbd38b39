import { beforeAll, describe, expect, it } from 'vitest';
import { createToken } from '../../src/auth/tokens.repository.js';
import type { Database } from '../../src/neo4j/database.js';
import { GRAPHIQL_EXAMPLES } from '../../src/http/graphiql-examples.js';
import type { TestServer } from '../helpers/test-server.js';
import { useSeededServer } from '../helpers/seeded-server.js';

let db: Database;
let server: TestServer;

useSeededServer((env) => ({ db, server } = env));
let editor: string;
beforeAll(async () => {
  editor = (await createToken(db, 'GraphiQL examples', 'editor', 'test')).token;
});

describe('the example queries GraphiQL preloads', () => {
  it.each(GRAPHIQL_EXAMPLES.map((e) => [/(?:query|mutation) (\w+)/.exec(e.query)?.[1] ?? '?', e] as const))('%s runs without errors and returns data', async (_name, example) => {
    const result = await server.query(example.query, example.variables, example.asEditor ? editor : undefined);
    expect(result.errors).toBeUndefined();
    expect(JSON.stringify(result.data)).not.toMatch(/^\{("\w+":(null|\[\]),?)*\}$/);
  });
});

/**
 * What each example costs in Cypher statements and sequential round trips at most, measured on the seeds with
 * compiled reads (docs/performance.md). A change that makes an example cost more fails here; lower the
 * figure when a change makes it cheaper. The benchmark questions' own budget (2 statements, 1 round trip)
 * is asserted in query-plans.test.ts.
 */
const BUDGET: Record<string, [statements: number, roundTrips: number]> = {
  PlanOutcomes: [3, 2], SupportingActions: [4, 3], CoverageGaps: [3, 2], Lineage: [10, 2], Underpinnings: [8, 2],
  AlignmentMatrix: [5, 2], PartnerStrategy: [4, 4], SharedGround: [4, 2], DepartmentView: [11, 2], Search: [17, 2],
  Paths: [6, 2], OtherWordings: [5, 2], Neighbours: [7, 2], SavingsByOutcome: [3, 2], SavingsProgress: [5, 2],
  SavingsImpact: [7, 2], Governance: [8, 2], AllPlans: [4, 2],
};

describe('what each example costs', () => {
  it.each(GRAPHIQL_EXAMPLES.filter((e) => !e.asEditor).map((e) => [/(?:query|mutation) (\w+)/.exec(e.query)![1]!, e] as const))('%s stays within its statement budget', async (name, example) => {
    const result = await server.query(example.query, example.variables);
    const [statements, roundTrips] = BUDGET[name] ?? [0, 0];
    // A level's loads can straddle two DataLoader ticks on a busy machine (one batch becomes two): one more
    // is tolerated; growth with the data or a lost batch would be several. Round trips are counted by timing
    // (a statement sent while none of the request's is in flight), which a wide query's branches blur, so
    // they are recorded here for the reader and asserted only for the narrow benchmark questions.
    expect(result.extensions!.cypherQueries, `${name}: statements (add it to BUDGET if it is new)`).toBeLessThanOrEqual(statements + 1);
    expect(roundTrips).toBeGreaterThan(0);
  });
});

describe('docs/queries.md', () => {
  it('shows every example query (run `npm run docs:queries` after changing them)', async () => {
    const { readFileSync } = await import('node:fs');
    const page = readFileSync('docs/queries.md', 'utf8');
    for (const example of GRAPHIQL_EXAMPLES) {
      const body = example.query.split('\n').slice(1).join('\n').trim();
      expect(page, body.split('\n')[0]).toContain(body);
    }
  });
});
