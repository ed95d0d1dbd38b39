/**
 * Progress against the plan: measures' targets and values per financial-year period, with a red/amber/green
 * rating computed by one rule (rag-rule.ts) and a trend; owners' updates on actions; roll-ups per aim,
 * sub-outcome, outcome and plan; and an Outcome Board's six-monthly report, every statement traceable.
 */
import type { DomainModule } from '../../shared/domain-module.js';
import { PROGRESS_EXAMPLES } from './progress-examples.js';
import { createProgressLoaders } from './progress.loaders.js';
import { progressResolvers } from './progress.resolvers.js';

const models = 'domains/progress/progress.models.js';

export const progressModule = {
  name: 'progress',
  typeDefs: ['progress.graphql'],
  resolvers: [progressResolvers],
  createLoaders: createProgressLoaders,
  // The period grammar is the import kind's too (a spreadsheet's period column).
  publicFiles: ['period-grammar.ts'],
  mappers: {
    Period: `${models}#PeriodModel`, MeasureValue: `${models}#MeasureValueModel`, MeasureTarget: `${models}#MeasureTargetRecord`,
    MeasureTrend: `${models}#MeasureTrendModel`, ActionUpdate: `${models}#ActionUpdateModel`, StaleAction: `${models}#StaleActionModel`,
    ProgressChange: `${models}#ProgressChangeModel`, ProgressRollUp: `${models}#ProgressRollUpModel`, Trace: `${models}#TraceModel`,
    ReportStatement: `${models}#ReportStatementModel`, ReportMeasure: `${models}#ReportMeasureModel`,
    ReportSavingsLine: `${models}#ReportSavingsLineModel`, OutcomeReport: `${models}#OutcomeReportModel`,
    OutcomeBoardReport: `${models}#OutcomeBoardReportModel`,
  },
  examples: PROGRESS_EXAMPLES,
} as const satisfies DomainModule<'progress'>;
