/**
 * The indicators the papers name are Measures: each cited verbatim, linked to what it judges (with the basis of
 * that link), findable by search by its words and by other wordings, and counted by coverage.
 */
import { describe, expect, it } from 'vitest';
import { graphql } from '../generated/gql.js';
import type { TestServer } from '../helpers/test-server.js';
import { useSeededServer } from '../helpers/seeded-server.js';

let server: TestServer;
useSeededServer((env) => ({ server } = env));

graphql(`fragment MeasuresMeasure on Measure { key kind name unit citation { source { key } at quote }
  assesses { item { __typename ... on Aim { code } ... on SubOutcome { code } ... on StrategicPlan { period } } link { basis confidence rationale citation { at quote } } } }`);

describe('measures the papers name', () => {
  it('finds the 2018-22 evidence\'s good level of development by search, cited, judging WO.1 and 2022-26\'s 7.1 aim', async () => {
    const data = await server.ask(graphql(`query MeasuresGld { search(text: "good level of development") { edges { matchedField node { __typename ...MeasuresMeasure } citation { quote } } } }`));
    const hit = data.search.edges.map((e) => e.node).find((n) => n.__typename === 'Measure');
    if (hit?.__typename !== 'Measure') throw new Error('no measure found');
    expect(hit).toMatchObject({
      key: 'measure/GLD', kind: 'INDICATOR', name: 'Children achieving a good level of development at the end of reception year', unit: 'percentage of children',
      citation: { source: { key: 'draft-plan-2018-22' }, at: 'heading: Background', quote: 'the percentage of children achieving a good level of development at the end of reception year' },
    });
    expect(hit.assesses).toEqual([
      { item: { __typename: 'Aim', code: '7.1-A2' }, link: expect.objectContaining({ basis: 'CITED', citation: expect.objectContaining({ at: 'para 13' }) }) },
      { item: { __typename: 'SubOutcome', code: 'WO.1' }, link: expect.objectContaining({ basis: 'ANALYST_JUDGEMENT', confidence: 'HIGH', citation: null }) },
    ]);
  });

  it('finds the 2022-26 aims worded as indicators, and a measure by another wording of it', async () => {
    const data = await server.ask(graphql(`query MeasuresByWording {
      advice: search(text: "find it easy to access information and advice") { edges { node { __typename ... on Measure { key judges { ... on Aim { code } } } } } }
      weight: search(text: "healthy weight") { edges { node { __typename ... on Measure { key } } } }
      alias: search(text: "foundation stage") { edges { matchedField node { __typename ... on Measure { key } } } }
    }`));
    const measures = <N extends { __typename: string }>(edges: { node: N }[]) => edges.filter((e) => e.node.__typename === 'Measure').map((e) => e.node);
    expect(measures(data.advice.edges)).toEqual([{ __typename: 'Measure', key: 'measure/EASY-ACCESS-TO-ADVICE', judges: { code: '9.4-A1' } }]);
    expect(measures(data.weight.edges)).toContainEqual({ __typename: 'Measure', key: 'measure/HEALTHY-WEIGHT' });
    expect(data.alias.edges).toContainEqual({ matchedField: 'alias', node: { __typename: 'Measure', key: 'measure/GLD' } });
  });

  it('lists the measures of an aim, a sub-outcome and a plan, the 2014 and 2018-22 indicator sets on their plans', async () => {
    const data = await server.ask(graphql(`query MeasuresOfItems($aim: ID!) {
      aim: node(id: $aim) { __typename ... on Aim { measures { key } } }
      wo3: subOutcome(plan: "2018-22", code: "WO.3") { measures { key } }
      p14: plan(period: "2014-18") { measures { key kind citation { at } } }
      p18: plan(period: "2018-22") { measures { key kind } }
      sets: measures(kind: INDICATOR_SET) { key }
      all: measures { key }
    }`), { aim: Buffer.from('Aim:2022-26/9.3-A3').toString('base64') });
    expect(data.aim?.__typename === 'Aim' ? data.aim.measures.map((m) => m.key) : data.aim).toEqual(['measure/MENTAL-WELLBEING', 'measure/MENTAL-ILL-HEALTH']);
    expect(data.wo3?.measures.map((m) => m.key)).toEqual(['measure/DIABETES', 'measure/LIVER-DISEASE', 'measure/LIFE-EXPECTANCY', 'measure/HEALTHY-LIFE-EXPECTANCY']);
    expect(data.p14?.measures).toEqual([{ key: 'measure/AGREED-PERFORMANCE-INDICATORS-2014-18', kind: 'INDICATOR_SET', citation: { at: 'para 22' } }]);
    expect(data.p18?.measures).toEqual([{ key: 'measure/KEY-STRATEGIC-INDICATORS-2018-22', kind: 'INDICATOR_SET' }]);
    expect(data.sets.map((m) => m.key)).toEqual(['measure/AGREED-PERFORMANCE-INDICATORS-2014-18', 'measure/KEY-STRATEGIC-INDICATORS-2018-22']);
    expect(data.all).toHaveLength(25);
  });

  it('cites every measure with a quote found in its paper, and every CITED link of one too', async () => {
    const data = await server.ask(graphql(`query MeasuresCited { measures { key citation { quote } assesses { link { basis citation { quote } } } } }`));
    for (const m of data.measures) {
      expect(m.citation?.quote, m.key).toBeTruthy();
      for (const a of m.assesses) if (a.link.basis === 'CITED') expect(a.link.citation?.quote, m.key).toBeTruthy();
    }
  });

  it('counts the papers\' measures in coverage: the aims worded as indicators give their sub-outcomes a measure', async () => {
    const data = await server.ask(graphql(`query MeasuresCoverage { plan(period: "2022-26") { coverage { shares { type count } outcomes { subOutcomes { subOutcome { code } has } } } } }`));
    const coverage = data.plan!.coverage;
    const measured = coverage.outcomes.flatMap((o) => o.subOutcomes).filter((s) => s.has.includes('MEASURE')).map((s) => s.subOutcome.code);
    expect(measured).toEqual(['6.1', '7.1', '7.4', '8.1', '9.3', '9.4']);
    expect(coverage.shares.find((s) => s.type === 'MEASURE')?.count).toBe(6);
  });
});
