/**
 * The indicators the papers name are Measures: each cited verbatim, linked to what it judges (with the basis of
 * that link), findable by search by its words and by other wordings, and counted by coverage.
 */
import { describe, expect, it } from 'vitest';
import type { TestServer } from '../helpers/test-server.js';
import { useSeededServer } from '../helpers/seeded-server.js';

let server: TestServer;
useSeededServer((env) => ({ server } = env));

const MEASURE = `key kind name unit citation { source { key } at quote }
  assesses { item { __typename ... on Aim { code } ... on SubOutcome { code } ... on StrategicPlan { period } } link { basis confidence rationale citation { at quote } } }`;

describe('measures the papers name', () => {
  it('finds the 2018-22 evidence\'s good level of development by search, cited, judging WO.1 and 2022-26\'s 7.1 aim', async () => {
    const data = await server.ask(`{ search(text: "good level of development") { edges { matchedField node { __typename ... on Measure { ${MEASURE} } } citation { quote } } } }`);
    const hit = data.search.edges.find((e: any) => e.node.__typename === 'Measure');
    expect(hit.node).toMatchObject({
      key: 'measure/GLD', kind: 'INDICATOR', name: 'Children achieving a good level of development at the end of reception year', unit: 'percentage of children',
      citation: { source: { key: 'draft-plan-2018-22' }, at: 'heading: Background', quote: 'the percentage of children achieving a good level of development at the end of reception year' },
    });
    expect(hit.node.assesses).toEqual([
      { item: { __typename: 'Aim', code: '7.1-A2' }, link: expect.objectContaining({ basis: 'CITED', citation: expect.objectContaining({ at: 'para 13' }) }) },
      { item: { __typename: 'SubOutcome', code: 'WO.1' }, link: expect.objectContaining({ basis: 'ANALYST_JUDGEMENT', confidence: 'HIGH', citation: null }) },
    ]);
  });

  it('finds the 2022-26 aims worded as indicators, and a measure by another wording of it', async () => {
    const data = await server.ask(`{
      advice: search(text: "find it easy to access information and advice") { edges { node { __typename ... on Measure { key judges { ... on Aim { code } } } } } }
      weight: search(text: "healthy weight") { edges { node { __typename ... on Measure { key } } } }
      alias: search(text: "foundation stage") { edges { matchedField node { __typename ... on Measure { key } } } }
    }`);
    const measures = (edges: any[]) => edges.filter((e) => e.node.__typename === 'Measure').map((e) => e.node);
    expect(measures(data.advice.edges)).toEqual([{ __typename: 'Measure', key: 'measure/EASY-ACCESS-TO-ADVICE', judges: { code: '9.4-A1' } }]);
    expect(measures(data.weight.edges)).toContainEqual({ __typename: 'Measure', key: 'measure/HEALTHY-WEIGHT' });
    expect(data.alias.edges).toContainEqual({ matchedField: 'alias', node: { __typename: 'Measure', key: 'measure/GLD' } });
  });

  it('lists the measures of an aim, a sub-outcome and a plan, the 2014 and 2018-22 indicator sets on their plans', async () => {
    const data = await server.ask(`{
      aim: node(id: "${Buffer.from('Aim:2022-26/9.3-A3').toString('base64')}") { ... on Aim { measures { key } } }
      wo3: subOutcome(plan: "2018-22", code: "WO.3") { measures { key } }
      p14: plan(period: "2014-18") { measures { key kind citation { at } } }
      p18: plan(period: "2018-22") { measures { key kind } }
      sets: measures(kind: INDICATOR_SET) { key }
      all: measures { key }
    }`);
    expect(data.aim.measures.map((m: any) => m.key)).toEqual(['measure/MENTAL-WELLBEING', 'measure/MENTAL-ILL-HEALTH']);
    expect(data.wo3.measures.map((m: any) => m.key)).toEqual(['measure/DIABETES', 'measure/LIVER-DISEASE', 'measure/LIFE-EXPECTANCY', 'measure/HEALTHY-LIFE-EXPECTANCY']);
    expect(data.p14.measures).toEqual([{ key: 'measure/AGREED-PERFORMANCE-INDICATORS-2014-18', kind: 'INDICATOR_SET', citation: { at: 'para 22' } }]);
    expect(data.p18.measures).toEqual([{ key: 'measure/KEY-STRATEGIC-INDICATORS-2018-22', kind: 'INDICATOR_SET' }]);
    expect(data.sets.map((m: any) => m.key)).toEqual(['measure/AGREED-PERFORMANCE-INDICATORS-2014-18', 'measure/KEY-STRATEGIC-INDICATORS-2018-22']);
    expect(data.all).toHaveLength(25);
  });

  it('cites every measure with a quote found in its paper, and every CITED link of one too', async () => {
    const data = await server.ask(`{ measures { key citation { quote } assesses { link { basis citation { quote } } } } }`);
    for (const m of data.measures) {
      expect(m.citation?.quote, m.key).toBeTruthy();
      for (const a of m.assesses) if (a.link.basis === 'CITED') expect(a.link.citation?.quote, m.key).toBeTruthy();
    }
  });

  it('counts the papers\' measures in coverage: the aims worded as indicators give their sub-outcomes a measure', async () => {
    const data = await server.ask('{ plan(period: "2022-26") { coverage { shares { type count } outcomes { subOutcomes { subOutcome { code } has } } } } }');
    const measured = data.plan.coverage.outcomes.flatMap((o: any) => o.subOutcomes).filter((s: any) => s.has.includes('MEASURE')).map((s: any) => s.subOutcome.code);
    expect(measured).toEqual(['6.1', '7.1', '7.4', '8.1', '9.3', '9.4']);
    expect(data.plan.coverage.shares.find((s: any) => s.type === 'MEASURE').count).toBe(6);
  });
});
