/**
 * The roll-up arithmetic: counts of actions by status, measures by rating and savings lines by status for
 * one item and period, against the previous period, and what changed. Pure: tests check the counts against
 * the rows they are made from.
 */
import { latestUpdate } from './action-updates.js';
import { previousPeriod } from './period-grammar.js';
import { MeasureProgress } from './progress-records.js';
import type { RollUpInputs } from './progress.repository.js';
import { ACTION_STATUSES, RAGS, type ActionStatus, type PeriodModel, type ProgressChangeModel, type ProgressRollUpModel, type Rag } from './progress.models.js';

/** The finance team's statuses, in the SDL's order. */
const SAVINGS_STATUSES = ['PROPOSED', 'APPROVED', 'DELIVERED', 'ON_TRACK', 'AT_RISK', 'UNACHIEVABLE'] as const;

function countBy<K extends string>(keys: readonly K[], values: readonly K[]): Map<K, number> {
  const counts = new Map<K, number>(keys.map((k) => [k, 0]));
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return counts;
}

export function rollUp(inputs: RollUpInputs, period: PeriodModel, asOf: string | null): ProgressRollUpModel {
  const previous = previousPeriod(period);
  const actions = inputs.actions.map((a) => ({ a, now: latestUpdate(a.updates, period, asOf), before: latestUpdate(a.updates, previous, asOf) }));
  const measures = inputs.measures.map((m) => {
    const progress = new MeasureProgress(m.progress, asOf);
    return { m, now: progress.valueFor(period), before: progress.valueFor(previous) };
  });
  const statusNow = countBy(ACTION_STATUSES, actions.flatMap((x) => (x.now ? [x.now.status] : [])));
  const statusBefore = countBy(ACTION_STATUSES, actions.flatMap((x) => (x.before ? [x.before.status] : [])));
  const ragNow = countBy<Rag>(RAGS, measures.map((x) => x.now?.rag ?? 'NO_DATA'));
  const ragBefore = countBy<Rag>(RAGS, measures.map((x) => x.before?.rag ?? 'NO_DATA'));
  const lines = countBy<string>(SAVINGS_STATUSES, inputs.lines.map((l) => l.status));

  const changes: ProgressChangeModel[] = [
    ...actions.filter((x) => x.now && x.now.status !== x.before?.status).map((x) => ({
      item: { key: x.a.key, typeName: 'Action' }, before: x.before?.status ?? null, after: x.now!.status, tracesTo: x.now!.id, illustrative: x.now!.illustrative,
    })),
    ...measures.filter((x) => (x.now?.rag ?? 'NO_DATA') !== (x.before?.rag ?? 'NO_DATA')).map((x) => ({
      item: { key: x.m.key, typeName: 'Measure' }, before: x.before?.rag ?? 'NO_DATA', after: x.now?.rag ?? 'NO_DATA', tracesTo: x.now?.id ?? null,
      illustrative: x.now?.illustrative ?? x.before?.illustrative ?? false,
    })),
  ];
  const illustrative = actions.some((x) => x.now?.illustrative || x.before?.illustrative) || measures.some((x) => x.now?.illustrative || x.before?.illustrative)
    || inputs.lines.some((l) => l.illustrative);
  return {
    item: { key: inputs.key, typeName: inputs.typeName }, period: period.label, asOf,
    actionsByStatus: ACTION_STATUSES.map((status: ActionStatus) => ({ status, count: statusNow.get(status)!, previousCount: statusBefore.get(status)! })),
    actionsNeverUpdated: actions.filter((x) => !x.now).length,
    measuresByRag: RAGS.map((rag) => ({ rag, count: ragNow.get(rag)!, previousCount: ragBefore.get(rag)! })),
    savingsLinesByStatus: SAVINGS_STATUSES.map((status) => ({ status, count: lines.get(status)! })),
    changes, illustrative,
  };
}
