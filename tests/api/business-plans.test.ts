/**
 * Departmental business plans in the thread (illustrative data): a department's view up to the outcomes,
 * the commitments behind a sub-outcome, business-plan coverage, and the illustrative flag on all of it.
 */
import { describe, expect, it } from 'vitest';
import type { Database } from '../../src/neo4j/database.js';
import { graphql } from '../generated/gql.js';
import type { TestServer } from '../helpers/test-server.js';
import { useSeededServer } from '../helpers/seeded-server.js';

let db: Database;
let server: TestServer;
useSeededServer((env) => ({ db, server } = env));


describe('a department\'s view', () => {
  it('shows everything the Public Health business plan commits to, up to the outcomes, all flagged illustrative', async () => {
    const data = await server.ask(graphql(`query BusinessPlansOfPublicHealth { organisation(key: "public-health-department") {
      name illustrative
      businessPlans { title period kind illustrative commitments { code illustrative delivers {
        __typename ... on Action { code subOutcome { code outcome { code name } } }
      } } }
    } }`));
    const department = data.organisation!;
    expect(department).toMatchObject({ name: 'Public Health Department', illustrative: true });
    const plan = department.businessPlans[0]!;
    expect(plan).toMatchObject({ title: 'Public Health Business Plan 2022/23 (illustrative)', period: '2022/23', kind: 'BUSINESS_PLAN', illustrative: true });
    const delivered = (d: (typeof plan.commitments)[number]['delivers'][number]) => (d.__typename === 'Action' ? `${d.code} (${d.subOutcome?.code}, outcome ${d.subOutcome?.outcome.code})` : d.__typename);
    expect(plan.commitments.map((c) => `${c.code} → ${c.delivers.map(delivered).join()}`)).toEqual([
      'PH-1 → 9.3-A2-1 (9.3, outcome 9)',
      'PH-2 → 9.3-A2-3 (9.3, outcome 9)',
      'PH-3 → 9.3-A3-3 (9.3, outcome 9)',
    ]);
    expect(plan.commitments.every((c) => c.illustrative)).toBe(true);
  });
});

describe('business-plan coverage', () => {
  it('lists the commitments behind 9.3, directly or through its actions, from three departments', async () => {
    const data = await server.ask(graphql(`query BusinessPlansBehind93 { subOutcome(plan: "2022-26", code: "9.3") { businessPlanCommitments { code illustrative department { name } } } }`));
    const commitments = data.subOutcome!.businessPlanCommitments;
    expect(commitments.map((c) => c.code).sort()).toEqual(['AC-3', 'ET-1', 'PH-1', 'PH-2', 'PH-3']);
    expect(new Set(commitments.map((c) => c.department?.name))).toEqual(new Set(['Adults and Communities Department', 'Environment and Transport Department', 'Public Health Department']));
  });

  it('gives every sub-outcome of the plan its commitments and departments, empty where none', async () => {
    const data = await server.ask(graphql(`query BusinessPlansCoverage { plan(period: "2022-26") { businessPlanCoverage { subOutcome { code } commitments { code } departments { key } } } }`));
    const rows = data.plan!.businessPlanCoverage;
    expect(rows).toHaveLength(22);
    const covered = rows.filter((r) => r.commitments.length > 0).map((r) => r.subOutcome.code);
    expect(covered).toEqual(['5.4', '6.3', '7.1', '9.3', '9.4']);
    expect(rows.find((r) => r.subOutcome.code === '5.1')).toEqual({ subOutcome: { code: '5.1' }, commitments: [], departments: [] });
    expect(rows.find((r) => r.subOutcome.code === '9.3')?.departments).toHaveLength(3);
  });

  it('counts in the coverage score as the business-plan kind of support', async () => {
    const data = await server.ask(graphql(`query BusinessPlansShare { plan(period: "2022-26") { coverage { shares { type count of } } } }`));
    expect(data.plan!.coverage.shares.find((s) => s.type === 'BUSINESS_PLAN_COMMITMENT')).toEqual({ type: 'BUSINESS_PLAN_COMMITMENT', count: 5, of: 22 });
  });
});
