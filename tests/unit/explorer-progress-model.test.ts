/**
 * The progress view's own logic (explorer/src/views/progress-model.ts): the periods a plan is viewed for, the
 * period it opens at, the measures filed under each outcome (the ones its roll-up counts), and the actions
 * listed under it.
 */
import { describe, expect, it } from 'vitest';
import {
  defaultPeriod, financialYears, listedActions, measuresOf, outcomesJudged, periodChoices, valuePeriods, type ActionEdge, type DefaultsAnswer, type Judged, type Measure,
} from '../../explorer/src/views/progress-model.js';

const measure = (id: string, assesses: Judged[]): Measure => ({
  id, code: id, name: id, unit: null, direction: null, tolerance: 0, illustrative: false, rag: 'NO_DATA', assesses, trend: { trend: 'NOT_ENOUGH_DATA', change: null, values: [] },
});

describe('the periods of a plan', () => {
  it('reads a plan period as its financial years, in either of the papers\' forms', () => {
    expect(financialYears('2022-26')).toEqual(['2022/23', '2023/24', '2024/25', '2025/26']);
    expect(financialYears('2018-2022')).toEqual(['2018/19', '2019/20', '2020/21', '2021/22']);
    expect(financialYears('1999-00')).toEqual(['1999/00']);
    expect(financialYears('not a period')).toEqual([]);
  });

  it('offers each year and its quarters, and keeps a period the URL asked for that is not among them', () => {
    const choices = periodChoices('2022-26', '2023/24 Q2');
    expect(choices).toHaveLength(20);
    expect(choices.slice(0, 2).map((c) => c.value)).toEqual(['2022/23', '2022/23 Q1']);
    expect(choices.find((c) => c.value === '2023/24 Q2')).toMatchObject({ group: '2023/24', text: '2023/24 Q2 (July-September)' });
    expect(periodChoices('2022-26', '2023/24 M07')[0]).toEqual({ value: '2023/24 M07', text: '2023/24 M07', group: 'Asked for' });
  });

  it('opens at the latest quarter with a value, else the latest year, else the plan\'s first quarter', () => {
    const p = (label: string, kind: string) => ({ label, kind });
    expect(defaultPeriod('2022-26', [p('2022/23 Q4', 'QUARTER'), p('2023/24 Q2', 'QUARTER'), p('2023/24 Q1', 'QUARTER'), p('2024/25', 'YEAR')])).toBe('2023/24 Q2');
    expect(defaultPeriod('2022-26', [p('2022/23', 'YEAR'), p('2023/24', 'YEAR'), p('2023/24 M07', 'MONTH')])).toBe('2023/24');
    expect(defaultPeriod('2022-26', [])).toBe('2022/23 Q1');
  });
});

describe('what an outcome\'s drill-down shows', () => {
  it('files each measure under the outcomes it judges: itself, or above the sub-outcome or aim it judges', () => {
    const judging = (...items: Judged['item'][]) => items.map((item) => ({ item }));
    const measures = [
      measure('A', judging({ __typename: 'Outcome', id: 'o9' })),
      measure('B', judging({ __typename: 'SubOutcome', outcome: { id: 'o9' } }, { __typename: 'Aim', subOutcome: { outcome: { id: 'o7' } } })),
      measure('C', judging({ __typename: 'Aim', subOutcome: { outcome: { id: 'o9' } } })),
      measure('D', judging({ __typename: 'StrategicPlan', id: 'p' }, { __typename: 'Aim', subOutcome: null })),
    ];
    expect(measuresOf('o9', measures).map((m) => m.id)).toEqual(['A', 'B', 'C']);
    expect(measuresOf('o7', measures).map((m) => m.id)).toEqual(['B']);
    expect(outcomesJudged(measures[3]!)).toEqual([]);
  });

  it('opens at the latest period of the plan\'s own measures, not another plan\'s', () => {
    const values = (...labels: string[]) => labels.map((label) => ({ period: { label, kind: 'QUARTER' } }));
    const d: DefaultsAnswer = {
      plan: { outcomes: [{ id: 'o9' }], monitoring: [] },
      measures: [
        { assesses: [{ item: { __typename: 'Aim', subOutcome: { outcome: { id: 'o9' } } } }], values: values('2023/24 Q1', '2023/24 Q2') },
        { assesses: [{ item: { __typename: 'Outcome', id: 'other-plan' } }], values: values('2030/31 Q1') },
      ],
    };
    expect(defaultPeriod('2022-26', valuePeriods(d))).toBe('2023/24 Q2');
  });

  it('counts the actions listed under the outcome, each once, and those only linked to it apart', () => {
    const edge = (id: string, how: ActionEdge['how']): ActionEdge => ({ how, aim: null, subOutcome: null, node: { id, code: id, text: id, illustrative: false, owner: null, latestUpdate: null } });
    const { listed, linked } = listedActions([edge('a', 'UNDER_AIM'), edge('b', 'UNDER_SUB_OUTCOME'), edge('a', 'UNDER_AIM'), edge('c', 'LINKED'), edge('b', 'LINKED'), edge('c', 'LINKED')]);
    expect(listed.map((e) => e.node.id)).toEqual(['a', 'b']);
    expect(linked).toBe(1);
  });
});
