/** Resolvers for progress: arguments → a read in progress-reads.ts, a change in progress-changes.ts, or a loader. */
import type { Resolvers } from '../../generated/graphql.js';
import { loadRequired } from '../../shared/by-keys.js';
import { keyOf } from '../../shared/global-id.js';
import { resolveReferencedItem } from '../nodes/load-item.js';
import { recordActionUpdate, recordMeasureValue, setMeasureTarget } from './progress-changes.js';
import { dayOf, parsePeriod, previousPeriod, readPeriod } from './period-grammar.js';
import { latestUpdateOf, measureProgress, measureTrend, outcomeBoardReport, progressOf, staleActionsOf, updatesOf } from './progress-reads.js';

const periodOf = (label: string) => readPeriod(label)!;
const ROLL_UP_TYPES = ['StrategicPlan', 'Outcome', 'SubOutcome', 'Aim'];

export const progressResolvers: Resolvers = {
  Query: {
    period: (_root, { period }) => parsePeriod(period, 'period'),
    progress: (_root, { of, period, asOf }, { loaders }) => progressOf(loaders, keyOf(of, 'of', ...ROLL_UP_TYPES), period, asOf),
    outcomeBoardReport: (_root, { board, period, asOf }, { loaders }) => outcomeBoardReport(loaders, board, period, asOf),
  },
  Mutation: {
    recordMeasureValue: (_root, { input }, context) => recordMeasureValue(context, input),
    setMeasureTarget: (_root, { input }, context) => setMeasureTarget(context, input),
    recordActionUpdate: (_root, { input }, context) => recordActionUpdate(context, input),
  },
  Period: {
    start: (p) => dayOf(p.firstMonth, 'first'),
    end: (p) => dayOf(p.lastMonth, 'last'),
    previous: (p) => previousPeriod(p),
  },
  MeasureValue: {
    measure: (v, _args, { loaders }) => loadRequired(loaders.measures.measureByKey, v.measureKey),
    period: (v) => periodOf(v.period),
  },
  MeasureTarget: {
    period: (t) => periodOf(t.period),
  },
  Measure: {
    direction: async (m, _args, { loaders }) => (await measureProgress(loaders, m.key)).measure.direction,
    tolerance: async (m, _args, { loaders }) => (await measureProgress(loaders, m.key)).measure.tolerance,
    baseline: async (m, _args, { loaders }) => {
      const { baseline, baselinePeriod } = (await measureProgress(loaders, m.key)).measure;
      return baseline === null ? null : { value: baseline, period: baselinePeriod ? readPeriod(baselinePeriod) : null };
    },
    targets: async (m, _args, { loaders }) => (await measureProgress(loaders, m.key)).currentTargets(),
    values: async (m, { asOf }, { loaders }) => (await measureProgress(loaders, m.key, asOf)).currentValues(),
    valueHistory: async (m, { period }, { loaders }) => (await measureProgress(loaders, m.key)).history(parsePeriod(period, 'period')),
    rag: async (m, { period, asOf }, { loaders }) => {
      const p = parsePeriod(period, 'period');
      return (await measureProgress(loaders, m.key, asOf)).ragFor(p);
    },
    trend: (m, { period, periods, asOf }, { loaders }) => measureTrend(loaders, m.key, period, periods ?? 4, asOf),
  },
  ActionUpdate: {
    action: (u, _args, { loaders }) => loadRequired(loaders.plans.actionByKey, u.actionKey),
    period: (u) => periodOf(u.period),
  },
  Action: {
    updates: (a, _args, { loaders }) => updatesOf(loaders, a.key),
    latestUpdate: (a, { period }, { loaders }) => latestUpdateOf(loaders, a.key, period),
  },
  StaleAction: {
    action: (s, _args, { loaders }) => loadRequired(loaders.plans.actionByKey, s.actionKey),
    owner: (s, _args, { loaders }) => (s.ownerKey ? loaders.governance.organisationByKey.load(s.ownerKey) : null),
  },
  ProgressChange: {
    item: (c, _args, context, info) => resolveReferencedItem(c.item, context, info),
  },
  ProgressRollUp: {
    item: (r, _args, context, info) => resolveReferencedItem(r.item, context, info),
    period: (r) => periodOf(r.period),
  },
  Trace: {
    savingsLine: (t, _args, { loaders }) => (t.savingsLineKey ? loaders.finance.lineByKey.load(t.savingsLineKey) : null),
  },
  ReportStatement: {
    outcome: (s, _args, { loaders }) => loadRequired(loaders.plans.outcomeByKey, s.outcomeKey),
  },
  ReportMeasure: {
    measure: (m, _args, { loaders }) => loadRequired(loaders.measures.measureByKey, m.measureKey),
  },
  ReportSavingsLine: {
    line: (l, _args, { loaders }) => loadRequired(loaders.finance.lineByKey, l.lineKey),
    reaches: (l, _args, context, info) => resolveReferencedItem(l.reaches, context, info),
    fallingMeasures: async (l, _args, { loaders }) => (await loaders.measures.measureByKey.loadMany(l.fallingMeasureKeys)).flatMap((m) => (m && !(m instanceof Error) ? [m] : [])),
  },
  OutcomeReport: {
    outcome: (r, _args, { loaders }) => loadRequired(loaders.plans.outcomeByKey, r.outcomeKey),
    coverageGaps: async (r, _args, { loaders }) => (await loaders.plans.subOutcomeByKey.loadMany(r.coverageGapKeys)).flatMap((s) => (s && !(s instanceof Error) ? [s] : [])),
  },
  OutcomeBoardReport: {
    board: (r, _args, { loaders }) => loadRequired(loaders.governance.organisationByKey, r.boardKey),
    period: (r) => periodOf(r.period),
  },
  StrategicPlan: {
    progress: (plan, { period, asOf }, { loaders }) => progressOf(loaders, plan.key, period, asOf),
    staleActions: (plan, { period }, { loaders }) => staleActionsOf(loaders, plan.key, period),
  },
  Outcome: {
    progress: (o, { period, asOf }, { loaders }) => progressOf(loaders, o.key, period, asOf),
  },
  SubOutcome: {
    progress: (s, { period, asOf }, { loaders }) => progressOf(loaders, s.key, period, asOf),
  },
  Aim: {
    progress: (a, { period, asOf }, { loaders }) => progressOf(loaders, a.key, period, asOf),
  },
};
