/**
 * Coverage tells "has none" from "has some the sources do not list": the papers say 6.1 and 9.1 (and the
 * Clean, Green Future outcome) have "specific aims and actions" without listing them, so those are reported
 * as unlisted, with the quote, not as gaps, and the completeness score does not punish them.
 */
import { describe, expect, it } from 'vitest';
import { graphql } from '../generated/gql.js';
import type { CoverageUnlistedQuery } from '../generated/graphql.js';
import type { TestServer } from '../helpers/test-server.js';
import { useSeededServer } from '../helpers/seeded-server.js';

let server: TestServer;
useSeededServer((env) => ({ server } = env));

const COVERAGE = graphql(`query CoverageUnlisted { plan(period: "2022-26") { coverage {
  completeness unlisted shares { type count unlisted of share }
  outcomes { outcome { code } unlisted subOutcomes { subOutcome { code } has unlisted lacks } }
  gaps(lacking: [AIM]) { subOutcome { code } }
} } }`);
type Coverage = NonNullable<CoverageUnlistedQuery['plan']>['coverage'];
const coverageOf202226 = async () => (await server.ask(COVERAGE)).plan!.coverage;

const subOf = (coverage: Coverage, code: string) => coverage.outcomes.flatMap((o) => o.subOutcomes).find((s) => s.subOutcome.code === code);

describe('coverage of 2022-26: none against not listed', () => {
  it('reports 6.1 and 9.1 as having unlisted aims and actions, not as lacking them; 6.2, of which nothing is said, lacks them', async () => {
    const coverage = await coverageOf202226();
    for (const code of ['6.1', '9.1']) {
      expect(subOf(coverage, code)).toMatchObject({ unlisted: ['AIM', 'ACTION'] });
      expect(subOf(coverage, code)?.has).not.toContain('AIM');
      expect(subOf(coverage, code)?.lacks).not.toContain('AIM');
      expect(subOf(coverage, code)?.lacks).not.toContain('ACTION');
    }
    expect(subOf(coverage, '6.2')).toMatchObject({ has: [], unlisted: [], lacks: expect.arrayContaining(['AIM', 'ACTION']) });
    // 8.1: the aim is listed, "an aim and actions": the actions are not.
    expect(subOf(coverage, '8.1')).toMatchObject({ has: expect.arrayContaining(['AIM']), unlisted: ['ACTION'] });
    const gaps = coverage.gaps.map((g) => g.subOutcome.code);
    expect(gaps).toContain('6.2');
    expect(gaps).not.toContain('6.1');
    expect(gaps).not.toContain('9.1');
  });

  it('gives the quote behind each unlisted kind', async () => {
    const data = await server.ask(graphql(`query CoverageUnlistedOf61 { subOutcome(plan: "2022-26", code: "6.1") { unlistedSupport { kinds citation { source { key } at quote line } } } }`));
    expect(data.subOutcome!.unlistedSupport).toEqual([
      { kinds: ['AIM', 'ACTION'], citation: expect.objectContaining({ source: { key: 'hwb-2021-11-25' }, at: 'para 22', quote: expect.stringContaining('specific aims and actions to deliver the sub-outcome') }) },
      { kinds: ['AIM', 'ACTION'], citation: expect.objectContaining({ source: { key: 'scrutiny-2021-11-17' }, at: 'para 21' }) },
    ]);
    expect(data.subOutcome!.unlistedSupport[0]?.citation?.line).toBe(199);
  });

  it('reports the Clean, Green Future outcome\'s own aims and actions, and those the plan gives every outcome', async () => {
    const coverage = await coverageOf202226();
    const five = coverage.outcomes.find((o) => o.outcome.code === '5');
    expect(five?.unlisted).toEqual(expect.arrayContaining(['AIM', 'ACTION', 'BUSINESS_PLAN_COMMITMENT']));
    expect(coverage.unlisted).toEqual(['AIM', 'ACTION', 'BUSINESS_PLAN_COMMITMENT']);
    // By their purposes, 5.1-5.3 are the sub-outcomes those aims are for; 5.4 has its own listed action.
    for (const code of ['5.1', '5.2', '5.3']) expect(subOf(coverage, code)?.unlisted).toEqual(['AIM', 'ACTION']);
    const outcome = await server.ask(graphql(`query CoverageUnlistedOf5 { outcome(plan: "2022-26", code: "5") { unlistedSupport { kinds citation { at quote } } } }`));
    expect(outcome.outcome!.unlistedSupport.map((u) => u.citation?.at)).toEqual(['para 11', 'para 24']);
  });

  it('does not punish unlisted support: it counts in the share and the completeness score, apart from the listed count', async () => {
    const coverage = await coverageOf202226();
    const aim = coverage.shares.find((s) => s.type === 'AIM');
    expect(aim).toEqual({ type: 'AIM', count: 9, unlisted: 5, of: 22, share: 14 / 22 });
    const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
    expect(coverage.completeness).toBeCloseTo(mean(coverage.shares.map((s) => (s.count + s.unlisted) / s.of)), 10);
    // The old score, which read "not listed" as "none", would be lower by exactly the unlisted part.
    const asIfNone = mean(coverage.shares.map((s) => s.count / s.of));
    expect(coverage.completeness - asIfNone).toBeCloseTo(mean(coverage.shares.map((s) => s.unlisted / s.of)), 10);
    expect(coverage.completeness).toBeGreaterThan(asIfNone);
  });

  it('shows what a plan without outcomes is said to have: the 2014-18 priorities\' actions and measures', async () => {
    const data = await server.ask(graphql(`query CoverageUnlisted201418 { plan(period: "2014-18") { coverage { unlisted completeness outcomes { outcome { code } } } unlistedSupport { citation { at } } } }`));
    expect(data.plan!.coverage).toEqual({ unlisted: ['ACTION', 'MEASURE'], completeness: 0, outcomes: [] });
    expect(data.plan!.unlistedSupport).toEqual([{ citation: { at: 'para 16' } }]);
  });
});
