import { describe, expect, it } from 'vitest';
import { isStale, latestUpdate } from '../../src/domains/progress/action-updates.js';
import { readPeriod } from '../../src/domains/progress/period-grammar.js';
import { MeasureProgress } from '../../src/domains/progress/progress-records.js';
import { rollUp } from '../../src/domains/progress/progress-rollup.js';
import type { ActionStatus, ActionUpdateModel, MeasureProgressModel } from '../../src/domains/progress/progress.models.js';
import type { RollUpInputs } from '../../src/domains/progress/progress.repository.js';

const p = (label: string) => readPeriod(label)!;
let n = 0;
const update = (actionKey: string, period: string, status: ActionStatus, recordedAt = '2023-10-01T00:00:00Z'): ActionUpdateModel =>
  ({ id: `u${++n}`, actionKey, period, status, commentary: 'c', revisedDate: null, recordedAt, recordedBy: 't', illustrative: false });
const value = (period: string, v: number, recordedAt = '2023-10-01T00:00:00Z', supersededAt: string | null = null) =>
  ({ id: `v${++n}`, measureKey: 'm', period, value: v, source: null, note: null, recordedAt, recordedBy: 't', supersedes: null, supersededAt, illustrative: false });
const measure = (over: Partial<MeasureProgressModel>): MeasureProgressModel =>
  ({ key: 'm', direction: 'HIGHER_IS_BETTER', tolerance: 1, baseline: null, baselinePeriod: null, illustrative: false, values: [], targets: [], ...over });
const target = (period: string, t: number, setAt = '2023-04-01T00:00:00Z') => ({ id: `t${++n}`, measureKey: 'm', period, target: t, setAt, setBy: 't', supersededAt: null, illustrative: false });

describe("a measure's records as of a moment", () => {
  const m = measure({
    targets: [target('2023/24', 60), target('2023/24 Q2', 62)],
    values: [value('2023/24 Q1', 59.5), value('2023/24 Q2', 58, '2023-10-01T00:00:00Z', '2023-11-01T00:00:00Z'), value('2023/24 Q2', 61.5, '2023-11-01T00:00:00Z')],
  });

  it("uses the period's own target, else its financial year's", () => {
    const now = new MeasureProgress(m, null);
    expect(now.valueFor(p('2023/24 Q1'))).toMatchObject({ value: 59.5, target: 60, rag: 'AMBER' });
    expect(now.valueFor(p('2023/24 Q2'))).toMatchObject({ value: 61.5, target: 62, rag: 'AMBER' });
  });

  it('answers with the value current then: before the correction, the corrected one', () => {
    expect(new MeasureProgress(m, '2023-10-15T00:00:00Z').valueFor(p('2023/24 Q2'))).toMatchObject({ value: 58, rag: 'RED', superseded: false });
    expect(new MeasureProgress(m, '2023-09-01T00:00:00Z').ragFor(p('2023/24 Q2'))).toBe('NO_DATA');
    expect(new MeasureProgress(m, null).history(p('2023/24 Q2')).map((v) => [v.value, v.superseded])).toEqual([[61.5, false], [58, true]]);
  });

  it('trends over the window of the same kind, skipping periods with no value', () => {
    expect(new MeasureProgress(m, null).trend(p('2023/24 Q3'), 4)).toMatchObject({ trend: 'IMPROVING', change: 2 });
    expect(new MeasureProgress(m, null).trend(p('2023/24 Q1'), 4)).toMatchObject({ trend: 'NOT_ENOUGH_DATA', values: [{ value: 59.5 }] });
  });
});

describe('owners\' updates', () => {
  const updates = [update('a', '2023/24 Q1', 'ON_TRACK', '2023-07-01T00:00:00Z'), update('a', '2023/24 M05', 'AT_RISK', '2023-08-10T00:00:00Z'), update('a', '2023/24 Q2', 'OFF_TRACK', '2023-10-02T00:00:00Z')];

  it('takes the latest by period, then by when it was recorded, up to the end of the period', () => {
    expect(latestUpdate(updates, p('2023/24 Q1'), null)?.status).toBe('ON_TRACK'); // M05 (August) is in Q2, not Q1
    expect(latestUpdate(updates, p('2023/24 M04'), null)?.status).toBe('ON_TRACK');
    expect(latestUpdate(updates, p('2023/24 M05'), null)?.status).toBe('AT_RISK');
    expect(latestUpdate(updates, p('2023/24 Q2'), null)?.status).toBe('OFF_TRACK');
    expect(latestUpdate(updates, p('2023/24 Q2'), '2023-09-01')?.status).toBe('AT_RISK');
    expect(latestUpdate(updates, p('2022/23'), null)).toBeNull();
  });

  it('calls an owner stale who has not reported for the period, unless the action is finished', () => {
    expect(isStale(updates, p('2023/24 Q3'), null)).toBe(true);
    expect(isStale(updates, p('2023/24 Q2'), null)).toBe(false);
    expect(isStale([update('b', '2023/24 Q1', 'COMPLETE')], p('2023/24 Q2'), null)).toBe(false);
    expect(isStale([update('b', '2023/24 Q1', 'STOPPED')], p('2023/24 Q3'), null)).toBe(false);
    expect(isStale([], p('2023/24 Q2'), null)).toBe(true);
  });
});

describe('the roll-up arithmetic', () => {
  const inputs: RollUpInputs = {
    key: 'plan/1', typeName: 'SubOutcome', subOutcomes: [],
    actions: [
      { key: 'a1', code: 'A1', ownerKey: null, subOutcomeKey: 'plan/1', order: 1, updates: [update('a1', '2023/24 Q1', 'ON_TRACK'), update('a1', '2023/24 Q2', 'OFF_TRACK')] },
      { key: 'a2', code: 'A2', ownerKey: null, subOutcomeKey: 'plan/1', order: 2, updates: [update('a2', '2023/24 Q1', 'ON_TRACK')] },
      { key: 'a3', code: 'A3', ownerKey: null, subOutcomeKey: 'plan/1', order: 3, updates: [update('a3', '2023/24 Q2', 'COMPLETE')] },
      { key: 'a4', code: 'A4', ownerKey: null, subOutcomeKey: 'plan/1', order: 4, updates: [] },
    ],
    measures: [
      { key: 'm1', name: 'M1', unit: null, judgedKey: 'plan/1', subOutcomeKey: 'plan/1', order: 1, progress: measure({ key: 'm1', targets: [target('2023/24', 10)], values: [value('2023/24 Q1', 10), value('2023/24 Q2', 8)] }) },
      { key: 'm2', name: 'M2', unit: null, judgedKey: 'plan/1', subOutcomeKey: 'plan/1', order: 2, progress: measure({ key: 'm2', values: [value('2023/24 Q2', 3)] }) },
      { key: 'm3', name: 'M3', unit: null, judgedKey: 'plan/1', subOutcomeKey: 'plan/1', order: 3, progress: measure({ key: 'm3' }) },
    ],
    lines: [
      { key: 'l1', reference: 'L1', description: null, status: 'AT_RISK', illustrative: true, reachesKey: 'plan/1', reachesType: 'SubOutcome' },
      { key: 'l2', reference: 'L2', description: null, status: 'ON_TRACK', illustrative: false, reachesKey: 'plan/1', reachesType: 'SubOutcome' },
    ],
  };
  const r = rollUp(inputs, p('2023/24 Q2'), null);
  const by = <T extends { count: number }>(list: T[], key: keyof T) => Object.fromEntries(list.map((x) => [x[key], x.count]));

  it('counts every action at its latest update, every status listed, against the previous period', () => {
    expect(by(r.actionsByStatus, 'status')).toEqual({ NOT_STARTED: 0, ON_TRACK: 1, AT_RISK: 0, OFF_TRACK: 1, COMPLETE: 1, STOPPED: 0 });
    expect(Object.fromEntries(r.actionsByStatus.map((x) => [x.status, x.previousCount]))).toMatchObject({ ON_TRACK: 2, OFF_TRACK: 0, COMPLETE: 0 });
    expect(r.actionsByStatus.reduce((s, x) => s + x.count, 0) + r.actionsNeverUpdated).toBe(inputs.actions.length);
    expect(r.actionsNeverUpdated).toBe(1);
  });

  it('counts every measure once by rating, and savings lines by status', () => {
    expect(by(r.measuresByRag, 'rag')).toEqual({ GREEN: 0, AMBER: 0, RED: 1, NO_TARGET: 1, NO_DATA: 1 });
    expect(Object.fromEntries(r.measuresByRag.map((x) => [x.rag, x.previousCount]))).toEqual({ GREEN: 1, AMBER: 0, RED: 0, NO_TARGET: 0, NO_DATA: 2 });
    expect(r.measuresByRag.reduce((s, x) => s + x.count, 0)).toBe(inputs.measures.length);
    expect(by(r.savingsLinesByStatus, 'status')).toMatchObject({ AT_RISK: 1, ON_TRACK: 1, DELIVERED: 0 });
  });

  it('lists what changed since the previous period, and says the answer rests on illustrative data when any of it does', () => {
    expect(r.changes.map((c) => `${c.item.key} ${c.before}→${c.after}`)).toEqual(['a1 ON_TRACK→OFF_TRACK', 'a3 null→COMPLETE', 'm1 GREEN→RED', 'm2 NO_DATA→NO_TARGET']);
    expect(r.illustrative).toBe(true); // the AT_RISK line is illustrative
    expect(rollUp({ ...inputs, lines: [] }, p('2023/24 Q2'), null).illustrative).toBe(false);
  });
});
