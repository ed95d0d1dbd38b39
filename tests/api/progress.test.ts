/**
 * Progress against the 2022-26 Plan on the illustrative dataset (seeds/illustrative/progress.yaml): ratings by
 * the stated rule, trends, roll-up counts checked against the rows they count, stale owners, and the Outcome
 * Board's report with every statement traced to the record behind it and flagged illustrative.
 */
import { describe, expect, it } from 'vitest';
import { toGlobalId } from '../../src/shared/global-id.js';
import { graphql } from '../generated/gql.js';
import type { ProgressReportStatementFragment } from '../generated/graphql.js';
import type { TestServer } from '../helpers/test-server.js';
import { useSeededServer } from '../helpers/seeded-server.js';

let server: TestServer;
useSeededServer((env) => ({ server } = env));

// The quarter the typed documents below ask about, written out in each (codegen reads a document as it stands).
const Q2 = '2023/24 Q2';

describe('a measure\'s values, targets, rating and trend', () => {
  it('rates each value against its period\'s target, or its year\'s, by the measure\'s direction and tolerance', async () => {
    const data = await server.ask(graphql(`query ProgressMeasureRatings {
      hw: measure(key: "measure/HEALTHY-WEIGHT") { direction tolerance baseline { value period { label } }
        targets { period { label } target illustrative }
        values { period { label kind start end } value target rag illustrative source }
        rag(period: "2023/24 Q2") trend(period: "2023/24 Q2") { trend change values { period { label } value } } }
      neet: measure(key: "measure/NEET") { direction values { period { label } value target rag } trend(period: "2023/24 Q2", periods: 2) { trend change } }
      gld: measure(key: "measure/GLD") { rag(period: "2023/24 Q2") }
      mw: measure(key: "measure/MENTAL-WELLBEING") { rag(period: "2023/24 Q2") }
      bg: measure(key: "measure/BACKGROUNDS-GET-ON-WELL") { rag(period: "2023/24 Q2") values { target rag } }
      none: measure(key: "measure/CARE-EXPERIENCE") { direction tolerance rag(period: "2023/24 Q2") values { value } trend(period: "2023/24 Q2") { trend } }
    }`));
    const hw = data.hw!;
    expect(hw).toMatchObject({ direction: 'HIGHER_IS_BETTER', tolerance: 1.5, baseline: { value: 37.8, period: { label: '2021/22' } } });
    expect(hw.targets.map((t) => [t.period.label, t.target, t.illustrative])).toEqual([['2022/23', 38.5, true], ['2023/24', 39.5, true]]);
    // Quarters take their financial year's target: 38.2 against 38.5 is short by 0.3, within 1.5: amber.
    expect(hw.values.map((v) => [v.period.label, v.value, v.target, v.rag])).toEqual([
      ['2022/23 Q1', 38.2, 38.5, 'AMBER'], ['2022/23 Q2', 38.6, 38.5, 'GREEN'], ['2022/23 Q3', 38.4, 38.5, 'AMBER'],
      ['2022/23 Q4', 38.1, 38.5, 'AMBER'], ['2023/24 Q1', 37.6, 39.5, 'RED'], ['2023/24 Q2', 37.2, 39.5, 'RED'],
    ]);
    expect(hw.values[5]?.period).toMatchObject({ kind: 'QUARTER', start: '2023-07-01', end: '2023-09-30' });
    expect(hw.values.every((v) => v.illustrative && v.source?.includes('illustrative'))).toBe(true);
    expect(hw.rag).toBe('RED');
    // The last four quarters: 38.4, 38.1, 37.6, 37.2: worsening by 1.2.
    expect(hw.trend).toEqual({ trend: 'WORSENING', change: -1.2, values: [['2022/23 Q3', 38.4], ['2022/23 Q4', 38.1], ['2023/24 Q1', 37.6], ['2023/24 Q2', 37.2]].map(([label, value]) => ({ period: { label }, value })) });
    // Lower is better: 3.4 against 3.2 is amber (within 0.5), 2.9 against 3.0 green; falling is improving.
    expect(data.neet?.values.map((v) => [v.value, v.target, v.rag])).toEqual([[3.4, 3.2, 'AMBER'], [2.9, 3, 'GREEN']]);
    expect(data.neet?.trend).toEqual({ trend: 'IMPROVING', change: -0.5 });
    expect([data.gld?.rag, data.mw?.rag, data.bg?.rag]).toEqual(['GREEN', 'AMBER', 'NO_TARGET']);
    expect(data.bg?.values).toEqual([{ target: null, rag: 'NO_TARGET' }]);
    expect(data.none).toEqual({ direction: null, tolerance: 0, rag: 'NO_DATA', values: [], trend: { trend: 'NOT_ENOUGH_DATA' } });
  });

  it('refuses a period in the wrong form, naming the argument and the accepted forms', async () => {
    const result = await server.query(`{ measure(key: "measure/GLD") { rag(period: "Q2 2023") } }`);
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.message).toMatch(/Argument "period": "Q2 2023" is not a period: write a financial year `2023\/24`/);
  });
});

describe('action updates and stale owners', () => {
  it('keeps every update, newest first; the latest up to a period is the action\'s status then', async () => {
    const data = await server.ask(graphql(`query ProgressStaleActions { plan(period: "2022-26") { staleActions(period: "2023/24 Q2") { action { code } owner { key } lastUpdate { period { label } status recordedBy } } } }`));
    const stale = data.plan!.staleActions;
    // 7.1-A1-1 reported for Q1 only; actions never updated are stale too; COMPLETE and STOPPED ones are not.
    const byCode = new Map(stale.map((s) => [s.action.code, s]));
    expect(byCode.get('7.1-A1-1')?.lastUpdate).toMatchObject({ period: { label: '2023/24 Q1' }, status: 'ON_TRACK' });
    for (const reported of ['9.3-A2-1', '9.3-A2-3', '9.3-A1-1', '9.3-A3-1', '9.4-A1-1', '9.4-A2-1', '7.1-A2-1']) expect(byCode.has(reported)).toBe(false);
    expect(byCode.get('9.3-A1-2')?.lastUpdate).toBeNull();
  });

  it('lists an action\'s updates newest first, and its latest up to a period', async () => {
    const data = await server.ask(graphql(`query ProgressActionUpdates($id: ID!) { node(id: $id) { __typename ... on Action {
      updates { period { label } status commentary revisedDate recordedAt recordedBy illustrative action { code } }
      q1: latestUpdate(period: "2023/24 Q1") { status } q2: latestUpdate(period: "2023/24 Q2") { status } before: latestUpdate(period: "2022/23 Q4") { status }
      latestUpdate { status } } } }`), { id: toGlobalId('Action', '2022-26/9.3-A2-1') });
    if (data.node?.__typename !== 'Action') throw new Error(`expected an Action, got ${data.node?.__typename}`);
    const a = data.node;
    expect(a.updates.map((u) => [u.period.label, u.status, u.revisedDate])).toEqual([['2023/24 Q2', 'OFF_TRACK', '2024-03-31'], ['2023/24 Q1', 'ON_TRACK', null]]);
    expect(a.updates.every((u) => u.illustrative && u.action.code === '9.3-A2-1' && u.recordedBy.includes('illustrative'))).toBe(true);
    expect([a.q1?.status, a.q2?.status, a.before, a.latestUpdate?.status]).toEqual(['ON_TRACK', 'OFF_TRACK', null, 'OFF_TRACK']);
  });
});

describe('roll-ups per aim, sub-outcome, outcome and plan', () => {
  graphql(`fragment ProgressRollUpFields on ProgressRollUp {
    item { __typename ... on Outcome { code } ... on SubOutcome { code } ... on Aim { code } ... on StrategicPlan { period } }
    period { label } asOf illustrative actionsNeverUpdated
    actionsByStatus { status count previousCount } measuresByRag { rag count previousCount } savingsLinesByStatus { status count }
    changes { item { __typename ... on Action { code } ... on Measure { code } } before after tracesTo illustrative }
  }`);
  type Count = { count: number; previousCount?: number };
  const counts = <T extends Count>(list: T[], key: keyof T) => Object.fromEntries(list.filter((x) => x.count || x.previousCount).map((x) => [x[key], x.previousCount === undefined ? x.count : [x.count, x.previousCount]]));

  it('counts the sub-outcome 9.3\'s actions by status, its measures by rating and its savings lines, against the rows', async () => {
    const data = await server.ask(graphql(`query ProgressRollUpOf93 { subOutcome(plan: "2022-26", code: "9.3") { progress(period: "2023/24 Q2") { ...ProgressRollUpFields }
      aims { code measures { code rag(period: "2023/24 Q2") pre: rag(period: "2023/24 Q1") } actions { code latestUpdate(period: "2023/24 Q2") { status } pre: latestUpdate(period: "2023/24 Q1") { status } } } } }`));
    const sub = data.subOutcome!;
    const r = sub.progress;
    expect(r).toMatchObject({ item: { __typename: 'SubOutcome', code: '9.3' }, period: { label: Q2 }, asOf: null, illustrative: true });
    // Counted independently from the rows the API gives for each aim's actions and measures.
    const actions = sub.aims.flatMap((a) => a.actions);
    const tally = (values: (string | null)[]) => values.reduce((m: Record<string, number>, v) => (v ? { ...m, [v]: (m[v] ?? 0) + 1 } : m), {});
    const now = tally(actions.map((a) => a.latestUpdate?.status ?? null));
    const before = tally(actions.map((a) => a.pre?.status ?? null));
    for (const s of r.actionsByStatus) expect([s.status, s.count, s.previousCount]).toEqual([s.status, now[s.status] ?? 0, before[s.status] ?? 0]);
    expect(counts(r.actionsByStatus, 'status')).toEqual({ ON_TRACK: [0, 3], AT_RISK: [1, 0], OFF_TRACK: [1, 0], COMPLETE: [1, 0], NOT_STARTED: [1, 0] });
    expect(r.actionsNeverUpdated).toBe(actions.filter((a) => !a.latestUpdate).length);
    const measures = [...new Map(sub.aims.flatMap((a) => a.measures).map((m) => [m.code, m])).values()];
    const ragNow = tally(measures.map((m) => m.rag));
    for (const x of r.measuresByRag) expect(x.count).toBe(ragNow[x.rag] ?? 0);
    expect(counts(r.measuresByRag, 'rag')).toMatchObject({ RED: [1, 1], AMBER: [1, 1] });
    expect(counts(r.savingsLinesByStatus, 'status')).toEqual({ AT_RISK: 1 });
    // What changed since Q1: the four actions that moved (the Q2-only one from nothing), no rating moved.
    expect(r.changes.map((c) => `${'code' in c.item ? c.item.code : c.item.__typename} ${c.before}→${c.after}`).sort()).toEqual([
      '9.3-A1-1 ON_TRACK→COMPLETE', '9.3-A2-1 ON_TRACK→OFF_TRACK', '9.3-A2-3 ON_TRACK→AT_RISK', '9.3-A3-1 null→NOT_STARTED',
    ]);
    expect(r.changes.every((c) => c.illustrative && c.tracesTo)).toBe(true);
  });

  it('rolls the outcome up from its sub-outcomes, and the plan from its outcomes', async () => {
    const data = await server.ask(graphql(`query ProgressRollUpOfPlan { plan(period: "2022-26") { progress(period: "2023/24 Q2") { ...ProgressRollUpFields }
      outcomes { code progress(period: "2023/24 Q2") { ...ProgressRollUpFields } subOutcomes { code progress(period: "2023/24 Q2") { actionsByStatus { status count } measuresByRag { rag count } } } } } }`));
    const plan = data.plan!;
    const countOf = (list: { status: string; count: number }[], status: string) => list.find((x) => x.status === status)!.count;
    for (const o of plan.outcomes) {
      for (const status of o.progress.actionsByStatus) {
        // An outcome's actions are its sub-outcomes' (the 2022-26 seeds list none directly under an outcome).
        const fromSubs = o.subOutcomes.reduce((sum, s) => sum + countOf(s.progress.actionsByStatus, status.status), 0);
        expect(status.count).toBe(fromSubs);
      }
    }
    for (const status of plan.progress.actionsByStatus) {
      expect(status.count).toBe(plan.outcomes.reduce((sum, o) => sum + countOf(o.progress.actionsByStatus, status.status), 0));
    }
    // 7.1-A1-1 still counts ON_TRACK in Q2: its latest update up to the quarter's end (and it is stale).
    expect(counts(plan.progress.actionsByStatus, 'status')).toEqual({ ON_TRACK: [3, 5], AT_RISK: [1, 0], OFF_TRACK: [1, 0], COMPLETE: [1, 0], STOPPED: [1, 0], NOT_STARTED: [1, 0] });
    expect(counts(plan.progress.measuresByRag, 'rag')).toMatchObject({ GREEN: [2, 0], AMBER: [1, 3], RED: [1, 1], NO_TARGET: [1, 0] });
    expect(plan.progress.illustrative).toBe(true);
  });

  it('answers as of a moment: records made later are left out', async () => {
    const data = await server.ask(graphql(`query ProgressAsOf { measure(key: "measure/HEALTHY-WEIGHT") { values(asOf: "2023-08-01") { period { label } } rag(period: "2023/24 Q2", asOf: "2023-08-01") } }`));
    expect(data.measure?.values.map((v) => v.period.label).at(-1)).toBe('2023/24 Q1');
    expect(data.measure?.rag).toBe('NO_DATA');
  });
});

describe("the Outcome Board's report", () => {
  const REPORT = graphql(`query ProgressBoardReport { outcomeBoardReport(board: "outcome-boards", period: "2023/24 Q2") {
    board { key } period { label } illustrative basis { source { key } at quote }
    achievements { ...ProgressReportStatement } challenges { ...ProgressReportStatement } priorities { ...ProgressReportStatement }
    outcomes { outcome { code } rollUp { actionsByStatus { status count } }
      measures { measure { code } value { value target period { label } } rag trend illustrative }
      offTrackActions { id status commentary revisedDate action { code } }
      coverageGaps { code }
      savingsAtRisk { line { reference } status reaches { ... on SubOutcome { code } } fallingMeasures { code } illustrative } } } }
  fragment ProgressReportStatement on ReportStatement { text outcome { code } illustrative
    tracesTo { kind update { id status commentary action { code } } value { id value target rag measure { code name } } savingsLine { reference status } citation { source { key } quote } } }`);

  it('reports what the records say, each statement traced to its update, value, savings line or paper', async () => {
    const r = (await server.ask(REPORT)).outcomeBoardReport;
    expect(r).toMatchObject({ board: { key: 'outcome-boards' }, period: { label: Q2 }, illustrative: true });
    expect(r.basis[0]).toMatchObject({ source: { key: 'hwb-2021-11-25' }, at: 'para 19' });
    expect(r.outcomes.map((o) => o.outcome.code)).toEqual(['5', '6', '7', '8', '9']);

    const line = (s: ProgressReportStatementFragment) => `${s.tracesTo.kind} ${s.outcome?.code}: ${s.text}`;
    expect(r.achievements.map(line)).toContain(
      'MEASURE_VALUE 7: Children achieving a good level of development at the end of reception year: 72.3 (percentage of children) in 2023/24 Q2, against a target of 72 (green).');
    expect(r.achievements.map(line)).toContain('ACTION_UPDATE 9: Action 9.3-A1-1 is complete: Pilot complete; evaluation report to the Health and Wellbeing Board in November.');
    // Every statement's figures are the record's: the value's, the update's commentary, the line's status.
    for (const s of [...r.achievements, ...r.challenges, ...r.priorities]) {
      const t = s.tracesTo;
      if (t.kind === 'MEASURE_VALUE') expect(s.text).toContain(`${t.value?.measure.name}: ${t.value?.value}`);
      if (t.kind === 'ACTION_UPDATE') expect(s.text).toContain(`Action ${t.update?.action.code}`);
      if (t.kind === 'ACTION_UPDATE') expect(s.text).toContain(t.update?.commentary);
      if (t.kind === 'SAVINGS_LINE') expect(s.text).toContain(`Savings line ${t.savingsLine?.reference}`);
      if (t.kind === 'CITATION') expect(t.citation?.quote.length).toBeGreaterThan(0);
      expect(s.illustrative).toBe(t.kind !== 'CITATION');
    }
    const kinds = (list: ProgressReportStatementFragment[]) => list.map((s) => `${s.tracesTo.kind}:${s.tracesTo.update?.action.code ?? s.tracesTo.value?.measure.code ?? s.tracesTo.savingsLine?.reference ?? 'paper'}`);
    expect(kinds(r.achievements).sort()).toEqual(['ACTION_UPDATE:9.3-A1-1', 'MEASURE_VALUE:GLD', 'MEASURE_VALUE:NEET']);
    expect(kinds(r.challenges).sort()).toEqual(['ACTION_UPDATE:9.3-A2-1', 'MEASURE_VALUE:HEALTHY-WEIGHT', 'SAVINGS_LINE:IL1']);
    expect(kinds(r.priorities).filter((k) => !k.endsWith('paper')).sort()).toEqual(['ACTION_UPDATE:9.3-A2-1', 'ACTION_UPDATE:9.3-A2-3', 'MEASURE_VALUE:HEALTHY-WEIGHT']);

    const nine = r.outcomes.find((o) => o.outcome.code === '9')!;
    expect(nine.offTrackActions.map((u) => [u.action.code, u.status, u.revisedDate])).toEqual([['9.3-A2-1', 'OFF_TRACK', '2024-03-31'], ['9.3-A2-3', 'AT_RISK', '2023-12-31']]);
    expect(nine.savingsAtRisk).toEqual([{ line: { reference: 'IL1' }, status: 'AT_RISK', reaches: { code: '9.3' }, fallingMeasures: [{ code: 'HEALTHY-WEIGHT' }, { code: 'MENTAL-WELLBEING' }], illustrative: true }]);
    const hw = nine.measures.find((m) => m.measure.code === 'HEALTHY-WEIGHT');
    expect(hw).toEqual({ measure: { code: 'HEALTHY-WEIGHT' }, value: { value: 37.2, target: 39.5, period: { label: Q2 } }, rag: 'RED', trend: 'WORSENING', illustrative: true });
    // 9.3 and 9.4 report (values, updates); 9.1 and 9.2 have nothing for the quarter: gaps, each a priority citing the paper.
    expect(nine.coverageGaps.map((s) => s.code)).toEqual(['9.1', '9.2']);
    const gapPriorities = r.priorities.filter((s) => s.tracesTo.kind === 'CITATION' && s.outcome?.code === '9');
    expect(gapPriorities.map((s) => s.text.split(' ').slice(4, 5)[0])).toEqual(['9.1', '9.2']);
  });

  it('names the board it cannot find, and refuses a period in the wrong form', async () => {
    const missing = await server.query(`{ outcomeBoardReport(board: "no-such-board", period: "${Q2}") { illustrative } }`);
    expect(missing.errors?.[0]).toMatchObject({ extensions: { code: 'NOT_FOUND', argumentName: 'board' } });
    const badPeriod = await server.query(`{ outcomeBoardReport(board: "outcome-boards", period: "2023 Q2") { illustrative } }`);
    expect(badPeriod.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', argumentName: 'period' } });
  });
});
