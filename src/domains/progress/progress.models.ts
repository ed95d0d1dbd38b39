/**
 * Progress against the plan, as the resolvers receive it: measures' values and targets, owners' action
 * updates, and what is computed from them (ratings, trends, roll-ups, the board's report). Records are kept
 * whole (superseded ones too); which are current at a moment is decided in code (`progress-records.ts`).
 */
import type { CitationModel } from '../provenance/provenance.models.js';
import type { ItemRef } from '../../shared/item-kinds.js';

export type PeriodKind = 'YEAR' | 'QUARTER' | 'MONTH';
export type MeasureDirection = 'HIGHER_IS_BETTER' | 'LOWER_IS_BETTER';
export type Rag = 'GREEN' | 'AMBER' | 'RED' | 'NO_TARGET' | 'NO_DATA';
export type Trend = 'IMPROVING' | 'WORSENING' | 'STEADY' | 'NOT_ENOUGH_DATA';
export type ActionStatus = 'NOT_STARTED' | 'ON_TRACK' | 'AT_RISK' | 'OFF_TRACK' | 'COMPLETE' | 'STOPPED';
export const ACTION_STATUSES: readonly ActionStatus[] = ['NOT_STARTED', 'ON_TRACK', 'AT_RISK', 'OFF_TRACK', 'COMPLETE', 'STOPPED'];
export const RAGS: readonly Rag[] = ['GREEN', 'AMBER', 'RED', 'NO_TARGET', 'NO_DATA'];

/** A financial-year period (`period-grammar.ts`): months counted from April 2000 = 0, so periods compare as numbers. */
export interface PeriodModel {
  label: string;
  kind: PeriodKind;
  financialYear: string;
  /** The first and last month of the period, inclusive, as month numbers. */
  firstMonth: number;
  lastMonth: number;
}

/** A value as stored: every one ever recorded, superseded ones too. */
export interface MeasureValueRecord {
  id: string;
  measureKey: string;
  period: string;
  value: number;
  source: string | null;
  note: string | null;
  recordedAt: string;
  recordedBy: string;
  supersedes: string | null;
  /** When a correction replaced it; null while current. */
  supersededAt: string | null;
  illustrative: boolean;
}

/** A value as answered: with the target it is judged against and its rating. */
export interface MeasureValueModel extends MeasureValueRecord {
  target: number | null;
  rag: Rag;
  superseded: boolean;
}

export interface MeasureTargetRecord {
  id: string;
  measureKey: string;
  period: string;
  target: number;
  setAt: string;
  setBy: string;
  supersededAt: string | null;
  illustrative: boolean;
}

/** A measure's rules and every value and target recorded for it: the input of every rating and trend. */
export interface MeasureProgressModel {
  key: string;
  direction: MeasureDirection | null;
  tolerance: number;
  baseline: number | null;
  baselinePeriod: string | null;
  illustrative: boolean;
  values: MeasureValueRecord[];
  targets: MeasureTargetRecord[];
}

export interface MeasureTrendModel {
  values: MeasureValueModel[];
  trend: Trend;
  change: number | null;
}

export interface ActionUpdateModel {
  id: string;
  actionKey: string;
  period: string;
  status: ActionStatus;
  commentary: string;
  revisedDate: string | null;
  recordedAt: string;
  recordedBy: string;
  illustrative: boolean;
}

export interface StaleActionModel {
  actionKey: string;
  ownerKey: string | null;
  lastUpdate: ActionUpdateModel | null;
}

export interface ProgressChangeModel {
  item: ItemRef;
  before: string | null;
  after: string;
  tracesTo: string | null;
  illustrative: boolean;
}

export interface SavingsLineRef {
  key: string;
  reference: string;
  description: string | null;
  status: string;
  illustrative: boolean;
  /** The outcome or sub-outcome its share reaches. */
  reachesKey: string;
  reachesType: string;
}

export interface ProgressRollUpModel {
  item: ItemRef;
  period: string;
  asOf: string | null;
  actionsByStatus: { status: ActionStatus; count: number; previousCount: number }[];
  actionsNeverUpdated: number;
  measuresByRag: { rag: Rag; count: number; previousCount: number }[];
  savingsLinesByStatus: { status: string; count: number }[];
  changes: ProgressChangeModel[];
  illustrative: boolean;
}

export type TraceKind = 'ACTION_UPDATE' | 'MEASURE_VALUE' | 'SAVINGS_LINE' | 'CITATION';

export interface TraceModel {
  kind: TraceKind;
  update: ActionUpdateModel | null;
  value: MeasureValueModel | null;
  savingsLineKey: string | null;
  citation: CitationModel | null;
}

export interface ReportStatementModel {
  text: string;
  outcomeKey: string;
  tracesTo: TraceModel;
  illustrative: boolean;
}

export interface ReportMeasureModel {
  measureKey: string;
  value: MeasureValueModel | null;
  rag: Rag;
  trend: Trend;
  illustrative: boolean;
}

export interface ReportSavingsLineModel {
  lineKey: string;
  status: string;
  reaches: ItemRef;
  fallingMeasureKeys: string[];
  illustrative: boolean;
}

export interface OutcomeReportModel {
  outcomeKey: string;
  rollUp: ProgressRollUpModel;
  measures: ReportMeasureModel[];
  offTrackActions: ActionUpdateModel[];
  coverageGapKeys: string[];
  savingsAtRisk: ReportSavingsLineModel[];
}

export interface OutcomeBoardReportModel {
  boardKey: string;
  period: string;
  asOf: string | null;
  basis: CitationModel[];
  achievements: ReportStatementModel[];
  challenges: ReportStatementModel[];
  priorities: ReportStatementModel[];
  outcomes: OutcomeReportModel[];
  illustrative: boolean;
}
