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
 * What each example costs in Cypher statements at most, measured on the seeds with
 * compiled reads (docs/performance.md). A change that makes an example cost more fails here; lower the
 * figure when a change makes it cheaper. The benchmark questions' own budget (2 statements, 1 round trip)
 * is asserted in query-plans.test.ts.
 */
const BUDGET: Record<string, number> = {
  PlanOutcomes: 3, SupportingActions: 4, CoverageGaps: 3, Lineage: 10, Underpinnings: 8,
  AlignmentMatrix: 5, PartnerStrategy: 4, SharedGround: 4, DepartmentView: 11, Search: 17,
  Paths: 6, OtherWordings: 5, Neighbours: 7, SavingsByOutcome: 3, SavingsProgress: 5,
  SavingsImpact: 7, Governance: 8, AllPlans: 4, Councils: 7, PlanProgress: 6, MeasureProgress: 4, OutcomeBoardReport: 8,
};

describe('what each example costs', () => {
  it.each(GRAPHIQL_EXAMPLES.filter((e) => !e.asEditor).map((e) => [/(?:query|mutation) (\w+)/.exec(e.query)![1]!, e] as const))('%s stays within its statement budget', async (name, example) => {
    const result = await server.query(example.query, example.variables);
    const statements = BUDGET[name] ?? 0;
    // A level's loads can straddle two DataLoader ticks on a busy machine (one batch becomes two): one more
    // is tolerated; growth with the data or a lost batch would be several. Round trips are counted by timing
    // (a statement sent while none of the request's is in flight), which a wide query's branches blur, so
    // they are asserted only for the narrow benchmark questions.
    expect(result.extensions!.cypherQueries, `${name}: statements (add it to BUDGET if it is new)`).toBeLessThanOrEqual(statements + 1);
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
